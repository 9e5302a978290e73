/**
 * The real application (createApp: store, i18n, metrics, every feature) wired for tests: a
 * botInfo fixture instead of getMe, a captured logger, retries bounded, the real content and
 * locales directories.
 */
import { resolve } from 'node:path';
import { createApp, type App } from '../../src/app.js';
import type { Update } from 'grammy/types';
import { TEST_BOT_INFO, TEST_TOKEN } from './bot-fixtures.js';
import { createLogCapture, type LogCapture } from './log-capture.js';
import { activeTelegramApiRoot } from './telegram-api-mock.js';

export interface TestApp {
  readonly app: App;
  readonly log: LogCapture;
  send(update: Update): Promise<void>;
  close(): Promise<void>;
}

export async function createTestApp(options: { retry?: { maxRetryAttempts: number; maxDelaySeconds: number } } = {}): Promise<TestApp> {
  const log = createLogCapture();
  const app = await createApp({
    token: TEST_TOKEN,
    logger: log.logger,
    contentDir: resolve('content'),
    // Absolute on purpose: see test/bot/i18n-loading.test.ts for the relative default.
    localesDir: resolve('locales'),
    redisUrl: undefined,
    bot: {
      botInfo: TEST_BOT_INFO,
      retry: options.retry ?? { maxRetryAttempts: 3, maxDelaySeconds: 5 },
      // The file's Bot API stand-in (useTelegramApiMock), if it installed one.
      ...(activeTelegramApiRoot() ? { apiRoot: activeTelegramApiRoot() } : {}),
    },
  });
  return {
    app,
    log,
    send: (update) => app.bot.handleUpdate(update),
    close: () => app.close(),
  };
}
