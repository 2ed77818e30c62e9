/**
 * The region's dictionary of problem terms (core/similar/terms.ts) is data that people maintain:
 * these checks keep its shape sound whatever is added — ids, terms written in the comparison form,
 * no term standing in two concepts unless they are near each other, rewrites that cannot loop or
 * undo one another, and word lists that do not contradict each other.
 */
import {
  FILLER_WORDS,
  LOCAL_MARKERS,
  PLACE_SUFFIXES,
  POLICY_MARKERS,
  PROBLEM_CONCEPTS,
  REWRITES,
  type ProblemConcept,
} from '../../core/similar/terms';

const REACHES = ['unit', 'site', 'area', 'policy'];
const FROMS = REWRITES.map(([from]) => from);

/** Duplicates of a list, each once. */
const duplicates = (xs: readonly string[]): string[] => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];

/** The comparison form's character rules: NFKC and lower case leave it as it is. */
const inComparisonForm = (s: string): boolean => s === s.normalize('NFKC').toLowerCase();

/** Terms that stand in more than one concept, and the concepts, where those concepts are not near each other. */
function sharedTermViolations(concepts: readonly ProblemConcept[]): string[] {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const owners = new Map<string, string[]>();
  for (const c of concepts) for (const t of new Set(c.terms)) owners.set(t, [...(owners.get(t) ?? []), c.id]);
  const out: string[] = [];
  for (const [term, ids] of owners) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = byId.get(ids[i]!)!;
        const b = byId.get(ids[j]!)!;
        if (!a.near?.includes(b.id) || !b.near?.includes(a.id)) out.push(`${term}: ${a.id} / ${b.id}`);
      }
    }
  }
  return out;
}

