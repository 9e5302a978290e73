/**
 * `kawan chat`: anyone can try the real bot in a terminal without a token. Typed lines become
 * messages, replies print as plain text, buttons are numbered and pressed with #N.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/main.js';
import { startBotProcess } from '../helpers/bot-process.js';
import { ensureBuilt, REPO } from '../helpers/build-dist.js';

interface FakeIo extends CliIo {
  output(): string;
  errors(): string;
}

/**
 * A terminal whose user types `lines`; a line may be a function of what was printed so far, so a
 * test can press a button by what it says rather than by its position.
 */
function fakeIo(lines: Array<string | ((printed: string) => string)>, env: Record<string, string> = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    async readStdin() {
      return '';
    },
    async *stdinLines() {
      for (const line of lines) yield typeof line === 'function' ? line(out) : line;
    },
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    output: () => out,
    errors: () => err,
  };
}

/** The #N of the last printed button whose label matches. */
function buttonNumber(printed: string, label: RegExp): string {
  const buttons = [...printed.matchAll(/\[#(\d+)\] (.*)/g)].filter((m) => label.test(m[2] ?? ''));
  const last = buttons.at(-1);
  if (!last) throw new Error(`no button matching ${label} in:\n${printed}`);
  return `#${last[1]}`;
}

describe('kawan chat, in-process', () => {
  it('/start prints the greeting naming "Kawan Migran" and numbered buttons; #1 presses the first button', async () => {
    const io = fakeIo(['/start', '#1']);
    expect(await runCli(['chat'], io)).toBe(0);
    const out = io.output();
    expect(out).toContain('Kawan Migran');
    expect(out).toMatch(/\[#1\] \S/);
    expect(out).toMatch(/\[#2\] \S/);
    // Plain text: no HTML tags reach the terminal.
    expect(out).not.toMatch(/<\/?b>/);
    const afterPress = out.slice(out.indexOf('\n> #1\n'));
    expect(afterPress.length).toBeGreaterThan('\n> #1\n'.length);
    expect(afterPress).not.toContain('(no button');
    expect(io.errors()).toBe('');
  });

  it('switching to English with the language button changes the next replies', async () => {
    const io = fakeIo([
      '/start',
      (printed) => buttonNumber(printed, /Bahasa \/ Language/),
      (printed) => buttonNumber(printed, /English/),
      '/start',
    ]);
    expect(await runCli(['chat'], io)).toBe(0);
    const lastReply = io.output().slice(io.output().lastIndexOf('\n> /start\n'));
    expect(lastReply).toMatch(/Hi, I.m Kawan Migran/);
  });

  it('--lang en starts in English', async () => {
    const io = fakeIo(['/start']);
    expect(await runCli(['chat', '--lang', 'en'], io)).toBe(0);
    expect(io.output()).toMatch(/Hi, I.m Kawan Migran/);
  });

  it('a button number that does not exist says so instead of failing', async () => {
    const io = fakeIo(['/start', '#99']);
    expect(await runCli(['chat'], io)).toBe(0);
    expect(io.output()).toContain('(no button #99)');
  });

  it('--help explains how to press buttons and quit', async () => {
    const io = fakeIo([]);
    expect(await runCli(['chat', '--help'], io)).toBe(0);
    expect(io.output()).toContain('#N');
  });
});

describe('kawan, the installed command (node bin/kawan.js)', () => {
  beforeAll(() => {
    ensureBuilt();
  });

  it('`kawan chat` with "/start" on stdin prints the greeting and exits 0 at end of input', async () => {
    const run = startBotProcess({}, 'bin/kawan.js', ['chat']);
    run.child.stdin?.end('/start\n');
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('Kawan Migran');
    expect(run.stdout()).toMatch(/\[#1\] /);
  });

  it('--version prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const run = startBotProcess({}, 'bin/kawan.js', ['--version']);
    expect(await run.exited).toBe(0);
    expect(run.stdout().trim()).toBe(pkg.version);
  });

  it('a large --json answer piped to another program arrives whole (every article exported)', async () => {
    const files = ['id', 'en'].flatMap((lang) => readdirSync(join(REPO, 'content/articles', lang)).filter((f) => f.endsWith('.md')));
    const run = startBotProcess({}, 'bin/kawan.js', ['content', 'export', '--json']);
    expect(await run.exited).toBe(0);
    const articles = JSON.parse(run.stdout()) as unknown[];
    expect(articles).toHaveLength(files.length);
  });

  it('--help lists the chat command', async () => {
    const run = startBotProcess({}, 'bin/kawan.js', ['--help']);
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toMatch(/kawan chat\s+\S/);
  });

  it('an unknown command exits 2 and shows the usage on stderr', async () => {
    const run = startBotProcess({}, 'bin/kawan.js', ['frobnicate']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toContain('Unknown command "frobnicate"');
    expect(run.stderr()).toContain('kawan chat');
  });
});
