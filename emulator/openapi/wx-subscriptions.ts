/**
 * WeChat's own record of subscription consent, as the local run's stand-in keeps it. In the
 * cloud this lives inside WeChat: the app never sees it except through the consent dialog's
 * answer, `wx.getSetting({withSubscriptions: true})` and a send's 43101. Locally it is the
 * `local_wx_subscriptions` collection of the store, and the stand-in for
 * `subscribeMessage.send` delivers only what this record allows — never what the app's own
 * ledger believes.
 *
 * What WeChat enforces here (PLATFORM.md; the fail codes of wx.requestSubscribeMessage):
 *   10001 no template ids · 20001 an id that is not one of the app's templates ·
 *   20002 one-time and long-term ids in one request · 20003 more than 3 ids ·
 *   20004 the user switched subscription messages off (main switch).
 * Templates with the same title in one request: the later ones answer `filter`.
 * A one-time acceptance is worth one message; a long-term acceptance stands until the user turns
 * it off in the mini-program's settings (then sends answer 43101).
 */
import type { TemplateConfig } from '../../server/config/templates';
import type { SqliteStore } from '../sqlite-store';

export const WX_SUBSCRIPTIONS = 'local_wx_subscriptions';

export type Answer = 'accept' | 'reject';
export type ItemResult = 'accept' | 'reject' | 'filter';

export interface WxGrantDoc {
  _id: string;
  openid: string;
  templateId: string;
  longTerm: boolean;
  /** One-time: acceptances not yet used by a message. */
  unused: number;
  /** Long-term: a standing acceptance. */
  standing: boolean;
  /** What the mini-program's settings page shows for it (long-term, or a kept choice). */
  setting?: Answer;
  updatedAt: Date;
}

interface MainSwitchDoc {
  _id: string;
  openid: string;
  mainSwitch: boolean;
}

export type RequestOutcome =
  | { ok: true; results: Record<string, ItemResult> }
  | { ok: false; errCode: number; errMsg: string };

export interface SubscriptionsSetting {
  mainSwitch: boolean;
  itemSettings: Record<string, Answer>;
}

const fail = (errCode: number, why: string): RequestOutcome => ({ ok: false, errCode, errMsg: `requestSubscribeMessage:fail ${why}` });

export class LocalWxSubscriptions {
  constructor(
    private readonly store: SqliteStore,
    private readonly templates: () => Record<string, TemplateConfig>,
  ) {}

  private ensure(): void {
    if (!this.store.hasCollection(WX_SUBSCRIPTIONS)) this.store.createCollection(WX_SUBSCRIPTIONS, []);
  }

  private byId(templateId: string): TemplateConfig | undefined {
    return Object.values(this.templates()).find((t) => t.templateId === templateId);
  }

  private grant(openid: string, templateId: string): WxGrantDoc | undefined {
    this.ensure();
    return this.store.get(WX_SUBSCRIPTIONS, `${templateId}.${openid}`) as unknown as WxGrantDoc | undefined;
  }

  private put(doc: WxGrantDoc | MainSwitchDoc): void {
    this.ensure();
    const row = doc as unknown as Record<string, unknown> & { _id: string };
    if (this.store.get(WX_SUBSCRIPTIONS, doc._id)) this.store.replace(WX_SUBSCRIPTIONS, row);
    else this.store.insert(WX_SUBSCRIPTIONS, row);
  }

  mainSwitch(openid: string): boolean {
    this.ensure();
    const doc = this.store.get(WX_SUBSCRIPTIONS, `main.${openid}`) as unknown as MainSwitchDoc | undefined;
    return doc?.mainSwitch ?? true;
  }

  /**
   * Checks a request as WeChat does before it shows the dialog: the refusal, or undefined when
   * the dialog may open.
   */
  check(openid: string, tmplIds: readonly string[]): RequestOutcome | undefined {
    if (!Array.isArray(tmplIds) || tmplIds.length === 0) return fail(10001, 'tmplIds is empty');
    if (tmplIds.some((id) => typeof id !== 'string')) return fail(10004, 'tmplIds must be strings');
    if (tmplIds.length > 3) return fail(20003, 'the number of templates exceeds the limit (3)');
    const tpls = tmplIds.map((id) => this.byId(id));
    if (tpls.some((t) => !t)) return fail(20001, 'no template data for one of the ids');
    if (new Set(tpls.map((t) => t!.longTerm)).size > 1) return fail(20002, 'one-time and long-term templates cannot be requested together');
    if (!this.mainSwitch(openid)) return fail(20004, 'the user switched subscription messages off');
    return undefined;
  }

