/**
 * The default title of a 汇总件 (decision 0036), which staff may edit: the problem the sources
 * share, the places they name and how many — 电梯故障（望月湖小区3栋、桐梓坡小区等3件）. The
 * problem is the dictionary's label of the concept most of them name (core/similar: the same
 * reading the similar method makes); failing that, the longest words all of them use, places
 * left out; failing that, their category.
 */
import { MERGE_TITLE_MAX } from '../../core/merged-cases';
import { profileOf } from '../../core/similar';
import { PROBLEM_CONCEPTS } from '../../core/similar/terms';
import type { OpinionDoc } from '../model';

type TitleSource = Pick<OpinionDoc, 'stationCode' | 'stationName' | 'category' | 'text' | 'place'>;

const LABELS = new Map(PROBLEM_CONCEPTS.map((c) => [c.id, c.label]));

/** The label of the concept named by the most sources (at least half of them), or ''. */
function sharedConcept(sources: readonly TitleSource[]): string {
  const counts = new Map<string, number>();
  for (const s of sources) {
    const { concepts } = profileOf({ stationCode: s.stationCode, category: s.category, text: s.text, ...(s.place ? { place: s.place } : {}) }, []);
    for (const id of concepts) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 >= sources.length ? (LABELS.get(best[0]) ?? '') : '';
}

const PUNCTUATION = /[，。！？、；：,.!?;:（）()“”"'\s]/;

/** The longest run (2–12 characters) every text has once the places are taken out, or ''. */
function sharedRun(sources: readonly TitleSource[]): string {
  const places = [...new Set(sources.flatMap((s) => [s.place ?? '', s.stationName]).filter((p) => p.length >= 2))];
  const cut = sources.map((s) => places.reduce((t, p) => t.split(p).join('|'), s.text).slice(0, 200));
  const shortest = [...cut].sort((a, b) => a.length - b.length)[0] ?? '';
  for (let len = Math.min(12, shortest.length); len >= 2; len--) {
    for (let i = 0; i + len <= shortest.length; i++) {
      const run = shortest.slice(i, i + len);
      if (run.includes('|') || PUNCTUATION.test(run)) continue;
      if (cut.every((t) => t.includes(run))) return run;
    }
  }
  return '';
}

export function defaultMergeTitle(sources: readonly TitleSource[]): string {
  const problem = sharedConcept(sources) || sharedRun(sources) || `${sources[0]?.category ?? ''}方面的同类意见`;
  const places = [...new Set(sources.map((s) => (s.place || s.stationName).trim()).filter(Boolean))];
  const title = `${problem}（${places.slice(0, 3).join('、')}等${sources.length}件）`;
  return title.length <= MERGE_TITLE_MAX ? title : `${problem.slice(0, 20)}（等${sources.length}件）`;
}
