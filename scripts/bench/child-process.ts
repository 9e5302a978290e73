/**
 * Child processes for the benchmarks: TypeScript scripts run with `node --import tsx`, built
 * JavaScript (such as dist/main.js) with plain node. Each gets a clean environment (nothing leaks
 * in from the developer's shell, such as REDIS_URL or a real token), is bounded by a timeout, and
 * is always killed when the benchmark ends or fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface Child {
  readonly child: ChildProcess;
  stderr(): string;
  readonly exited: Promise<number | string>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  readonly nodeFlags?: readonly string[];
  /** 'ignore' sends stdout to /dev/null: a bot's info logs go nowhere, as to a log shipper that keeps up. */
  readonly stdout?: 'pipe' | 'ignore';
}

export function startScript(script: string, args: readonly string[], env: Record<string, string>, options: StartOptions = {}): Child {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...loader, script, ...args], {
    cwd: REPO,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', NODE_ENV: 'production', ...env },
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  running.add(child);
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-8_000);
  });
  const exited = new Promise<number | string>((done) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      done(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    stderr: () => err,
    exited,
    async stop(graceMs = 3_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a script that prints one JSON line last on stdout, and returns it parsed. */
export async function runJsonScript<T>(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string>; nodeFlags?: readonly string[]; timeoutMs: number; onStderr?: (text: string) => void },
): Promise<T> {
  const handle = startScript(script, args, options.env ?? {}, { nodeFlags: options.nodeFlags ?? [] });
  const forward = options.onStderr;
  if (forward) handle.child.stderr?.on('data', (chunk: Buffer) => forward(chunk.toString('utf8')));
  let out = '';
  handle.child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const timer = setTimeout(() => handle.child.kill('SIGKILL'), options.timeoutMs);
  const code = await handle.exited;
  clearTimeout(timer);
  const last = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || last === '') {
    throw new Error(`${script} ended with ${String(code)}${code === 'SIGKILL' ? ` (timeout ${options.timeoutMs} ms?)` : ''}: ${handle.stderr().trim().slice(-1_500)}`);
  }
  return JSON.parse(last) as T;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Polls `url` until it answers 200 or the child exits or time runs out. */
export async function waitForHealthy(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become healthy: ${child.stderr().trim().slice(-1_500)}`);
}
