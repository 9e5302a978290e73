/**
 * One MiniSearch index per language over an article's title, aliases, typical questions,
 * summary and body. Aliases and questions are what people type, so they weigh most; the body
 * only breaks ties. Terms come from analyze-question.ts, the same pipeline the query uses.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Lang } from '../text/translate.js';
import { indexTerms, type QueryToken } from './analyze-question.js';
import type { Article } from './article.js';

export const FIELD_BOOSTS = { title: 3, aliases: 4, questions: 2.5, summary: 2, body: 0.5 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
const HEADLINE_FIELDS: readonly Field[] = ['title', 'aliases', 'questions', 'summary'];

interface IndexedDoc {
  readonly id: string;
  readonly title: string;
  readonly aliases: string;
  readonly questions: string;
  readonly summary: string;
  readonly body: string;
}

export interface RankedArticle {
  readonly id: string;
  readonly score: number;
  /** Share (0–1) of the question's topic words this article covers; body-only matches count less. */
  readonly coverage: number;
}

export interface ArticleIndex {
  readonly lang: Lang;
  rank(tokens: readonly QueryToken[]): RankedArticle[];
}

function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

export function createArticleIndex(articles: readonly Article[], lang: Lang): ArticleIndex {
  const search = new MiniSearch<IndexedDoc>({
    fields: FIELDS,
    idField: 'id',
    tokenize: (text) => indexTerms(text, lang),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
    },
  });
  const headlineTerms = new Map<string, Set<string>>();
  const bodyTerms = new Map<string, Set<string>>();
  const docs = articles
    .filter((a) => a.lang === lang)
    .map((a): IndexedDoc => ({
      id: a.id,
      title: a.title,
      aliases: a.aliases.join(' . '),
      questions: a.questions.join(' . '),
      summary: a.summary,
      body: a.body,
    }));
  for (const doc of docs) {
    headlineTerms.set(doc.id, new Set(HEADLINE_FIELDS.flatMap((f) => indexTerms(doc[f], lang))));
    bodyTerms.set(doc.id, new Set(indexTerms(doc.body, lang)));
  }
  search.addAll(docs);

  const coverageOf = (result: SearchResult, tokens: readonly QueryToken[]): number => {
    const topic = tokens.filter((t) => !t.weak);
    if (topic.length === 0) return result.queryTerms.length > 0 ? 1 : 0;
    const headline = headlineTerms.get(String(result.id)) ?? new Set<string>();
    const body = bodyTerms.get(String(result.id)) ?? new Set<string>();
    const matched = new Set(result.queryTerms);
    let covered = 0;
    for (const token of topic) {
      if (token.terms.some((t) => headline.has(t))) covered += 1;
      else if (token.terms.some((t) => body.has(t))) covered += 0.6;
      else if (token.terms.some((t) => matched.has(t))) covered += 0.5;
    }
    const offTopic = topic.filter((t) => t.offTopic).length;
    return covered / (topic.length + offTopic);
  };

  return {
    lang,
    rank(tokens) {
      const terms = [...new Set(tokens.flatMap((t) => t.terms))];
      if (terms.length === 0) return [];
      const weak = new Set(tokens.filter((t) => t.weak).flatMap((t) => t.terms));
      const results = search.search(terms.join(' '), {
        boost: FIELD_BOOSTS,
        fuzzy: fuzziness,
        prefix: (term) => term.length >= 5,
        combineWith: 'OR',
        boostTerm: (term) => (weak.has(term) ? 0.3 : 1),
      });
      return results.map((r) => ({ id: String(r.id), score: r.score, coverage: coverageOf(r, tokens) }));
    },
  };
}

