/**
 * A flood from one user is answered once, politely (with the emergency hotline), and then
 * skipped for the rest of the window; with Redis the count is shared by every replica.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { callbackUpdate, textUpdate } from '../helpers/bot-fixtures.js';
import { createFeatureApp, type FeatureApp } from '../helpers/feature-app.js';
import { deletePrefix, REDIS_REQUIRED, REDIS_URL, redisReachable, uniquePrefix } from '../helpers/redis.js';
import { useTelegramApiMock } from '../helpers/telegram-api-mock.js';
import { waitFor } from '../helpers/wait-for.js';

const telegram = useTelegramApiMock();
const apps: FeatureApp[] = [];
const prefix = uniquePrefix();
afterAll(async () => {
  for (const app of apps) await app.close();
  if (await redisReachable()) await deletePrefix(prefix);
});

const LIMIT = { limit: 3, windowSeconds: 60 };
const QUESTION = 'gmn cara cek PT penyalur resmi?';

describe('rate limit', () => {
  it('with a limit of 3 per minute, the 4th message gets ONE polite reply and the 5th and later get nothing', async () => {
    const bot = await createFeatureApp({ rateLimit: LIMIT });
    apps.push(bot);
    const who = { id: 3701, languageCode: 'id' };
    for (let i = 0; i < 3; i += 1) await bot.send(textUpdate(QUESTION, who));
    expect(telegram.sent().length).toBeGreaterThanOrEqual(3);

    telegram.reset();
    await bot.send(textUpdate(QUESTION, who));
    const polite = bot.app.deps.i18n.t('id', 'rate-limited', { seconds: 60 });
    expect(telegram.sent().map((m) => m.visible)).toEqual([polite]);
    expect(polite).toContain('+62 812-9007-0027');

    telegram.reset();
    for (let i = 0; i < 4; i += 1) await bot.send(textUpdate(QUESTION, who));
    await bot.send(textUpdate('/topik', who));
    expect(telegram.sent()).toEqual([]);
    // Another user is not affected.
    await bot.send(textUpdate('/help', { id: 3702, languageCode: 'id' }));
    expect(telegram.sent()).toHaveLength(1);
  });

  it('buttons pressed during the flood still stop the spinner', async () => {
    const bot = await createFeatureApp({ rateLimit: { limit: 1, windowSeconds: 60 } });
    apps.push(bot);
    const who = { id: 3703, languageCode: 'id' };
    await bot.send(textUpdate('/topik', who));
    await bot.send(callbackUpdate('menu:topics', who));
    await bot.send(callbackUpdate('menu:topics', who));
    expect(telegram.callsTo('answerCallbackQuery')).toHaveLength(2);
    expect(telegram.callsTo('answerCallbackQuery')[0]?.payload['text']).toBe(bot.app.deps.i18n.t('id', 'rate-limited-short'));
  });

  it('on Redis, two replicas count together: 2 messages on A and 2 on B make the 4th rate-limited', async (ctx) => {
    if (!(await redisReachable())) {
      if (REDIS_REQUIRED) throw new Error(`Redis at ${REDIS_URL} is required under CI=true but unreachable`);
      console.warn(`⚠ skipped: Redis at ${REDIS_URL} is not reachable`);
      ctx.skip();
      return;
    }
    const a = await createFeatureApp({ rateLimit: LIMIT, redisUrl: REDIS_URL, keyPrefix: prefix });
    const b = await createFeatureApp({ rateLimit: LIMIT, redisUrl: REDIS_URL, keyPrefix: prefix });
    apps.push(a, b);
    // As in production, replicas take traffic once ready (connected to Redis).
    for (const bot of [a, b]) {
      await waitFor(async () => (await bot.app.readiness()).ready && (bot.app.storeHandle.store as { redisUp?: () => boolean }).redisUp?.() === true, 'Redis ready');
    }
    const who = { id: 3704, languageCode: 'id' };
    await a.send(textUpdate('/topik', who));
    await a.send(textUpdate('/topik', who));
    await b.send(textUpdate('/topik', who));
    expect(telegram.sent()).toHaveLength(3);
    telegram.reset();
    await b.send(textUpdate('/topik', who));
    expect(telegram.sent().map((m) => m.visible)).toEqual([a.app.deps.i18n.t('id', 'rate-limited', { seconds: 60 })]);
    telegram.reset();
    await a.send(textUpdate('/topik', who));
    expect(telegram.sent()).toEqual([]);
  });

  // BUG (src/bot/create-bot.ts, `const all = [startFeature(...), languageFeature(), privacyFeature(), ...features]`):
  // the rate limit is one of `features`, installed AFTER /start, /help, /bahasa, /privasi and the
  // menu:main / lang:* buttons, so a flood of those is never limited (nor counted).
  it('a flood of /start or /help is limited like any other message', async () => {
    const bot = await createFeatureApp({ rateLimit: LIMIT });
    apps.push(bot);
    const who = { id: 3705, languageCode: 'id' };
    for (let i = 0; i < 6; i += 1) await bot.send(textUpdate(i % 2 === 0 ? '/start' : '/help', who));
    expect(telegram.sent()).toHaveLength(4);
    expect(telegram.sent().at(-1)?.visible).toBe(bot.app.deps.i18n.t('id', 'rate-limited', { seconds: 60 }));
  });
});
