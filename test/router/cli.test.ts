import { describe, it, expect } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { routeCommand } from '../../src/cli/commands/route.js';
import { channelsCommand } from '../../src/cli/commands/channels.js';
import { runCli } from '../../src/cli/main.js';

function fakeIo(stdin: string[] = []): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => stdin.join('\n'),
    stdinLines: async function* () {
      yield* stdin;
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { CONTENT_DIR: 'content' },
  };
  return { io, out, err };
}

describe('kawan route and kawan channels', () => {
  it('route --jsonl answers one JSON line per input line with emergency and kind', async () => {
    const { io, out } = fakeIo([
      JSON.stringify({ text: 'tolong adik saya disekap di kamboja' }),
      JSON.stringify({ text: 'berapa biaya resmi ke taiwan?', lang: 'id' }),
    ]);
    expect(await routeCommand(['--jsonl'], io)).toBe(0);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ emergency: true, forSomeoneElse: true, country: 'KH' });
    expect(lines[1]).toMatchObject({ emergency: false, kind: 'question' });
  });

  it('route "text" routes one message', async () => {
    const { io, out } = fakeIo();
    expect(await routeCommand(['loker', 'kamboja', 'gaji', '15jt,', 'tiket', 'ditanggung,', 'minat', 'pm'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ kind: 'ad' });
  });

  it('route learns from the examples in --dir, as the bot does, and names the file when they are missing', async () => {
    const silent = "hp adikku tiba2 mati abis dia kirim pesan 'jgn telp nomor ini lg'. dia kerja di laos";
    const ok = fakeIo();
    expect(await routeCommand([silent], ok.io)).toBe(0);
    expect(JSON.parse(ok.out.join(''))).toMatchObject({ emergency: true, forSomeoneElse: true });
    const missing = fakeIo();
    expect(await routeCommand(['--dir', 'test/fixtures/content-broken', silent], missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/content-broken\/routing\/emergency-examples\.jsonl:1: missing/);
  });

  it('content check lists a broken example line with its file and number', async () => {
    const { mkdtempSync, cpSync, appendFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kawan-examples-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'routing', 'emergency-examples.jsonl');
    const lines = (await import('node:fs')).readFileSync(file, 'utf8').trim().split('\n').length;
    appendFileSync(file, '{"text": "tolong", "emergency": "iya"}\n');
    const { io, out } = fakeIo();
    expect(await runCli(['content', 'check', '--dir', dir], io)).toBe(1);
    expect(out.join('')).toContain(`emergency-examples.jsonl:${lines + 1}: emergency: must be true or false`);
  });

  it('channels --json --situation in-danger-abroad --country KH lists the embassy first', async () => {
    const { io, out } = fakeIo();
    expect(await channelsCommand(['--json', '--situation', 'in-danger-abroad', '--country', 'kh'], io)).toBe(0);
    const channels = JSON.parse(out.join('')) as { id: string }[];
    expect(channels[0]?.id).toBe('kbri-phnom-penh');
  });

  it('channels rejects an unknown situation with the list of valid ones', async () => {
    const { io, err } = fakeIo();
    expect(await channelsCommand(['--situation', 'help'], io)).toBe(2);
    expect(err.join('')).toContain('in-danger-abroad');
  });

  it('a command name that is an Object member ("constructor") is an unknown command, not a crash', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['constructor'], io)).toBe(2);
    expect(err.join('')).toContain('Unknown command "constructor"');
  });

  it('every command listed in `kawan --help` answers --help with its usage and exit code 0', async () => {
    const top = fakeIo();
    expect(await runCli(['--help'], top.io)).toBe(0);
    const names = [...top.out.join('').matchAll(/^ {2}kawan ([a-z][a-z-]*)/gm)].map((m) => m[1] ?? '');
    expect(names).toEqual(expect.arrayContaining(['ask', 'check', 'route', 'channels', 'content']));
    for (const name of names) {
      const { io, out, err } = fakeIo();
      expect({ name, code: await runCli([name, '--help'], io), err: err.join('') }).toEqual({ name, code: 0, err: '' });
      expect(out.join('')).toMatch(new RegExp(`^kawan ${name}`));
    }
  });
});
