/**
 * The local stand-in for WeChat's content security: msgSecCheck v2 against a configurable
 * word list, and mediaCheckAsync v2 whose verdict arrives later, as WeChat pushes it, with
 * a verdict the local run can be told to give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OpenApiError, type MediaCheckInput, type MsgSecCheckInput, type MsgSecCheckResult, type Suggest } from '../../server/platform/openapi/port';

export interface WordList {
  risky: string[];
  review: string[];
}

export function loadWordList(file = process.env.SENSITIVE_WORDS_FILE ?? path.join(__dirname, 'sensitive-words.json')): WordList {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WordList>;
  return { risky: raw.risky ?? [], review: raw.review ?? [] };
}

const MAX_CONTENT = 2500;
const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export type MediaVerdictSink = (verdict: { traceId: string; suggest: Suggest; label: number }) => Promise<void>;

export class LocalContentSecurity {
  private nextVerdicts: Suggest[] = [];
  private seq = 0;
  /** Verdicts not yet delivered (so tests can wait for them). */
  readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly words: WordList,
    private readonly deliver: () => MediaVerdictSink | undefined,
    private delayMs = 200,
  ) {}

  /**
   * How long the next verdicts take to arrive; answers the delay it replaces. The demo year
   * (server/local/demo-year) replays months of photos and lets each verdict in at once.
   */
  setDeliveryDelay(ms: number): number {
    const before = this.delayMs;
    this.delayMs = ms;
    return before;
  }

  async msgSecCheck({ openid, scene, content }: MsgSecCheckInput): Promise<MsgSecCheckResult> {
    if (!OPENID.test(openid)) throw new OpenApiError(40003, 'invalid openid');
    if (![1, 2, 3, 4].includes(scene)) throw new OpenApiError(40097, 'invalid args: scene');
    if (content.length === 0 || content.length > MAX_CONTENT) throw new OpenApiError(40097, 'invalid args: content');
    if (this.words.risky.some((w) => content.includes(w))) return { suggest: 'risky', label: 20006 };
    if (this.words.review.some((w) => content.includes(w))) return { suggest: 'review', label: 20006 };
    return { suggest: 'pass', label: 100 };
  }

  /** The next image verdicts to give, in order (then `pass`). */
  setNextMediaVerdicts(verdicts: Suggest[]): void {
    this.nextVerdicts = [...verdicts];
  }

  async mediaCheckAsync({ openid, mediaUrl, mediaType }: MediaCheckInput): Promise<{ traceId: string }> {
    if (!OPENID.test(openid)) throw new OpenApiError(40003, 'invalid openid');
    if (mediaType !== 1 && mediaType !== 2) throw new OpenApiError(40097, 'invalid args: media_type');
    if (!mediaUrl) throw new OpenApiError(40097, 'invalid args: media_url');
    const traceId = `local-trace-${Date.now().toString(36)}-${(++this.seq).toString(36)}`;
    const suggest = this.nextVerdicts.shift() ?? 'pass';
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => {
        const sink = this.deliver();
        const done = sink ? sink({ traceId, suggest, label: suggest === 'pass' ? 100 : 20002 }) : Promise.resolve();
        done.catch(() => undefined).finally(() => {
          this.pending.delete(delivery);
          resolve();
        });
      }, this.delayMs);
    });
    this.pending.add(delivery);
    return { traceId };
  }

  /** Resolves when every verdict issued so far has been delivered. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
