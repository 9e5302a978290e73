/** Test helper: a Translate built from locales/<lang>/channels.ftl, failing loudly on missing keys. */
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Lang, Translate } from '../../src/text/translate.js';

export function fluentTranslate(lang: Lang, feature = 'channels'): Translate {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const source = readFileSync(new URL(`../../locales/${lang}/${feature}.ftl`, import.meta.url), 'utf8');
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) throw new Error(`${lang}/${feature}.ftl: ${errors.map(String).join('; ')}`);
  return (key, vars) => {
    const message = bundle.getMessage(key);
    if (message?.value == null) throw new Error(`missing Fluent key ${key} in ${lang}`);
    return bundle.formatPattern(message.value, vars);
  };
}

export function ftlKeys(lang: Lang, feature = 'channels'): string[] {
  const source = readFileSync(new URL(`../../locales/${lang}/${feature}.ftl`, import.meta.url), 'utf8');
  return [...source.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1] ?? '');
}
