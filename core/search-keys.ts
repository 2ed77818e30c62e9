/**
 * Search keys (decision 0032): what an opinion is found by, written with it in the same write
 * that creates or changes its words, so that a search is an index read and never a scan.
 *
 * - Text: the character bigrams of the opinion's words — its text, the place it names and what
 *   the resident added (补充情况, 留言) — after `searchForm`: NFKC (full-width letters and digits
 *   become half-width), lower case, the invisible characters removed. Bigrams are taken within
 *   runs of letters and digits, so punctuation and spaces separate them; Chinese needs no word
 *   list, and a phrase of n characters is found by its n − 1 bigrams.
 * - Phone: the last four digits of the resident's phone, `#1234` (staff are told them on the
 *   phone). The `#` keeps a phone key apart from any text bigram.
 *
 * The keys are personal data (the resident's words and phone): they go with the phone when the
 * contact data is erased and all of them when the resident erases their data.
 */
import { normalizeText } from './normalize-text';

/** At most this many keys an opinion: the first text's bigrams always fit (a 1,000-character text has at most 999). */
export const MAX_SEARCH_KEYS = 3_000;

/** A searched phrase: at least 2 characters (one bigram), at most this many. */
export const SEARCH_TEXT_MIN = 2;
export const SEARCH_TEXT_MAX = 30;

/** What the resident wrote that search finds, and their phone. */
export interface SearchSource {
  text: string;
  place?: string;
  additions?: readonly { text: string }[];
  phone?: string;
  /** Erased by the resident: nothing leads to them, the keys go too. */
  erasedAt?: unknown;
}

/** The form text is searched in: NFKC, lower case, the invisible characters removed. */
export const searchForm = (s: string): string => normalizeText(s).normalize('NFKC').toLowerCase();

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** The runs of letters and digits of `s` (in search form), each as its characters. */
const runsOf = (s: string): string[][] =>
  searchForm(s)
    .split(SEPARATORS)
    .filter(Boolean)
    .map((run) => Array.from(run));

/** The distinct bigrams of `s`, in the order they first occur. */
export function bigramsOf(s: string): string[] {
  const out = new Set<string>();
  for (const run of runsOf(s)) for (let i = 0; i + 1 < run.length; i++) out.add(run[i]! + run[i + 1]!);
  return [...out];
}

/** Characters of `s` that search reads (letters and digits in search form). */
export const searchLength = (s: string): number => runsOf(s).reduce((n, run) => n + run.length, 0);

/** The key of a phone's last four digits. */
export const phoneKey = (digits4: string): string => `#${digits4}`;

/** The last four digits of a phone, if it has four. */
export const lastFour = (phone: string): string | undefined => {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : undefined;
};

/** The opinion's search keys: its words' bigrams and its phone's key; none once the resident erased their data. */
export function searchKeysOf(s: SearchSource): string[] {
  if (s.erasedAt) return [];
  const words = [s.text, s.place ?? '', ...(s.additions ?? []).map((a) => a.text)].join('\n');
  const keys = bigramsOf(words).slice(0, MAX_SEARCH_KEYS - 1);
  const four = s.phone ? lastFour(s.phone) : undefined;
  if (four) keys.push(phoneKey(four));
  return keys;
}

/** Whether two key lists hold the same keys (the write leaves them as they are when they do). */
export const sameKeys = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  (a?.length ?? 0) === b.length && (a ?? []).every((k, i) => k === b[i]);

/** The keys a searched phrase asks for: every bigram of it (a document must hold all of them). */
export const phraseKeys = (phrase: string): string[] => bigramsOf(phrase);

/**
 * The county a case is in, by its station's region path (province, city, county, township):
 * the scope the county index of search is read in (decision 0032). Absent for a station above
 * county level (only city and province offices see it, through the path).
 */
export const countyOfPath = (regionPath: readonly string[]): string | undefined => regionPath[2];
