import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCommand } from '../../src/cli/commands/check.js';
import type { CliIo } from '../../src/cli/cli-io.js';

// Only the checker's strings, so the test does not depend on other features' locale files.
const localesDir = mkdtempSync(path.join(tmpdir(), 'kawan-locales-'));
for (const lang of ['id', 'en']) {
  mkdirSync(path.join(localesDir, lang));
  copyFileSync(`locales/${lang}/checker.ftl`, path.join(localesDir, lang, 'checker.ftl'));
}

function fakeIo(stdin: string): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    readStdin: async () => stdin,
    stdinLines: async function* () {
      yield* stdin.split('\n');
    },
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    env: { CONTENT_DIR: 'content', LOCALES_DIR: localesDir },
  };
  return io;
}

const AD = 'LOKER KAMBOJA admin CS gaji 15jt tanpa pengalaman, berangkat pakai visa turis dulu, chat t.me/loker_kh atau WA +855 12 345 678';

describe('kawan check', () => {
  it('--json prints the contract: verdict, score, signals with evidence, entities', async () => {
    const io = fakeIo(AD);
    expect(await checkCommand(['--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as Record<string, unknown>;
    expect(json['verdict']).toBe('likely-scam');
    expect(typeof json['score']).toBe('number');
    const signals = json['signals'] as { id: string; weight: number; evidence: string[] }[];
    expect(signals).toContainEqual({ id: 'tourist-visa-for-work', weight: 1.5, evidence: ['visa turis'] });
    const entities = json['entities'] as Record<string, unknown>;
    expect(entities['phones']).toEqual([{ e164: '+85512345678', country: 'KH' }]);
    expect(entities['links']).toContain('t.me/loker_kh');
    expect(entities['amounts']).toContainEqual({ text: '15jt', currency: 'IDR', value: 15_000_000, idr: 15_000_000 });
    expect(entities['places']).toContainEqual({ text: 'KAMBOJA', country: 'KH', hub: true });
  });

  it('--jsonl answers one JSON line per input line, and an error line for bad input', async () => {
    const io = fakeIo(`${JSON.stringify({ text: AD })}\nnot json\n${JSON.stringify({ text: 'Bun, besok jadi ke rumah nenek?' })}\n`);
    expect(await checkCommand(['--jsonl'], io)).toBe(0);
    const lines = io.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]?.['verdict']).toBe('likely-scam');
    expect(lines[1]?.['error']).toBeDefined();
    expect(lines[2]?.['verdict']).toBe('no-signs-found');
  });

  it('reads a FILE and prints the human explanation in English', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kawan-ad-'));
    const file = path.join(dir, 'ad.txt');
    writeFileSync(file, AD);
    const io = fakeIo('');
    expect(await checkCommand(['--lang', 'en', file], io)).toBe(0);
    expect(io.stdout).toContain('Likely a SCAM');
    expect(io.stdout).toContain('“visa turis”');
    expect(io.stdout).toContain('Why it matters:');
    expect(io.stdout).toContain('+855 12 813 282');
  });

  it('refuses input over 1 MB with a clear message and exit code 2', async () => {
    const io = fakeIo('a'.repeat(1_000_001));
    expect(await checkCommand([], io)).toBe(2);
    expect(io.stderr).toContain('1 MB');
  });

  it('rejects an unknown language with exit code 2', async () => {
    const io = fakeIo(AD);
    expect(await checkCommand(['--lang', 'fr'], io)).toBe(2);
  });
});
