import { routeOpinion, type RoutingCandidate } from '../../core/route-opinion';
import { CATEGORY_GUIDANCE, type Level, type Scope } from '../../core/vocabulary';
import { aCandidate, aRoutingInput } from '../support/mothers';

const CJK = /[\u4e00-\u9fff]/;

/** A deputy who would win every rule: chosen, on duty, with the specialty, at a fitting level. */
const perfect = (over: Partial<RoutingCandidate> = {}) =>
  aCandidate({ id: 'd-wang', name: '王芳', onDuty: true, specialties: ['交通出行'], level: 'county', ...over });

const UNAVAILABLE: [string, Partial<RoutingCandidate>, string][] = [
  ['inactive', { active: false }, '不在任'],
  ['term ended', { termEnded: true }, '任期已届满'],
  ['not bound to WeChat', { bound: false }, '尚未绑定'],
  ['on leave', { onLeave: true }, '请假'],
];

describe('rule 1: restricted categories and opinions about a deputy', () => {
  it.each(['涉法涉诉', '招投标等经济活动', '对代表的意见'])(
    '%s goes to triage, flagged, with guidance — even with a chosen deputy on duty',
    (category) => {
      const d = routeOpinion(
        aRoutingInput({ category, chosenDeputyId: 'd-wang', candidates: [perfect({ specialties: [category] })] }),
      );
      expect(d.status).toBe('triage');
      expect(d.rule).toBe('restricted');
      expect(d.flagged).toBe(true);
      expect(d.deputyId).toBeUndefined();
      expect(d.triage).toEqual({ kind: 'staff' });
      expect(d.guidance).toBe(CATEGORY_GUIDANCE[category]);
      expect(d.guidance).toMatch(CJK);
      expect(d.reason).toMatch(CJK);
    },
  );

  it.each([
    ['涉法涉诉', '法院'],
    ['招投标等经济活动', '主管部门'],
    ['对代表的意见', '工作人员'],
  ])('guidance for %s points to the proper channel (%s)', (category, words) => {
    expect(routeOpinion(aRoutingInput({ category })).guidance).toContain(words);
  });

  it('still reaches the admin region when the station has no staff', () => {
    const d = routeOpinion(
      aRoutingInput({ category: '涉法涉诉', stationHasStaff: false, adminRegion: { code: '430104', name: '岳麓区人大常委会' } }),
    );
    expect(d).toMatchObject({ status: 'triage', rule: 'restricted', flagged: true });
    expect(d.triage).toEqual({ kind: 'admin', regionCode: '430104' });
  });

  it('is never dropped when there is neither staff nor admin', () => {
    const d = routeOpinion(aRoutingInput({ category: '对代表的意见', stationHasStaff: false }));
    expect(d).toMatchObject({ status: 'triage', rule: 'restricted', flagged: true, triage: { kind: 'none' } });
  });
});

describe('rule 2: the deputy the resident chose', () => {
  it('assigns the chosen deputy of this station, ahead of on-duty and specialty deputies', () => {
    const chosen = aCandidate({ id: 'd-li', name: '李华', openCount: 9, level: 'national' });
    const d = routeOpinion(
      aRoutingInput({ chosenDeputyId: 'd-li', candidates: [perfect({ openCount: 0 }), chosen] }),
    );
    expect(d).toMatchObject({ status: 'assigned', rule: 'chosen', deputyId: 'd-li', flagged: false });
    expect(d.reason).toContain('李华');
    expect(d.notes).toEqual([]);
    expect(d.triage).toBeUndefined();
  });

  it.each(UNAVAILABLE)('a chosen deputy who is %s falls through, noting why', (_, over, why) => {
    const chosen = aCandidate({ id: 'd-li', name: '李华', ...over });
    const d = routeOpinion(aRoutingInput({ chosenDeputyId: 'd-li', candidates: [chosen, perfect()] }));
    expect(d).toMatchObject({ status: 'assigned', rule: 'on_duty', deputyId: 'd-wang' });
    expect(d.notes).toHaveLength(1);
    expect(d.notes[0]).toContain(why);
  });

  it('a chosen deputy not of this station falls through, noting why', () => {
    const d = routeOpinion(aRoutingInput({ chosenDeputyId: 'd-elsewhere', candidates: [perfect()] }));
    expect(d).toMatchObject({ status: 'assigned', rule: 'on_duty', deputyId: 'd-wang' });
    expect(d.notes.join()).toContain('不在本联络站');
  });

  it('keeps the note when the fall-through ends in triage', () => {
    const d = routeOpinion(
      aRoutingInput({ chosenDeputyId: 'd-li', candidates: [aCandidate({ id: 'd-li', onLeave: true })] }),
    );
    expect(d).toMatchObject({ status: 'triage', rule: 'triage', triage: { kind: 'staff' } });
    expect(d.notes.join()).toContain('请假');
  });
});

