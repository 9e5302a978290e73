import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, createTermAnalyzer } from '../../src/knowledge/analyze-question.js';
import { FIELD_BOOSTS } from '../../src/knowledge/article-index.js';
import { LANGS, type Article } from '../../src/knowledge/article.js';
import { parseQuestionsJsonl } from '../../src/knowledge/evaluate.js';
import { createTermIndex, type TermQuery } from '../../src/knowledge/term-index.js';
import { inspectArticles } from '../../src/knowledge/validate-articles.js';
import type { Lang } from '../../src/text/translate.js';

const FIELDS = ['title', 'aliases', 'questions', 'summary', 'body'] as const;
type Field = (typeof FIELDS)[number];
type Doc = Record<Field, string[]>;

const doc = (fields: Partial<Record<Field, string>>): Doc => ({
  title: (fields.title ?? '').split(' ').filter(Boolean),
  aliases: (fields.aliases ?? '').split(' ').filter(Boolean),
  questions: (fields.questions ?? '').split(' ').filter(Boolean),
  summary: (fields.summary ?? '').split(' ').filter(Boolean),
  body: (fields.body ?? '').split(' ').filter(Boolean),
});
const query = (term: string, extra: Partial<TermQuery> = {}): TermQuery => ({ term, fuzzy: false, prefix: false, boost: 1, ...extra });

describe('the term index behind question search', () => {
  const index = createTermIndex(FIELDS, [
    doc({ title: 'gaji potong', body: 'paspor tahan majikan' }),
    doc({ title: 'paspor tahan', aliases: 'paspor majikan', body: 'lapor kedutaan' }),
    doc({ title: 'visa turis', body: 'kamboja scam' }),
  ]);

  it('puts the article whose title and aliases name the asked word above one that only mentions it in the body', () => {
    const hits = index.search([query('paspor')], FIELD_BOOSTS, 5);
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
  });

  it('tolerates a typo in a longer word only when fuzzy matching is asked for', () => {
    expect(index.search([query('pasporr')], FIELD_BOOSTS, 5)).toEqual([]);
    expect(index.search([query('pasporr', { fuzzy: 1 })], FIELD_BOOSTS, 5).map((h) => h.doc)).toContain(1);
  });

  it('says which question words matched each article and where an exact word occurs', () => {
    const [top] = index.search([query('kamboja'), query('turis'), query('gaji')], FIELD_BOOSTS, 1);
    expect(top?.doc).toBe(2);
    expect([...(top?.queryTerms ?? [])].sort()).toEqual(['kamboja', 'turis']);
    expect(index.fieldsWith(2, 'kamboja')).toEqual(['body']);
    expect(index.fieldsWith(1, 'paspor')).toEqual(['title', 'aliases']);
    expect(index.fieldsWith(0, 'kamboja')).toEqual([]);
  });

  it('returns no more than the number of articles asked for', () => {
    expect(index.search([query('paspor'), query('visa'), query('gaji')], FIELD_BOOSTS, 2)).toHaveLength(2);
  });
});

describe('the index-build analyzer', () => {
  it('gives every article field and question exactly the terms the question analyzer gives, word after word', async () => {
    const { articles } = await inspectArticles('content', { now: new Date('2026-12-01T00:00:00Z'), strict: false });
    const questions = parseQuestionsJsonl(readFileSync('test/fixtures/questions.jsonl', 'utf8'));
    for (const lang of LANGS) {
      // One analyzer for everything, as in a build: words met earlier come from its memo.
      const termsOf = createTermAnalyzer(lang);
      const texts = [
        ...articles.filter((a) => a.lang === lang).flatMap((a) => [a.title, a.summary, a.body, a.aliases.join(' . '), a.questions.join(' . ')]),
        ...questions.map((q) => q.text),
        'constructor toString __proto__ hasOwnProperty', 'K A M B O J A 🇰🇭 g@ji 15jt', '',
      ];
      for (const text of [...texts, ...texts]) {
        expect(termsOf(text), text.slice(0, 80)).toEqual(analyze(text, lang, Infinity).flatMap((t) => t.terms));
      }
    }
  });
});

describe('ranking stays exactly what the confidence thresholds were calibrated on (MiniSearch 7 scoring)', () => {
  let articles: Article[];
  beforeAll(async () => {
    ({ articles } = await inspectArticles('content', { now: new Date('2026-12-01T00:00:00Z'), strict: false }));
  });
  const questions = parseQuestionsJsonl(readFileSync('test/fixtures/questions.jsonl', 'utf8'));

  const fuzziness = (term: string): number | false => (term.length < 5 ? false : term.length < 9 ? 1 : 2);

  function referenceRanking(ofLang: readonly Article[], lang: Lang) {
    const termsOf = createTermAnalyzer(lang);
    const split = (text: string): string[] => (text === '' ? [] : text.split(' '));
    const search = new MiniSearch<{ id: number } & Record<Field, string>>({ fields: [...FIELDS], tokenize: split, processTerm: (t) => t, searchOptions: { tokenize: split, processTerm: (t) => t } });
    search.addAll(
      ofLang.map((a, id) => ({
        id,
        title: termsOf(a.title).join(' '),
        aliases: termsOf(a.aliases.join(' . ')).join(' '),
        questions: termsOf(a.questions.join(' . ')).join(' '),
        summary: termsOf(a.summary).join(' '),
        body: termsOf(a.body).join(' '),
      })),
    );
    return (terms: readonly string[], weak: ReadonlySet<string>) =>
      search
        .search(terms.join(' '), { boost: FIELD_BOOSTS, fuzzy: fuzziness, prefix: (t) => t.length >= 5, combineWith: 'OR', boostTerm: (t) => (weak.has(t) ? 0.3 : 1) })
        .slice(0, 5)
        .map((r) => ({ doc: Number(r.id), score: r.score, queryTerms: [...r.queryTerms].sort() }));
  }

  // Remembered word expansions must not change a ranking: every question is asked twice, with
  // the default memory, with none, and with room for only a few words (constant eviction).
  it.each([{ remembered: undefined }, { remembered: 0 }, { remembered: 8 }])(
    'gives every fixture question the same articles, in the same order, with the same scores (expansions remembered: $remembered)', ({ remembered }) => {
    let compared = 0;
    for (const lang of LANGS) {
      const ofLang = articles.filter((a) => a.lang === lang);
      const termsOf = createTermAnalyzer(lang);
      const ours = createTermIndex(
        FIELDS,
        ofLang.map((a) => ({ title: termsOf(a.title), aliases: termsOf(a.aliases.join(' . ')), questions: termsOf(a.questions.join(' . ')), summary: termsOf(a.summary), body: termsOf(a.body) })),
        remembered === undefined ? {} : { rememberedExpansions: remembered },
      );
      const reference = referenceRanking(ofLang, lang);
      const asked = questions.filter((x) => x.lang === lang);
      for (const q of [...asked, ...asked]) {
        const tokens = analyze(q.text, lang);
        const terms = [...new Set(tokens.flatMap((t) => t.terms))];
        if (terms.length === 0) continue;
        const weak = new Set(tokens.filter((t) => t.weak).flatMap((t) => t.terms));
        const queries = terms.map((term) => ({ term, fuzzy: fuzziness(term), prefix: term.length >= 5, boost: weak.has(term) ? 0.3 : 1 }));
        const got = ours.search(queries, FIELD_BOOSTS, 5).map((h) => ({ ...h, queryTerms: [...h.queryTerms].sort() }));
        expect(got, q.text).toEqual(reference(terms, weak));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});
