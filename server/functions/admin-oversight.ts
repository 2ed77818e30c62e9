/** Admin handlers (issue 23, decision 0033): the per-deputy table of the region and any deputy's record in it. */
import type { oversightActions } from '../../core/contract/actions/admin-oversight';
import { deputyTable } from '../dashboard/deputy-table';
import { exportDeputyTable } from '../dashboard/deputy-table-xlsx';
import { exportOfficeDutyRecord, officeDutyRecord, officeRecordCases } from '../deputies/office-record';
import type { HandlersOf } from './define';

export const oversightHandlers: Pick<HandlersOf<'admin'>, keyof typeof oversightActions> = {
  deputyTable: (p, { actor, ports }) => deputyTable(ports, actor, p),
  exportDeputyTable: (p, { actor, ports }) => exportDeputyTable(ports, actor, p),
  deputyRecord: (p, { actor, ports }) => officeDutyRecord(ports, actor, p.deputyId, p.from, p.to),
  deputyRecordCases: (p, { actor, ports }) => officeRecordCases(ports, actor, p),
  exportDeputyRecord: (p, { actor, ports }) => exportOfficeDutyRecord(ports, actor, p.deputyId, p.from, p.to),
};
