import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { renderArticleHtml, renderArticleText } from '../../src/knowledge/render-article.js';
import { LANGS } from '../../src/knowledge/article.js';
import { telegramHtmlProblems } from '../helpers/telegram-html-rules.js';
import { translateFor } from './helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase('content', { now: new Date('2026-12-01T00:00:00Z') });
});

const sample: Article = {
  id: 'sample',
  lang: 'id',
  title: 'Gaji < 5 juta & "bonus"',
  summary: 'Contoh',
  category: 'about',
  aliases: [],
  questions: [],
  sources: [{ title: 'Sumber <resmi> & lengkap', url: 'https://example.org/a?b=1&c="2"' }],
  reviewed: '2026-11-30',
  related: ['placement-fees', 'no-such-article'],
  body: [
    '## Ciri <b>bahaya</b>',
    'Teks dengan **tebal**, *miring*, `kode` dan [tautan](https://bp2mi.go.id) serta <script>alert(1)</script> & a < b.',
    '',
    '- satu',
    '- dua dengan **tebal**',
    '  - anak daftar',
    '',
    '1. pertama',
    '2. kedua',
    '',
    '[jahat](javascript:alert(1))',
  ].join('\n'),
  file: 'sample.md',
};

describe('an article shown in Telegram', () => {
  it('uses only tags Telegram accepts and escapes everything an editor typed', () => {
    const { messages } = renderArticleHtml(sample, translateFor('id'));
    const html = messages.join('\n\n');
    for (const message of messages) expect(telegramHtmlProblems(message)).toEqual([]);
    expect(html).toContain('<b>Ciri &lt;b&gt;bahaya&lt;/b&gt;</b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).toContain('<a href="https://bp2mi.go.id">tautan</a>');
    expect(html).toContain('• satu');
    expect(html).toContain('1. pertama');
  });

  it('ends with the sources as links and a localised review date', () => {
    const id = renderArticleHtml(sample, translateFor('id')).messages.join('\n');
    expect(id).toContain('href="https://example.org/a?b=1&amp;c=&quot;2&quot;"');
    expect(id).toContain('Ditinjau 30 Nov 2026');
    const en = renderArticleHtml({ ...sample, lang: 'en' }, translateFor('en')).messages.join('\n');
    expect(en).toContain('Reviewed 30 Nov 2026');
  });

  it('gives the bot the related articles that exist, with their titles, for buttons', () => {
    const { related } = renderArticleHtml(sample, translateFor('id'), kb);
    expect(related.map((r) => r.id)).toEqual(['placement-fees']);
    expect(related[0]?.title).toBe(kb.get('placement-fees', 'id')?.title);
  });

  it('splits a very long article between paragraphs, every part within 4096 characters', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Paragraf ${i} ${'kata '.repeat(30)}**tebal ${i}**`).join('\n\n');
    const { messages } = renderArticleHtml({ ...sample, body }, translateFor('id'));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(telegramHtmlProblems(message)).toEqual([]);
  });

  it('every real article renders to valid Telegram HTML in both languages', () => {
    for (const lang of LANGS) {
      const t = translateFor(lang);
      for (const article of kb.all(lang)) {
        const { messages } = renderArticleHtml(article, t, kb);
        expect(messages.length, article.file).toBeGreaterThan(0);
        for (const message of messages) expect(telegramHtmlProblems(message), article.file).toEqual([]);
      }
    }
  });

  it('previews as plain text with links written out and no tags', () => {
    const text = renderArticleText(sample, translateFor('id'), kb);
    expect(text).toContain('tautan (https://bp2mi.go.id)');
    expect(text).not.toMatch(/<\/?b>/);
    expect(text).toContain('Baca juga');
  });
});

describe('answering the same article again', () => {
  it('gives the same messages every time, and a reloaded article with new text shows the new text', () => {
    const t = translateFor('id');
    const first = renderArticleHtml(sample, t).messages;
    expect(renderArticleHtml(sample, t).messages).toEqual(first);
    const edited = renderArticleHtml({ ...sample, body: 'Isi **baru** setelah diperbarui.' }, t).messages.join('\n');
    expect(edited).toContain('<b>baru</b>');
    expect(edited).not.toContain('anak daftar');
  });

  it('follows the translations passed in, even after the article was rendered once in the other language', () => {
    renderArticleHtml(sample, translateFor('id'));
    const en = renderArticleHtml(sample, translateFor('en')).messages.join('\n');
    expect(en).toBe(renderArticleHtml({ ...sample }, translateFor('en')).messages.join('\n'));
    expect(en).not.toBe(renderArticleHtml(sample, translateFor('id')).messages.join('\n'));
  });

  it('a caller changing the returned messages does not change the next answer', () => {
    const t = translateFor('id');
    const first = renderArticleHtml(sample, t);
    first.messages.length = 0;
    expect(renderArticleHtml(sample, t).messages.length).toBeGreaterThan(0);
  });
});
