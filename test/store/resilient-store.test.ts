/**
 * Redis goes away: the bot keeps answering from per-process memory, readiness says Redis is
 * down, and the outage is logged once (not once per reconnect attempt).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis-store.js';
import { createResilientStore, type ResilientStore } from '../../src/store/resilient-store.js';
import { createStore } from '../../src/store/create-store.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { sleep } from '../helpers/wait-for.js';

// Nothing listens on port 1.
const DEAD_REDIS = 'redis://127.0.0.1:1';

let store: ResilientStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('resilient store with Redis unreachable', () => {
  it('every operation still works from memory', async () => {
    const log = createLogCapture();
    store = createResilientStore(createRedisStore({ url: DEAD_REDIS }), log.logger);
    await store.set('session:1', '{"lang":"en"}', 60);
    expect(await store.get('session:1')).toBe('{"lang":"en"}');
    expect(await store.setIfAbsent('update:1', 'processing', 60)).toBe(true);
    expect(await store.setIfAbsent('update:1', 'processing', 60)).toBe(false);
    expect(await store.increment('rate:1', 1, 60)).toBe(1);
    expect(await store.increment('rate:1', 1, 60)).toBe(2);
    expect(await store.incrementField('feedback:a', 'up')).toBe(1);
    expect(await store.getFields('feedback:a')).toEqual({ up: 1 });
    await store.delete('session:1');
    expect(await store.get('session:1')).toBeUndefined();
  });

  it('reports Redis as down: redisUp() is false and ping() is false', async () => {
    const log = createLogCapture();
    store = createResilientStore(createRedisStore({ url: DEAD_REDIS }), log.logger);
    await store.get('anything');
    expect(store.redisUp()).toBe(false);
    expect(await store.ping()).toBe(false);
  });

  it('logs the outage as exactly one error line, even across several reconnect attempts', async () => {
    const log = createLogCapture();
    store = createResilientStore(createRedisStore({ url: DEAD_REDIS }), log.logger);
    await store.set('a', '1');
    // ioredis retries every 200–400 ms here; let a few attempts fail.
    await sleep(1_200);
    await store.get('a');
    const errors = log.records().filter((r) => r['level'] === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.['event']).toBe('redis_down');
  });

  it('readiness through createStore says not ready while Redis is unreachable', async () => {
    const log = createLogCapture();
    const handle = createStore(DEAD_REDIS, log.logger, 'kawan-test-dead:');
    try {
      expect(handle.kind).toBe('redis');
      expect(await handle.ready()).toBe(false);
      await handle.store.set('k', 'v');
      expect(await handle.store.get('k')).toBe('v');
    } finally {
      await handle.store.close();
    }
  });
});
