/**
 * The demo year's hands on the local run: every change goes through the real handlers as
 * the person who would make it (a resident, a deputy, staff, the admin), exactly as the app
 * sends it. Reads of an opinion's current state (who holds it, when it is due) decide what
 * happens next; nothing is ever written to the store directly.
 */
import { beijingDate } from '../../../core/beijing-time';
import type { ActionName, Answer, FunctionName, PayloadIn } from '../../../core/contract';
import { isOnLeave, type Leave } from '../../../core/reception-schedule';
import { PRIVACY_NOTICE_VERSION } from '../../../core/privacy';
import type { LocalRuntime } from '../runtime';
import type { OpinionDoc } from '../../model';
import { DEMO_DEPUTIES } from '../demo-data';
import { storeUpload } from '../store-upload';
import { answerDialog } from '../consent';
import type { DepartmentRef, StationCode } from './problem';
import { runRelay } from '../../scheduler/relay';

/** The functions whose calls write cases: the relay follows them. */
const RELAYED = new Set<FunctionName>(['opinion', 'deputy', 'staff', 'security']);

export class DemoYearError extends Error {}

/** Station staff of the demo data: 望月湖's desk also runs the district's 总站. */
export const STAFF_OF: Record<StationCode, string> = { YL01: 'demo-staff-wyh', WYH01: 'demo-staff-wyh', XJH01: 'demo-staff-xjh' };
export const ADMIN = 'demo-admin-yuelu';

const STREET_OFFICE: Partial<Record<StationCode, string>> = { WYH01: 'dept-wyh-sq', XJH01: 'dept-xjh-sq' };

export class World {
  private agreed = new Set<string>();
  /** Departments the district office added this year, by the demo year's name for them. */
  readonly departments = new Map<string, string>();
  readonly counts = { calls: 0, opinions: 0, activities: 0, checkIns: 0, photos: 0 };
  /** Stories staff published, by station and problem: the same story is not told twice. */
  readonly published = new Set<string>();

  constructor(
    readonly runtime: LocalRuntime,
    /** The leaves deputies take during the year (plan.ts): nobody gives them a case meanwhile. */
    private readonly leaves: readonly { deputyId: string; leave: Leave }[] = [],
  ) {}

  now(): Date {
    return this.runtime.clock.now();
  }

  /** A call as `openid` from the app; a refusal stops the demo year with what was refused. */
  async call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: PayloadIn<F, A>, openid: string): Promise<Answer<F, A>> {
    this.counts.calls++;
    const r = await this.runtime.call(fn, { action, payload }, openid);
    if (!r.ok) {
      throw new DemoYearError(`${fn}.${action} as ${openid} at ${this.now().toISOString()} refused: ${r.code} ${r.message} — ${JSON.stringify(payload).slice(0, 300)}`);
    }
    // What the cloud's minute trigger does after a write to a case (server/scheduler/relay.ts),
    // at the same moment of the replayed year: notifications and counters as they happened.
    if (RELAYED.has(fn)) await runRelay(this.runtime.ports);
    return r.data as Answer<F, A>;
  }

  /** Before a resident's first submission, claim or rating: the privacy notice, agreed as the app asks. */
  async agree(openid: string): Promise<void> {
    if (this.agreed.has(openid)) return;
    await this.call('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, openid);
    this.agreed.add(openid);
  }

  /** The subscription dialog answered 允许 for `keys`, as WeChat and the app record it. */
  async consent(openid: string, keys: readonly string[]): Promise<void> {
    this.counts.calls++;
    await answerDialog(this.runtime, openid, keys);
  }

  /** A photo picked in the app: stored, then registered as the uploader's own (decision 0015). */
  async upload(openid: string, bytes: Buffer): Promise<string> {
    const r = await storeUpload(this.runtime, openid, bytes, 'image');
    if (!r.ok) throw new DemoYearError(`upload as ${openid} refused: ${r.code} ${r.message}`);
    this.counts.photos++;
    return r.data.fileId;
  }

  /** Lets every image verdict issued so far arrive (WeChat pushes them a moment later). */
  settle(): Promise<void> {
    return this.runtime.contentSecurity.settle();
  }

  /** The opinion as stored now (read only). */
  opinion(id: string): OpinionDoc {
    const doc = this.runtime.store.get('opinions', id) as unknown as OpinionDoc | undefined;
    if (!doc) throw new DemoYearError(`opinion ${id} not found`);
    return doc;
  }

  /** Bound deputies of the station not on leave today: who staff give a case to, or a deputy hands one over to. */
  deputiesAt(station: StationCode): typeof DEMO_DEPUTIES {
    const today = beijingDate(this.now());
    return boundDeputiesOf(station).filter((d) => !isOnLeave(this.leaves.filter((l) => l.deputyId === d._id).map((l) => l.leave), today));
  }

  /** Who staff give an unrouted case to: a deputy whose 关注领域 has the category, else the county deputy, else any. */
  deputyForTriage(station: StationCode, category: string): string {
    const here = this.deputiesAt(station);
    const fits = here.find((d) => d.specialties.includes(category));
    return (fits ?? here.find((d) => d.level === 'county') ?? here[0])._id;
  }

  /** The department id a problem's forward names, for a case at `station`; none when the station has no such department. */
  department(ref: DepartmentRef, station: StationCode): string | undefined {
    if (ref === 'street') return STREET_OFFICE[station];
    if (ref.startsWith('new:')) return this.departments.get(ref.slice(4));
    return ref;
  }
}

export const deputyOpenid = (deputyId: string): string => {
  const openid = DEMO_DEPUTIES.find((d) => d._id === deputyId)?.openid;
  if (!openid) throw new DemoYearError(`deputy ${deputyId} is not bound`);
  return openid;
};

/** Bound deputies of a station (the ones routing and staff can give a case to), as in the demo data. */
export function boundDeputiesOf(station: StationCode): typeof DEMO_DEPUTIES {
  return DEMO_DEPUTIES.filter((d) => d.openid && d.stationCodes.includes(station));
}

