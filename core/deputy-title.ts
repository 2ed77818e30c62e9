/**
 * A deputy named as residents know them: by the people's congress they sit in, named from the
 * region (岳麓区人大代表, 长沙市人大代表, 望月湖街道人大代表, 湖南省人大代表, 全国人大代表),
 * not by the level taxonomy (县(市区)人大代表). Pure: the regions are passed in.
 */
import { LEVEL_LABELS, type Level, type RegionKind } from './vocabulary';

export interface TitleRegion {
  _id: string;
  name: string;
  kind: RegionKind;
  /** Codes from the province down to the region itself. */
  path?: readonly string[];
}

/** The kind of region whose people's congress a deputy of each level sits in. */
const KIND_OF_LEVEL: Record<Exclude<Level, 'national'>, RegionKind> = {
  provincial: 'province',
  city: 'city',
  county: 'county',
  township: 'township',
};

/** The significant part of an administrative code: 430000 → 43, 430100 → 4301, 430104 → 430104. */
const codeStem = (code: string): string => (/^\d+$/.test(code) ? code.replace(/(00)+$/, '') : code);

/** Whether `home` lies in `region` (or is it), by the home's path when known, else by the nested codes. */
function holds(region: TitleRegion, homeCode: string, homePath: readonly string[] | undefined): boolean {
  if (homePath) return homePath.includes(region._id);
  const stem = codeStem(region._id);
  return homeCode === region._id || (stem.length >= 2 && homeCode.startsWith(stem));
}

/** The taxonomy label, for when the regions do not name the congress (`县(市区)人大代表`). */
export const levelTitle = (level: Level): string => `${LEVEL_LABELS[level]}人大代表`;

/**
 * `岳麓区人大代表` for a county deputy whose home region lies in 岳麓区. `regions` are those at
 * hand (a station's path, the deputy's home region if read); the deputy's home region need not
 * be among them when administrative codes nest (430104007 lies in 430104). Falls back to the
 * taxonomy label when no region at hand is the deputy's congress.
 */
export function deputyTitle(deputy: { level: Level; homeRegionCode: string }, regions: readonly TitleRegion[]): string {
  if (deputy.level === 'national') return '全国人大代表';
  const kind = KIND_OF_LEVEL[deputy.level];
  const homePath = regions.find((r) => r._id === deputy.homeRegionCode)?.path;
  const congress = regions.find((r) => r.kind === kind && holds(r, deputy.homeRegionCode, homePath));
  return congress ? `${congress.name}人大代表` : levelTitle(deputy.level);
}
