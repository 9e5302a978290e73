/**
 * Assembles the running application from configuration: store, translations, metrics, content
 * and the bot with all its features. main.ts (polling or webhook), the local chat, the
 * benchmarks and the black-box tests all start from here, so they run the same code.
 */
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { createBot, type CreateBotOptions } from './bot/create-bot.js';
import type { BotContext } from './bot/context.js';
import type { BotDeps } from './bot/deps.js';
import { createI18n } from './bot/i18n.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { createStore, type StoreHandle } from './store/create-store.js';
import { createContentService, type ContentService } from './content/content-service.js';
import { createMessageJoiner, type MessageJoiner } from './bot/message-joiner.js';
import { createOcrReader, type OcrReader } from './ocr/index.js';
import { rateLimitFeature, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './bot/features/rate-limit.js';
import { deleteDataFeature } from './bot/features/delete-data.js';
import { adminFeature } from './bot/features/admin.js';
import { reportFeature, openReportFlow } from './bot/features/report.js';
import { questionsFeature, showTopics } from './bot/features/questions.js';
import { checkFeature, promptForAd } from './bot/features/check.js';
import { messagesFeature } from './bot/features/messages.js';
import type { BotFeature } from './bot/create-bot.js';

export const TELEGRAM_API_ROOT = 'https://api.telegram.org';

export interface AppOptions {
  token: string;
  logger: Logger;
  contentDir: string;
  localesDir: string;
  redisUrl?: string | undefined;
  /** Prefix for every Redis key (tests use a unique one per run). */
  keyPrefix?: string;
  adminIds?: readonly number[];
  bot?: Omit<CreateBotOptions, 'token'>;
  metrics?: Metrics;
  /** Content already loaded (tests share one); otherwise loaded from contentDir. */
  content?: ContentService;
  /** Read image ads (default true). The local chat and most tests switch it off. */
  ocr?: boolean;
  /** How long to wait for more parts of an ad pasted as several messages (default 1.5 s). */
  joinQuietMs?: number;
  rateLimit?: RateLimitOptions;
  /** How long to wait for Redis before starting on the memory fallback (default 3 s). */
  redisConnectTimeoutMs?: number;
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly deps: BotDeps;
  readonly storeHandle: StoreHandle;
  readonly content: ContentService;
  /** Resolves when no joined ad is waiting to be checked. */
  idle(): Promise<void>;
  readiness(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  // Content first: a broken content folder must stop the start before anything connects.
  const content = options.content ?? (await createContentService(options.contentDir));
  const storeHandle = createStore(options.redisUrl, options.logger, options.keyPrefix);
  // Take no update before Redis is connected (bounded): a replica that just started must share
  // de-duplication and sessions with the others. If Redis does not answer, start on memory.
  if (storeHandle.kind === 'redis' && !(await storeHandle.waitUntilConnected(options.redisConnectTimeoutMs ?? 3_000))) {
    options.logger.warn({ event: 'redis_not_ready' }, 'Redis not connected yet; starting with the memory fallback');
  }
  const metrics = options.metrics ?? createMetrics();
  metrics.redisUp.set(1);
  storeHandle.onStatusChange((up) => metrics.redisUp.set(up ? 1 : 0));
  const joiner: MessageJoiner = createMessageJoiner({ quietMs: options.joinQuietMs ?? 1_500 });
  const ocr: OcrReader | undefined = options.ocr === false ? undefined : createOcrReader();
  const deps: BotDeps = {
    logger: options.logger,
    store: storeHandle.store,
    i18n: createI18n(options.localesDir),
    adminIds: new Set(options.adminIds ?? []),
    metrics,
    content,
    ocr,
    telegramApiRoot: options.bot?.apiRoot ?? TELEGRAM_API_ROOT,
    joiner,
    now: Date.now,
  };
  const features: BotFeature[] = [
    { composer: rateLimitFeature(options.rateLimit ?? DEFAULT_RATE_LIMIT), first: true },
    { composer: deleteDataFeature() },
    { composer: adminFeature() },
    { composer: checkFeature(), menu: [{ label: 'menu-check', data: 'menu:check' }], deepLinks: { cek: promptForAd, check: promptForAd } },
    { composer: reportFeature(), menu: [{ label: 'menu-report', data: 'menu:report' }], deepLinks: { lapor: openReportFlow, report: openReportFlow } },
    {
      composer: questionsFeature(),
      menu: [{ label: 'menu-ask', data: 'menu:ask' }, { label: 'menu-topics', data: 'menu:topics' }],
      deepLinks: { topik: showTopics, topics: showTopics },
    },
    { composer: messagesFeature() },
  ];
  const bot = createBot(deps, { token: options.token, ...options.bot }, features);

  return {
    bot,
    deps,
    storeHandle,
    content,
    idle: () => joiner.idle(),
    async readiness() {
      const storeReady = await storeHandle.ready();
      metrics.redisUp.set(storeReady ? 1 : 0);
      const checks: Record<string, string> = {
        content: `loaded ${content.current().loadedAt.toISOString()}`,
        store: storeHandle.kind === 'memory' ? 'memory' : storeReady ? 'redis-up' : 'redis-down',
      };
      return { ready: storeReady, checks };
    },
    async close() {
      await joiner.flush();
      await ocr?.close();
      await storeHandle.store.close();
    },
  };
}
