/**
 * The baseline for the webhook benchmark: a bare grammY echo bot behind exactly the server,
 * webhook handler, de-duplication store and per-chat queue that src/main.ts uses in webhook
 * mode (their build in dist/, as the bot runs them), configured from the same environment
 * variables. What it costs is the floor: grammY, HTTP in, one Bot API call out. Run as a child process by scripts/bench/webhook-bench.ts.
 */
import { serve } from '@hono/node-server';
import { Bot } from 'grammy';
import { built } from './built.js';

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  // The same built server code the bot runs (built.ts).
  const [{ createLogger }, { createMetrics }, { createServer }, { createKeyedQueue }, { createWebhookHandler }, { createMemoryStore }] = await Promise.all([
    built<typeof import('../../src/logger.js')>('logger.js'),
    built<typeof import('../../src/observability/metrics.js')>('observability/metrics.js'),
    built<typeof import('../../src/server/create-server.js')>('server/create-server.js'),
    built<typeof import('../../src/server/keyed-queue.js')>('server/keyed-queue.js'),
    built<typeof import('../../src/server/webhook.js')>('server/webhook.js'),
    built<typeof import('../../src/store/memory-store.js')>('store/memory-store.js'),
  ]);
  const logger = createLogger(process.env['LOG_LEVEL'] === 'silent' ? 'silent' : 'info');
  const bot = new Bot(required('BOT_TOKEN'), { client: { apiRoot: required('TELEGRAM_API_ROOT') } });
  bot.on('message', (ctx) => ctx.reply(ctx.message.text ?? 'ok'));
  await bot.init();
  const metrics = createMetrics();
  const store = createMemoryStore();
  const server = createServer({
    metrics,
    readiness: async () => ({ ready: true, checks: { store: 'memory' } }),
    webhook: {
      path: new URL(required('WEBHOOK_URL')).pathname,
      handler: createWebhookHandler({
        secret: required('WEBHOOK_SECRET'),
        handleUpdate: (update) => bot.handleUpdate(update),
        store,
        queue: createKeyedQueue(),
        logger,
        metrics,
      }),
    },
  });
  const http = serve({ fetch: server.fetch, port: Number(required('PORT')), hostname: '127.0.0.1' });
  if ('keepAliveTimeout' in http) http.keepAliveTimeout = 65_000; // as in src/main.ts
  process.once('SIGTERM', () => http.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`echo bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
