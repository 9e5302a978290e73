/**
 * Everything the bot's features need, passed in by whoever builds the bot (main, the local
 * chat, tests). Building the bot has no side effects: no network, no timers, no files read.
 */
import type { I18n } from '@grammyjs/i18n';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import type { Store } from '../store/store.js';
import type { BotContext } from './context.js';

export interface BotDeps {
  readonly logger: Logger;
  readonly store: Store;
  readonly i18n: I18n<BotContext>;
  /** Telegram user ids allowed to use the admin commands. */
  readonly adminIds: ReadonlySet<number>;
  readonly metrics: Metrics;
  readonly now: () => number;
}