describe('rule 3: a deputy on duty now', () => {
  it('assigns the only deputy on duty, whatever their specialty or level', () => {
    const duty = aCandidate({ id: 'd-zhou', name: '周强', onDuty: true, level: 'national', openCount: 30 });
    const specialist = aCandidate({ id: 'd-sun', specialties: ['交通出行'], level: 'township' });
    const d = routeOpinion(aRoutingInput({ candidates: [specialist, duty] }));
    expect(d).toMatchObject({ status: 'assigned', rule: 'on_duty', deputyId: 'd-zhou' });
    expect(d.reason).toContain('周强');
  });

  it('with several on duty, the one with the fewest open opinions', () => {
    const d = routeOpinion(
      aRoutingInput({
        candidates: [
          aCandidate({ id: 'a', onDuty: true, openCount: 5 }),
          aCandidate({ id: 'b', onDuty: true, openCount: 2 }),
          aCandidate({ id: 'c', onDuty: true, openCount: 7 }),
          aCandidate({ id: 'd', onDuty: false, openCount: 0, specialties: ['交通出行'] }),
        ],
      }),
    );
    expect(d).toMatchObject({ rule: 'on_duty', deputyId: 'b' });
  });

  it('on a tie of open load, the one assigned longest ago, then by id', () => {
    const tie = [
      aCandidate({ id: 'c', onDuty: true, openCount: 1, lastAssignedAt: 2000 }),
      aCandidate({ id: 'b', onDuty: true, openCount: 1, lastAssignedAt: 1000 }),
      aCandidate({ id: 'a', onDuty: true, openCount: 1, lastAssignedAt: 3000 }),
    ];
    expect(routeOpinion(aRoutingInput({ candidates: tie })).deputyId).toBe('b');
    const fullTie = tie.map((d) => ({ ...d, lastAssignedAt: 5 }));
    expect(routeOpinion(aRoutingInput({ candidates: fullTie })).deputyId).toBe('a');
  });

  it.each(UNAVAILABLE)('skips an on-duty deputy who is %s, noting it', (_, over) => {
    const d = routeOpinion(aRoutingInput({ candidates: [aCandidate({ id: 'x', onDuty: true, ...over })] }));
    expect(d).toMatchObject({ status: 'triage', rule: 'triage' });
    expect(d.notes.join()).toContain('值班');
  });
});

