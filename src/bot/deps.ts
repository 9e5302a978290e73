/**
 * Everything the bot's features need, passed in by whoever builds the bot (main, the local
 * chat, tests). Building the bot has no side effects: no network, no timers, no files read.
 */
import type { I18n } from '@grammyjs/i18n';
import type { Logger } from 'pino';
import type { ContentService } from '../content/content-service.js';
import type { Metrics } from '../observability/metrics.js';
import type { OcrReader } from '../ocr/index.js';
import type { Store } from '../store/store.js';
import type { BotContext } from './context.js';
import type { MessageJoiner } from './message-joiner.js';

export interface BotDeps {
  readonly logger: Logger;
  readonly store: Store;
  readonly i18n: I18n<BotContext>;
  /** Telegram user ids allowed to use the admin commands. */
  readonly adminIds: ReadonlySet<number>;
  readonly metrics: Metrics;
  /** Articles, signals and channels; reloadable without restart. */
  readonly content: ContentService;
  /** Reads image ads; absent where OCR is switched off (photos then get a clear message). */
  readonly ocr?: OcrReader | undefined;
  /** Where Telegram files are downloaded from (TELEGRAM_API_ROOT or Telegram's). */
  readonly telegramApiRoot: string;
  /** Joins an ad pasted as several messages before it is checked. */
  readonly joiner: MessageJoiner;
  readonly now: () => number;
}
