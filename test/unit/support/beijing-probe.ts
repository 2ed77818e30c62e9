/**
 * Run in a child process (see beijing-time.test.ts), because Jest sandboxes process.env:
 * for each host zone given in ZONES and each instant given on the command line, prints
 * what core/beijing-time computes. Node applies a change of process.env.TZ at once.
 */
import { beijingDateTime, beijingParts } from '../../../core/beijing-time';

const zones = (process.env.ZONES ?? 'UTC').split(',');
const out: Record<string, { iso: string; dateTime: string; weekday: number }[]> = {};
for (const tz of zones) {
  process.env.TZ = tz;
  out[tz] = process.argv.slice(2).map((iso) => {
    const at = new Date(iso);
    return { iso, dateTime: beijingDateTime(at), weekday: beijingParts(at).weekday };
  });
}
process.stdout.write(JSON.stringify(out));
