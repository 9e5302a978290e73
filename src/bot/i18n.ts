/**
 * Fluent translations through @grammyjs/i18n. `useIsolating: false` because Unicode isolation
 * marks around variables break links, phone numbers and commands in Telegram.
 */
import { resolve } from 'node:path';
import { I18n } from '@grammyjs/i18n';
import type { Lang, Translate, TranslateVars } from '../text/translate.js';
import type { BotContext } from './context.js';
import { pickLanguage } from './language.js';

// Far more than locales × message ids; past it new texts are simply not remembered.
const MAX_REMEMBERED = 5_000;

type Fluent = I18n<BotContext>['fluent'];

/** Whether an object has any own key, without building the list of keys (called per translation). */
function hasKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/**
 * The plugin negotiates the locale list again on every translation (several per answer); a
 * message without variables always formats to the same text, so each is formatted once.
 */
function rememberPlainTexts(fluent: Fluent): void {
  const translate = fluent.translate.bind(fluent);
  // Per locale list (as one string), per message path. Bounded by the locales × message ids.
  const remembered = new Map<string, Map<string, string>>();
  let count = 0;
  fluent.translate = (locales, path, context) => {
    if (context !== undefined && hasKeys(context)) return translate(locales, path, context);
    const locale = typeof locales === 'string' ? locales : locales.join('\u0000');
    let texts = remembered.get(locale);
    if (texts === undefined) {
      texts = new Map();
      remembered.set(locale, texts);
    }
    let text = texts.get(path);
    if (text === undefined) {
      text = translate(locales, path, context);
      if (count < MAX_REMEMBERED) {
        texts.set(path, text);
        count += 1;
      }
    }
    return text;
  };
}

/**
 * Texts with variables still format on every call, but the bundles a locale list resolves to
 * never change once the folder is loaded; this remembers them. `matchBundles` is the plugin's
 * private helper (pinned version): if a release renames it, this does nothing.
 */
function rememberBundleChoice(fluent: Fluent): void {
  const internals = fluent as unknown as { matchBundles?: (locales: string[]) => Set<unknown> };
  const matchBundles = internals.matchBundles;
  if (typeof matchBundles !== 'function') return;
  const chosen = new Map<string, Set<unknown>>();
  internals.matchBundles = (locales) => {
    const key = locales.join('\u0000');
    let bundles = chosen.get(key);
    if (bundles === undefined) {
      bundles = matchBundles.call(fluent, locales);
      if (chosen.size < MAX_REMEMBERED) chosen.set(key, bundles);
    }
    return bundles;
  };
}

export function createI18n(localesDir: string): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'id',
    // Absolute: the plugin derives each file's locale from its path relative to this folder,
    // which fails for relative forms such as "./locales".
    directory: resolve(localesDir),
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => pickLanguage(ctx.session?.lang, ctx.from?.language_code),
  });
  // The folder is read synchronously above, so no bundle can arrive after this.
  rememberPlainTexts(i18n.fluent);
  rememberBundleChoice(i18n.fluent);
  return i18n;
}

/** A Translate bound to one language, for code outside a grammY context (CLI, renderers). */
export function translatorFor(i18n: I18n<BotContext>, lang: Lang): Translate {
  return (key: string, vars?: TranslateVars) => i18n.t(lang, key, vars ? { ...vars } : undefined);
}
