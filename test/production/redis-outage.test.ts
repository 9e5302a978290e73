/**
 * Redis going away mid-run and coming back, on a throwaway redis-server owned by this file (the
 * shared Redis is never stopped): the bot keeps replying from memory, /readyz says not ready
 * (redis-down), the outage is logged once, and after ioredis reconnects /readyz is 200 again and
 * kawan_redis_up is back to 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textUpdate } from '../helpers/bot-fixtures.js';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { createLogCapture } from '../helpers/log-capture.js';
import { REDIS_REQUIRED } from '../helpers/redis.js';
import { createRedisServerProcess, redisServerInstalled, type RedisServerProcess } from '../helpers/redis-server-process.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { waitFor } from '../helpers/wait-for.js';
import type { WebhookFixture } from '../helpers/webhook-fixture.js';
import { expectCleanLogs, PRODUCTION_TOKEN, replicaOf } from './production-kit.js';

const telegram = useTelegramApiMock(PRODUCTION_TOKEN);
const log = createLogCapture();
const installed = redisServerInstalled();
if (!installed) {
  if (REDIS_REQUIRED) throw new Error('redis-server must be installed when CI=true (the outage test starts its own)');
  console.warn('⚠ redis-server is not installed: the Redis outage test is skipped');
}
let redis: RedisServerProcess | undefined;
let bot: FeatureApp | undefined;
let hook: WebhookFixture;

beforeAll(async () => {
  if (!installed) return;
  redis = await createRedisServerProcess();
  await redis.start();
  bot = await createFeatureApp({ token: PRODUCTION_TOKEN, redisUrl: redis.url, keyPrefix: 'kawan-outage:', log });
  hook = replicaOf(bot);
  await waitFor(async () => (await bot?.app.readiness())?.ready, 'Redis connected');
});
afterAll(async () => {
  await bot?.close();
  await redis?.stop();
  if (installed) expectCleanLogs(log, ['Rahasiaku']);
});

const OUTAGE_LINE = /Redis is unreachable/;

describe.skipIf(!installed)('Redis stopped mid-run and started again', () => {
  it('keeps replying, reports not ready while down, logs the outage once, and recovers', { timeout: 45_000 }, async () => {
    const live = bot;
    const server = redis;
    if (!live || !server) throw new Error('set-up failed');
    const who = { id: 4101, languageCode: 'id' };

    expect((await hook.post(textUpdate('/help Rahasiaku', who))).status).toBe(200);
    await hook.queue.idle();
    expect(telegram.sent()).toHaveLength(1);
    expect((await hook.server.request('/readyz')).status).toBe(200);

    await server.stop();
    telegram.reset();
    for (let i = 0; i < 3; i += 1) {
      expect((await hook.post(textUpdate('gmn cara ngecek PT penyalur itu resmi? Rahasiaku', who))).status).toBe(200);
      await hook.queue.idle();
    }
    expect(telegram.sent().filter((m) => m.visible.includes('P3MI')).length).toBe(3);

    const notReady = await hook.server.request('/readyz');
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, store: 'redis-down' });
    expect(await (await hook.server.request('/metrics')).text()).toMatch(/^kawan_redis_up 0$/m);
    const outageLines = log.records().filter((r) => OUTAGE_LINE.test(String(r['msg'])));
    expect(outageLines).toHaveLength(1);
    expect(outageLines[0]?.['level']).toBe(50);

    await server.start();
    await waitFor(async () => (await hook.server.request('/readyz')).status === 200, '/readyz 200 after Redis returns', 20_000, 100);
    // Traffic after the return uses Redis again, and the gauge says so.
    await hook.post(textUpdate('/help', who));
    await hook.queue.idle();
    expect(await (await hook.server.request('/metrics')).text()).toMatch(/^kawan_redis_up 1$/m);
    expect(log.records().filter((r) => OUTAGE_LINE.test(String(r['msg'])))).toHaveLength(1);
  });
});
