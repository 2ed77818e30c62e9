/**
 * The "deputy" function: binding, the inbox and the first moves on an opinion (accept,
 * need_info, reply with templates, resolve). Forwarding, suggestions and hand-over are in
 * deputy-handling.ts; sessions, activities and the duty record in deputy-duty.ts.
 */
import { bindDeputy } from '../deputies/bind';
import { deputyInbox } from '../deputies/inbox';
import { deputyProfile, saveDeputyProfile } from '../deputies/profile';
import { searchCases } from '../opinions/search';
import { deleteTemplate, myTemplates, saveTemplate } from '../deputies/reply-templates';
import { acceptOpinion, askForInfo, deputyOpinionDetail, replyToOpinion, resolveOpinion } from '../opinions/deputy-moves';
import { handlers, type HandlersOf } from './define';
import { deputyHandlingHandlers } from './deputy-handling';
import { deputyDutyHandlers } from './deputy-duty';

/** Binding, the inbox, the first moves on an opinion, reply templates. */
const firstHandlers: Pick<
  HandlersOf<'deputy'>,
  'bind' | 'inbox' | 'detail' | 'accept' | 'reply' | 'needInfo' | 'resolve' | 'templates' | 'saveTemplate' | 'deleteTemplate'
> = {
  bind: ({ inviteCode }, { actor, ports }) => bindDeputy(ports, actor, inviteCode),

  inbox: ({ tab, offset, limit }, { actor, ports }) => deputyInbox(ports, actor.deputy!._id, tab, offset, limit),

  detail: ({ id }, { actor, ports }) => deputyOpinionDetail(ports, actor, id),
  accept: ({ id, note }, { actor, ports }) => acceptOpinion(ports, actor, id, note),
  reply: ({ id, text }, { actor, ports }) => replyToOpinion(ports, actor, id, text),
  needInfo: ({ id, question }, { actor, ports }) => askForInfo(ports, actor, id, question),
  resolve: ({ id, kind, text }, { actor, ports }) => resolveOpinion(ports, actor, id, kind, text),

  templates: (_p, { actor, ports }) => myTemplates(ports, actor),
  saveTemplate: ({ title, text }, { actor, ports }) => saveTemplate(ports, actor, title, text),
  deleteTemplate: ({ id }, { actor, ports }) => deleteTemplate(ports, actor, id),
};

const profileHandlers: Pick<HandlersOf<'deputy'>, 'profile' | 'saveProfile' | 'search'> = {
  profile: (_p, { actor, ports }) => deputyProfile(ports, actor.deputy!._id),
  saveProfile: (p, { actor, ports }) => saveDeputyProfile(ports, actor, p),
  // 查找意见 among the deputy's own cases (decision 0032).
  search: (p, { actor, ports }) => searchCases(ports, actor, 'deputy', p),
};

export const deputyHandlers = handlers('deputy', { ...firstHandlers, ...deputyHandlingHandlers, ...deputyDutyHandlers, ...profileHandlers });
