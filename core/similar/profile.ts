/**
 * What an opinion is about, read from its words (decision 0036): the problem concepts it names
 * (the region's dictionary of problem terms, core/similar/terms.ts), the places it names (the
 * region's dictionary of places, its stations' names and addresses, and any word ending in a
 * place suffix such as 小区, 路 or 村), the building, unit or village group numbers, whether it
 * points at a place without naming it (我们小区, 楼下), and whether it is a district-wide policy
 * concern rather than one place's problem. Pure: the same profile in a cloud function, the
 * local run and `npm run similar:eval`.
 */
import { similarForm } from './normalize';
import { ngramsOf } from './vocabulary';
import { FILLER_WORDS, LOCAL_MARKERS, PLACE_SUFFIXES, POLICY_MARKERS, PROBLEM_CONCEPTS, type ProblemConcept } from './terms';

/** What the product knows of its region besides the words: where its stations are, the places of the region. */
export interface SimilarKnowledge {
  /** Station code → its name and address. */
  stations: ReadonlyMap<string, { name: string; address: string }>;
  /** The region's place dictionary: names of 小区, roads, villages, markets … as residents write them. */
  places: readonly string[];
}

export const NO_KNOWLEDGE: SimilarKnowledge = { stations: new Map(), places: [] };

/** What the product reads of an opinion. */
export interface SimilarText {
  stationCode: string;
  category: string;
  text: string;
  /** The place the resident named in the form's own field. */
  place?: string;
}

export type Reach = ProblemConcept['reach'];

export interface SimilarProfile {
  stationCode: string;
  category: string;
  /** Problem concept ids named whole (a dictionary term), sorted. */
  concepts: string[];
  /** Every concept it holds with its weight: 1 when named whole, less when only anchors of it are found. */
  weights: Record<string, number>;
  /** Places named, as `core|kind` (kind: home, road, village, site, or '' for a dictionary name). */
  places: string[];
  /** Building, unit and village group numbers: '3栋', '2单元', '5组'. */
  units: string[];
  /** Points at a place without naming it (我们小区, 楼下): the station stands in for it. */
  local: boolean;
  /** A district-wide policy concern: a policy concept or marker, and no place of its own. */
  general: boolean;
  /** The widest reach of its concepts ('unit' < 'site' < 'area' < 'policy'). */
  reach: Reach | undefined;
  /** Distinct character bigrams of its words, filler words removed (what its keys are made of). */
  grams: string[];
  /** Its character 1- to 3-grams and how often each occurs (what the lexical comparison reads). */
  ngrams: Record<string, number>;
  /** The same without the places and numbers it names: the words of the problem alone (what grouping compares). */
  problemNgrams: Record<string, number>;
}

const CONCEPT_BY_ID = new Map(PROBLEM_CONCEPTS.map((c) => [c.id, c]));
export const conceptOf = (id: string): ProblemConcept | undefined => CONCEPT_BY_ID.get(id);

