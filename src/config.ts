/**
 * Configuration from the environment, validated once at start. Each problem becomes one line
 * that names the variable and says what to set, so a wrong deploy fails fast and clearly.
 */
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Telegram tokens look like "123456789:AA…" (bot id, colon, 35 url-safe characters).
const BOT_TOKEN_PATTERN = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

const common = {
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8081' }).optional(),
  ADMIN_IDS: z
    .string()
    .default('')
    .refine((s) => s.trim() === '' || s.split(',').every((p) => /^\s*\d+\s*$/.test(p)), {
      message: 'must be comma-separated numeric Telegram user ids, e.g. 12345,67890',
    })
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map(Number),
    ),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CONTENT_DIR: z.string().min(1).default('./content'),
  LOCALES_DIR: z.string().min(1).default('./locales'),
  /** Serve Prometheus metrics on GET /metrics. */
  METRICS_ENABLED: z.stringbool().default(true),
};

const token = z
  .string({ error: 'is required: create a bot with @BotFather and set BOT_TOKEN (or run `npm run chat`, which needs no token)' })
  .regex(BOT_TOKEN_PATTERN, 'does not look like a Telegram bot token (expected 123456789:AA…) — copy it again from @BotFather');

const polling = z.object({
  ...common,
  BOT_TOKEN: token,
  BOT_MODE: z.literal('polling').default('polling'),
});

const webhook = z.object({
  ...common,
  BOT_TOKEN: token,
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({
    protocol: /^https$/,
    error: 'is required in webhook mode and must be the public https URL Telegram posts to, e.g. https://bot.example.org/telegram (Telegram only delivers over https)',
  }),
  WEBHOOK_SECRET: z
    .string({ error: 'is required in webhook mode: a random string of 16–256 characters (A–Z, a–z, 0–9, _ and -)' })
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A–Z, a–z, 0–9, _ and - (Telegram’s rule)'),
});

const schema = z.discriminatedUnion('BOT_MODE', [polling, webhook], {
  error: () => 'must be "polling" or "webhook"',
});

export type Config = z.infer<typeof schema>;
export type WebhookConfig = z.infer<typeof webhook>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parse the environment; throws ConfigError with one line per problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const input = { ...env, BOT_MODE: env['BOT_MODE'] || 'polling' };
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || 'BOT_MODE';
    return `${name} ${issue.message}`;
  });
  throw new ConfigError([...new Set(problems)]);
}

/** The path the webhook listens on: the path part of WEBHOOK_URL ("/telegram"). */
export function webhookPath(config: WebhookConfig): string {
  const path = new URL(config.WEBHOOK_URL).pathname;
  return path === '' ? '/' : path;
}
