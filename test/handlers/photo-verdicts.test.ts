/**
 * Issue 16, item 10: image verdicts on an opinion's photos. A verdict WeChat pushes before the
 * opinion (or the addition carrying the photo) is written is kept and applied by that write;
 * photos the resident adds later go through the image check, and the deputy sees or prints
 * them only once they passed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT } from '../../core/contract';
import { LOCAL_PUSH_SOURCE } from '../../server/local/runtime';
import { PRIVACY_NOTICE_VERSION } from '../../server/config/limits';
import type { DeputyDoc, OpinionDoc, StationDoc } from '../../server/model';
import { addInfo } from '../../server/opinions/resident-actions';
import { submitOpinion } from '../../server/opinions/submit';
import { transferLetterData } from '../../server/opinions/transfer-letter-data';
import { hooked, once } from '../support/db-hooks';
import { COUNTY_DEPUTY, RESIDENT, startLocal, type Local } from '../support/local';
import { holdVerdicts } from '../support/held-verdicts';

jest.setTimeout(30_000);
const PHOTO = readFileSync(path.join(__dirname, '../fixtures/elevator.png'));

let t: Local;
let traces: string[];
beforeEach(async () => {
  t = await startLocal();
  traces = holdVerdicts(t); // verdicts arrive when the test delivers them
  await t.ok('user', 'agreePrivacy', { version: PRIVACY_NOTICE_VERSION }, RESIDENT);
});
afterEach(() => t.close());

/** WeChat pushes a verdict (only the platform reaches security.mediaVerdict). */
const verdict = (traceId: string, suggest: 'pass' | 'review' | 'risky') =>
  t.asPlatform('security', 'mediaVerdict', { traceId, suggest, label: suggest === 'pass' ? 100 : 20002 }, LOCAL_PUSH_SOURCE);
const opinion = (id: string) => t.doc<OpinionDoc>('opinions', id);
const deputySees = async (id: string) => (await t.ok('deputy', 'detail', { id }, COUNTY_DEPUTY)).photos.map((p) => p.fileId);

/** An opinion 李红梅 accepted and asked about: the resident may add information now. */
async function askedForInfo(): Promise<string> {
  const { id } = await t.submit({ text: '小区路灯坏了一个月没人修', chosenDeputyId: 'd-county-1' });
  await t.ok('deputy', 'accept', { id }, COUNTY_DEPUTY);
  await t.ok('deputy', 'needInfo', { id, question: '请拍一张路灯的照片' }, COUNTY_DEPUTY);
  return id;
}

describe('a verdict that lands before the write it belongs to', () => {
  test('on a submitted photo: applied by the relay that follows the insert, which then routes it', async () => {
    const photo = await t.upload(PHOTO, RESIDENT);
    const payload = CONTRACT.opinion.submit.input.parse({
      stationCode: 'WYH01', category: '住房物业', text: '小区门口井盖破损很危险', photos: [photo], chosenDeputyId: 'd-county-1', requestId: t.requestId(),
    });
    // WeChat answers between the check's record and the opinion's insert.
    const racing = hooked(t.ports, once((w) => w.collection === 'opinions' && w.kind === 'add', () => verdict('trace-1', 'pass')));
    const { doc } = await submitOpinion(racing, RESIDENT, payload);
    // Kept on its check, not yet on the opinion: the relay's step applies it.
    expect(opinion(doc._id)).toMatchObject({ status: 'held', mediaChecks: [{ fileId: photo, traceId: 'trace-1' }] });
    await t.relay();
    const stored = opinion(doc._id);
    expect(stored.mediaChecks).toEqual([{ fileId: photo, traceId: 'trace-1', verdict: 'pass' }]);
    expect(stored.status).toBe('assigned');
    expect(stored.assigneeDeputyId).toBe('d-county-1');
    // Pushed again, it changes nothing.
    const again = JSON.stringify(opinion(doc._id));
    await verdict('trace-1', 'pass');
    expect(JSON.stringify(opinion(doc._id))).toBe(again);
  });

  test('on a photo added later: applied when the addition is written', async () => {
    const id = await askedForInfo();
    const photo = await t.upload(PHOTO, RESIDENT);
    const racing = hooked(
      t.ports,
      once((w) => w.collection === 'opinions' && w.kind === 'update', () => verdict('trace-1', 'pass')),
    );
    await addInfo(racing, RESIDENT, CONTRACT.opinion.addInfo.input.parse({ id, text: '这是路灯的照片', photos: [photo] }));
    expect(opinion(id).mediaChecks).toEqual([{ fileId: photo, traceId: 'trace-1', verdict: 'pass' }]);
    expect(await deputySees(id)).toEqual([photo]);
  });

  test('the first verdict on a check is the one that counts', async () => {
    const photo = await t.upload(PHOTO, RESIDENT);
    const { id } = await t.submit({ text: '小区门口井盖破损很危险', photos: [photo] });
    await verdict('trace-1', 'risky');
    await verdict('trace-1', 'pass');
    expect(opinion(id).status).toBe('rejected');
    expect(t.doc<{ verdict: string }>('mediachecks', 'trace-1').verdict).toBe('risky');
  });
});

describe('photos added later are checked before a deputy sees them', () => {
  test('checked like submitted photos; shown to the deputy and printed only once passed', async () => {
    const id = await askedForInfo();
    const passes = await t.upload(PHOTO, RESIDENT);
    const refused = await t.upload(PHOTO, RESIDENT);
    await t.ok('opinion', 'addInfo', { id, text: '这是路灯的照片', photos: [passes, refused] }, RESIDENT);
    expect(opinion(id).mediaChecks).toEqual([
      { fileId: passes, traceId: 'trace-1' },
      { fileId: refused, traceId: 'trace-2' },
    ]);
    // The resident sees what they added; the deputy nothing yet.
    expect((await t.ok('opinion', 'detail', { id }, RESIDENT)).photos.map((p) => p.fileId)).toEqual([passes, refused]);
    expect(await deputySees(id)).toEqual([]);

    await verdict('trace-1', 'pass');
    await verdict('trace-2', 'risky');
    expect(opinion(id).status).toBe('accepted');
    expect(await deputySees(id)).toEqual([passes]);

    await t.ok('deputy', 'forward', { id, departmentId: 'dept-yl-zj' }, COUNTY_DEPUTY);
    const letter = await transferLetterData(
      t.ports,
      opinion(id),
      t.doc<DeputyDoc>('deputies', 'd-county-1'),
      t.doc<StationDoc>('stations', 'WYH01'),
    );
    expect(letter.photos).toHaveLength(1);
    expect(letter.photos[0].image?.equals(PHOTO)).toBe(true);
    expect(letter.additions).toEqual([expect.objectContaining({ otherPhotos: 1 })]);
  });
});