describe('the problem concepts', () => {
  it('number 120 to 240, each with a stable lower-case ascii id, a Chinese label and a reach', () => {
    expect(PROBLEM_CONCEPTS.length).toBeGreaterThanOrEqual(120);
    expect(PROBLEM_CONCEPTS.length).toBeLessThanOrEqual(240);
    const ids = PROBLEM_CONCEPTS.map((c) => c.id);
    expect(duplicates(ids)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-z0-9_]*$/.test(id))).toEqual([]);
    const labels = PROBLEM_CONCEPTS.map((c) => c.label);
    expect(duplicates(labels)).toEqual([]);
    expect(labels.filter((l) => !/^[\u4e00-\u9fff]{2,12}$/u.test(l))).toEqual([]);
    expect(PROBLEM_CONCEPTS.filter((c) => !REACHES.includes(c.reach)).map((c) => c.id)).toEqual([]);
  });

  it('have 5 to 40 terms each, none empty, none with a space and none twice in one concept', () => {
    const badCount = PROBLEM_CONCEPTS.filter((c) => c.terms.length < 5 || c.terms.length > 40);
    expect(PROBLEM_CONCEPTS.filter((c) => c.terms.some((t) => /\s/.test(t))).map((c) => c.id)).toEqual([]);
    expect(badCount.map((c) => `${c.id}: ${c.terms.length}`)).toEqual([]);
    expect(PROBLEM_CONCEPTS.filter((c) => c.terms.some((t) => t.trim() === '')).map((c) => c.id)).toEqual([]);
    const repeated = PROBLEM_CONCEPTS.flatMap((c) => duplicates(c.terms).map((t) => `${c.id}: ${t}`));
    expect(repeated).toEqual([]);
  });

  it('write every term in the comparison form: 2+ characters, simplified, half-width, lower case, no rewrite left to apply', () => {
    const bad: string[] = [];
    for (const c of PROBLEM_CONCEPTS) {
      for (const t of c.terms) {
        if (Array.from(t).length < 2) bad.push(`${c.id}: ${t} is one character`);
        if (!inComparisonForm(t)) bad.push(`${c.id}: ${t} is not NFKC lower case`);
        if (!/^[\p{Script=Han}a-z0-9]+$/u.test(t)) bad.push(`${c.id}: ${t} has a space or punctuation`);
        const from = FROMS.find((f) => t.includes(f));
        if (from !== undefined) bad.push(`${c.id}: ${t} contains the rewritten ${from}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('use no filler word, place suffix or local marker as a term', () => {
    const words = new Set([...FILLER_WORDS, ...PLACE_SUFFIXES, ...LOCAL_MARKERS]);
    const bad = PROBLEM_CONCEPTS.flatMap((c) => c.terms.filter((t) => words.has(t)).map((t) => `${c.id}: ${t}`));
    expect(bad).toEqual([]);
  });

  it('name only existing concepts as near, never themselves, and both ways', () => {
    const ids = new Set(PROBLEM_CONCEPTS.map((c) => c.id));
    const byId = new Map(PROBLEM_CONCEPTS.map((c) => [c.id, c]));
    const bad: string[] = [];
    for (const c of PROBLEM_CONCEPTS) {
      const near = c.near ?? [];
      for (const d of duplicates(near)) bad.push(`${c.id}: ${d} twice`);
      for (const n of near) {
        if (!ids.has(n)) bad.push(`${c.id}: unknown ${n}`);
        else if (n === c.id) bad.push(`${c.id}: itself`);
        else if (!byId.get(n)!.near?.includes(c.id)) bad.push(`${c.id} -> ${n}, not back`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('share a term only between concepts that list each other as near', () => {
    // Printed so that a maintainer sees which terms are shared (and why they are allowed).
    const shared = new Map<string, string[]>();
    for (const c of PROBLEM_CONCEPTS) for (const t of c.terms) shared.set(t, [...(shared.get(t) ?? []), c.id]);
    const listed = [...shared].filter(([, ids]) => ids.length > 1).map(([t, ids]) => `${t}: ${ids.join(' / ')}`);
    if (listed.length) console.info(`Terms shared by near concepts:\n${listed.join('\n')}`);
    expect(sharedTermViolations(PROBLEM_CONCEPTS)).toEqual([]);
  });

  it('the shared-term check itself refuses a term in two concepts that are not near, and allows it when they are', () => {
    const a: ProblemConcept = { id: 'a', label: '甲', reach: 'site', terms: ['路灯', '灯杆'] };
    const b: ProblemConcept = { id: 'b', label: '乙', reach: 'site', terms: ['路灯', '照明'] };
    expect(sharedTermViolations([a, b])).toEqual(['路灯: a / b']);
    expect(sharedTermViolations([{ ...a, near: ['b'] }, b])).toEqual(['路灯: a / b']);
    expect(sharedTermViolations([{ ...a, near: ['b'] }, { ...b, near: ['a'] }])).toEqual([]);
  });
});

describe('the rewrites', () => {
  it('each change something, once, from the form the text is in when they run (NFKC, lower case)', () => {
    expect(REWRITES.filter(([from, to]) => from === to || from === '')).toEqual([]);
    expect(duplicates(FROMS)).toEqual([]);
    expect(FROMS.filter((f) => !inComparisonForm(f))).toEqual([]);
  });

  it('never produce a text another rewrite would change (the order does not matter, running twice changes nothing)', () => {
    const bad = REWRITES.flatMap(([from, to]) => FROMS.filter((f) => to.includes(f)).map((f) => `${from} -> ${to} contains ${f}`));
    expect(bad).toEqual([]);
  });
});

describe('the word lists', () => {
  const lists: [string, readonly string[]][] = [
    ['FILLER_WORDS', FILLER_WORDS],
    ['PLACE_SUFFIXES', PLACE_SUFFIXES],
    ['POLICY_MARKERS', POLICY_MARKERS],
    ['LOCAL_MARKERS', LOCAL_MARKERS],
  ];

  it.each(lists)('%s: no empty or repeated entry, each in the comparison form with no rewrite left to apply', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((w) => w.trim() === '' || !inComparisonForm(w))).toEqual([]);
    expect(duplicates(list)).toEqual([]);
    expect(list.filter((w) => FROMS.some((f) => w.includes(f)))).toEqual([]);
  });

  it('place suffixes run longest first', () => {
    const lengths = PLACE_SUFFIXES.map((s) => Array.from(s).length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('a filler word is never a place suffix, a policy marker or a local marker', () => {
    const others = new Set([...PLACE_SUFFIXES, ...POLICY_MARKERS, ...LOCAL_MARKERS]);
    expect(FILLER_WORDS.filter((w) => others.has(w))).toEqual([]);
  });
});
