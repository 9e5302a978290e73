/**
 * Store on Redis through ioredis, shared by every replica. All writes are single atomic
 * commands (SET NX EX, INCRBY, HINCRBY), so replicas never race on de-duplication or counters.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Store } from './store.js';

export interface RedisStoreOptions {
  url: string;
  /** Prepended to every key, so several deployments or test runs can share one server. */
  keyPrefix?: string;
  /** Extra ioredis options (Sentinel, TLS, …). */
  redis?: RedisOptions;
}

export interface RedisStore extends Store {
  readonly client: Redis;
}

// Increment and start the expiry in one atomic step: a crash between INCRBY and EXPIRE would
// otherwise leave a rate-limit counter that never expires.
const INCREMENT_WITH_TTL = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return v`;
const INCREMENT_FIELD_WITH_TTL = `
local v = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if tonumber(ARGV[3]) > 0 and redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return v`;

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix ?? 'kawan:',
    // Fail fast while disconnected instead of queueing commands for ever: callers fall back
    // to memory (see resilient-store.ts) and the user still gets an answer.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
    ...options.redis,
  });
  // ioredis emits 'error' on every failed reconnect; the resilient wrapper reports outages once.
  client.on('error', () => undefined);

  return {
    client,
    async get(key) {
      return (await client.get(key)) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds !== undefined && ttlSeconds > 0) await client.set(key, value, 'EX', ttlSeconds);
      else await client.set(key, value);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      return (await client.set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
    },
    async delete(key) {
      await client.del(key);
    },
    async increment(key, by = 1, ttlSeconds) {
      return Number(await client.eval(INCREMENT_WITH_TTL, 1, key, by, ttlSeconds ?? 0));
    },
    async incrementField(key, field, by = 1, ttlSeconds) {
      return Number(await client.eval(INCREMENT_FIELD_WITH_TTL, 1, key, field, by, ttlSeconds ?? 0));
    },
    async getFields(key) {
      const raw = await client.hgetall(key);
      return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
    },
    async ping() {
      try {
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      client.disconnect();
    },
  };
}
