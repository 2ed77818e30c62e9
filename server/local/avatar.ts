/** A placeholder portrait for demo deputies: their surname on a coloured disc. */
const COLOURS = ['#b23a3a', '#3a6fb2', '#3a8f5c', '#8a5cb2', '#b27a3a'];

export function avatarSvg(name: string): string {
  const ch = Array.from(name)[0] ?? '?';
  const colour = COLOURS[(ch.codePointAt(0) ?? 0) % COLOURS.length];
  const safe = ch.replace(/[<>&"']/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120" role="img" aria-label="${safe}"><circle cx="60" cy="60" r="60" fill="${colour}"/><text x="60" y="78" font-size="52" text-anchor="middle" fill="#fff" font-family="sans-serif">${safe}</text></svg>`;
}
