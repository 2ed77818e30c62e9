/**
 * How a region's own level is named in a breakdown by region: the stations placed directly in
 * a county (not in one of its townships) are its "区本级" / "县本级" / "市本级". The word
 * follows the region's name (岳麓区 → 区, 浏阳市 → 市, 宁乡县 → 县), else its kind. Pure.
 */
import type { RegionKind } from './vocabulary';

/** Name endings, longest first (自治区 before 区, 地区 before 区); 自治州/自治县 read as 州/县. */
const ENDINGS = ['自治区', '地区', '街道', '省', '市', '区', '县', '旗', '州', '盟', '镇', '乡'] as const;

const BY_KIND: Record<RegionKind, string> = {
  province: '省',
  city: '市',
  county: '县',
  township: '乡镇',
  military: '',
};

/** The label of the row for what lies in `region` itself, not in a region below it. */
export function ownLevelLabel(region: { name: string; kind: RegionKind }): string {
  const ending = region.kind === 'military' ? undefined : ENDINGS.find((e) => region.name.endsWith(e));
  return `${ending ?? BY_KIND[region.kind]}本级`;
}
