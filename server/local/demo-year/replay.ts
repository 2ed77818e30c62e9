/**
 * Plays the demo year's scripts in time order on the runtime's clock: the earliest pending
 * step runs next, with the clock set to its moment; a script then says when its next step is.
 * Steps planned after the end (now) are not played: those cases stay where they are, as
 * unfinished work does. Ties keep the order scripts were given in, so a replay is repeatable.
 */
import type { Steps } from './case-script';
import { DemoYearError, type World } from './world';

export interface Script {
  /** When the script's first part runs (up to its first yield). */
  at: Date;
  steps: Steps;
}

interface Pending {
  at: number;
  seq: number;
  steps: Steps;
}

/** A binary min-heap by time, then by the order pushed. */
class Queue {
  private items: Pending[] = [];
  private seq = 0;

  get size() {
    return this.items.length;
  }

  push(at: number, steps: Steps) {
    const items = this.items;
    items.push({ at, seq: this.seq++, steps });
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): Pending {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && before(items[l], items[m])) m = l;
        if (r < items.length && before(items[r], items[m])) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Pending, b: Pending) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export async function replay(w: World, scripts: readonly Script[], end: Date): Promise<void> {
  const queue = new Queue();
  for (const s of scripts) queue.push(s.at.getTime(), s.steps);
  while (queue.size) {
    const next = queue.pop();
    if (next.at > end.getTime()) {
      await next.steps.return();
      continue;
    }
    w.runtime.clock.set(new Date(next.at));
    const r = await next.steps.next();
    if (r.done) continue;
    const at = r.value.getTime();
    if (!(at >= next.at)) throw new DemoYearError(`a demo-year step at ${new Date(next.at).toISOString()} wants to go back to ${r.value.toISOString()}`);
    queue.push(at, next.steps);
  }
}
