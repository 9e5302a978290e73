// Test helper: a Translate built from locales/<lang>/checker.ftl, as the bot's i18n would build it.
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Lang, Translate } from '../../src/text/translate.js';

export function checkerTranslate(lang: Lang): Translate {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(`locales/${lang}/checker.ftl`, 'utf8')));
  if (errors.length > 0) throw new Error(errors.map(String).join('\n'));
  return (key, vars) => {
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`missing key ${key} in ${lang}`);
    return bundle.formatPattern(message.value, vars ? { ...vars } : undefined);
  };
}