  /**
   * The user's answer in the dialog, recorded as WeChat records it. `always` is the dialog's
   * "总是保持以上选择": the choice is kept and shown in the settings.
   */
  request(openid: string, tmplIds: readonly string[], answer: Answer, now: Date, always = false): RequestOutcome {
    const refused = this.check(openid, tmplIds);
    if (refused) return refused;
    const results: Record<string, ItemResult> = {};
    const titles = new Set<string>();
    for (const id of tmplIds) {
      const tpl = this.byId(id)!;
      if (titles.has(tpl.title) || results[id]) {
        results[id] = 'filter';
        continue;
      }
      titles.add(tpl.title);
      const was = this.grant(openid, id);
      // A kept choice answers without asking again.
      const given = !tpl.longTerm && was?.setting ? was.setting : answer;
      results[id] = given;
      const doc: WxGrantDoc = was ?? { _id: `${id}.${openid}`, openid, templateId: id, longTerm: tpl.longTerm, unused: 0, standing: false, updatedAt: now };
      if (tpl.longTerm) {
        doc.standing = given === 'accept';
        doc.setting = given;
      } else {
        if (given === 'accept') doc.unused += 1;
        if (always) doc.setting = given;
      }
      doc.updatedAt = now;
      this.put(doc);
    }
    return { ok: true, results };
  }

  /** `wx.getSetting({withSubscriptions: true}).subscriptionsSetting` */
  settings(openid: string): SubscriptionsSetting {
    this.ensure();
    const itemSettings: Record<string, Answer> = {};
    for (const d of this.store.scan(WX_SUBSCRIPTIONS, []) as unknown as WxGrantDoc[]) {
      if (d.openid === openid && d.templateId && d.setting) itemSettings[d.templateId] = d.setting;
    }
    return { mainSwitch: this.mainSwitch(openid), itemSettings };
  }

  /** The user flips the main switch in the mini-program's settings page. */
  setMainSwitch(openid: string, on: boolean): void {
    this.put({ _id: `main.${openid}`, openid, mainSwitch: on });
  }

  /**
   * The user flips one template in the settings page. Only what is listed there can be flipped
   * (a long-term grant, or a kept choice); answers whether it was.
   */
  setItem(openid: string, templateId: string, on: boolean, now: Date): boolean {
    const doc = this.grant(openid, templateId);
    if (!doc?.setting) return false;
    doc.setting = on ? 'accept' : 'reject';
    if (doc.longTerm) doc.standing = on;
    doc.updatedAt = now;
    this.put(doc);
    return true;
  }

  /** Every grant of the user (for the messages page). */
  grantsOf(openid: string): WxGrantDoc[] {
    this.ensure();
    return (this.store.scan(WX_SUBSCRIPTIONS, []) as unknown as WxGrantDoc[]).filter((d) => d.openid === openid && d.templateId);
  }

  /**
   * Whether WeChat would deliver a message of `tpl` to `openid` now; a one-time acceptance is
   * used up by the delivery (`consume`).
   */
  mayDeliver(openid: string, tpl: TemplateConfig): boolean {
    if (!this.mainSwitch(openid)) return false;
    const doc = this.grant(openid, tpl.templateId);
    if (!doc) return false;
    if (tpl.longTerm) return doc.standing && doc.setting !== 'reject';
    return doc.unused > 0 && doc.setting !== 'reject';
  }

  consume(openid: string, tpl: TemplateConfig, now: Date): void {
    if (tpl.longTerm) return;
    const doc = this.grant(openid, tpl.templateId);
    if (!doc) return;
    doc.unused = Math.max(0, doc.unused - 1);
    doc.updatedAt = now;
    this.put(doc);
  }
}
