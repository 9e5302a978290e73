import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/content/content-issue.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { validateArticles } from '../../src/knowledge/validate-articles.js';

const BROKEN = 'test/fixtures/content-broken';
const NOW = new Date('2026-12-01T00:00:00Z');

async function messages(strict = false): Promise<string[]> {
  return (await validateArticles(BROKEN, { now: NOW, strict })).map(formatIssue);
}

function find(list: string[], ...parts: string[]): string | undefined {
  return list.find((m) => parts.every((p) => m.includes(p)));
}

describe('an editor running the article checks', () => {
  it('is told which line of a broken YAML block to fix', async () => {
    const issue = find(await messages(), 'bad-yaml.md:', 'YAML cannot be read');
    expect(issue).toMatch(/bad-yaml\.md:\d+: YAML cannot be read: .*quote/);
  });

  it('is told when the id does not match the file name, with both names', async () => {
    expect(find(await messages(), 'bad-fields.md:2:', "'wrong-name'", 'bad-fields.md')).toBeDefined();
  });

  it('gets one message per wrong field, on the line of that field', async () => {
    const list = await messages();
    expect(find(list, 'bad-fields.md:5:', 'category', 'job-offers')).toBeDefined();
    expect(find(list, 'bad-fields.md:8:', 'sources', 'at least one source')).toBeDefined();
    expect(find(list, 'bad-fields.md:9:', 'reviewed', '2026-11-30')).toBeDefined();
  });

  it('accepts a review date written bare or in quotes', async () => {
    const list = await messages();
    expect(list.filter((m) => m.includes('good-article.md') && !m.includes('warning'))).toEqual([]);
  });

  it('flags a missing language version, a related id that does not exist and a non-https source', async () => {
    const list = await messages();
    expect(find(list, 'id/bad-yaml.md', 'no en version')).toBeUndefined(); // unreadable files are reported once, as unreadable
    expect(find(list, 'stale-article.md', "'no-such-article'")).toBeDefined();
    expect(find(list, 'http-source.md:10:', 'https://')).toBeDefined();
    expect(find(list, 'id/good-article.md', 'no en version')).toBeUndefined();
    expect(find(list, 'id/only-indonesian.md', 'no en version', 'en/only-indonesian.md')).toBeDefined();
    expect(find(list, 'no-front-matter.md:1:', "front matter")).toBeDefined();
  });

  it('warns about a stale review, and makes it an error with --strict', async () => {
    const relaxed = find(await messages(false), 'en/stale-article.md', 'more than 180 days');
    const strict = find(await messages(true), 'en/stale-article.md', 'more than 180 days');
    expect(relaxed).toContain('warning:');
    expect(strict).not.toContain('warning:');
  });

  it('warns when two articles share an alias, and rejects an empty body', async () => {
    const list = await messages();
    expect(find(list, 'warning:', "alias 'sampel'")).toBeDefined();
    expect(find(list, 'empty-body.md', 'body is empty')).toBeDefined();
  });

  it('refuses to load a knowledge base with errors and lists them all', async () => {
    const error = await loadKnowledgeBase(BROKEN, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues.length).toBeGreaterThan(5);
  });

  it('finds no errors in the real content', async () => {
    const issues = await validateArticles('content', { now: NOW, strict: false });
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });
});
