import { mkdtemp, mkdir, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { validateChannels } from '../../src/channels/validate-channels.js';
import { loadChannels } from '../../src/channels/load-channels.js';
import { ContentError, formatIssue } from '../../src/content/content-issue.js';

const CONTENT = path.resolve('content');
const NOW = new Date('2026-12-02T00:00:00Z');

async function contentWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kawan-channels-'));
  await mkdir(path.join(dir, 'channels'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, 'channels', name), text);
  return dir;
}

async function kemluWith(replace: [string, string][]): Promise<string> {
  let text = await readFile(path.join(CONTENT, 'channels', 'kemlu-hotline.yaml'), 'utf8');
  for (const [from, to] of replace) text = text.replace(from, to);
  return text;
}

describe('channel content checks', () => {
  it('the shipped channels are valid, even in strict mode', async () => {
    const issues = await validateChannels(CONTENT, { now: NOW, strict: true });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('never publishes the LOW items from the fact sheet', async () => {
    const set = await loadChannels(CONTENT, NOW);
    const all = JSON.stringify(set.channels);
    for (const banned of ['1288', '+6281399679966', '1500630', '+85561844661', 'peduliwni.com"', 'halotki', '7266']) {
      expect(all).not.toContain(banned);
    }
  });

  it('a mistyped hotline number is reported with its line and how to fix it', async () => {
    const dir = await contentWith({ 'kemlu-hotline.yaml': await kemluWith([['"+6281290070027"', '"+628129"']]) });
    const issues = await validateChannels(dir, { now: NOW, strict: false });
    const problem = issues.find((i) => i.message.includes("'+628129' is not a valid international number"));
    expect(problem?.severity).toBe('error');
    expect(problem?.file).toMatch(/kemlu-hotline\.yaml$/);
    expect(problem?.line).toBe(9);
    expect(problem?.message).toContain('E.164');
  });

  it('a number that is valid but differs from its display form is caught too', async () => {
    const dir = await contentWith({ 'kemlu-hotline.yaml': await kemluWith([['"+6281290070027"', '"+62812900700"']]) });
    const issues = await validateChannels(dir, { now: NOW, strict: false });
    expect(issues.some((i) => i.message.includes('is a different number'))).toBe(true);
  });

  it('a display form that shows a different number than the value is caught (08111-129-129 vs 0811-129-129)', async () => {
    const sapa = (await readFile(path.join(CONTENT, 'channels', 'sapa-129.yaml'), 'utf8')).replace('"08111-129-129"', '"0811-129-129"');
    const dir = await contentWith({ 'sapa-129.yaml': sapa, 'kemlu-hotline.yaml': await kemluWith([]) });
    const issues = await validateChannels(dir, { now: NOW, strict: false });
    expect(issues.some((i) => i.message.includes("'display' 0811-129-129"))).toBe(true);
  });

  it('rejects LOW confidence, the peduliwni.com look-alike, and a short code without a country', async () => {
    const dir = await contentWith({
      'kemlu-hotline.yaml': await kemluWith([
        ['confidence: high', 'confidence: low'],
        ['value: https://peduliwni.kemlu.go.id', 'value: https://peduliwni.com'],
      ]),
      'polri-110.yaml': (await readFile(path.join(CONTENT, 'channels', 'polri-110.yaml'), 'utf8')).replace('    country: ID\n', ''),
    });
    const messages = (await validateChannels(dir, { now: NOW, strict: false })).map((i) => i.message);
    expect(messages.some((m) => m.includes('LOW items must not be published'))).toBe(true);
    expect(messages.some((m) => m.includes('look-alike'))).toBe(true);
    expect(messages.some((m) => m.includes("needs 'country'"))).toBe(true);
  });

  it('a stale verification date warns, and fails in strict mode', async () => {
    const dir = await contentWith({ 'kemlu-hotline.yaml': await kemluWith([['verified: "2026-11-30"', 'verified: "2026-01-02"']]) });
    const loose = await validateChannels(dir, { now: NOW, strict: false });
    const strict = await validateChannels(dir, { now: NOW, strict: true });
    expect(loose.find((i) => i.message.includes('days old'))?.severity).toBe('warning');
    expect(strict.find((i) => i.message.includes('days old'))?.severity).toBe('error');
  });

  it('duplicate ids and ids that do not match the file name are errors; loading refuses them', async () => {
    const kemlu = await kemluWith([]);
    const dir = await contentWith({ 'kemlu-hotline.yaml': kemlu, 'kemlu-copy.yaml': kemlu });
    const messages = (await validateChannels(dir, { now: NOW, strict: false })).map((i) => i.message);
    expect(messages.some((m) => m.includes('duplicate id'))).toBe(true);
    expect(messages.some((m) => m.includes('rename the file'))).toBe(true);
    await expect(loadChannels(dir, NOW)).rejects.toBeInstanceOf(ContentError);
  });
});
