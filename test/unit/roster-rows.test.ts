/** The roster file's rules: columns, cells, and what makes a row wrong (core/roster-rows.ts, core/csv.ts). */
import { parseCsv } from '../../core/csv';
import { termEnded } from '../../core/deputy-term';
import { checkHeader, checkRosterRows, deputyKey, headerProblem, parseDate, parseLevel, ROSTER_TEMPLATE_HEADER, splitList, type RosterLookups } from '../../core/roster-rows';

const lookups = (over: Partial<RosterLookups> = {}): RosterLookups => ({
  region: (v) => (v === '望月湖街道' ? { code: '430104007', name: '望月湖街道' } : v === '芙蓉区' ? { error: '不在您管辖的地区' } : { error: `没有找到选举地区"${v}"` }),
  station: (v) => (v === 'WYH01' ? { code: 'WYH01' } : { error: `没有找到联络站"${v}"` }),
  existing: new Set(),
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
  test('duplicates within the file point at the first row; a deputy in office is refused', () => {
    const existing = new Set([deputyKey('李红梅', 'county', '430104007')]);
    const r = checkRosterRows([good, [...good], ['李 红梅', ...good.slice(1)]], columns(), lookups({ existing }));
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.problems).toEqual([
      { row: 3, name: '周丽娟', errors: ['与第2行重复（同名、同层级、同选举地区）'] },
      { row: 4, name: '李红梅', errors: ['该代表已在册（在任），不能重复导入'] },
    ]);
  });
  test('a station listing 49 deputies takes one more; the next row naming it is refused', () => {
    const second = ['周丽芳', ...good.slice(1)];
    const r = checkRosterRows([good, second], columns(), lookups({ stationLoad: (c) => (c === 'WYH01' ? 49 : 0) }));
    expect(r.valid.map((v) => v.row)).toEqual([2]);
    expect(r.problems).toEqual([{ row: 3, name: '周丽芳', errors: ['联络站WYH01的代表将超过50位'] }]);
  });
  test('cells are cleaned like every text field: an invisible character does not make another deputy (core/normalize-text.ts)', () => {
    const existing = new Set([deputyKey('李红梅', 'county', '430104007')]);
    const hidden = ['李\u200b红\u00ad梅', '县', '望月湖街道', 'WYH01', '住房物业\u2060', '第十八\u061c届', '2031-12-31', '关注\u202e物业\u2028管理'];
    const r = checkRosterRows([good, hidden], columns(), lookups({ existing }));
    expect(r.problems).toEqual([{ row: 3, name: '李红梅', errors: ['该代表已在册（在任），不能重复导入'] }]);
    const alone = checkRosterRows([hidden], columns(), lookups());
    expect(alone.valid).toMatchObject([{ name: '李红梅', specialties: ['住房物业'], term: '第十八届', bio: '关注物业\n管理' }]);
  });
  test('the same name at another level or region is another deputy', () => {
    const r = checkRosterRows([good, ['周丽娟', '乡', ...good.slice(2)]], columns(), lookups());
    expect(r.valid).toHaveLength(2);
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
