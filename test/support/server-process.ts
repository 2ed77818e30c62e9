/** Starts the real local run (`server/local/main.ts`) in a child process on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ServerProcess {
  base: string;
  dataDir: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(dataDir = mkdtempSync(path.join(os.tmpdir(), 'dblz-http-'))): Promise<ServerProcess> {
  const port = await freePort();
  // One process (node with the tsx loader), so a signal reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/local/main.ts'], {
    cwd: root,
    // Without the demo year: these tests are about the HTTP face and start small and quickly
    // (the year has its own test, test/handlers/demo-year.test.ts; the browser walks start with it).
    // A query no declared index serves is refused (INDEX_CHECK=fail), as in the handler tests.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'no-static'), DEMO_YEAR: '0', INDEX_CHECK: 'fail' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = `http://127.0.0.1:${port}`;
  // server/local/main.ts prints its address once it listens; the bound only stops a hung start.
  await new Promise<void>((resolve, reject) => {
    const bound = setTimeout(() => finish(new Error(`server did not start within 30 s: ${output}`)), 30_000);
    const onExit = () => finish(new Error(`server exited: ${output}`));
    const onData = (c: Buffer) => {
      output += c;
      if (output.includes(`local run: ${base}/`)) finish();
    };
    function finish(error?: Error) {
      clearTimeout(bound);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c) => (output += c));
    child.once('exit', onExit);
  });
  const health = await fetch(`${base}/api/health`);
  if (!health.ok) throw new Error(`server answered ${health.status} to /api/health: ${output}`);
  return {
    base,
    dataDir,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function post(base: string, fn: string, body: unknown, openid?: string) {
  const res = await fetch(`${base}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'X-WX-OPENID': openid } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; data?: any; code?: string; message?: string } };
}
