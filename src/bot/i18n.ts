/**
 * Fluent translations through @grammyjs/i18n. `useIsolating: false` because Unicode isolation
 * marks around variables break links, phone numbers and commands in Telegram.
 */
import { resolve } from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Lang, Translate, TranslateVars } from '../text/translate.js';
import type { BotContext } from './context.js';
import { pickLanguage } from './language.js';

export function createI18n(localesDir: string): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'id',
    // Absolute: the plugin derives each file's locale from its path relative to this folder,
    // which fails for relative forms such as "./locales".
    directory: resolve(localesDir),
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => pickLanguage(ctx.session?.lang, ctx.from?.language_code),
  });
}

/** A Translate bound to one language, for code outside a grammY context (CLI, renderers). */
export function translatorFor(i18n: I18n<BotContext>, lang: Lang): Translate {
  return (key: string, vars?: TranslateVars) => i18n.t(lang, key, vars ? { ...vars } : undefined);
}
