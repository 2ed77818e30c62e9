/**
 * The local stand-in for WeChat's SMS from cloud functions: `cloudbase.sendSmsV2` and the URL
 * Links its messages carry (`urllink.generate`). It refuses what WeChat refuses (PLATFORM.md):
 *
 *   urllink.generate  40165 a path that is not a page of the mini-program (or has a query or a
 *                     leading slash) · 40212 a query over 1,024 characters or with characters
 *                     outside WeChat's set · 85401 a validity outside 1–30 days · 40097 an
 *                     unknown env_version.
 *   sendSmsV2         -501007 (invalid parameter) for: no numbers or more than 1,000; a number
 *                     that does not start with +86; an SMS template the environment does not
 *                     have; another environment; a {1} over 30 characters; a link that is not a
 *                     live URL Link of this mini-program. A +86 number that is not a mobile is
 *                     refused for itself in `send_status_list`
 *                     (InvalidParameterValue.IncorrectPhoneNumber); the others answer 'Ok'.
 *
 * Every SMS sent is kept in the `local_sms` collection (the phone that received it, the text,
 * the link) and every link in `local_url_links`, which GET /local/link/<id> follows to the H5
 * app's page (server/local/link-routes.ts). Like subscribe-message.ts, it fails on request:
 * the next N sends, or every send until reset.
 */
import { randomBytes } from 'node:crypto';
import {
  OpenApiError,
  type SendSmsInput,
  type SmsSendStatus,
  type SmsSetup,
  type UrlLinkInput,
} from '../../server/platform/openapi/port';
import type { SqliteStore } from '../sqlite-store';

export const SMS_COLLECTION = 'local_sms';
export const URL_LINKS_COLLECTION = 'local_url_links';

/** An SMS as the phone received it. */
export interface ReceivedSms {
  _id: string;
  serialNo: string;
  /** As sent: +86… */
  phoneNumber: string;
  templateId: string;
  params: string[];
  urlLink: string;
  /** The link's id in `local_url_links`, when it is one of ours. */
  linkId?: string;
  /** What the phone shows (the template's wording is the console's; this is its local rendering). */
  text: string;
  at: Date;
}

export interface UrlLinkDoc {
  _id: string;
  path: string;
  query: string;
  envVersion: string;
  createdAt: Date;
  expiresAt: Date;
}

const QUERY_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@._~%-]*$/;
const MOBILE_86 = /^\+861\d{10}$/;
const MAX_NUMBERS = 1000;
const PARAM_MAX = 30;
const DAY = 24 * 3600_000;

export interface LocalSmsOptions {
  /** The environment's SMS as configured (its template and environment id); undefined: none bought. */
  setup: () => SmsSetup | undefined;
  /** Where the local H5 app is served, e.g. http://127.0.0.1:8787 */
  baseUrl: () => string;
  /** Pages the mini-program has (no leading slash). */
  pages: readonly string[];
}

const invalid = (why: string) => new OpenApiError(-501007, `invalid parameter: ${why}`);

export class LocalSms {
  private faults: { count: number; errCode: number }[] = [];
  private failing: number | undefined;
  private seq = 0;
  /** Every sendSmsV2 call, sent or refused (for tests). */
  attempts = 0;

  constructor(
    private readonly store: SqliteStore,
    private readonly opts: LocalSmsOptions,
  ) {}

  /** The environment's SMS as configured, or undefined when SMS is off. */
  setup(): SmsSetup | undefined {
    return this.opts.setup();
  }

  private ensure(name: string): void {
    if (!this.store.hasCollection(name)) this.store.createCollection(name, []);
  }

  /** The next `count` sends fail with `errCode` (default -1, "system busy": transient). */
  failNext(count: number, errCode = -1): void {
    this.faults.push({ count, errCode });
  }

  /** Every send fails with `errCode` until `reset()`. */
  failAlways(errCode: number): void {
    this.failing = errCode;
  }

  reset(): void {
    this.faults = [];
    this.failing = undefined;
  }

  private injectedFault(): number | undefined {
    if (this.failing !== undefined) return this.failing;
    const f = this.faults.find((x) => x.count > 0);
    if (!f) return undefined;
    f.count--;
    return f.errCode;
  }

  /** The link's id when `urlLink` is one of ours. */
  private linkIdOf(urlLink: string): string | undefined {
    const m = /\/local\/link\/([A-Za-z0-9]{8,32})$/.exec(urlLink);
    return m?.[1];
  }

