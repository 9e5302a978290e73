/**
 * The real application for feature and production tests, with the knobs those tests need that
 * test-app.ts keeps fixed: a short ad-joining window, OCR on or off, admin ids, a tight rate
 * limit, a Redis URL with its own key prefix, another content folder, another Bot API root, or
 * a shared log capture (so one suite can assert on every log line it produced).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Update } from 'grammy/types';
import { createApp, type App } from '../../src/app.js';
import type { ContentService } from '../../src/content/content-service.js';
import type { Metrics } from '../../src/observability/metrics.js';
import type { RateLimitOptions } from '../../src/bot/features/rate-limit.js';
import { TEST_BOT_INFO, TEST_TOKEN } from './bot-fixtures.js';
import { createLogCapture, type LogCapture } from './log-capture.js';
import { activeTelegramApiRoot } from './telegram-api-mock.js';

export interface FeatureAppOptions {
  /** Default false: most feature tests do not read images. */
  ocr?: boolean;
  /** Default 50 ms, so joined ads are checked quickly. */
  joinQuietMs?: number;
  adminIds?: readonly number[];
  rateLimit?: RateLimitOptions;
  redisUrl?: string;
  keyPrefix?: string;
  contentDir?: string;
  content?: ContentService;
  /** Default: the file's Bot API stand-in (useTelegramApiMock). */
  apiRoot?: string;
  token?: string;
  metrics?: Metrics;
  /** Share one capture between several apps (a whole suite's logs). */
  log?: LogCapture;
  retry?: { maxRetryAttempts: number; maxDelaySeconds: number };
}

export interface FeatureApp {
  readonly app: App;
  readonly log: LogCapture;
  /** Handles the update and waits until any joined ad it started has been checked. */
  send(update: Update): Promise<void>;
  close(): Promise<void>;
}

export async function createFeatureApp(options: FeatureAppOptions = {}): Promise<FeatureApp> {
  const log = options.log ?? createLogCapture();
  const app = await createApp({
    token: options.token ?? TEST_TOKEN,
    logger: log.logger,
    contentDir: options.contentDir ?? resolve('content'),
    localesDir: resolve('locales'),
    redisUrl: options.redisUrl,
    ...(options.keyPrefix !== undefined ? { keyPrefix: options.keyPrefix } : {}),
    adminIds: options.adminIds ?? [],
    ...(options.content ? { content: options.content } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ocr: options.ocr ?? false,
    joinQuietMs: options.joinQuietMs ?? 50,
    bot: {
      botInfo: TEST_BOT_INFO,
      retry: options.retry ?? { maxRetryAttempts: 3, maxDelaySeconds: 5 },
      ...((options.apiRoot ?? activeTelegramApiRoot()) ? { apiRoot: options.apiRoot ?? activeTelegramApiRoot() } : {}),
    },
  });
  return {
    app,
    log,
    async send(update) {
      await app.bot.handleUpdate(update);
      await app.idle();
    },
    close: () => app.close(),
  };
}

/**
 * One feature app for a whole test file: created before its tests, closed after them. The
 * returned object stands for the app once it exists, so a file just writes
 * `const bot = useFeatureApp({...})` instead of repeating the set-up and tear-down.
 */
export function useFeatureApp(options: FeatureAppOptions = {}): FeatureApp {
  let app: FeatureApp | undefined;
  beforeAll(async () => {
    app = await createFeatureApp(options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return new Proxy({} as FeatureApp, {
    get(_target, key) {
      if (!app) throw new Error('the feature app is used before beforeAll created it');
      return Reflect.get(app, key);
    },
  });
}
