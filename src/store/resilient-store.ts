/**
 * Redis with a memory fallback. While Redis does not answer, every operation is served from
 * per-process memory (de-duplication and rate limits stay per replica, sessions start fresh), the
 * outage is logged once, and Redis is used again as soon as ioredis has reconnected by itself.
 */
import type { Logger } from 'pino';
import { createMemoryStore } from './memory-store.js';
import type { RedisStore } from './redis-store.js';
import type { Store } from './store.js';

export interface ResilientStore extends Store {
  /** True while Redis answers; false while the memory fallback is in use. */
  readonly redisUp: () => boolean;
  onStatusChange(listener: (up: boolean) => void): void;
}

export function createResilientStore(redis: RedisStore, logger: Logger): ResilientStore {
  const fallback = createMemoryStore();
  // Unknown until the first connection or command says otherwise, so an outage at start-up is
  // logged too.
  let up: boolean | undefined = redis.client.status === 'ready' ? true : undefined;
  const listeners: Array<(up: boolean) => void> = [];

  const setUp = (next: boolean): void => {
    if (next === up) return;
    const wasKnown = up !== undefined;
    up = next;
    // Coming up for the first time is the normal start, not a recovery worth announcing.
    if (next && !wasKnown) return;
    if (up) logger.info({ event: 'redis_up' }, 'Redis is reachable again; shared state restored');
    else logger.error({ event: 'redis_down' }, 'Redis is unreachable; using per-process memory until it returns');
    for (const listener of listeners) listener(up);
  };
  redis.client.on('ready', () => setUp(true));
  // 'close' also fires when the first connection attempt fails: an outage at start-up is logged.
  redis.client.on('end', () => setUp(false));
  redis.client.on('close', () => setUp(false));

  async function attempt<T>(primary: () => Promise<T>, secondary: () => Promise<T>): Promise<T> {
    // Not connected (starting, or reconnecting after an outage): ioredis's events decide whether
    // that is an outage; meanwhile memory answers without waiting for a timeout.
    if (redis.client.status !== 'ready') return secondary();
    try {
      const result = await primary();
      setUp(true);
      return result;
    } catch {
      setUp(false);
      return secondary();
    }
  }

  return {
    redisUp: () => up === true,
    onStatusChange(listener) {
      listeners.push(listener);
    },
    get: (key) => attempt(() => redis.get(key), () => fallback.get(key)),
    set: (key, value, ttl) => attempt(() => redis.set(key, value, ttl), () => fallback.set(key, value, ttl)),
    setIfAbsent: (key, value, ttl) =>
      attempt(() => redis.setIfAbsent(key, value, ttl), () => fallback.setIfAbsent(key, value, ttl)),
    delete: (key) => attempt(() => redis.delete(key), () => fallback.delete(key)),
    increment: (key, by, ttl) => attempt(() => redis.increment(key, by, ttl), () => fallback.increment(key, by, ttl)),
    incrementField: (key, field, by, ttl) =>
      attempt(() => redis.incrementField(key, field, by, ttl), () => fallback.incrementField(key, field, by, ttl)),
    getFields: (key) => attempt(() => redis.getFields(key), () => fallback.getFields(key)),
    ping: () => redis.ping(),
    async close() {
      await redis.close();
      await fallback.close();
    },
  };
}
