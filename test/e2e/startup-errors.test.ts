/** A deploy with a missing or broken setting fails at once with a clear message, not a stack trace. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess } from '../helpers/bot-process.js';
import { ensureBuilt } from '../helpers/build-dist.js';

beforeAll(() => {
  ensureBuilt();
});

describe('node dist/main.js with bad configuration', () => {
  it('missing BOT_TOKEN: exit code 1 and stderr names BOT_TOKEN and the tokenless `npm run chat`', async () => {
    const bot = startBotProcess({ PORT: '0', HOST: '127.0.0.1' });
    try {
      expect(await bot.exited).toBe(1);
      expect(bot.stderr()).toContain('BOT_TOKEN');
      expect(bot.stderr()).toContain('npm run chat');
      expect(bot.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      bot.kill();
    }
  });

  it('webhook mode without WEBHOOK_SECRET: exit code 1 naming WEBHOOK_SECRET', async () => {
    const bot = startBotProcess({
      BOT_TOKEN: `123456:${'B'.repeat(35)}`,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.org/telegram',
      PORT: '0',
    });
    try {
      expect(await bot.exited).toBe(1);
      expect(bot.stderr()).toContain('WEBHOOK_SECRET');
    } finally {
      bot.kill();
    }
  });
});
