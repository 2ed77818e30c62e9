import { residentSubmitResult } from '../opinions/views/submit-result';
import { residentChangeResult } from '../opinions/views/transition-result';
import { handlers } from './define';
import { photoUrlsOf } from '../opinions/views/photo-urls';
import { toResidentDetail, toResidentSummary } from '../opinions/views/opinion-view';
import { residentOpinionsPage } from '../opinions/opinions.repo';
import { residentDetail } from '../opinions/resident-detail';
import { submitOpinion } from '../opinions/submit';
import { addInfo, chase, rate, withdraw } from '../opinions/resident-actions';
import { sendMessage } from '../opinions/conversation';
import { eraseMine } from '../users/erase-mine';
import { claim, myOpinions, privacyOf } from '../users/my-data';
import { maskPhone } from '../config/sms';
import { exportSecondsOf } from '../similar/second';
import { secondHandlers } from './opinion-second';

export const opinionHandlers = handlers('opinion', {
  async submit(payload, { actor, ports }) {
    const { doc, duplicate, people } = await submitOpinion(ports, actor.openid!, payload);
    return residentSubmitResult(doc, duplicate, people);
  },

  async mine({ offset, limit }, { actor, ports }) {
    const { docs, total } = await residentOpinionsPage(ports, actor.openid!, offset, limit);
    const next = offset + docs.length;
    return { items: docs.map(toResidentSummary), total, ...(next < total ? { nextOffset: next } : {}) };
  },

  async detail({ id }, { actor, ports }) {
    return residentDetail(ports, actor.openid!, id);
  },

  async withdraw({ id, reason }, { actor, ports }) {
    return residentChangeResult(await withdraw(ports, actor.openid!, id, reason));
  },

  async addInfo(payload, { actor, ports }) {
    return residentChangeResult(await addInfo(ports, actor.openid!, payload));
  },

  async message(payload, { actor, ports }) {
    const { doc, duplicate } = await sendMessage(ports, actor.openid!, payload);
    return { ...residentChangeResult(doc), duplicate };
  },

  async chase({ id }, { actor, ports }) {
    return chase(ports, actor.openid!, id);
  },

  async rate(payload, { actor, ports }) {
    const { doc, reopened } = await rate(ports, actor.openid!, payload);
    return { ...residentChangeResult(doc), reopened };
  },

  async claim(payload, { actor, ports }) {
    return toResidentSummary(await claim(ports, actor.openid!, payload));
  },

  async exportMine(_payload, { actor, ports }) {
    const [docs, user, seconds] = await Promise.all([myOpinions(ports, actor.openid!), privacyOf(ports, actor.openid!), exportSecondsOf(ports, actor.openid!)]);
    const now = ports.clock.now();
    const opinions = await Promise.all(
      docs.map(async (d) => ({
        ...toResidentDetail(d, await photoUrlsOf(ports, d), now),
        ...(d.phone ? { phone: d.phone } : {}),
        smsNotify: Boolean(d.smsNotify),
        allowContact: d.allowContact,
        consentPublish: d.consentPublish,
      })),
    );
    return {
      exportedAt: now.toISOString(),
      openid: actor.openid!,
      ...(user?.privacyAgreedAt ? { privacyAgreedAt: new Date(user.privacyAgreedAt).toISOString() } : {}),
      ...(user?.smsPhone ? { smsPhone: maskPhone(user.smsPhone) } : {}),
      opinions,
      seconds,
    };
  },

  async deleteMine(_payload, { actor, ports }) {
    return { erased: await eraseMine(ports, actor.openid!) };
  },

  ...secondHandlers,
});