/** Terms by first character, longest first: one scan reads the longest term at each position. */
const TERMS_BY_FIRST = (() => {
  const map = new Map<string, { term: string; id: string }[]>();
  for (const c of PROBLEM_CONCEPTS) {
    for (const raw of c.terms) {
      const term = similarForm(raw);
      if (!term) continue;
      const list = map.get(term[0]!) ?? [];
      list.push({ term, id: c.id });
      map.set(term[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.term.length - a.term.length);
  return map;
})();

/** The concepts named in `form`, and the form with their terms blanked out. */
function readConcepts(form: string): { ids: Set<string>; rest: string } {
  const ids = new Set<string>();
  let rest = '';
  let i = 0;
  while (i < form.length) {
    const hit = TERMS_BY_FIRST.get(form[i]!)?.find((t) => form.startsWith(t.term, i));
    if (hit) {
      ids.add(hit.id);
      rest += ' ';
      i += hit.term.length;
    } else {
      rest += form[i];
      i++;
    }
  }
  return { ids, rest };
}


/**
 * Anchors: the bigrams a concept's terms share (in two or more of its terms, or in its only
 * term) and at most two other concepts use. A text that says a concept in words the dictionary
 * lacks (下水到堵塞 for 下水道堵塞, 外墙皮又掉) still holds some of them: each anchor found
 * counts as part of the concept (`ANCHOR_WEIGHT`), a term found counts as all of it.
 */
export const ANCHOR_WEIGHT = 0.35;
/** Bigrams of filler words, place suffixes, local and policy markers: they say nothing of the problem or the place (老人, 物业, 小区, 门口). */
const COMMON_GRAMS = (() => {
  const common = new Set<string>();
  for (const w of [...FILLER_WORDS, ...PLACE_SUFFIXES, ...LOCAL_MARKERS, ...POLICY_MARKERS]) {
    const f = similarForm(w);
    for (let i = 0; i + 1 < f.length; i++) common.add(f.slice(i, i + 2));
  }
  return common;
})();
export const isCommonGram = (g: string): boolean => COMMON_GRAMS.has(g);
/** An anchor belongs to at most this many concepts. */
const ANCHOR_OWNERS = 2;
const ANCHORS = (() => {
  const perConcept = new Map<string, Map<string, number>>();
  for (const c of PROBLEM_CONCEPTS) {
    const counts = new Map<string, number>();
    for (const raw of c.terms) {
      const t = similarForm(raw);
      const seen = new Set<string>();
      for (let i = 0; i + 1 < t.length; i++) seen.add(t.slice(i, i + 2));
      for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    perConcept.set(c.id, counts);
  }
  const owners = new Map<string, string[]>();
  for (const [id, counts] of perConcept) {
    const terms = PROBLEM_CONCEPTS.find((c) => c.id === id)!.terms.length;
    for (const [g, n] of counts) if (n >= 2 || terms === 1) owners.set(g, [...(owners.get(g) ?? []), id]);
  }
  const common = COMMON_GRAMS;
  const out = new Map<string, string[]>();
  for (const [g, ids] of owners) if (ids.length <= ANCHOR_OWNERS && !common.has(g) && !/\d/.test(g)) out.set(g, ids);
  return out;
})();

/** The concepts a text holds in part, by their anchors (those named whole are not repeated). */
function readAnchors(form: string, whole: ReadonlySet<string>): Map<string, number> {
  const hits = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < form.length; i++) {
    const g = form.slice(i, i + 2);
    for (const id of ANCHORS.get(g) ?? []) if (!whole.has(id)) hits.set(id, (hits.get(id) ?? new Set()).add(g));
  }
  const out = new Map<string, number>();
  for (const [id, gs] of hits) out.set(id, Math.min(0.9, ANCHOR_WEIGHT * gs.size));
  return out;
}

const REACH_ORDER: Reach[] = ['unit', 'site', 'area', 'policy'];

/** The kind of place a suffix names: a home (小区), a road, a village or its group, or another site. */
function kindOfSuffix(suffix: string): string {
  if (/小区|社区|花园|新村|苑|府|公寓|宿舍|家属区|山庄|大厦|家园|名城|华庭|公馆|安置/.test(suffix)) return 'home';
  if (/路|街|巷|大道|桥|隧道|立交|高架/.test(suffix)) return 'road';
  if (/村|组|屋场|垸/.test(suffix)) return 'village';
  return 'site';
}

/** Characters that end a place name when read backwards from its suffix (they belong to the sentence, not the name). */
const STOP = new Set(Array.from('的在住是我你他她们家了到从去这那个边和跟向往对把被给让与及或就都也还又很太每各该此其有没无不吗呢啊吧呀哦嘛啦说讲想要请帮上下前后旁近附门口处地方条座栋号楼层天点半时只能跑'));

/** One-character suffixes that too often end ordinary words (湖 of 望月湖 is a name, but 山, 门, 号, 站 … end words like 爬山, 出门, 几号): names with them come from the dictionary. */
const WEAK_SUFFIXES = new Set(['湖', '山', '塘', '门', '号', '站', '城', '院', '岭', '洲', '栋', '组', '府']);
const SUFFIXES = [...PLACE_SUFFIXES].map((s) => similarForm(s)).filter((s) => s && !WEAK_SUFFIXES.has(s) && !/^\d/.test(s)).sort((a, b) => b.length - a.length);
/** The suffixes by their first character, longest first: one look-up a position. */
const SUFFIXES_BY_FIRST = (() => {
  const map = new Map<string, string[]>();
  for (const suffix of SUFFIXES) map.set(suffix[0]!, [...(map.get(suffix[0]!) ?? []), suffix]);
  return map;
})();
const HAN = /\p{Script=Han}/u;
const FILLER_SET = new Set(FILLER_WORDS.map((w) => similarForm(w)));
/** Words a place name never starts with (the sentence's own: 建议月湖小学 is 月湖小学). */
const LEADING = [
  '建议', '希望', '反映', '关于', '每天', '每次', '今天', '昨天', '现在', '那个', '这个', '我们', '你们', '他们', '附近', '旁边', '对面', '还有', '就是', '门口', '上班', '下班', '位于', '地址',
  // Verbs of a request (延长社区养老服务中心的开放时间, 调整路内停车收费): what follows is a thing, not a name.
  '调整', '延长', '增加', '增设', '设置', '加强', '整治', '规划', '开放', '延伸', '提高', '降低', '取消', '恢复', '完善', '解决', '协调', '督促', '要求', '推动', '组织', '安排', '支持', '鼓励', '所有', '各个', '整个', '全体', '城区', '市区',
];

/** The places named by suffix: up to 6 characters before a place suffix, cut at the sentence's own words. */
function placesBySuffix(form: string): string[] {
  const out: string[] = [];
  let i = 1;
  while (i < form.length) {
    const suffix = SUFFIXES_BY_FIRST.get(form[i]!)?.find((s) => form.startsWith(s, i));
    if (!suffix) {
      i++;
      continue;
    }
    let j = i;
    while (j > 0 && i - j < 6 && HAN.test(form[j - 1]!) && !STOP.has(form[j - 1]!)) j--;
    let core = form.slice(j, i);
    for (let again = true; again; ) {
      again = false;
      for (const w of LEADING) {
        if (core.startsWith(w) && core.length > w.length) {
          core = core.slice(w.length);
          again = true;
        }
      }
    }
    // A name that ends in a place suffix of its own (桃花岭社区 of 桃花岭社区路口) is that place, of its kind.
    const inner = SUFFIXES.find((x) => core.endsWith(x) && core.length > x.length + 1);
    if (core.length >= 2 && !FILLER_SET.has(core) && !LEADING.includes(core)) out.push(`${core}|${kindOfSuffix(inner ?? suffix)}`);
    i += suffix.length;
  }
  return out;
}

/** Dictionary places and station names found in the words, as `core|` (no kind: a name is a name). */
function placesByName(form: string, names: readonly string[]): string[] {
  return names.filter((n) => n.length >= 2 && form.includes(n)).map((n) => `${n}|`);
}

/** Drops a place that is part of a longer one named in the same words (望月湖 within 望月湖小区). */
function longestPlaces(places: string[]): string[] {
  const core = (p: string) => p.slice(0, p.indexOf('|'));
  return places.filter((p) => !places.some((q) => q !== p && core(q).length > core(p).length && core(q).includes(core(p)) && (!q.endsWith('|') || p.endsWith('|'))));
}

const NUMBERED = /(\d{1,3})(栋|单元|组)/g;

/** The names the product knows: the region's places and its stations' place names (the part before 街道/社区/…). */
export function knownNames(k: SimilarKnowledge): string[] {
  const names = new Set<string>();
  for (const p of k.places) {
    const f = similarForm(p);
    if (f.length >= 2) names.add(f);
  }
  for (const s of k.stations.values()) {
    for (const m of similarForm(s.name).matchAll(/([\p{Script=Han}]{2,4}?)(?:街道|社区|镇|乡|村)/gu)) names.add(m[1]!);
  }
  return [...names];
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One alternation of words, longest first (a regular expression reads them in one pass). */
const anyOf = (words: readonly string[], flags = 'u') =>
  new RegExp(
    [...new Set(words.map((w) => similarForm(w)).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    flags,
  );
const FILLERS = anyOf(FILLER_WORDS.filter((w) => similarForm(w).length > 1), 'gu');
const POLICY = anyOf(POLICY_MARKERS);
const LOCAL = anyOf(LOCAL_MARKERS);

function gramsOf(rest: string): string[] {
  const s = rest.replace(FILLERS, ' ');
  const out = new Set<string>();
  for (const run of s.split(/[^\p{Script=Han}a-z0-9]+/u)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out].sort();
}

/** The words without the places named and the numbers: what is left says what the problem is. */
function withoutPlaces(form: string, places: readonly string[]): string {
  let s = form;
  for (const p of [...places].sort((a, b) => b.length - a.length)) {
    const core = p.slice(0, p.indexOf('|'));
    if (core) s = s.split(core).join(' ');
  }
  return s.replace(/\d+(?:栋|单元|组|号|楼|层|室)?/g, ' ');
}

/** The profile of one opinion. `names` is `knownNames(knowledge)`, computed once per region. */
export function profileOf(t: SimilarText, names: readonly string[]): SimilarProfile {
  const form = similarForm(`${t.place ?? ''}\n${t.text}`);
  const { ids } = readConcepts(form);
  const places = longestPlaces([...new Set([...placesByName(form, names), ...placesBySuffix(form)])]).sort();
  const units = [...new Set([...form.matchAll(NUMBERED)].map((m) => `${Number(m[1])}${m[2]}`))].sort();
  const concepts = [...ids].sort();
  const weights: Record<string, number> = Object.fromEntries(readAnchors(form, ids));
  for (const id of concepts) weights[id] = 1;
  const reachIndex = Math.max(-1, ...concepts.map((id) => REACH_ORDER.indexOf(CONCEPT_BY_ID.get(id)!.reach)));
  const reach = reachIndex >= 0 ? REACH_ORDER[reachIndex] : undefined;
  const local = LOCAL.test(form);
  const policyWords = POLICY.test(form);
  const general = !local && places.length === 0 && units.length === 0 && (reach === 'policy' || policyWords);
  return { stationCode: t.stationCode, category: t.category, concepts, weights, places, units, local, general, reach, grams: gramsOf(form), ngrams: ngramsOf(form), problemNgrams: ngramsOf(withoutPlaces(form, places)) };
}
