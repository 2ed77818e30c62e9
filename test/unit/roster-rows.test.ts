/** The roster file's rules: columns, cells, and what makes a row wrong (core/roster-rows.ts, core/csv.ts). */
import { parseCsv } from '../../core/csv';
import { termEnded } from '../../core/deputy-term';
import { checkHeader, checkRosterRows, headerProblem, parseDate, parseLevel, ROSTER_TEMPLATE_HEADER, splitList, type KnownDeputy, type RosterLookups } from '../../core/roster-rows';

const lookups = (over: Partial<RosterLookups> = {}): RosterLookups => ({
  region: (v) => (v === '望月湖街道' ? { code: '430104007', name: '望月湖街道' } : v === '芙蓉区' ? { error: '不在您管辖的地区' } : { error: `没有找到选举地区"${v}"` }),
  station: (v) => (v === 'WYH01' ? { code: 'WYH01' } : { error: `没有找到联络站"${v}"` }),
  known: [],
  today: '2026-11-29',
  ...over,
});

const columns = () => {
  const h = checkHeader(ROSTER_TEMPLATE_HEADER);
  if (!h.ok) throw new Error('template header refused');
  return h.columns;
};

describe('header', () => {
  test('the template header, English names, any order and spacing are accepted; 简介 is optional', () => {
    expect(checkHeader(ROSTER_TEMPLATE_HEADER).ok).toBe(true);
    expect(checkHeader(['Name', 'LEVEL', 'home region', 'stations', 'specialties', 'term', 'term end']).ok).toBe(true);
    expect(checkHeader([' 层级 ', '姓名', '届次', '任期届满', '选举地区', '专业领域', '联络站']).ok).toBe(true);
  });
  test('missing, unknown and repeated columns are named', () => {
    const h = checkHeader(['姓名', '姓名', '层级', '地区', '联络站', '专业领域', '届次']);
    expect(h).toEqual({ ok: false, missing: ['选举地区', '任期届满'], unknown: ['地区'], repeated: ['姓名'] });
    if (!h.ok) expect(headerProblem(h)).toMatch(/^名册的列不正确（缺少列：选举地区、任期届满；无法识别的列：地区；重复的列：姓名）/);
  });
});

describe('cells', () => {
  test.each([
    ['全国', 'national'], ['省', 'provincial'], ['市(州)', 'city'], ['市', 'city'], ['县(市、区)', 'county'], ['区', 'county'], ['乡镇', 'township'], ['乡', 'township'], ['township', 'township'],
  ])('level %s → %s', (cell, level) => expect(parseLevel(cell)).toBe(level));
  test.each(['村', '', '省市', 'mayor'])('level %p is refused', (cell) => expect(parseLevel(cell)).toBeUndefined());
  test.each([
    ['2031-12-31', '2031-12-31'], ['2031/1/5', '2031-01-05'], ['2031.01.05', '2031-01-05'], ['2031年1月5日', '2031-01-05'], [new Date(Date.UTC(2031, 0, 5)), '2031-01-05'],
  ])('date %p → %s', (cell, date) => expect(parseDate(cell)).toBe(date));
  test.each(['2031-02-30', '31/12/2031', '明年', ''])('date %p is refused', (cell) => expect(parseDate(cell)).toBeUndefined());
  test('lists split on 、,,;; and line breaks', () => expect(splitList('WYH01、YL01, XJH01;;A\nB')).toEqual(['WYH01', 'YL01', 'XJH01', 'A', 'B']));
});

/** 李红梅 as the office has her: in office, at WYH01, the same as the row `hidden` below. */
const liHongmei: KnownDeputy = {
  id: 'd-county-1',
  name: '李红梅',
  level: 'county',
  homeRegionCode: '430104007',
  homeRegionName: '望月湖街道',
  inScope: true,
  stationCodes: ['WYH01'],
  specialties: ['住房物业'],
  term: '第十八届',
  termEnd: '2031-12-31',
  status: 'active',
};

