import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { checkImageCommand, readImageFile } from '../../src/cli/commands/check-image.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { CAMBODIA_ADMIN_FLYER, drawFlyer } from './flyer-images.js';

function fakeIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    env: {},
    readStdin: async () => '',
    stdinLines: async function* () {},
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'kawan-ocr-test-'));

describe('kawan check --image / kawan check-image', { timeout: 30_000 }, () => {
  it('an editor checks a saved flyer photo and gets its text as JSON', async () => {
    const file = join(dir, 'kamboja.jpg');
    writeFileSync(file, await drawFlyer(CAMBODIA_ADMIN_FLYER, { format: 'jpeg' }));
    const io = fakeIo();
    expect(await checkImageCommand([file, '--json'], io)).toBe(0);
    const json: unknown = JSON.parse(io.stdout);
    expect(json).toMatchObject({ ocrText: expect.stringMatching(/KAMBOJA[\s\S]*VISA TURIS/i) });
  });

  it('a missing file, a text file and an oversized file are error codes, not crashes', async () => {
    expect(await readImageFile(join(dir, 'nope.png'))).toEqual({ error: 'not-found' });
    const notes = join(dir, 'notes.png');
    writeFileSync(notes, 'gaji 15 juta');
    expect(await readImageFile(notes)).toEqual({ error: 'not-an-image' });
    const huge = join(dir, 'huge.jpg');
    writeFileSync(huge, Buffer.alloc(11 * 1024 * 1024));
    expect(await readImageFile(huge)).toEqual({ error: 'too-large' });
  });

  it('prints the reason and exits 1 for an unreadable file, and 2 without a file', async () => {
    const io = fakeIo();
    const empty = join(dir, 'empty.png');
    writeFileSync(empty, '');
    expect(await checkImageCommand([empty], io)).toBe(1);
    expect(io.stderr).toContain('empty');
    expect(await checkImageCommand([], fakeIo())).toBe(2);
  });
});