describe('rule 4: specialty and a level that fits the scope', () => {
  // PRODUCT.md: community/township → township or county; county → county; city → city;
  // province/national → provincial or national.
  const FITS: Record<Scope, Level[]> = {
    community: ['township', 'county'],
    township: ['township', 'county'],
    county: ['county'],
    city: ['city'],
    province: ['provincial', 'national'],
    national: ['provincial', 'national'],
  };
  const grid = (Object.keys(FITS) as Scope[]).flatMap((scope) =>
    (['national', 'provincial', 'city', 'county', 'township'] as Level[]).map(
      (level) => [scope, level, FITS[scope].includes(level)] as const,
    ),
  );

  it.each(grid)('scope %s, a %s deputy with the specialty: assigned = %s', (scope, level, fits) => {
    const d = routeOpinion(
      aRoutingInput({ scope, candidates: [aCandidate({ id: 'x', level, specialties: ['交通出行'] })] }),
    );
    if (fits) {
      expect(d).toMatchObject({ status: 'assigned', rule: 'specialty', deputyId: 'x' });
      expect(d.reason).toMatch(CJK);
    } else {
      expect(d).toMatchObject({ status: 'triage', rule: 'triage' });
      expect(d.deputyId).toBeUndefined();
    }
  });

  it('prefers a fitting level over a lighter load at the wrong level', () => {
    const d = routeOpinion(
      aRoutingInput({
        scope: 'city',
        candidates: [
          aCandidate({ id: 'county-idle', level: 'county', specialties: ['交通出行'], openCount: 0 }),
          aCandidate({ id: 'city-busy', level: 'city', specialties: ['交通出行'], openCount: 12 }),
        ],
      }),
    );
    expect(d).toMatchObject({ rule: 'specialty', deputyId: 'city-busy' });
  });

  it('does not pick a deputy without the specialty', () => {
    const d = routeOpinion(
      aRoutingInput({ candidates: [aCandidate({ id: 'x', specialties: ['教育', '医疗卫生'] })] }),
    );
    expect(d.status).toBe('triage');
  });

  it('picks the fewest open opinions, ties by oldest assignment (round-robin), then by id', () => {
    const fit = (id: string, openCount: number, lastAssignedAt: number) =>
      aCandidate({ id, specialties: ['交通出行'], level: 'township', openCount, lastAssignedAt });
    const route = (cs: RoutingCandidate[]) => routeOpinion(aRoutingInput({ candidates: cs })).deputyId;
    expect(route([fit('a', 4, 0), fit('b', 1, 9000), fit('c', 3, 0)])).toBe('b');
    expect(route([fit('a', 2, 9000), fit('b', 2, 0), fit('c', 2, 5000)])).toBe('b');
    expect(route([fit('c', 2, 7), fit('a', 2, 7), fit('b', 2, 7)])).toBe('a');
  });

  it('round-robin: after one assignment the next tie goes to the other deputy', () => {
    let cs = [
      aCandidate({ id: 'a', specialties: ['交通出行'], level: 'county', lastAssignedAt: 100 }),
      aCandidate({ id: 'b', specialties: ['交通出行'], level: 'county', lastAssignedAt: 100 }),
    ];
    const picked: string[] = [];
    for (let t = 1; t <= 4; t++) {
      const id = routeOpinion(aRoutingInput({ candidates: cs })).deputyId!;
      picked.push(id);
      cs = cs.map((c) => (c.id === id ? { ...c, lastAssignedAt: 100 + t } : c));
    }
    expect(picked).toEqual(['a', 'b', 'a', 'b']);
  });

  it.each(UNAVAILABLE)('never picks a specialist who is %s', (_, over) => {
    const d = routeOpinion(
      aRoutingInput({ candidates: [aCandidate({ id: 'x', specialties: ['交通出行'], ...over })] }),
    );
    expect(d.status).toBe('triage');
  });
});

describe('unavailable deputies are never chosen by any rule', () => {
  it.each(UNAVAILABLE)('a deputy who is %s, chosen, on duty and a specialist → triage', (_, over) => {
    const d = routeOpinion(
      aRoutingInput({ chosenDeputyId: 'd-wang', candidates: [perfect(over)] }),
    );
    expect(d).toMatchObject({ status: 'triage', rule: 'triage', triage: { kind: 'staff' } });
    expect(d.deputyId).toBeUndefined();
  });
});

describe('rule 5: triage — never a silent drop', () => {
  it('goes to the station staff when nobody fits', () => {
    const d = routeOpinion(aRoutingInput());
    expect(d).toMatchObject({ status: 'triage', rule: 'triage', triage: { kind: 'staff' }, flagged: false });
    expect(d.deputyId).toBeUndefined();
    expect(d.guidance).toBeUndefined();
    expect(d.reason).toMatch(CJK);
  });

  it('goes to the admin of the nearest region above when the station has no staff', () => {
    const d = routeOpinion(
      aRoutingInput({ stationHasStaff: false, adminRegion: { code: '430100', name: '长沙市人大常委会' } }),
    );
    expect(d).toMatchObject({ status: 'triage', rule: 'triage', triage: { kind: 'admin', regionCode: '430100' } });
    expect(d.reason).toContain('长沙市人大常委会');
  });

  it("staff win over an admin region when the station has both", () => {
    const d = routeOpinion(aRoutingInput({ adminRegion: { code: '430100', name: '长沙市' } }));
    expect(d.triage).toEqual({ kind: 'staff' });
  });

  it("with neither staff nor admin it is still triage, kind 'none', with a reason", () => {
    const d = routeOpinion(aRoutingInput({ stationHasStaff: false }));
    expect(d).toMatchObject({ status: 'triage', rule: 'triage', triage: { kind: 'none' } });
    expect(d.reason.length).toBeGreaterThan(0);
  });
});
