import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSignals } from '../../src/checker/index.js';
import { validateSignals } from '../../src/checker/validate-signals.js';
import { ContentError, formatIssue } from '../../src/content/content-issue.js';

function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kawan-content-'));
  cpSync('content/signals', path.join(dir, 'signals'), { recursive: true });
  return dir;
}
const opts = { now: new Date('2026-03-01'), strict: true };

describe('an editor changes the signal files', () => {
  it('the real files validate cleanly', async () => {
    expect((await validateSignals('content', opts)).map(formatIssue)).toEqual([]);
  });

  it('a weight that is not a number is reported with its file and line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'signals', 'urgency.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('weight: 1\n', 'weight: heavy\n'));
    const issues = await validateSignals(dir, opts);
    expect(issues.map(formatIssue)).toContainEqual(`${file}:4: signal 'urgency': 'weight' must be a number between -10 and 10`);
    await expect(loadSignals(dir)).rejects.toBeInstanceOf(ContentError);
  });

  it('an unbounded regex is refused', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'signals', 'extra.yaml');
    writeFileSync(file, readFileSync('content/signals/urgency.yaml', 'utf8').replace('id: urgency', 'id: greedy').replace('    patterns:', '    regex: ["gaji.*juta"]\n    patterns:'));
    const messages = (await validateSignals(dir, opts)).map((i) => i.message);
    expect(messages.some((m) => m.includes("unbounded '*'"))).toBe(true);
  });

  it('an example the signal does not match is reported', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'signals', 'urgency.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"URGENT HIRING"', '"we are hiring slowly"'));
    const messages = (await validateSignals(dir, opts)).map((i) => i.message);
    expect(messages.some((m) => m.includes('does not fire on its example "we are hiring slowly"'))).toBe(true);
  });

  it('a signal may point to any article that exists, and a missing one is named with its line', async () => {
    const dir = contentCopy();
    cpSync('content/articles', path.join(dir, 'articles'), { recursive: true });
    const file = path.join(dir, 'signals', 'urgency.yaml');
    const original = readFileSync(file, 'utf8');
    // rights-at-work was added after the signal schema: a new article needs no code change.
    writeFileSync(file, original.replace(/article: [a-z-]+/, 'article: rights-at-work'));
    expect((await validateSignals(dir, opts)).map(formatIssue)).toEqual([]);
    writeFileSync(file, original.replace(/article: [a-z-]+/, 'article: no-such-article'));
    const issues = (await validateSignals(dir, opts)).map(formatIssue);
    expect(issues.some((i) => i.startsWith(`${file}:`) && i.includes("'article' is 'no-such-article', but there is no no-such-article.md"))).toBe(true);
  });

  it('a notRecruiting rule that names an unknown signal is reported with its line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'signals', 'verdict.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('signals: [awareness-warning, news-report]', 'signals: [awareness-warning, news-reports]'));
    const issues = (await validateSignals(dir, opts)).map(formatIssue);
    expect(issues.some((i) => i.startsWith(`${file}:`) && i.includes("'notRecruiting.signals' names unknown signal 'news-reports'"))).toBe(true);
  });
});
