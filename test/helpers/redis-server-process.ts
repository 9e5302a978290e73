/**
 * A throwaway redis-server on a free port, owned by one test: it can be stopped and started
 * again on the same port to simulate an outage, without ever touching the shared Redis.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './bot-process.js';
import { redisReachable } from './redis.js';
import { waitFor } from './wait-for.js';

export interface RedisServerProcess {
  readonly port: number;
  readonly url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function createRedisServerProcess(): Promise<RedisServerProcess> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    port,
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await waitFor(() => redisReachable(url), `redis-server on port ${port}`, 10_000, 50);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGKILL');
      await exited;
    },
  };
}
