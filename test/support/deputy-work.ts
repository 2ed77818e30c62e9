/** Test data for the deputy's workspace: invites (the staff desk issues them in the app), opinions in a given state. */
import { inviteIdOf } from '../../server/roster/invite-code';
import type { Local } from './local';
import { dbOf } from '../../server/platform/db';

/** Stores an invite as staff would issue it: only the code's hash is kept. */
export async function insertInvite(
  t: Local,
  { code, deputyId, expiresAt, usedAt }: { code: string; deputyId: string; expiresAt?: Date; usedAt?: Date },
): Promise<void> {
  const now = t.clock.now();
  await dbOf(t.ports).collection('invites').add({
    data: {
      _id: inviteIdOf(code),
      deputyId,
      expiresAt: expiresAt ?? new Date(now.getTime() + 7 * 86_400_000),
      issuedBy: 'demo-staff-xjh',
      ...(usedAt ? { usedAt } : {}),
    },
  });
}

let n = 0;
const TOPICS = ['电梯经常故障，物业维修不及时', '楼道灯坏了很久没人修', '小区垃圾清运不及时，气味很大', '路口红绿灯时间太短，老人过马路来不及', '公园健身器材损坏，存在安全隐患', '小区停车位不足，消防通道被占用'];

/** An opinion submitted to 李红梅 (county deputy at 望月湖) and, if asked, accepted by her. */
export async function anOpinionOf(t: Local, opts: { accepted?: boolean; text?: string; deputy?: string; openid?: string } = {}) {
  const deputy = opts.deputy ?? 'd-county-1';
  n += 1;
  const text = opts.text ?? `第${n}号：${TOPICS[n % TOPICS.length]}，希望代表关注解决。`;
  const r = await t.submit({ chosenDeputyId: deputy, text }, opts.openid ?? `test-resident-${n}`);
  if (opts.accepted) {
    const holder = deputy === 'd-county-1' ? 'demo-deputy-county' : 'demo-deputy-township';
    await t.ok('deputy', 'accept', { id: r.id }, holder);
  }
  return r.id as string;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082', 'hex');

/** A photo of an activity, uploaded as the app does by `owner` (李红梅, the county deputy, unless named). */
export function aStoredPhoto(t: Local, owner = 'demo-deputy-county'): Promise<string> {
  return t.upload(PNG, owner);
}
