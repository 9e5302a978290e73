/**
 * One behaviour suite for every Store: the memory store (single process) and the Redis store
 * (shared by replicas) must behave the same, because sessions, de-duplication and rate limits
 * are written against the interface, not an implementation.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { createRedisStore, type RedisStore } from '../../src/store/redis-store.js';
import type { Store } from '../../src/store/store.js';
import { deletePrefix, REDIS_REQUIRED, REDIS_URL, redisReachable, uniquePrefix } from '../helpers/redis.js';
import { waitFor } from '../helpers/wait-for.js';

const reachable = await redisReachable();
if (!reachable && !REDIS_REQUIRED) {
  console.warn(`\n⚠ Redis store tests SKIPPED: nothing answers at ${REDIS_URL}. Start Redis or set REDIS_URL (CI=true makes this an error).\n`);
}

interface Subject {
  /** Several handles on the same data (for Redis: separate connections, like replicas). */
  open(): Promise<Store>;
  closeAll(): Promise<void>;
}

function storeBehaviour(name: string, subject: () => Subject) {
  // Concurrent: every test uses its own keys, and the expiry waits then overlap.
  describe.concurrent(`${name}: behaves like a Store`, () => {
    let s: Subject;
    let store: Store;
    beforeAll(async () => {
      s = subject();
      store = await s.open();
    });
    afterAll(async () => {
      await s.closeAll();
    });

    it('get returns what set stored, and undefined for a key never set', async () => {
      await store.set('greeting', 'halo');
      expect(await store.get('greeting')).toBe('halo');
      expect(await store.get('never-set')).toBeUndefined();
    });

    it('set overwrites, and keeps unicode and JSON intact', async () => {
      const session = JSON.stringify({ lang: 'id', note: 'Kamboja 🇰🇭 “kutip”' });
      await store.set('session:1', 'old');
      await store.set('session:1', session);
      expect(await store.get('session:1')).toBe(session);
    });

    it('a value with a 1 s TTL is there at once and gone after it expires', async () => {
      await store.set('short', 'x', 1);
      await store.set('long', 'y', 60);
      expect(await store.get('short')).toBe('x');
      await waitFor(async () => (await store.get('short')) === undefined, 'the 1 s key to expire', 4_000, 100);
      expect(await store.get('long')).toBe('y');
    });

    it('set without a TTL after one with a TTL makes the value permanent', async () => {
      await store.set('perm', 'a', 1);
      await store.set('perm', 'b');
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(await store.get('perm')).toBe('b');
    });

    it('setIfAbsent: of 20 concurrent calls (from several connections) exactly one wins', async () => {
      const handles = [store, await s.open(), await s.open(), await s.open()];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (handles[i % handles.length] ?? store).setIfAbsent('update:777', `replica-${i}`, 60)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await store.get('update:777')).toBe(`replica-${winner}`);
    });

    it('setIfAbsent succeeds again once the earlier key has expired', async () => {
      expect(await store.setIfAbsent('lock', 'a', 1)).toBe(true);
      expect(await store.setIfAbsent('lock', 'b', 1)).toBe(false);
      await waitFor(async () => (await store.get('lock')) === undefined, 'the lock to expire', 4_000, 100);
      expect(await store.setIfAbsent('lock', 'c', 60)).toBe(true);
      expect(await store.get('lock')).toBe('c');
    });

    it('increment counts up from 0, by 1 or by a given step', async () => {
      expect(await store.increment('count')).toBe(1);
      expect(await store.increment('count')).toBe(2);
      expect(await store.increment('count', 5)).toBe(7);
      expect(await store.get('count')).toBe('7');
    });

    it('increment with a TTL starts a window that later increments do not extend', async () => {
      expect(await store.increment('rate:1', 1, 1)).toBe(1);
      expect(await store.increment('rate:1', 1, 1)).toBe(2);
      await waitFor(async () => (await store.get('rate:1')) === undefined, 'the rate window to end', 4_000, 100);
      expect(await store.increment('rate:1', 1, 1)).toBe(1);
    });

    it('20 concurrent increments are all counted', async () => {
      const handles = [store, await s.open()];
      await Promise.all(Array.from({ length: 20 }, (_, i) => (handles[i % 2] ?? store).increment('concurrent', 1, 60)));
      expect(await store.get('concurrent')).toBe('20');
    });

    it('incrementField keeps counters per field and getFields returns them as numbers', async () => {
      expect(await store.getFields('feedback:article-1')).toEqual({});
      expect(await store.incrementField('feedback:article-1', 'up')).toBe(1);
      expect(await store.incrementField('feedback:article-1', 'up')).toBe(2);
      expect(await store.incrementField('feedback:article-1', 'down', 3)).toBe(3);
      expect(await store.getFields('feedback:article-1')).toEqual({ up: 2, down: 3 });
    });

    it('incrementField with a TTL lets the whole group expire', async () => {
      await store.incrementField('unanswered:day', 'q1', 1, 1);
      expect(await store.getFields('unanswered:day')).toEqual({ q1: 1 });
      await waitFor(async () => Object.keys(await store.getFields('unanswered:day')).length === 0, 'the group to expire', 4_000, 100);
    });

    it('delete removes values and counter groups; deleting a missing key is fine', async () => {
      await store.set('gone', 'x');
      await store.incrementField('gone-group', 'a');
      await store.delete('gone');
      await store.delete('gone-group');
      await store.delete('never-existed');
      expect(await store.get('gone')).toBeUndefined();
      expect(await store.getFields('gone-group')).toEqual({});
    });

    it('ping answers true while the store is available', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}

storeBehaviour('memory store', () => {
  const shared = createMemoryStore({ sweepMs: 0 });
  return { open: async () => shared, closeAll: () => shared.close() };
});

describe.skipIf(!reachable && !REDIS_REQUIRED)(`Redis store at ${REDIS_URL}`, () => {
  const prefix = uniquePrefix();
  const opened: RedisStore[] = [];
  beforeAll(() => {
    if (!reachable) throw new Error(`CI=true but Redis at ${REDIS_URL} is unreachable: the Redis store tests must run in CI`);
  });
  // The Redis store refuses commands until connected (no offline queue); wait like a replica would.
  async function connected(keyPrefix: string): Promise<RedisStore> {
    const store = createRedisStore({ url: REDIS_URL, keyPrefix });
    opened.push(store);
    await waitFor(() => store.client.status === 'ready', `Redis at ${REDIS_URL} to be ready`, 5_000);
    return store;
  }
  afterAll(async () => {
    for (const store of opened) await store.close();
    if (reachable) await deletePrefix(prefix);
  });

  storeBehaviour('redis store', () => ({
    open: async () => connected(prefix),
    closeAll: async () => undefined,
  }));

  it('every key it writes carries the key prefix, and stores with other prefixes do not see them', async () => {
    const mine = await connected(prefix);
    const other = await connected(uniquePrefix());
    await mine.set('isolated', 'mine', 60);
    expect(await other.get('isolated')).toBeUndefined();
    const raw = new Redis(REDIS_URL);
    try {
      expect(await raw.get(`${prefix}isolated`)).toBe('mine');
    } finally {
      raw.disconnect();
    }
  });

  it('a TTL really reaches Redis (no key written without expiry by mistake)', async () => {
    const store = await connected(prefix);
    await store.setIfAbsent('dedup:1', 'processing', 60);
    await store.increment('rate:ttl', 1, 30);
    await store.incrementField('group:ttl', 'f', 1, 30);
    for (const key of ['dedup:1', 'rate:ttl', 'group:ttl']) {
      const ttl = await store.client.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(60);
    }
  });
});
