/**
 * What the 转办函 prints of a forwarded opinion, as a department may see it: the place of the
 * problem, the text and what the resident added later (with dates), the forwarder's note, the
 * resident's phone only with consent (never for an anonymous opinion), and only the photos
 * that passed the image check (the resident's own and those added later) — a photo held for
 * review or refused never leaves the system. A deputy's letter is answered to and signed by
 * the deputy; a letter staff or the region office forwarded (`deputy` undefined) names the
 * station: the department answers the station, which signs it.
 */
import { beijingDate } from '../../core/beijing-time';
import { LEVEL_LABELS } from '../../core/vocabulary';
import type { LetterPhoto, TransferLetterData } from '../documents/transfer-letter';
import type { DeputyDoc, OpinionDoc, StationDoc } from '../model';
import type { Ports } from '../platform/ports';
import { addedPhotosPassed } from './views/opinion-view';
import { isMergedParent } from '../../core/merged-cases';
import { redact } from '../../core/redact';
import { opinionsByIds } from './opinions.similar.repo';

/** A 汇总件's letter lists at most this many of its cases (one or two pages), then says how many more. */
export const MERGED_LETTER_ROWS = 20;
const MERGED_EXCERPT = 40;

/**
 * The cases a 汇总件 merges, as its one 转办函 lists them (decision 0036): how many, the places
 * they name, and per case its tracking number, date, place and a short excerpt with numbers,
 * house numbers and names masked (core/redact.ts) — never a resident's identity.
 */
async function mergedListOf(ports: Ports, doc: OpinionDoc): Promise<NonNullable<TransferLetterData['merged']>> {
  const sources = (await opinionsByIds(ports, doc.mergedSources ?? [])).sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  const places = [...new Set(sources.map((s) => (s.place ?? '').trim()).filter(Boolean))];
  const rows = sources.slice(0, MERGED_LETTER_ROWS).map((s) => {
    const text = redact(s.text.replace(/\s+/g, ' ').trim());
    return {
      trackingNo: s.trackingNo,
      receivedAt: beijingDate(new Date(s.createdAt)),
      ...(s.place ? { place: s.place } : {}),
      excerpt: text.length > MERGED_EXCERPT ? `${text.slice(0, MERGED_EXCERPT)}…` : text,
    };
  });
  return { count: sources.length, places, rows, more: Math.max(0, sources.length - rows.length) };
}

export const chineseDate = (d: Date) => {
  const [y, m, day] = beijingDate(d).split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

/** The opinion's own photos whose image check said `pass`; photos without a verdict are not printed. */
export function photosPassed(doc: Pick<OpinionDoc, 'photos' | 'mediaChecks'>): string[] {
  return (doc.photos ?? []).filter((fileId) => doc.mediaChecks?.some((c) => c.fileId === fileId && c.verdict === 'pass'));
}

export async function transferLetterData(
  ports: Ports,
  doc: OpinionDoc,
  deputy: Pick<DeputyDoc, 'name' | 'level'> | undefined,
  station: Pick<StationDoc, 'name' | 'address'> | undefined,
): Promise<TransferLetterData> {
  const f = doc.forward!;
  const stationName = station?.name ?? doc.stationName;
  const where = `${stationName}${station?.address ? `，${station.address}` : ''}`;
  const sender = deputy
    ? { deputyName: deputy.name, deputyLevelLabel: LEVEL_LABELS[deputy.level], replyTo: `请答复${deputy.name}代表（${where}）` }
    : { deputyName: stationName, deputyLevelLabel: '', answerTo: stationName, signature: stationName, replyTo: `请答复${where}` };
  const merged = isMergedParent(doc) ? await mergedListOf(ports, doc) : undefined;
  const photos: LetterPhoto[] = [];
  const added = addedPhotosPassed(doc);
  const own = photosPassed(doc);
  for (const [fileId, source] of [...own.map((f) => [f, '居民反映时提交']), ...added.map((f) => [f, '居民补充情况时提交'])]) {
    const image = await ports.storage.download(fileId).catch(() => undefined);
    if (!image) ports.log.error('transfer letter: photo not readable', { opinionId: doc._id, fileId });
    photos.push({ ...(image ? { image } : {}), source });
  }
  return {
    letterNo: f.letterNo,
    departmentName: f.departmentName,
    ...sender,
    stationName,
    trackingNo: doc.trackingNo,
    category: doc.category,
    receivedAt: beijingDate(new Date(doc.createdAt)),
    ...(doc.place ? { place: doc.place } : merged?.places.length ? { place: merged.places.slice(0, 5).join('、') + (merged.places.length > 5 ? '等' : '') } : {}),
    text: doc.text,
    ...(merged ? { merged } : {}),
    // Photos added later are printed once their image check passed; the others are counted.
    additions: (doc.additions ?? []).map((a) => ({
      date: chineseDate(new Date(a.at)),
      text: a.text,
      otherPhotos: a.photos.filter((fileId) => !added.includes(fileId)).length,
    })),
    ...(f.note ? { note: f.note } : {}),
    ...(!doc.anonymous && doc.allowContact && doc.phone ? { residentContact: `居民（同意联系）电话 ${doc.phone}` } : {}),
    ...(merged ? { residentContact: `共${merged.count}件意见，反映人身份信息不随函提供` } : {}),
    photos,
    otherPhotos: (doc.photos ?? []).length - own.length,
    answerDue: chineseDate(new Date(f.answerDueAt)),
    issuedOn: chineseDate(new Date(f.at)),
  };
}
