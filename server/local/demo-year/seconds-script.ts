/**
 * 附议 in the demo year (decision 0036): in the last days, a few residents who were about to
 * write about the same lift (望月湖) and the same street lights (咸嘉湖) look up similar cases
 * while writing, as the app does, and join the one published instead of writing their own. The
 * cases are the designed ones (designs.ts, `same-lift-1`, `same-lights-1`), found by the request
 * id their submit used; a lookup that shows them nothing (the method judged otherwise) joins
 * nothing.
 */
import type { Steps } from './case-script';
import { Rng } from './prng';
import type { StationCode } from './problem';
import { residentOpenid } from './residents';
import { afterHours, hoursBefore } from './timing';
import type { World } from './world';

const JOINS: readonly { key: string; station: StationCode; category: string; text: string; resident: number }[] = [
  { key: 'same-lift-1', station: 'WYH01', category: '住房物业', text: '望月湖小区5片2栋的电梯又停了，老人上下楼太难了。', resident: 401 },
  { key: 'same-lift-1', station: 'WYH01', category: '住房物业', text: '5片2栋电梯老是坏，今天又关人了，希望物业赶紧修。望月湖小区', resident: 402 },
  { key: 'same-lights-1', station: 'XJH01', category: '城乡建设', text: '咸嘉湖西路晚上路灯不亮，走路看不见。', resident: 403 },
];

export async function* similarSeconds(w: World, now: Date): Steps {
  const rng = Rng.from('demo-year:seconds');
  let first = true;
  for (const j of JOINS) {
    yield first ? hoursBefore(now, rng, 24, 30) : afterHours(w.now(), rng, 3, 6);
    first = false;
    const target = w.runtime.store.scan('opinions', []).find((o) => (o as { requestId?: string }).requestId === `demo-year-design-${j.key}`) as { _id: string } | undefined;
    if (!target) continue;
    const resident = residentOpenid(j.station, j.resident);
    await w.agree(resident);
    const shown = await w.call('opinion', 'similar', { stationCode: j.station, category: j.category, text: j.text }, resident);
    if (!shown.items.some((i) => i.id === target._id)) continue;
    await w.call('opinion', 'second', { id: target._id, requestId: `demo-year-second-${j.resident}` }, resident);
  }
}
