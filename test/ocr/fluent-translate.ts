/** A `Translate` built from locales/<lang>/ocr.ftl, as the bot's i18n would build it. */
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Lang, Translate } from '../../src/text/translate.js';

export function ocrFtlPath(lang: Lang): string {
  return new URL(`../../locales/${lang}/ocr.ftl`, import.meta.url).pathname;
}

export function loadOcrBundle(lang: Lang): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(ocrFtlPath(lang), 'utf8')));
  if (errors.length > 0) throw new Error(`${ocrFtlPath(lang)}: ${errors.map(String).join('; ')}`);
  return bundle;
}

export function createTestTranslate(lang: Lang): Translate {
  const bundle = loadOcrBundle(lang);
  return (key, vars) => {
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`missing ${lang} string: ${key}`);
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, vars ? { ...vars } : undefined, errors);
    if (errors.length > 0) throw new Error(`${key}: ${errors.map(String).join('; ')}`);
    return text;
  };
}
