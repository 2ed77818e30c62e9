/** What staff's merges teach (core/similar/learned.ts, decision 0036). */
import { learnedLinksOf, linkKey, linksTaught, withLearned, LEARNED_WEIGHT } from '../../core/similar/learned';

const taught = (...cases: string[][]) => linksTaught(cases.map((concepts, i) => ({ id: `c${i}`, profile: { concepts } })));

describe('the links a merge teaches', () => {
  it('links each case naming other problems to the main one (the concept most cases name)', () => {
    expect(taught(['fire_lane'], ['fire_lane', 'hospital_service'], ['parking_shortage'])).toEqual({ c2: [linkKey('fire_lane', 'parking_shortage')] });
  });
  it('teaches nothing when every case names the main problem or one near it, or names none', () => {
    expect(taught(['elevator'], ['elevator'], [])).toEqual({});
    expect(taught(['parking_shortage'], ['illegal_parking'])).toEqual({});
  });
  it('links at most three concepts of a case', () => {
    const out = taught(['elevator'], ['elevator'], ['fire_lane', 'garbage_pileup', 'pests', 'streetlight']);
    expect(out.c2).toHaveLength(3);
  });
});

describe('the links in force', () => {
  it('are those counted above zero between concepts the dictionary knows', () => {
    const links = learnedLinksOf([{ 'fire_lane~parking_shortage': 2, 'elevator~pests': 0, 'nothing~elevator': 3 }, undefined]);
    expect(links.get('fire_lane')).toEqual(['parking_shortage']);
    expect(links.get('parking_shortage')).toEqual(['fire_lane']);
    expect(links.has('elevator')).toBe(false);
  });
  it('add the linked concept to a profile held in part, never lowering what it holds', () => {
    const links = learnedLinksOf([{ 'fire_lane~parking_shortage': 1 }]);
    expect(withLearned({ parking_shortage: 1 }, ['parking_shortage'], links)).toEqual({ parking_shortage: 1, fire_lane: LEARNED_WEIGHT });
    expect(withLearned({ parking_shortage: 1, fire_lane: 1 }, ['parking_shortage', 'fire_lane'], links)).toEqual({ parking_shortage: 1, fire_lane: 1 });
    // Only concepts named whole pass a link on.
    expect(withLearned({ parking_shortage: 0.35 }, [], links)).toEqual({ parking_shortage: 0.35 });
  });
});
