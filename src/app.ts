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
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly deps: BotDeps;
  readonly storeHandle: StoreHandle;
  readiness(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const storeHandle = createStore(options.redisUrl, options.logger, options.keyPrefix);
  const metrics = options.metrics ?? createMetrics();
  const deps: BotDeps = {
    logger: options.logger,
    store: storeHandle.store,
    i18n: createI18n(options.localesDir),
    adminIds: new Set(options.adminIds ?? []),
    metrics,
    now: Date.now,
  };
  const bot = createBot(deps, { token: options.token, ...options.bot }, []);

  return {
    bot,
    deps,
    storeHandle,
    async readiness() {
      const storeReady = await storeHandle.ready();
      metrics.redisUp.set(storeReady ? 1 : 0);
      const checks: Record<string, string> = {
        content: 'loaded',
        store: storeHandle.kind === 'memory' ? 'memory' : storeReady ? 'redis-up' : 'redis-down',
      };
      return { ready: storeReady, checks };
    },
    async close() {
      await storeHandle.store.close();
    },
  };
}
