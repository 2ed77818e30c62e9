/**
 * What residents read (core/resident-words.ts, core/deputy-title.ts, core/friendly-time.ts):
 * their words for every status, the form's category groups, deputies named from the region,
 * and times as people say them.
 */
import { deputyTitle, levelTitle, type TitleRegion } from '../../core/deputy-title';
import { daysAgo, monthDay, monthDayWeekday, relativeDay, relativeDayTime } from '../../core/friendly-time';
import { STATUSES, STATUS_LABELS } from '../../core/opinion-status';
import { COMMON_CATEGORIES, MORE_CATEGORIES, RESIDENT_STATUS_LABELS, STAFF_ONLY_CATEGORIES } from '../../core/resident-words';
import { CATEGORIES, goesToStaffOnly } from '../../core/vocabulary';

describe("statuses in the resident's words", () => {
  it('names every status, and the ones residents misread differently from staff', () => {
    expect(Object.keys(RESIDENT_STATUS_LABELS).sort()).toEqual([...STATUSES].sort());
    expect(RESIDENT_STATUS_LABELS.assigned).toBe('待代表受理');
    expect(RESIDENT_STATUS_LABELS.closed).toBe('已完结');
    expect(STATUS_LABELS.assigned).toBe('已分派'); // staff and deputies keep theirs
    expect(STATUS_LABELS.closed).toBe('已归档');
  });
});

describe("the form's categories", () => {
  it('are eight common ones, the rest, and those deputies do not take up: every category once', () => {
    expect(COMMON_CATEGORIES).toHaveLength(8);
    const all = [...COMMON_CATEGORIES, ...MORE_CATEGORIES, ...STAFF_ONLY_CATEGORIES];
    expect([...all].sort()).toEqual([...CATEGORIES].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(STAFF_ONLY_CATEGORIES.every(goesToStaffOnly)).toBe(true);
    expect([...COMMON_CATEGORIES, ...MORE_CATEGORIES].some(goesToStaffOnly)).toBe(false);
  });
});

describe('a deputy named from the region', () => {
  const region = (_id: string, name: string, kind: TitleRegion['kind'], path: string[]): TitleRegion => ({ _id, name, kind, path });
  const hunan = region('430000', '湖南省', 'province', ['430000']);
  const changsha = region('430100', '长沙市', 'city', ['430000', '430100']);
  const yuelu = region('430104', '岳麓区', 'county', ['430000', '430100', '430104']);
  const wangyuehu = region('430104007', '望月湖街道', 'township', ['430000', '430100', '430104', '430104007']);
  const military = region('43M000', '湖南省军区', 'military', ['430000', '43M000']);
  const stationPath = [hunan, changsha, yuelu, wangyuehu];

  it('by the congress they sit in, found on their home region’s path', () => {
    expect(deputyTitle({ level: 'county', homeRegionCode: '430104007' }, stationPath)).toBe('岳麓区人大代表');
    expect(deputyTitle({ level: 'township', homeRegionCode: '430104007' }, stationPath)).toBe('望月湖街道人大代表');
    expect(deputyTitle({ level: 'city', homeRegionCode: '430104' }, stationPath)).toBe('长沙市人大代表');
    expect(deputyTitle({ level: 'provincial', homeRegionCode: '430100' }, stationPath)).toBe('湖南省人大代表');
    expect(deputyTitle({ level: 'national', homeRegionCode: '430000' }, stationPath)).toBe('全国人大代表');
  });

  it('by nested administrative codes when the home region was not read (a home below the station)', () => {
    const countyStation = [hunan, changsha, yuelu];
    expect(deputyTitle({ level: 'county', homeRegionCode: '430104007' }, countyStation)).toBe('岳麓区人大代表');
    // The military node lies in its province by code too.
    expect(deputyTitle({ level: 'provincial', homeRegionCode: '43M000' }, countyStation)).toBe('湖南省人大代表');
    expect(deputyTitle({ level: 'provincial', homeRegionCode: '43M000' }, [...countyStation, military])).toBe('湖南省人大代表');
  });

  it('never by a region beside the home: then by level', () => {
    // A county deputy of 开福区 at a 岳麓区 station is not 岳麓区's.
    expect(deputyTitle({ level: 'county', homeRegionCode: '430105' }, stationPath)).toBe('县（市区）人大代表');
    expect(deputyTitle({ level: 'township', homeRegionCode: '430104010' }, stationPath)).toBe('乡镇人大代表');
    expect(deputyTitle({ level: 'city', homeRegionCode: '430104' }, [])).toBe(levelTitle('city'));
  });
});

describe('times as people say them (Beijing)', () => {
  const now = new Date('2026-12-05T02:00:00Z'); // Saturday 10:00 in Beijing

  it('dates like 12月9日, with the weekday, and the year only when it is not this one', () => {
    expect(monthDay('2026-12-09T15:59:59Z')).toBe('12月9日');
    expect(monthDayWeekday('2026-12-09T15:59:59Z', now)).toBe('12月9日（周三）');
    // 23:59 Beijing is still that day; 16:00 UTC is the next.
    expect(monthDay('2026-12-09T16:00:00Z')).toBe('12月10日');
    expect(monthDay('2025-12-09T02:00:00Z', now)).toBe('2025年12月9日');
  });

  it('今天, 昨天, N天前 within a week, then the date', () => {
    expect(relativeDay('2026-12-04T16:30:00Z', now)).toBe('今天'); // 00:30 Beijing today
    expect(relativeDay('2026-12-04T15:30:00Z', now)).toBe('昨天'); // 23:30 Beijing yesterday
    expect(relativeDay('2026-12-02T02:00:00Z', now)).toBe('3天前');
    expect(relativeDay('2026-11-27T02:00:00Z', now)).toBe('11月27日');
    expect(daysAgo('2026-12-06T02:00:00Z', now)).toBe(-1);
    expect(relativeDayTime('2026-12-05T01:30:00Z', now)).toBe('今天 09:30');
    expect(relativeDayTime('2026-12-04T10:02:00Z', now)).toBe('昨天 18:02');
    expect(relativeDayTime('2026-11-25T01:30:00Z', now)).toBe('11月25日 09:30');
  });
});
