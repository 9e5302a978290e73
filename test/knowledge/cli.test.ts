import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/commands/ask.js';
import { contentCommand } from '../../src/cli/commands/content.js';
import { fakeIo } from './helpers.js';

describe('kawan ask', () => {
  it('prints the verdict and the best article for a question', async () => {
    const io = fakeIo();
    expect(await askCommand(['agen minta uang pendaftaran 10 juta, resmi gak?'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/^(confident|not sure) \(id\)\n.*placement-fees/s);
  });

  it('--json prints one object with lang, confidence and results', async () => {
    const io = fakeIo();
    await askCommand(['--json', 'how do I report an illegal recruiter?'], io);
    const parsed = JSON.parse(io.stdout.join('')) as { lang: string; confident: boolean; results: Array<{ id: string; title: string; score: number }> };
    expect(parsed.lang).toBe('en');
    expect(parsed.results[0]?.id).toBe('report-recruiter');
    expect(typeof parsed.results[0]?.score).toBe('number');
  });

  it('--jsonl answers every input line with exactly one JSON line, errors included', async () => {
    const stdin = [
      JSON.stringify({ text: 'paspor ditahan majikan', lang: 'id' }),
      'this is not json',
      JSON.stringify({ lang: 'en' }),
      JSON.stringify({ text: 'resep nasi goreng' }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const io = fakeIo(stdin);
    expect(await askCommand(['--jsonl'], io)).toBe(0);
    const lines = io.stdout.join('').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect((lines[0]?.['results'] as Array<{ id: string }>)[0]?.id).toBe('passport-confiscated');
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toMatchObject({ confident: false });
    expect(lines[4]).toMatchObject({ confident: false });
  });
});

describe('kawan content', () => {
  it('check lists broken articles as file:line: message and exits 1', async () => {
    const io = fakeIo();
    expect(await contentCommand(['check', '--dir', 'test/fixtures/content-broken'], io)).toBe(1);
    const out = io.stdout.join('');
    expect(out).toMatch(/content-broken\/articles\/id\/bad-fields\.md:5: 'category'/);
    expect(out).toMatch(/\d+ error\(s\), \d+ warning\(s\)/);
  });

  it('check passes on the real content', async () => {
    const io = fakeIo();
    expect(await contentCommand(['check', '--dir', 'content'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/0 error\(s\)/);
  });

  it('export --json gives every article with its fields and a YYYY-MM-DD review date', async () => {
    const io = fakeIo();
    expect(await contentCommand(['export', '--json'], io)).toBe(0);
    const articles = JSON.parse(io.stdout.join('')) as Array<Record<string, unknown>>;
    expect(articles.length).toBeGreaterThanOrEqual(52);
    const first = articles[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(
      ['aliases', 'body', 'category', 'id', 'lang', 'questions', 'related', 'reviewed', 'sources', 'summary', 'title'].sort(),
    );
    expect(first['reviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('preview shows an article as plain text in the chosen language', async () => {
    const io = fakeIo();
    expect(await contentCommand(['preview', 'placement-fees', '--lang', 'en'], io)).toBe(0);
    const out = io.stdout.join('');
    expect(out).toMatch(/Reviewed \d{1,2} \w{3} \d{4}/);
    expect(out).not.toMatch(/<\/?(b|i|a)\b/);
  });

  it('preview of an unknown id says which ids exist', async () => {
    const io = fakeIo();
    expect(await contentCommand(['preview', 'nope'], io)).toBe(1);
    expect(io.stderr.join('')).toContain('placement-fees');
  });
});
