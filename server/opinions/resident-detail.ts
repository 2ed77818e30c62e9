/**
 * One of the resident's opinions as they read it, in one request: the opinion with its deputy's
 * record and the regions on its station's path, which name the deputy (岳麓区人大代表), and the
 * 闭会期间代表建议 it fed, if any (where it stands and the department's answer, decision 0034), and
 * the 汇总件 it was merged into, if any (decision 0036).
 */
import { deputyTitle } from '../../core/deputy-title';
import { AppError } from '../../core/errors';
import type { Ports } from '../platform/ports';
import { opinionWithAssignee } from './opinions.repo';
import { photoUrlsOf } from './views/photo-urls';
import { toResidentDetail } from './views/opinion-view';
import { residentSuggestionView } from './views/suggestion-view';
import { residentMergeOf } from '../similar/merge-view';

export async function residentDetail(ports: Ports, openid: string, id: string) {
  const found = await opinionWithAssignee(ports, id);
  if (!found || found.doc.openid !== openid) throw new AppError('OPINION_NOT_FOUND');
  const { doc, assignee, regions, suggestion } = found;
  const title = assignee ? deputyTitle(assignee, regions) : undefined;
  // A merged case also reads its 汇总件 (one request more, only then).
  const [urls, merged] = await Promise.all([photoUrlsOf(ports, doc), residentMergeOf(ports, doc)]);
  return {
    ...toResidentDetail(doc, urls, ports.clock.now(), title),
    ...(suggestion ? { suggestion: residentSuggestionView(suggestion) } : {}),
    ...(merged ? { merged } : {}),
  };
}
