/**
 * The knowledge base: validated articles in both languages, searchable by free questions.
 * Promise: `search` never throws, answers in the question's language, returns at most five
 * articles best first, and says whether it is confident, unsure, or the question is out of
 * scope. No grammY here; the bot and the CLI call the same functions.
 */
import { ContentError, hasErrors } from '../content/content-issue.js';
import type { Lang } from '../text/translate.js';
import { analyze, withoutContactDetails, type QueryToken } from './analyze-question.js';
import { WORK_ABROAD_WORDS } from './lexicon.js';
import { createArticleIndex, type ArticleIndex, type RankedArticle } from './article-index.js';
import { LANGS, type Article, type Category } from './article.js';
import { judge } from './confidence.js';
import { detectLanguage } from './detect-language.js';
import { inspectArticles } from './validate-articles.js';
import type { TermIndexOptions } from './term-index.js';

export const MAX_RESULTS = 5;

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly score: number;
}

export interface SearchResponse {
  /** Language of the question, which is also the language of the hits. */
  readonly lang: Lang;
  readonly confident: boolean;
  readonly outOfScope: boolean;
  readonly results: readonly SearchHit[];
}

export interface SearchOptions {
  /** The user's interface language: only breaks ties in language detection. */
  readonly lang?: Lang;
}

export interface ArticleLookup {
  get(id: string, lang: Lang): Article | undefined;
}

export interface KnowledgeBase extends ArticleLookup {
  search(text: string, options?: SearchOptions): SearchResponse;
  /** Articles of one language grouped by category, in a stable order (for menus). */
  byCategory(lang: Lang): ReadonlyMap<Category, readonly Article[]>;
  all(lang?: Lang): readonly Article[];
  /** Related articles that exist in this language, for buttons. */
  related(id: string, lang: Lang): ReadonlyArray<{ id: string; title: string }>;
}

/** How the index is kept; the defaults are what the bot runs with. */
export type KnowledgeBaseOptions = TermIndexOptions;

export function createKnowledgeBase(articles: readonly Article[], options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const byKey = new Map(articles.map((a) => [`${a.lang}:${a.id}`, a]));
  const indexes = new Map<Lang, ArticleIndex>(LANGS.map((lang) => [lang, createArticleIndex(articles, lang, options)]));
  const get = (id: string, lang: Lang): Article | undefined => byKey.get(`${lang}:${id}`);

  const general = new Map<Lang, readonly Article[]>(LANGS.map((lang) => [lang, articles.filter((a) => a.lang === lang && a.general === true)]));
  const rankIn = (text: string, lang: Lang) => {
    const tokens = analyze(withoutContactDetails(text), lang);
    const ranked: RankedArticle[] = indexes.get(lang)?.rank(tokens, MAX_RESULTS) ?? [];
    const topicWords = tokens.filter((t) => !t.weak).length;
    const offTopicWords = tokens.filter((t) => t.offTopic).length;
    return { ranked, topicWords, offTopicWords, aboutWorkAbroad: offTopicWords === 0 && namesWorkAbroad(tokens, lang) };
  };
  const hit = (article: Article, score: number): SearchHit => ({ id: article.id, title: article.title, summary: article.summary, score: Math.round(score * 100) / 100 });

  const search = (text: string, options: SearchOptions = {}): SearchResponse => {
    const input = typeof text === 'string' ? text : '';
    const lang = detectLanguage(input, options.lang);
    const { ranked, topicWords, offTopicWords, aboutWorkAbroad } = rankIn(input, lang);
    const verdict = judge({
      scores: ranked.map((r) => r.score),
      coverage: ranked[0]?.coverage ?? 0,
      covered: ranked[0]?.covered ?? 0,
      headlineWords: ranked[0]?.headlineWords ?? 0,
      topicWords,
      offTopicWords,
    });
    // "kerja di malaysia aman gk?" names no topic, yet is the bot's whole subject: not declined,
    // but unsure, with the general articles to choose from (those the words rank first, first).
    const generalArticles = general.get(lang) ?? [];
    if (verdict.outOfScope && aboutWorkAbroad && generalArticles.length > 0) {
      const scoreOf = (id: string): number => ranked.find((r) => r.id === id)?.score ?? 0;
      const choices = [...generalArticles].sort((a, b) => scoreOf(b.id) - scoreOf(a.id)).slice(0, MAX_RESULTS);
      return { lang, confident: false, outOfScope: false, results: choices.map((a) => hit(a, scoreOf(a.id))) };
    }
    const results: SearchHit[] = [];
    for (const r of ranked) {
      const article = get(r.id, lang);
      if (!article) continue;
      results.push(hit(article, r.score));
      if (results.length >= MAX_RESULTS) break;
    }
    return { lang, ...verdict, results: verdict.outOfScope ? results.slice(0, 0) : results };
  };

  return {
    get,
    search(text, options) {
      try {
        return search(text, options);
      } catch {
        // Search must never break the conversation; an unexpected failure reads as "not sure".
        return { lang: options?.lang ?? 'id', confident: false, outOfScope: false, results: [] };
      }
    },
    byCategory(lang) {
      const groups = new Map<Category, Article[]>();
      for (const a of articles) {
        if (a.lang !== lang) continue;
        const list = groups.get(a.category) ?? [];
        list.push(a);
        groups.set(a.category, list);
      }
      for (const list of groups.values()) list.sort((x, y) => x.title.localeCompare(y.title, lang));
      return groups;
    },
    all(lang) {
      return lang ? articles.filter((a) => a.lang === lang) : articles;
    },
    related(id, lang) {
      const article = get(id, lang);
      if (!article) return [];
      return article.related.flatMap((rid) => {
        const other = get(rid, lang);
        return other ? [{ id: other.id, title: other.title }] : [];
      });
    },
  };
}

/** A work word and an abroad word ("kerja … malaysia", "jobs overseas"), as analyze() spells them. */
function namesWorkAbroad(tokens: readonly QueryToken[], lang: Lang): boolean {
  const { work, abroad } = WORK_ABROAD_WORDS[lang];
  const has = (set: ReadonlySet<string>): boolean => tokens.some((t) => set.has(t.word) || set.has(t.terms[0] ?? t.word));
  return has(work) && has(abroad);
}

/** Loads and validates `content/articles`; throws `ContentError` listing every error. */
export async function loadKnowledgeBase(contentDir: string, options: { now?: Date } = {}): Promise<KnowledgeBase> {
  const { articles, issues } = await inspectArticles(contentDir, { now: options.now ?? new Date(), strict: false });
  if (hasErrors(issues)) throw new ContentError(issues);
  return createKnowledgeBase(articles);
}
