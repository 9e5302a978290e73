/** Test helpers for the knowledge tests: a Translate built from our .ftl files, and a fake CliIo. */
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { Lang, Translate } from '../../src/text/translate.js';

export function translateFor(lang: Lang): Translate {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(new FluentResource(readFileSync(`locales/${lang}/knowledge.ftl`, 'utf8')));
  return (key, vars) => {
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`missing translation ${lang}:${key}`);
    return bundle.formatPattern(message.value, vars ? { ...vars } : undefined);
  };
}

export interface FakeIo extends CliIo {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function fakeIo(stdin = '', env: Record<string, string | undefined> = {}): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    env,
    readStdin: async () => stdin,
    async *stdinLines() {
      for (const line of stdin.split('\n')) yield line;
    },
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
  };
}
