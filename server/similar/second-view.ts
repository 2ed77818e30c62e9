/**
 * Another resident's case as a resident reads it while writing or after joining it (附议,
 * decision 0036): the words redacted as the showcase redacts them (core/redact.ts: phones, ID
 * and other long numbers, house numbers, e-mail addresses, the deputies' names), where it
 * stands in a resident's words, its steps without notes and its result — never the author's
 * contact, photos or conversation.
 */
import type { z } from 'zod';
import type { SecondedDetail, SecondedSummary, SimilarCase } from '../../core/contract/actions/similar';
import { relativeDay } from '../../core/friendly-time';
import { redact } from '../../core/redact';
import { SECONDER_STEPS, SECOND_EXCERPT_CHARS, seconderNextStep, seconderStatusLabel } from '../../core/second-rules';
import type { OpinionDoc } from '../model';
import { toResidentDetail } from '../opinions/views/opinion-view';
import { resolutionOf } from '../opinions/views/resolution-view';
import type { SecondedCase } from '../opinions/opinions.similar.repo';
import type { SecondDoc } from './seconds.repo';

const iso = (d: Date | string) => new Date(d).toISOString();

const shortened = (s: string): string => {
  const chars = Array.from(s);
  return chars.length > SECOND_EXCERPT_CHARS ? `${chars.slice(0, SECOND_EXCERPT_CHARS).join('')}…` : s;
};

/** The names masked in a case's words: its deputy's and those of the deputies who replied. */
const namesOf = (o: { assigneeName?: string; replies?: readonly { by?: unknown; byName: string }[] }): string[] => [
  o.assigneeName ?? '',
  ...(o.replies ?? []).filter((r) => !r.by).map((r) => r.byName),
];

/** Its words, only while its resident publishes them (consented, and not erased). */
const published = (o: Pick<OpinionDoc, 'consentPublish' | 'erasedAt'>): boolean => o.consentPublish && !o.erasedAt;

/** A similar case shown while writing (already checked: open, published, not the caller's). */
export function similarCaseView(
  o: Pick<OpinionDoc, '_id' | 'text' | 'category' | 'status' | 'stationName' | 'createdAt' | 'secondCount' | 'place'> & { assigneeName?: string },
  now: Date,
): z.infer<typeof SimilarCase> {
  const names = namesOf(o);
  return {
    id: o._id,
    excerpt: shortened(redact(o.text, names)),
    category: o.category,
    status: o.status,
    statusLabel: seconderStatusLabel(o.status),
    stationName: o.stationName,
    createdAt: iso(o.createdAt),
    createdLabel: relativeDay(o.createdAt, now),
    secondCount: o.secondCount ?? 0,
    ...(o.place ? { place: redact(o.place, names) } : {}),
  };
}

/** A case in the resident's list of those they joined. */
export function secondedSummaryView(o: SecondedCase, s: Pick<SecondDoc, 'createdAt'>): z.infer<typeof SecondedSummary> {
  return {
    id: o._id,
    category: o.category,
    status: o.status,
    statusLabel: seconderStatusLabel(o.status),
    stationName: o.stationName,
    excerpt: published(o) ? shortened(redact(o.text, namesOf(o))) : '',
    secondCount: o.secondCount ?? 0,
    secondedAt: iso(s.createdAt),
  };
}

/** A joined case (or the caller's own, `mine`) as a seconder reads it. */
export function secondedDetailView(doc: OpinionDoc, s: SecondDoc | undefined, mine: boolean, now: Date): z.infer<typeof SecondedDetail> {
  const names = namesOf(doc);
  const steps = toResidentDetail(doc, {}, now)
    .timeline.filter((e) => SECONDER_STEPS.has(e.action as never))
    // No notes (what was said to its resident), and its resident is not "我" to the reader.
    .map(({ note: _note, ...e }) => (e.actorLabel === '我' ? { ...e, actorLabel: '居民' } : e));
  const resolution = resolutionOf(doc, 'resident');
  const next = seconderNextStep(doc.status);
  return {
    id: doc._id,
    category: doc.category,
    status: doc.status,
    statusLabel: seconderStatusLabel(doc.status),
    stationName: doc.stationName,
    createdAt: iso(doc.createdAt),
    ...(published(doc) ? { text: redact(doc.text, names), ...(doc.place ? { place: redact(doc.place, names) } : {}) } : {}),
    secondCount: doc.secondCount ?? 0,
    ...(s ? { secondedAt: iso(s.createdAt) } : {}),
    mine,
    ...(next ? { nextStep: next } : {}),
    timeline: steps,
    ...(resolution
      ? {
          resolution: {
            ...resolution,
            text: redact(resolution.text, names),
            ...(resolution.departmentAnswer ? { departmentAnswer: { ...resolution.departmentAnswer, text: redact(resolution.departmentAnswer.text, names) } } : {}),
          },
        }
      : {}),
    canLeave: Boolean(s) && !mine,
  };
}
