/**
 * The similar-opinion method (core/similar, decision 0036): the comparison form, what a
 * profile reads, the gates that keep look-alikes apart, and keys that let a paraphrase find
 * the opinion it repeats.
 */
import { keysMeet, knownNames, lookupKeysOf, profileOf, similarKeysOf, similarity, GROUP_MIN, chooseGroup, suggestionsFor } from '../../core/similar';
import { chineseNumber, similarForm } from '../../core/similar/normalize';
import { gated } from '../../core/similar/score';

const names = knownNames({ stations: new Map([['WYH01', { name: '望月湖街道人大代表联络站', address: '望月湖路38号' }]]), places: ['望月湖', '荷风苑'] });
const at = (text: string, stationCode = 'WYH01') => profileOf({ stationCode, category: '住房物业', text }, names);

describe('the comparison form', () => {
  it('reads building, unit and group numbers as digits, and leaves a floor a floor', () => {
    expect(similarForm('三栋')).toBe('3栋');
    expect(similarForm('十二号楼二单元')).toBe('12栋2单元');
    expect(similarForm('5幢')).toBe('5栋');
    expect(similarForm('我住三楼')).toBe('我住三楼');
    expect(chineseNumber('二十三')).toBe(23);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('百')).toBeUndefined();
  });
  it('is half-width and lower case', () => {
    expect(similarForm('ＤＴ坏了')).toBe('dt坏了');
  });
});

describe('a profile', () => {
  it('reads the problem, the place and the building', () => {
    const p = at('我们荷风苑五栋的电梯三天两头停运，维保公司来了也只是重启一下。');
    expect(p.concepts).toContain('elevator');
    expect(p.places.some((x) => x.startsWith('荷风苑|') || x.startsWith('荷风|'))).toBe(true);
    expect(p.units).toEqual(['5栋']);
  });
  it('marks a district-wide policy concern without a place as general, and one with a place as not', () => {
    expect(at('医保缴费标准每年都在涨，老人负担太重，建议出台减免政策。').general).toBe(true);
    expect(at('荷风苑门口的医保服务点缴费排队太长。').general).toBe(false);
  });
});

describe('gates', () => {
  it('keeps one building’s elevator apart from another’s', () => {
    expect(gated(at('荷风苑5栋电梯又坏了'), at('荷风苑2栋电梯又坏了'))).toBe(true);
    expect(gated(at('荷风苑5栋电梯又坏了'), at('荷风苑五栋升降梯停运'))).toBe(false);
  });
  it('keeps two named communities apart', () => {
    expect(gated(at('荷风苑电梯经常坏'), at('望月苑电梯经常坏'))).toBe(true);
  });
  it('keeps a policy concern apart from one place’s problem', () => {
    expect(gated(at('医保缴费标准太高了，建议全区统一降低。'), at('荷风苑5栋的医保缴费点要关了'))).toBe(true);
  });
});

describe('keys, similarity and groups', () => {
  const a = at('荷风苑5栋的电梯这个月已经坏了三次，上周还把老人关在里面。');
  const b = at('我们荷风苑五栋的升降梯三天两头停运，维保公司来了也只是重启一下。');
  const c = at('荷风苑5栋顶楼漏水，落雨天屋里天花板滴水。');
  it('lets a paraphrase find what it repeats through the keys written with it', () => {
    expect(keysMeet(similarKeysOf(a), new Set(lookupKeysOf(b)))).toBe(true);
  });
  it('scores the same problem above the same place’s other problem', () => {
    expect(similarity(a, b)).toBeGreaterThan(similarity(a, c));
  });
  it('groups the paraphrase with the first and not the leak', () => {
    const placed = [{ id: 'a', profile: a, group: 'a' }];
    expect(chooseGroup(b, placed)).toBe('a');
    expect(chooseGroup(c, placed, GROUP_MIN)).toBeUndefined();
  });
  it('suggests at most three, only confident ones, best first', () => {
    const many = ['荷风苑5栋电梯坏了', '荷风苑5栋电梯停了', '荷风苑五栋电梯困人', '荷风苑5栋电梯又不动了', '咸嘉湖公园健身器材坏了'].map((t, i) => ({ id: `x${i}`, profile: at(t) }));
    const shown = suggestionsFor(a, many);
    expect(shown.length).toBeLessThanOrEqual(3);
    expect(shown.map((s) => s.id)).not.toContain('x4');
    expect([...shown].sort((x, y) => y.score - x.score)).toEqual(shown);
  });
});
