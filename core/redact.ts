/**
 * Redaction for the public showcase: what staff approve is shown to everyone, so phone
 * numbers, ID-card numbers, house numbers and names the resident wrote are masked even if
 * staff miss them. Pure and conservative: better one mask too many.
 */
const RULES: [RegExp, string][] = [
  [/\d{17}[\dXx]|\d{15}/g, '[证件号]'], // resident ID card
  [/1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/g, '[电话]'], // mobile
  [/0\d{2,3}[\s-]?\d{7,8}/g, '[电话]'], // landline with area code
  [/\d{1,4}(栋|幢|单元|号楼|室)/g, '*$1'], // building / unit / room numbers
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[邮箱]'],
];

export function redact(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const [re, by] of RULES) out = out.replace(re, by);
  for (const name of names.filter((n) => n.length >= 2)) out = out.split(name).join(`${name[0]}某`);
  return out;
}
