/** Pure rules of issue 8: schedule checks, region scope for attaching deputies, showcase redaction. */
import { redact } from '../../core/redact';
import { deputyWithinScope, withinRegion } from '../../core/region-scope';
import { scheduleProblems } from '../../core/schedule-rules';
import { EMPTY_SCHEDULE, type Schedule } from '../../core/reception-schedule';

const weekly = (over: Partial<Schedule['weekly'][number]> = {}) => ({ id: 'w1', weekday: 2, start: '09:00', end: '11:30', deputyIds: ['a'], ...over });
const sched = (over: Partial<Schedule> = {}): Schedule => ({ ...EMPTY_SCHEDULE, weekly: [weekly()], ...over });

describe('scheduleProblems', () => {
  test('a plain weekly schedule is fine', () => expect(scheduleProblems(sched(), ['a'])).toEqual([]));
  test('ending before (or when) it starts', () => {
    expect(scheduleProblems(sched({ weekly: [weekly({ start: '11:00', end: '09:00' })] }), ['a'])[0]).toContain('结束时间必须晚于开始时间');
    expect(scheduleProblems(sched({ weekly: [weekly({ end: '09:00' })] }), ['a'])).toHaveLength(1);
  });
  test('overlap on the same weekday, but touching sessions are fine', () => {
    expect(scheduleProblems(sched({ weekly: [weekly(), weekly({ id: 'w2', start: '11:00', end: '12:00' })] }), ['a'])[0]).toContain('重叠');
    expect(scheduleProblems(sched({ weekly: [weekly(), weekly({ id: 'w2', start: '11:30', end: '12:00' })] }), ['a'])).toEqual([]);
    expect(scheduleProblems(sched({ weekly: [weekly(), weekly({ id: 'w2', weekday: 3 })] }), ['a'])).toEqual([]);
  });
  test('a one-off session overlapping the weekly one of its weekday, unless that one is cancelled', () => {
    const dated = [{ id: 'd1', date: '2026-12-01', start: '10:00', end: '12:00', deputyIds: [] }]; // a Tuesday
    expect(scheduleProblems(sched({ dated }), ['a'])[0]).toContain('重叠');
    expect(scheduleProblems(sched({ dated, cancelled: [{ sessionId: 'w1', date: '2026-12-01', reason: '改期' }] }), ['a'])).toEqual([]);
  });
  test('deputies on duty must belong to the station; ids unique; cancellations must name a real occurrence', () => {
    expect(scheduleProblems(sched(), ['b'])[0]).toContain('不属于本联络站');
    expect(scheduleProblems(sched({ weekly: [weekly(), weekly({ weekday: 4 })] }), ['a'])[0]).toContain('编号重复');
    expect(scheduleProblems(sched({ cancelled: [{ sessionId: 'nope', date: '2026-12-01', reason: 'x' }] }), ['a'])[0]).toContain('不存在');
    expect(scheduleProblems(sched({ cancelled: [{ sessionId: 'w1', date: '2026-12-02', reason: 'x' }] }), ['a'])[0]).toContain('不是周二');
  });
});

describe('region scope', () => {
  const hunan = ['430000'];
  const changsha = [...hunan, '430100'];
  const yuelu = [...changsha, '430104'];
  const furong = [...changsha, '430102'];
  test('withinRegion: the region and below', () => {
    expect(withinRegion([...yuelu, '430104007'], '430104')).toBe(true);
    expect(withinRegion(furong, '430104')).toBe(false);
  });
  test('deputies from the region, below it, above it, or the military node above; not from beside it', () => {
    expect(deputyWithinScope([...yuelu, '430104007'], false, yuelu)).toBe(true);
    expect(deputyWithinScope(hunan, false, yuelu)).toBe(true);
    expect(deputyWithinScope([...hunan, '43M000'], true, yuelu)).toBe(true);
    expect(deputyWithinScope(furong, false, yuelu)).toBe(false);
    expect(deputyWithinScope([...hunan, '43M000'], false, yuelu)).toBe(false);
  });
});

describe('redact', () => {
  test('masks phones, ID numbers, house numbers, e-mail and given names', () => {
    const out = redact('3栋2单元的张三，电话138 0013 8000，身份证430104199001011234，邮箱a@b.cn，王志强代表协调', ['王志强']);
    expect(out).not.toMatch(/138|4301041990|a@b\.cn|王志强/);
    expect(out).toContain('[电话]');
    expect(out).toContain('[证件号]');
    expect(out).toContain('王某');
    expect(out).toContain('*栋');
  });
});