  async generateUrlLink(input: UrlLinkInput, now: Date = new Date()): Promise<{ urlLink: string }> {
    const { path, query, envVersion, expireInterval } = input;
    if (path.startsWith('/') || path.includes('?') || !this.opts.pages.includes(path)) throw new OpenApiError(40165, 'invalid weapp pagepath');
    if (query.length > 1024 || !QUERY_CHARS.test(query)) throw new OpenApiError(40212, 'invalid query');
    if (!Number.isInteger(expireInterval) || expireInterval < 1 || expireInterval > 30) {
      throw new OpenApiError(85401, 'expire_interval must be 1-30 days');
    }
    if (!['release', 'trial', 'develop'].includes(envVersion)) throw new OpenApiError(40097, 'invalid args: env_version');
    this.ensure(URL_LINKS_COLLECTION);
    const id = randomBytes(8).toString('hex');
    const doc: UrlLinkDoc = { _id: id, path, query, envVersion, createdAt: now, expiresAt: new Date(now.getTime() + expireInterval * DAY) };
    this.store.insert(URL_LINKS_COLLECTION, doc as unknown as Record<string, unknown> & { _id: string });
    return { urlLink: `${this.opts.baseUrl().replace(/\/$/, '')}/local/link/${id}` };
  }

  /** The link's page, if it is ours and still opens the mini-program at `now`. */
  resolveLink(id: string, now: Date = new Date()): UrlLinkDoc | undefined {
    if (!/^[A-Za-z0-9]{8,32}$/.test(id) || !this.store.hasCollection(URL_LINKS_COLLECTION)) return undefined;
    const doc = this.store.get(URL_LINKS_COLLECTION, id) as unknown as UrlLinkDoc | undefined;
    if (!doc || new Date(doc.expiresAt).getTime() <= now.getTime()) return undefined;
    return doc;
  }

  /** The H5 app's address of a link's page (the local run's mini-program), relative to its origin. */
  static h5PathOf(link: Pick<UrlLinkDoc, 'path' | 'query'>): string {
    return `/#/${link.path}${link.query ? `?${link.query}` : ''}`;
  }

  async send(input: SendSmsInput, now: Date = new Date()): Promise<SmsSendStatus[]> {
    this.attempts++;
    const fault = this.injectedFault();
    if (fault !== undefined) throw new OpenApiError(fault, fault === -1 ? 'system error' : 'injected failure');
    const setup = this.opts.setup();
    if (!setup || input.env !== setup.env) throw invalid('env has no SMS package');
    if (input.templateId !== setup.templateId) throw invalid('template_id');
    const numbers = input.phoneNumberList;
    if (numbers.length === 0 || numbers.length > MAX_NUMBERS) throw invalid(`phone_number_list must hold 1-${MAX_NUMBERS} numbers`);
    const bad = numbers.find((n) => !n.startsWith('+86'));
    if (bad !== undefined) throw invalid('phone numbers must start with +86');
    if (input.templateParamList.length !== 1) throw invalid('template_param_list must hold {1}');
    if (input.templateParamList.some((p) => p.length === 0 || Array.from(p).length > PARAM_MAX)) {
      throw invalid(`template_param_list: each value 1-${PARAM_MAX} characters`);
    }
    const linkId = this.linkIdOf(input.urlLink);
    if (!linkId || !this.resolveLink(linkId, now)) throw invalid('url_link');
    this.ensure(SMS_COLLECTION);
    return numbers.map((phoneNumber) => {
      const serialNo = `${now.getTime().toString(36)}${(++this.seq).toString(36)}`;
      if (!MOBILE_86.test(phoneNumber)) {
        return { serialNo, phoneNumber, code: 'InvalidParameterValue.IncorrectPhoneNumber', message: 'incorrect phone number' };
      }
      const sms: ReceivedSms = {
        _id: `sms-${serialNo}-${randomBytes(2).toString('hex')}`,
        serialNo,
        phoneNumber,
        templateId: input.templateId,
        params: [...input.templateParamList],
        urlLink: input.urlLink,
        linkId,
        text: `【代表联络站】${input.templateParamList[0]},请点击 ${input.urlLink} 查看。`,
        at: now,
      };
      this.store.insert(SMS_COLLECTION, sms as unknown as Record<string, unknown> & { _id: string });
      return { serialNo, phoneNumber, code: 'Ok', message: 'send success' };
    });
  }

  /** Every SMS received (by this number, +86… or its 11 digits), oldest first. */
  messages(phone?: string): ReceivedSms[] {
    if (!this.store.hasCollection(SMS_COLLECTION)) return [];
    const want = phone === undefined ? undefined : phone.startsWith('+86') ? phone : `+86${phone}`;
    const all = this.store.scan(SMS_COLLECTION, []) as unknown as ReceivedSms[];
    return all.filter((m) => !want || m.phoneNumber === want).sort((a, b) => +new Date(a.at) - +new Date(b.at) || a._id.localeCompare(b._id));
  }
}
