import type { Local } from './local';

/**
 * Image checks are started but not answered: the test delivers each verdict when it chooses,
 * as WeChat pushes them whenever it likes. Returns the trace ids, in the order checks started.
 */
export function holdVerdicts(t: Local): string[] {
  const traces: string[] = [];
  t.ports.openapi.mediaCheckAsync = async () => {
    const traceId = `trace-${traces.length + 1}`;
    traces.push(traceId);
    return { traceId };
  };
  return traces;
}
