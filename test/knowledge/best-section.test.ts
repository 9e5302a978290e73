/**
 * The part of a long article that answers a question: one or two sections whose heading names
 * the question's words, or the whole article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { bestSections, introOf, LONG_ARTICLE_CHARS, overviewFits, sectionsOf } from '../../src/knowledge/best-section.js';
import { renderOverviewHtml, renderSectionsHtml } from '../../src/knowledge/render-article.js';
import { telegramHtmlProblems } from '../helpers/telegram-html-rules.js';
import { translateFor } from './helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase('content', { now: new Date('2026-12-01T00:00:00Z') });
});
const article = (id: string, lang: 'id' | 'en' = 'id') => {
  const found = kb.get(id, lang);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};

describe('bestSections', () => {
  it('"gajinya gede bgt sayang kalo dilewatin" is answered by the "but the money is good" section of the doubts article', () => {
    const doubts = article('common-doubts');
    expect(doubts.body.length).toBeGreaterThan(LONG_ARTICLE_CHARS);
    expect(bestSections(doubts, 'gajinya gede bgt sayang kalo dilewatin').map((s) => s.heading)).toEqual(['"Tapi gajinya besar"']);
  });

  it('a message raising two doubts gets both sections, in the article\'s order', () => {
    const headings = bestSections(article('common-doubts'), 'temen sy udh brgkt ke kamboja aman2 aja tuh, gajinya gede lg').map((s) => s.heading);
    expect(headings).toHaveLength(2);
    expect(headings.join(' ')).toMatch(/gajinya besar/);
    expect(headings.join(' ')).toMatch(/Teman saya sudah berangkat/);
  });

  it('in a follow-up, a section that meets the whole question wins over one that only shares a word with it', () => {
    const headings = (question: string) => bestSections(article('report-recruiter'), question, { followUp: true }).map((s) => s.heading);
    expect(headings('identitas pelapor dirahasiakan gk?')).toEqual(['Identitas dirahasiakan? Soal ancaman']);
    // One word in a heading is still enough when nothing meets more ("klo hongkong?").
    expect(bestSections(article('legal-wages-abroad'), 'klo hongkong?', { followUp: true }).map((s) => s.heading)).toEqual(['Hong Kong']);
  });

  it('a broad question, or a short article, gets the whole article', () => {
    expect(bestSections(article('common-doubts'), 'apa itu keraguan')).toEqual([]);
    const short = kb.all('id').find((a) => a.body.length < LONG_ARTICLE_CHARS);
    if (short) expect(bestSections(short, short.title)).toEqual([]);
  });

  it('the sections render as Telegram HTML with the title, the first sources, the review date and the way to the whole article', () => {
    const doubts = article('common-doubts');
    const sections = sectionsOf(doubts).slice(0, 1);
    const t = translateFor('id');
    const html = renderSectionsHtml(doubts, sections, t).messages.join('\n');
    expect(telegramHtmlProblems(html)).toEqual([]);
    expect(html).toContain(doubts.title.replace(/"/g, '&quot;').slice(0, 10));
    expect(html).toContain(t('knowledge-section-of-article'));
    expect(html).toContain(t('knowledge-more-sources', { count: doubts.sources.length - 3 }));
    expect(html).toContain('Ditinjau');
  });
});

describe('an overview of a long article', () => {
  it('fits a question none of whose words a heading names, not one that names a part, nor a short article', () => {
    expect(overviewFits(article('domestic-work-abroad', 'en'), 'Is it ok to work in Dubai as a housemaid?')).toBe(true);
    expect(overviewFits(article('domestic-work-abroad', 'en'), 'are household jobs fee-free?')).toBe(false);
    expect(overviewFits(article('work-visa-vs-tourist-visa'), 'boleh kerja pakai visa turis?')).toBe(false);
  });

  it('keeps the introduction, says the parts are below, and still names its sources and review date', () => {
    const a = article('domestic-work-abroad');
    const html = renderOverviewHtml(a, introOf(a), translateFor('id')).messages.join('\n');
    expect(introOf(a).length).toBeGreaterThan(0);
    expect(html).toContain('jalur resmi');
    expect(html).toContain(translateFor('id')('knowledge-overview-hint'));
    expect(html).toContain(translateFor('id')('knowledge-sources-heading'));
    expect(html.length).toBeLessThan(a.body.length);
    expect(telegramHtmlProblems(html)).toEqual([]);
  });

  it('of an article that opens with a heading, the introduction is its first part: "apa itu TPPO?" reads the definition first', () => {
    const tppo = article('human-trafficking');
    expect(overviewFits(tppo, 'apa itu TPPO?')).toBe(true);
    expect(introOf(tppo)).toContain('Pengertian');
    expect(introOf(tppo)).toContain('UU 21/2007');
  });
});

