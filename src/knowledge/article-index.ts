/**
 * One index per language over an article's title, aliases, typical questions, summary and
 * body. Aliases and questions are what people type, so they weigh most; the body only breaks
 * ties. Terms come from analyze-question.ts, the same pipeline the query uses; each article is
 * analysed once, when the index is built.
 */
import type { Lang } from '../text/translate.js';
import { createTermIdAnalyzer, type QueryToken } from './analyze-question.js';
import type { Article } from './article.js';
import { createTermIndexOfIds, TermVocabulary, type TermHit, type TermIndex, type TermIndexOptions, type TermQuery } from './term-index.js';

export const FIELD_BOOSTS = { title: 3, aliases: 4, questions: 2.5, summary: 2, body: 0.5 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];
const HEADLINE_FIELDS: ReadonlySet<Field> = new Set<Field>(['title', 'aliases', 'questions', 'summary']);
/** Question words and generic words still rank, but count far less than topic words. */
const WEAK_TERM_BOOST = 0.3;

export interface RankedArticle {
  readonly id: string;
  readonly score: number;
  /** Share (0–1) of the question's topic words this article covers; body-only matches count less. */
  readonly coverage: number;
  /** The same count before dividing: how many topic words it covers (a long story covers a small share of many). */
  readonly covered: number;
  /** Topic words found in its title, aliases, questions or summary, not only in the body. */
  readonly headlineWords: number;
}

export interface ArticleIndex {
  readonly lang: Lang;
  /** The best `limit` articles, best first. */
  rank(tokens: readonly QueryToken[], limit: number): RankedArticle[];
}

/** Typos are tolerated only in longer words: in short ones one letter changes the meaning. */
function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

export function createArticleIndex(articles: readonly Article[], lang: Lang, options: TermIndexOptions = {}): ArticleIndex {
  const ofLang = articles.filter((a) => a.lang === lang);
  const vocabulary = new TermVocabulary();
  const termsOf = createTermIdAnalyzer(lang, vocabulary);
  // A generator, so each article's terms are garbage as soon as the index has taken them in.
  function* analysed(): Generator<Record<Field, number[]>> {
    for (const a of ofLang) {
      yield {
        title: termsOf(a.title),
        aliases: termsOf(a.aliases.join(' . ')),
        questions: termsOf(a.questions.join(' . ')),
        summary: termsOf(a.summary),
        body: termsOf(a.body),
      };
    }
  }
  const index: TermIndex<Field> = createTermIndexOfIds(FIELDS, vocabulary, analysed(), options);

  const coverageOf = (hit: TermHit, tokens: readonly QueryToken[]): { coverage: number; covered: number; headlineWords: number } => {
    const topic = tokens.filter((t) => !t.weak);
    if (topic.length === 0) return { coverage: hit.queryTerms.length > 0 ? 1 : 0, covered: 0, headlineWords: 0 };
    const matched = new Set(hit.queryTerms);
    let covered = 0;
    let headlineWords = 0;
    for (const token of topic) {
      const fields = token.terms.flatMap((t) => index.fieldsWith(hit.doc, t));
      if (fields.some((f) => HEADLINE_FIELDS.has(f))) {
        covered += 1;
        headlineWords += 1;
      } else if (fields.length > 0) covered += 0.6;
      else if (token.terms.some((t) => matched.has(t))) covered += 0.5;
    }
    const offTopic = topic.filter((t) => t.offTopic).length;
    return { coverage: covered / (topic.length + offTopic), covered, headlineWords };
  };

  return {
    lang,
    rank(tokens, limit) {
      const terms = [...new Set(tokens.flatMap((t) => t.terms))];
      if (terms.length === 0) return [];
      const weak = new Set(tokens.filter((t) => t.weak).flatMap((t) => t.terms));
      const queries = terms.map(
        (term): TermQuery => ({ term, fuzzy: fuzziness(term), prefix: term.length >= 5, boost: weak.has(term) ? WEAK_TERM_BOOST : 1 }),
      );
      return index.search(queries, FIELD_BOOSTS, limit).flatMap((hit) => {
        const article = ofLang[hit.doc];
        return article ? [{ id: article.id, score: hit.score, ...coverageOf(hit, tokens) }] : [];
      });
    },
  };
}
