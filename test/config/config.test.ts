/**
 * A wrong deploy fails fast with one clear line per problem that names the variable and says
 * what to set; a right one yields typed values.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, webhookPath, type Config } from '../../src/config.js';
import { TEST_TOKEN } from '../helpers/bot-fixtures.js';

const SECRET = 'Abcdefghij_0123456789-xyz';

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function webhookConfig(env: Record<string, string>): Extract<Config, { BOT_MODE: 'webhook' }> {
  const config = loadConfig({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: SECRET, ...env });
  if (config.BOT_MODE !== 'webhook') throw new Error('expected webhook mode');
  return config;
}

describe('BOT_TOKEN', () => {
  it('missing: exactly one line, naming BOT_TOKEN and pointing to `npm run chat` (which needs no token)', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^BOT_TOKEN /);
    expect(problems[0]).toContain('npm run chat');
    expect(problems[0]).toContain('@BotFather');
    expect(problems[0]).not.toContain('\n');
  });

  it.each(['abc', '123456789', '123456789:short', 'bot123456789:AAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', ' 123456789:AAtest-token-for-the-kawan-migran-suite_'])(
    'malformed (%j): named and explained, without echoing the token',
    (token) => {
      const problems = problemsOf({ BOT_TOKEN: token });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^BOT_TOKEN does not look like a Telegram bot token/);
      if (token.length > 12) expect(problems[0]).not.toContain(token.trim());
    },
  );

  it('an empty BOT_TOKEN (a blank line in .env) is reported, not accepted', () => {
    expect(problemsOf({ BOT_TOKEN: '' })[0]).toMatch(/^BOT_TOKEN /);
  });

  it('a well-formed token is accepted; defaults are polling on 0.0.0.0:8080 with info logs', () => {
    const config = loadConfig({ BOT_TOKEN: TEST_TOKEN });
    expect(config).toMatchObject({
      BOT_TOKEN: TEST_TOKEN,
      BOT_MODE: 'polling',
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      ADMIN_IDS: [],
      METRICS_ENABLED: true,
      CONTENT_DIR: './content',
      LOCALES_DIR: './locales',
    });
    expect(config.REDIS_URL).toBeUndefined();
  });
});

describe('webhook mode', () => {
  it('without WEBHOOK_SECRET: an error naming WEBHOOK_SECRET', () => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/telegram' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^WEBHOOK_SECRET .*required in webhook mode/);
  });

  it('a secret Telegram would refuse (too short, or with characters outside A–Z a–z 0–9 _ -) is named', () => {
    expect(problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/telegram', WEBHOOK_SECRET: 'short' })[0]).toMatch(
      /^WEBHOOK_SECRET /,
    );
    expect(
      problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.org/telegram', WEBHOOK_SECRET: 'has spaces in it, 1234567890' })[0],
    ).toMatch(/^WEBHOOK_SECRET /);
  });

  it('without WEBHOOK_URL: an error naming WEBHOOK_URL', () => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: SECRET });
    expect(problems.some((p) => /^WEBHOOK_URL .*required in webhook mode/.test(p))).toBe(true);
  });

  it('several problems at once are all listed, one line each', () => {
    const problems = problemsOf({ BOT_MODE: 'webhook', PORT: 'eighty' });
    const named = problems.map((p) => p.split(' ')[0]);
    expect(named).toEqual(expect.arrayContaining(['BOT_TOKEN', 'WEBHOOK_URL', 'WEBHOOK_SECRET', 'PORT']));
    for (const p of problems) expect(p).not.toContain('\n');
  });

  it('the webhook listens on the path of WEBHOOK_URL', () => {
    expect(webhookPath(webhookConfig({ WEBHOOK_URL: 'https://bot.example.org/telegram' }))).toBe('/telegram');
    expect(webhookPath(webhookConfig({ WEBHOOK_URL: 'https://bot.example.org/hooks/kawan?x=1' }))).toBe('/hooks/kawan');
    expect(webhookPath(webhookConfig({ WEBHOOK_URL: 'https://bot.example.org' }))).toBe('/');
  });

  it('an http:// WEBHOOK_URL is refused at start (Telegram only delivers webhooks over HTTPS)', () => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: SECRET, WEBHOOK_URL: 'http://bot.example.org/telegram' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^WEBHOOK_URL /);
  });

  it('a mistyped BOT_MODE is named', () => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhok' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^BOT_MODE must be "polling" or "webhook"/);
  });

  it('an empty BOT_MODE means polling', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, BOT_MODE: '' }).BOT_MODE).toBe('polling');
  });
});

describe('other settings', () => {
  it('ADMIN_IDS: comma-separated ids, spaces allowed, become numbers', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, ADMIN_IDS: '12345, 67890 ,42' }).ADMIN_IDS).toEqual([12345, 67890, 42]);
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, ADMIN_IDS: '' }).ADMIN_IDS).toEqual([]);
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, ADMIN_IDS: '777' }).ADMIN_IDS).toEqual([777]);
  });

  it.each(['@siti', '12345;67890', '12,abc', '-5'])('ADMIN_IDS=%j is refused with an example of the right format', (value) => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, ADMIN_IDS: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ADMIN_IDS must be comma-separated numeric Telegram user ids, e\.g\. /);
  });

  it.each(['http', '0', '70000', '80.5', '-1'])('PORT=%j is refused, naming PORT', (port) => {
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, PORT: port });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT /);
  });

  it('PORT from the platform is a number', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, PORT: '3000' }).PORT).toBe(3000);
  });

  it('METRICS_ENABLED="false" really turns metrics off (not coerced to true)', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, METRICS_ENABLED: 'false' }).METRICS_ENABLED).toBe(false);
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, METRICS_ENABLED: '0' }).METRICS_ENABLED).toBe(false);
    expect(problemsOf({ BOT_TOKEN: TEST_TOKEN, METRICS_ENABLED: 'maybe' })[0]).toMatch(/^METRICS_ENABLED /);
  });

  it('REDIS_URL: empty means no Redis; a non-redis URL is refused', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, REDIS_URL: '' }).REDIS_URL).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, REDIS_URL: 'rediss://user:pw@redis.internal:6380/0' }).REDIS_URL).toBe(
      'rediss://user:pw@redis.internal:6380/0',
    );
    const problems = problemsOf({ BOT_TOKEN: TEST_TOKEN, REDIS_URL: 'http://redis:6379' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^REDIS_URL must start with redis:\/\/ or rediss:\/\//);
  });

  it('LOG_LEVEL outside pino’s levels is refused', () => {
    expect(problemsOf({ BOT_TOKEN: TEST_TOKEN, LOG_LEVEL: 'verbose' })[0]).toMatch(/^LOG_LEVEL /);
  });

  it('TELEGRAM_API_ROOT must be an http(s) URL ("localhost:8081" parses as a URL with scheme "localhost:")', () => {
    expect(loadConfig({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' }).TELEGRAM_API_ROOT).toBe('http://127.0.0.1:8081');
    expect(problemsOf({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: 'not a url' })[0]).toMatch(/^TELEGRAM_API_ROOT /);
    expect(problemsOf({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: 'localhost:8081' })[0]).toMatch(/^TELEGRAM_API_ROOT /);
  });

  it('unrelated environment variables are ignored', () => {
    expect(() => loadConfig({ BOT_TOKEN: TEST_TOKEN, PATH: '/usr/bin', HOME: '/root', npm_config_cache: '/tmp' })).not.toThrow();
  });
});
