/**
 * `kawan telegram-setup` (npm run telegram:setup): once per deploy, tell Telegram where to send
 * updates (webhook URL, secret, allowed updates, max connections) and publish the command lists
 * and descriptions per language. Replicas never do this on boot, so scaling out cannot race.
 */
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { createI18n } from '../../bot/i18n.js';
import { ConfigError, loadConfig } from '../../config.js';
import type { CliCommand } from '../cli-io.js';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

const COMMANDS = [
  ['start', 'start'],
  ['cek', 'cek'],
  ['lapor', 'lapor'],
  ['topik', 'topik'],
  ['bahasa', 'bahasa'],
  ['privasi', 'privasi'],
  ['hapus', 'hapus'],
  ['help', 'help'],
] as const;
const ENGLISH_NAMES: Record<string, string> = { cek: 'check', lapor: 'report', topik: 'topics', bahasa: 'language', privasi: 'privacy', hapus: 'delete' };

export const telegramSetupCommand: CliCommand = async (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: { 'max-connections': { type: 'string', default: '40' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    io.out('kawan telegram-setup [--max-connections N] [--dry-run]\nUses BOT_TOKEN, BOT_MODE, WEBHOOK_URL, WEBHOOK_SECRET, TELEGRAM_API_ROOT from the environment.\n');
    return 0;
  }
  let config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.problems) io.err(`Configuration error: ${line}\n`);
      return 1;
    }
    throw error;
  }
  const i18n = createI18n(config.LOCALES_DIR);
  const api = new Api(config.BOT_TOKEN, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : undefined);
  const steps: Array<[string, () => Promise<unknown>]> = [];

  if (config.BOT_MODE === 'webhook') {
    steps.push([
      `setWebhook ${new URL(config.WEBHOOK_URL).origin}/…`,
      () =>
        api.setWebhook(config.WEBHOOK_URL, {
          secret_token: config.WEBHOOK_SECRET,
          allowed_updates: [...ALLOWED_UPDATES],
          max_connections: Number(values['max-connections']),
        }),
    ]);
  } else {
    steps.push(['deleteWebhook (polling mode)', () => api.deleteWebhook()]);
  }
  for (const lang of ['id', 'en'] as const) {
    const commands = COMMANDS.map(([name]) => ({
      command: lang === 'en' ? (ENGLISH_NAMES[name] ?? name) : name,
      description: i18n.t(lang, `command-${name}`),
    }));
    // Indonesian is also the default list, for users whose language Telegram does not report.
    if (lang === 'id') steps.push(['setMyCommands (default)', () => api.setMyCommands(commands)]);
    steps.push([`setMyCommands (${lang})`, () => api.setMyCommands(commands, { language_code: lang })]);
    steps.push([`setMyDescription (${lang})`, () => api.setMyDescription(i18n.t(lang, 'bot-description'), { language_code: lang })]);
    steps.push([
      `setMyShortDescription (${lang})`,
      () => api.setMyShortDescription(i18n.t(lang, 'bot-short-description'), { language_code: lang }),
    ]);
  }
  for (const [label, run] of steps) {
    if (values['dry-run']) {
      io.out(`would call ${label}\n`);
      continue;
    }
    await run();
    io.out(`✓ ${label}\n`);
  }
  return 0;
};