describe('rows', () => {
  const good = ['周丽娟', '县', '望月湖街道', 'WYH01', '住房物业、教育', '第十八届', '2031-12-31', ''];
  test('a good row is staged with its cells read', () => {
    const r = checkRosterRows([good], columns(), lookups());
    expect(r.problems).toEqual([]);
    expect(r.valid).toEqual([
      { row: 2, name: '周丽娟', level: 'county', homeRegionCode: '430104007', homeRegionName: '望月湖街道', stationCodes: ['WYH01'], specialties: ['住房物业', '教育'], term: '第十八届', termEnd: '2031-12-31', bio: '' },
    ]);
  });
  test('every problem of a row is reported, with its file row number', () => {
    const bad = ['', '村', '芙蓉区', 'NOPE', '涉法涉诉、跳舞', '', '2020-01-01', 'x'.repeat(201)];
    const r = checkRosterRows([good, bad], columns(), lookups());
    expect(r.valid).toHaveLength(1);
    expect(r.problems).toEqual([
      {
        row: 3,
        name: '（无姓名）',
        errors: ['姓名为空', '层级"村"不正确，应为全国、省、市、县、乡之一', '不在您管辖的地区', '没有找到联络站"NOPE"', '专业领域"涉法涉诉、跳舞"不在意见类别中', '届次为空', '任期已于2020-01-01届满', '简介超过200字'],
      },
    ]);
  });
  test('duplicates within the file point at the first row; a deputy in office is matched, not added', () => {
    const r = checkRosterRows([good, [...good], ['李 红梅', ...good.slice(1)]], columns(), lookups({ known: [liHongmei] }));
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.problems).toEqual([{ row: 3, name: '周丽娟', errors: ['与第2行重复（同名、同层级、同选举地区）'] }]);
    expect(r.updates.map((u) => [u.row, u.deputyId])).toEqual([[4, 'd-county-1']]);
  });
  test('a station listing 49 deputies takes one more; the next row naming it is refused', () => {
    const second = ['周丽芳', ...good.slice(1)];
    const r = checkRosterRows([good, second], columns(), lookups({ stationLoad: (c) => (c === 'WYH01' ? 49 : 0) }));
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.problems).toEqual([{ row: 3, name: '周丽芳', errors: ['联络站WYH01的代表将超过50位'] }]);
  });
  test('cells are cleaned like every text field: an invisible character does not make another deputy (core/normalize-text.ts)', () => {
    const hidden = ['李\u200b红\u00ad梅', '县', '望月湖街道', 'WYH01', '住房物业\u2060', '第十八\u061c届', '2031-12-31', '关注\u202e物业\u2028管理'];
    const r = checkRosterRows([good, hidden], columns(), lookups({ known: [liHongmei] }));
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.unchanged).toEqual([{ row: 3, name: '李红梅', deputyId: 'd-county-1' }]);
    const alone = checkRosterRows([hidden], columns(), lookups());
    expect(alone.valid).toMatchObject([{ name: '李红梅', specialties: ['住房物业'], term: '第十八届', bio: '关注物业\n管理' }]);
  });
  test('the same name at another level or region is another deputy', () => {
    const r = checkRosterRows([good, ['周丽娟', '乡', ...good.slice(2)]], columns(), lookups());
    expect(r.valid).toHaveLength(2);
  });
});

