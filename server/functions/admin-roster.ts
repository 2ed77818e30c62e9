/** The admin function's roster group (issue 9): staff invites, roster import, deputies' invites, ended terms. */
import { activateRoster, discardRoster, rosterBatch, rosterBatches, stageRoster } from '../roster/import';
import { rosterTemplate } from '../roster/template';
import { issueStaffInvite, joinAsStaff, staffOverview } from '../roster/staff-invites';
import { handOverEnded, staffEndedTerms } from '../roster/handover-ended';
import { endedTerms } from '../roster/term-end';
import { issueDeputyInvite } from '../roster/issue-invite';
import type { HandlersOf } from './define';

type RosterActions =
  | 'issueStaffInvite'
  | 'staffOverview'
  | 'joinAsStaff'
  | 'rosterTemplate'
  | 'stageRoster'
  | 'rosterBatches'
  | 'rosterBatch'
  | 'activateRoster'
  | 'discardRoster'
  | 'issueDeputyInvite'
  | 'endedTerms'
  | 'staffEndedTerms'
  | 'handOverEnded';

export const adminRosterHandlers: Pick<HandlersOf<'admin'>, RosterActions> = {
  issueStaffInvite: (p, { actor, ports }) => issueStaffInvite(ports, actor, p.stationCodes, p.name),
  staffOverview: (_p, { actor, ports }) => staffOverview(ports, actor),
  joinAsStaff: (p, { actor, ports }) => joinAsStaff(ports, actor, p.inviteCode),
  rosterTemplate: (_p, { actor, ports }) => rosterTemplate(ports, actor),
  stageRoster: (p, { actor, ports }) => stageRoster(ports, actor, p.fileId, p.fileName),
  rosterBatches: (p, { actor, ports }) => rosterBatches(ports, actor, p),
  rosterBatch: (p, { actor, ports }) => rosterBatch(ports, actor, p.id),
  activateRoster: (p, { actor, ports }) => activateRoster(ports, actor, p.id),
  discardRoster: (p, { actor, ports }) => discardRoster(ports, actor, p.id),
  issueDeputyInvite: (p, { actor, ports }) => issueDeputyInvite(ports, actor, p.deputyId),
  endedTerms: (_p, { actor, ports }) => endedTerms(ports, actor),
  staffEndedTerms: (_p, { actor, ports }) => staffEndedTerms(ports, actor),
  handOverEnded: (p, { actor, ports }) => handOverEnded(ports, actor, p),
};
