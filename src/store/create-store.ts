/**
 * Picks the store from the environment: Redis (with a memory fallback) when REDIS_URL is set,
 * otherwise the embedded memory store, with one warning so nobody runs replicas on it by mistake.
 */
import type { Logger } from 'pino';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { createResilientStore } from './resilient-store.js';
import type { Store } from './store.js';

export interface StoreHandle {
  store: Store;
  kind: 'redis' | 'memory';
  /** Called with true/false whenever the shared store comes back or goes away. */
  onStatusChange(listener: (up: boolean) => void): void;
  /** Whether the shared store answers (always true for memory). */
  ready(): Promise<boolean>;
  /** Waits until the shared store is connected, at most `timeoutMs`; true when it is. */
  waitUntilConnected(timeoutMs: number): Promise<boolean>;
}

export function createStore(redisUrl: string | undefined, logger: Logger, keyPrefix = 'kawan:'): StoreHandle {
  if (!redisUrl) {
    logger.warn(
      { event: 'memory_store' },
      'REDIS_URL is not set: using an in-memory store (fine for one process; set REDIS_URL for replicas)',
    );
    const store = createMemoryStore();
    return { store, kind: 'memory', ready: async () => true, waitUntilConnected: async () => true, onStatusChange: () => undefined };
  }
  const redis = createRedisStore({ url: redisUrl, keyPrefix });
  const store = createResilientStore(redis, logger);
  return {
    store,
    kind: 'redis',
    ready: () => redis.ping(),
    waitUntilConnected: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (redis.client.status === 'ready') return resolve(true);
        const timer = setTimeout(() => resolve(false), timeoutMs);
        redis.client.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    onStatusChange: (listener) => store.onStatusChange(listener),
  };
}

/** For CLI commands: the same choice, from an environment object. */
export function createStoreFromEnv(env: Readonly<Record<string, string | undefined>>, logger: Logger): StoreHandle {
  return createStore(env['REDIS_URL'] || undefined, logger);
}
