/**
 * Production entry point: `node dist/main.js`. Validates configuration, then runs the bot by
 * long polling (default) or behind the webhook server, and shuts down gracefully on SIGTERM /
 * SIGINT: stop taking updates, finish the ones in flight, close the server and Redis.
 */
// First: it changes when V8 optimises the code that runs after it.
import './v8-tiering.js';
import { serve, type ServerType } from '@hono/node-server';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { createApp } from './app.js';
import { callBotApi } from './bot/call-bot-api.js';
import { ConfigError, loadConfig, webhookPath, type Config } from './config.js';
import { createLogger } from './logger.js';
import { formatIssue } from './content/content-issue.js';
import { createServer } from './server/create-server.js';
import { createKeyedQueue } from './server/keyed-queue.js';
import { createWebhookHandler } from './server/webhook.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.problems) process.stderr.write(`Configuration error: ${line}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({
    token: config.BOT_TOKEN,
    logger,
    contentDir: config.CONTENT_DIR,
    localesDir: config.LOCALES_DIR,
    redisUrl: config.REDIS_URL,
    adminIds: config.ADMIN_IDS,
    // Webhook requests must finish quickly: few retries, short waits. Polling can wait longer.
    bot: {
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
      // The polling runner handles chats concurrently; keep each chat's updates in order.
      sequential: config.BOT_MODE === 'polling',
      retry: config.BOT_MODE === 'webhook' ? { maxRetryAttempts: 2, maxDelaySeconds: 3 } : { maxRetryAttempts: 5, maxDelaySeconds: 30 },
    },
  });
  await app.bot.init();

  const queue = createKeyedQueue();
  const server = createServer({
    ...(config.METRICS_ENABLED ? { metrics: app.deps.metrics } : {}),
    readiness: () => app.readiness(),
    ...(config.BOT_MODE === 'webhook'
      ? {
          webhook: {
            path: webhookPath(config),
            handler: createWebhookHandler({
              secret: config.WEBHOOK_SECRET,
              handleUpdate: (update, reply) => app.bot.handleUpdate(update, reply),
              callLate: (payload) => callBotApi(app.bot, payload),
              store: app.deps.store,
              queue,
              logger,
              metrics: app.deps.metrics,
            }),
          },
        }
      : {}),
  });
  const http: ServerType = serve({ fetch: server.fetch, port: config.PORT, hostname: config.HOST });
  if ('requestTimeout' in http) {
    http.requestTimeout = 15_000;
    http.headersTimeout = 10_000;
    http.keepAliveTimeout = 65_000; // longer than typical load-balancer idle timeouts
  }
  logger.info({ event: 'listening', port: config.PORT, mode: config.BOT_MODE }, 'HTTP server listening');

  let runner: RunnerHandle | undefined;
  if (config.BOT_MODE === 'polling') {
    runner = run(app.bot, { runner: { fetch: { allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'] } } });
    logger.info({ event: 'polling' }, 'long polling started');
  }

  // Editors publish by changing files; SIGHUP reloads them, keeping the last good version on error.
  process.on('SIGHUP', () => {
    void app.content.reload().then((result) => {
      if (result.ok) logger.info({ event: 'content_reloaded' }, 'content reloaded');
      else logger.error({ event: 'content_reload_failed', problems: result.issues.map(formatIssue) }, 'content reload failed; keeping the last good version');
    });
  });

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: 'shutdown', signal }, 'stopping: no new updates, finishing those in flight');
    const closed = new Promise<void>((resolve) => http.close(() => resolve()));
    if (runner?.isRunning()) await runner.stop();
    await queue.idle();
    await closed;
    await app.close();
    logger.info({ event: 'stopped' }, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Kawan Migran could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
