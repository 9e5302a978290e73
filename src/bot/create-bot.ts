/**
 * Builds the bot: one grammY Composer per feature, wrapped in an error boundary so a failing
 * handler is logged (without message text) and the user gets a short apology instead of silence.
 * No side effects: nothing is fetched until an update arrives.
 */
import { Bot, type BotConfig } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { sequentialize } from '@grammyjs/runner';
import { telegramClientFetch } from './telegram-fetch.js';
import { mayRideOnWebhookAnswer } from './call-bot-api.js';
import { boundedRetry, type RetryBounds } from './bounded-retry.js';
import { session, type BotError, type Composer } from 'grammy';
import type { BotContext, SessionData } from './context.js';
import type { BotDeps } from './deps.js';
import type { MenuEntry } from './keyboards.js';
import { createSessionStorage } from './session-storage.js';
import { startFeature, type DeepLinks } from './features/start.js';
import { languageFeature } from './features/language.js';
import { privacyFeature } from './features/privacy.js';
import { unsupportedFeature } from './features/unsupported.js';
import { updateType } from './update-type.js';

export interface CreateBotOptions {
  token: string;
  /** Skip getMe (tests, local chat) by giving the bot's identity. */
  botInfo?: UserFromGetMe;
  /** A local Bot API server or a test double. */
  apiRoot?: string;
  /** Extra grammY client options (the local chat installs its own transport here). */
  client?: NonNullable<BotConfig<BotContext>['client']>;
  /** Retry bounds for outbound calls; small on the request path so webhooks stay fast. */
  retry?: RetryBounds;
  /** Handle updates of one chat strictly in order (needed with the concurrent polling runner). */
  sequential?: boolean;
}

/** A feature: its middleware, its main-menu entries and the deep links it opens. */
export interface BotFeature {
  readonly composer: Composer<BotContext>;
  /** Runs before every other feature, core commands included (the rate limit). */
  readonly first?: boolean;
  readonly menu?: readonly MenuEntry[];
  readonly deepLinks?: DeepLinks;
}

// An update that takes this long is logged at info (it usually means Telegram or Redis is slow).
const SLOW_UPDATE_SECONDS = 1;

export function sessionKeyOf(ctx: { from?: { id: number } | undefined; chat?: { id: number } | undefined }): string | undefined {
  // Per user, so a language choice follows the person into groups.
  return ctx.from?.id !== undefined ? String(ctx.from.id) : ctx.chat?.id !== undefined ? `chat${ctx.chat.id}` : undefined;
}

export function createBot(deps: BotDeps, options: CreateBotOptions, features: readonly BotFeature[] = []): Bot<BotContext> {
  const client = {
    fetch: telegramClientFetch,
    canUseWebhookReply: mayRideOnWebhookAnswer,
    ...options.client,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
  };
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client,
  });

  const retry = options.retry ?? { maxRetryAttempts: 3, maxDelaySeconds: 5 };
  bot.api.config.use(boundedRetry(retry));
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      deps.metrics.apiCalls.inc({ method, result: result.ok ? 'ok' : `error_${result.error_code}` });
      return result;
    } catch (error) {
      deps.metrics.apiCalls.inc({ method, result: 'network_error' });
      throw error;
    }
  });

  const menu = features.flatMap((f) => f.menu ?? []);
  const deepLinks = Object.assign({}, ...features.map((f) => f.deepLinks ?? {})) as DeepLinks;

  if (options.sequential) {
    bot.use(sequentialize((ctx) => [ctx.chat?.id, ctx.from?.id].filter((id) => id !== undefined).map(String)));
  }
  bot.use(async (ctx, next) => {
    Object.assign(ctx, { deps, menu });
    const type = updateType(ctx.update);
    const started = performance.now();
    deps.metrics.updates.inc({ type });
    let outcome = 'ok';
    try {
      await next();
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      deps.metrics.handlerSeconds.observe({ type, outcome }, seconds);
      // One line per update only at debug: the metrics above count every update already, and at
      // info a busy bot would spend more on its log than on many answers. Slow ones stay visible.
      const level = seconds >= SLOW_UPDATE_SECONDS ? 'info' : 'debug';
      deps.logger[level]({ update_id: ctx.update.update_id, type, ms: Math.round(seconds * 1000), outcome }, 'update');
    }
  });
  // Updates with neither a user nor a chat (polls, poll answers…) carry nothing to answer and no
  // session key: acknowledge them here instead of letting session and i18n trip over them.
  bot.use(async (ctx, next) => {
    if (ctx.from === undefined && ctx.chat === undefined) {
      deps.logger.debug({ update_id: ctx.update.update_id, event: 'ignored_update' }, 'update without user or chat ignored');
      return;
    }
    await next();
  });
  bot.use(
    session<SessionData, BotContext>({
      initial: () => ({}),
      storage: createSessionStorage(deps.store),
      getSessionKey: sessionKeyOf,
    }),
  );
  bot.use(deps.i18n);
  bot.use(async (ctx, next) => {
    ctx.lang = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'id';
    await next();
  });

  const all = [
    ...features.filter((f) => f.first).map((f) => f.composer),
    startFeature(deepLinks),
    languageFeature(),
    privacyFeature(),
    ...features.filter((f) => !f.first).map((f) => f.composer),
    unsupportedFeature(),
  ];
  bot.errorBoundary(apologise, ...all);
  bot.catch(apologise);
  return bot;
}

async function apologise(error: BotError<BotContext>): Promise<void> {
  const ctx = error.ctx;
  ctx.deps.logger.error(
    { update_id: ctx.update.update_id, type: updateType(ctx.update), err: error.error },
    'handler failed',
  );
  if (ctx.chat?.type !== 'private' && !ctx.callbackQuery) return;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat) await ctx.reply(ctx.t('error-apology'));
  } catch (replyError) {
    ctx.deps.logger.error({ update_id: ctx.update.update_id, err: replyError }, 'apology could not be sent');
  }
}
