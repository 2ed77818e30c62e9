/**
 * Prints every database request each benchmarked action sends (`npx tsx scripts/bench/trace-actions.ts`):
 * what rt_<action> counts, request by request, to see where round trips go.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_NOTICE_VERSION } from '../../core/privacy';
import { COUNTY_DEPUTY, RESIDENT, TUESDAY_SESSION, startLocal } from '../../test/support/local';

const PHOTO = readFileSync(path.resolve(__dirname, '../../test/fixtures/elevator.png'));

async function main(): Promise<void> {
  const t = await startLocal(TUESDAY_SESSION);
  t.ports.openapi.mediaCheckAsync = async () => ({ traceId: `trace-${Math.random()}` });
  for (const who of [RESIDENT, COUNTY_DEPUTY, 'demo-admin-yuelu']) {
    await t.call('user', { action: 'agreePrivacy', payload: { version: PRIVACY_NOTICE_VERSION } }, who);
  }
  const traced = async (label: string, call: () => Promise<{ ok: boolean; data?: unknown; code?: string; message?: string }>) => {
    const before = t.dbTrace().length;
    const r = await call();
    const spent = t.dbTrace().slice(before);
    console.log(`\n${label}: ${spent.length} requests${r.ok ? '' : ` (refused ${r.code})`}`);
    for (const line of spent) console.log(`  ${line}`);
    return r.data as { id: string };
  };
  const photos = [await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT), await t.upload(PHOTO, RESIDENT)];
  await traced('submit (3 photos, chosen deputy)', () =>
    t.call('opinion', { action: 'submit', payload: { stationCode: 'WYH01', category: '住房物业', text: '三号楼电梯停运两天了', photos, chosenDeputyId: 'd-county-1', requestId: 'bench-trace-0001' } }, RESIDENT));
  const { id } = await traced('submit (no photos, chosen deputy)', () =>
    t.call('opinion', { action: 'submit', payload: { stationCode: 'WYH01', category: '住房物业', text: '小区门口路灯坏了一个月', chosenDeputyId: 'd-county-1', requestId: 'bench-trace-0002' } }, RESIDENT));
  await traced('accept', () => t.call('deputy', { action: 'accept', payload: { id } }, COUNTY_DEPUTY));
  await traced('reply', () => t.call('deputy', { action: 'reply', payload: { id, text: '已联系物业,本周内修好,请您留意。' } }, COUNTY_DEPUTY));
  await traced('inbox', () => t.call('deputy', { action: 'inbox', payload: {} }, COUNTY_DEPUTY));
  await traced('station.get', () => t.call('station', { action: 'get', payload: { code: 'WYH01' } }));
  await traced('detail', () => t.call('opinion', { action: 'detail', payload: { id } }, RESIDENT));
  await traced('dashboard', () => t.call('admin', { action: 'dashboard', payload: { from: '2026-11', to: '2026-12' } }, 'demo-admin-yuelu'));
  t.close();
}

void main();
