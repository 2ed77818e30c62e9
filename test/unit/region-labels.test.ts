/** The row of a region's own stations in a breakdown by region (core/region-labels.ts). */
import { ownLevelLabel } from '../../core/region-labels';

test('the own-level row is named after the kind of region, as its name says it', () => {
  expect(ownLevelLabel({ name: '岳麓区', kind: 'county' })).toBe('区本级');
  expect(ownLevelLabel({ name: '宁乡县', kind: 'county' })).toBe('县本级');
  expect(ownLevelLabel({ name: '浏阳市', kind: 'county' })).toBe('市本级');
  expect(ownLevelLabel({ name: '城步苗族自治县', kind: 'county' })).toBe('县本级');
  expect(ownLevelLabel({ name: '长沙市', kind: 'city' })).toBe('市本级');
  expect(ownLevelLabel({ name: '湘西土家族苗族自治州', kind: 'city' })).toBe('州本级');
  expect(ownLevelLabel({ name: '湖南省', kind: 'province' })).toBe('省本级');
  expect(ownLevelLabel({ name: '广西壮族自治区', kind: 'province' })).toBe('自治区本级');
  expect(ownLevelLabel({ name: '望月湖街道', kind: 'township' })).toBe('街道本级');
  // a name without a known ending falls back on the kind
  expect(ownLevelLabel({ name: '新区', kind: 'county' })).toBe('区本级');
  expect(ownLevelLabel({ name: '某开发片', kind: 'county' })).toBe('县本级');
  expect(ownLevelLabel({ name: '湖南省军区', kind: 'military' })).toBe('本级');
});
