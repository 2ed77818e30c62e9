/**
 * The 转办函 of a case staff or the region office work (documents.staffTransferLetter /
 * officeTransferLetter), checked like every case move (`caseFor`): in the name of whoever
 * forwarded it — the station when staff or the office did, else the deputy who did.
 */
import { AppError } from '../../core/errors';
import type { Actor } from '../users/actor';
import { stored } from '../deputies/documents';
import { getDeputy } from '../deputies/deputies.repo';
import { transferLetterPdf } from '../documents/transfer-letter';
import type { Ports } from '../platform/ports';
import { getStation } from '../stations/stations.repo';
import { caseFor, type Desk } from './case-access';
import { transferLetterData } from './transfer-letter-data';

export async function workerTransferLetter(ports: Ports, actor: Actor, desk: Desk, id: string) {
  const { doc } = await caseFor(ports, actor, desk, id);
  // A merged case goes to the department with its 汇总件: one letter, the 汇总件's, lists it (decision 0036).
  if (doc.mergedInto) throw new AppError('MERGED_SOURCE', '这条意见已合并到汇总件，转办函请在汇总件上打印');
  const f = doc.forward;
  if (!f) throw new AppError('NOT_FORWARDED', '这条意见没有转交部门，没有转办函');
  const [station, deputy] = await Promise.all([
    getStation(ports, doc.stationCode),
    !f.by && f.byDeputyId ? getDeputy(ports, f.byDeputyId) : Promise.resolve(undefined),
  ]);
  const pdf = await transferLetterPdf(await transferLetterData(ports, doc, deputy, station));
  return stored(ports, 'transfer-letters', f.letterNo, `转办函-${f.letterNo}.pdf`, pdf);
}