describe('updates: a row that names a deputy the office has', () => {
  const row = (over: Partial<Record<'name' | 'level' | 'home' | 'stations' | 'specialties' | 'term' | 'termEnd' | 'rosterId' | 'phone', string>> = {}) => [
    over.name ?? '李红梅', over.level ?? '县', over.home ?? '望月湖街道', over.stations ?? 'WYH01', over.specialties ?? '住房物业', over.term ?? '第十八届', over.termEnd ?? '2031-12-31', '', over.rosterId ?? '', over.phone ?? '',
  ];
  const twoStations = lookups({
    station: (v) => (['WYH01', 'YL01'].includes(v) ? { code: v } : { error: `没有找到联络站"${v}"` }),
    managesStation: (c) => c !== 'FR01',
    stationName: (c) => ({ WYH01: '望月湖站', YL01: '岳麓总站' })[c] ?? c,
  });

  test('each changed field is listed old → new; the stations the admin does not manage are kept', () => {
    const she = { ...liHongmei, stationCodes: ['WYH01', 'FR01'] };
    const r = checkRosterRows([row({ stations: 'YL01', specialties: '住房物业、教育', termEnd: '2036-12-31', phone: '0731-8888 0001' })], columns(), { ...twoStations, known: [she] });
    expect(r.problems).toEqual([]);
    expect(r.updates).toEqual([
      expect.objectContaining({
        row: 2,
        deputyId: 'd-county-1',
        set: { specialties: ['住房物业', '教育'], termEnd: '2036-12-31', officePhone: '073188880001' },
        addStations: ['YL01'],
        removeStations: ['WYH01'],
        changes: [
          { field: 'stations', label: '联络站', from: '望月湖站', to: '岳麓总站' },
          { field: 'specialties', label: '专业领域', from: '住房物业', to: '住房物业、教育' },
          { field: 'officePhone', label: '办公电话', from: '无', to: '073188880001' },
          { field: 'termEnd', label: '任期届满', from: '2031-12-31', to: '2036-12-31' },
        ],
      }),
    ]);
  });

  test('two deputies of one name, level and home region in office: the row is a problem, never a guess', () => {
    const twin = { ...liHongmei, id: 'd-county-9' };
    const r = checkRosterRows([row()], columns(), lookups({ known: [liHongmei, twin] }));
    expect(r.updates).toEqual([]);
    expect(r.valid).toEqual([]);
    expect(r.problems).toEqual([{ row: 2, name: '李红梅', errors: ['有2位同名、同层级、同选举地区的代表在任，无法确定是哪一位，请在"代表证号"列填写'] }]);
    // With the 代表证号 the office keeps, each row finds its own deputy.
    const keyed = checkRosterRows([row({ rosterId: 'a-1' }), row({ rosterId: 'A-9' })], columns(), lookups({ known: [{ ...liHongmei, rosterId: 'A-1' }, { ...twin, rosterId: 'A-9' }] }));
    expect(keyed.problems).toEqual([]);
    expect(keyed.unchanged.map((u) => u.deputyId)).toEqual(['d-county-1', 'd-county-9']);
  });

  test('one in office and one whose term ended: the one in office, with a note', () => {
    const former = { ...liHongmei, id: 'd-old', status: 'inactive' as const, termEnd: '2021-12-31' };
    const r = checkRosterRows([row({ specialties: '教育' })], columns(), lookups({ known: [former, liHongmei] }));
    expect(r.updates.map((u) => u.deputyId)).toEqual(['d-county-1']);
    expect(r.updates[0].notes[0]).toMatch(/^另有1位同名、同层级、同选举地区的代表已不在任/);
  });

  test('by 代表证号, a new name or level is an update; a 代表证号 of another region is refused', () => {
    const keyed = { ...liHongmei, rosterId: '430104-18-007' };
    const r = checkRosterRows([row({ name: '李红美', level: '市', rosterId: '430104-18-007' })], columns(), lookups({ known: [keyed] }));
    expect(r.updates[0].changes.map((c) => `${c.label}：${c.from} → ${c.to}`)).toEqual(['姓名：李红梅 → 李红美', '层级：县（市区） → 市（州）']);
    const away = { ...keyed, inScope: false, homeRegionName: '芙蓉区' };
    const refused = checkRosterRows([row({ rosterId: '430104-18-007' })], columns(), lookups({ known: [away] }));
    expect(refused.problems[0].errors).toEqual(['代表证号"430104-18-007"是芙蓉区的代表李红梅，不在您管辖的地区']);
  });

  test('a term end that has passed: a new deputy is refused, a deputy in office leaves it; a re-elected one comes back', () => {
    expect(checkRosterRows([row({ name: '周丽娟', termEnd: '2026-11-28' })], columns(), lookups()).problems[0].errors).toEqual(['任期已于2026-11-28届满']);
    const ending = checkRosterRows([row({ termEnd: '2026-11-28' })], columns(), lookups({ known: [liHongmei] }));
    expect(ending.updates[0]).toMatchObject({ status: 'end', set: { termEnd: '2026-11-28' } });
    expect(ending.updates[0].changes.at(-1)).toEqual({ field: 'status', label: '状态', from: '在任', to: '任期届满' });
    const back = checkRosterRows([row({ term: '第十九届', termEnd: '2031-12-31' })], columns(), lookups({ known: [{ ...liHongmei, status: 'inactive', termEnd: '2026-01-01' }] }));
    expect(back.updates[0]).toMatchObject({ status: 'resume', set: { term: '第十九届', termEnd: '2031-12-31' } });
  });

  test('a deputy on a station\'s schedule cannot be taken off it by the file', () => {
    const r = checkRosterRows([row({ stations: '' })], columns(), lookups({ known: [liHongmei], onSchedule: (c, id) => c === 'WYH01' && id === 'd-county-1', stationName: () => '望月湖站' }));
    expect(r.problems[0].errors).toEqual(['仍在望月湖站的接待安排中，请先在联络站修改接待安排，再取消进站']);
  });

  test('a deputy elected above the region: only the stations may change', () => {
    const national = { ...liHongmei, stationsOnly: true, homeRegionName: '湖南省' };
    expect(checkRosterRows([row({ termEnd: '2036-12-31' })], columns(), lookups({ known: [national] })).problems[0].errors[0]).toMatch(/^李红梅是湖南省选出的代表，任期届满以选出该代表的人大常委会的名册为准/);
    expect(checkRosterRows([row({ stations: 'YL01' })], columns(), { ...twoStations, known: [national] }).updates[0].changes.map((c) => c.field)).toEqual(['stations']);
  });

  test('two rows for one deputy, a bad phone, a repeated 代表证号', () => {
    const r = checkRosterRows([row(), row({ name: '李红梅', rosterId: 'X1' }), row({ name: '王五', rosterId: 'x1', phone: '12345' })], columns(), lookups({ known: [liHongmei] }));
    expect(r.problems).toEqual([
      { row: 3, name: '李红梅', errors: ['与第2行重复（同名、同层级、同选举地区）', '与第2行是同一位代表'] },
      { row: 4, name: '王五', errors: ['办公电话"12345"不正确，应为手机号或带区号的固定电话', '代表证号与第3行重复'] },
    ]);
  });
});

test('a term ends after its last day', () => {
  expect(termEnded('2026-11-29', '2026-11-29')).toBe(false);
  expect(termEnded('2026-11-29', '2026-11-30')).toBe(true);
  expect(termEnded(undefined, '2099-01-01')).toBe(false);
});

describe('csv', () => {
  test('quotes, commas, quotes inside, line breaks inside, CRLF, a BOM and blank lines', () => {
    expect(parseCsv('\ufeff姓名,简介\r\n"张三","说""好"",好"\r\n\r\n李四,"两行\n简介"\n')).toEqual([
      ['姓名', '简介'],
      ['张三', '说"好",好'],
      ['李四', '两行\n简介'],
    ]);
  });
  test('a last line without a line break', () => expect(parseCsv('a,b\nc,')).toEqual([['a', 'b'], ['c', '']]));
});
