/**
 * The part of a long article that answers a question. "gajinya gede bgt sayang kalo dilewatin"
 * is answered by one section of the doubts article; sending all of it (7,000 characters, eleven
 * links) to a cheap phone buries the answer. Sections are the article's "## " headings; the
 * text before the first heading is the introduction.
 *
 * Sections are chosen only when the article is long and a section's heading names the question's
 * words (bestSections); at most two, else the whole article is the answer. A long article whose
 * headings name none of the question's words is offered as an overview instead (overviewFits):
 * its introduction and its headings as choices, not seven screens on a cheap phone.
 */
import { analyze, withoutContactDetails } from './analyze-question.js';
import type { Article } from './article.js';

/** Shorter than this, the whole article is short enough to read on a phone. */
export const LONG_ARTICLE_CHARS = 2_500;
/** Topic words of the question that must meet in the section. */
const MIN_MATCHES = 2;
/** Sections are read up to this many characters (they are short; this bounds editors' mistakes). */
const MAX_SECTION_CHARS = 20_000;

export interface ArticleSection {
  /** The heading without "## ". */
  readonly heading: string;
  /** Markdown under the heading. */
  readonly markdown: string;
}

/**
 * The text before the first "## " heading, trimmed; when the article opens with a heading ("##
 * Pengertian"), its first section, so "apa itu TPPO?" still reads the definition first.
 */
export function introOf(article: Article): string {
  const intro = (article.body.split(/^## +/m)[0] ?? '').trim();
  if (intro !== '') return intro;
  const first = sectionsOf(article)[0];
  return first === undefined ? '' : `**${first.heading}**\n\n${first.markdown}`;
}

/** The article's "## " sections, in order (the introduction is not one). */
export function sectionsOf(article: Article): ArticleSection[] {
  const sections: ArticleSection[] = [];
  const parts = article.body.split(/^## +/m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const heading = (newline === -1 ? part : part.slice(0, newline)).trim();
    const markdown = newline === -1 ? '' : part.slice(newline + 1).trim();
    if (heading !== '' && markdown !== '') sections.push({ heading, markdown });
  }
  return sections;
}

function termsOf(text: string, lang: Article['lang']): Set<string> {
  return new Set(analyze(text, lang, MAX_SECTION_CHARS).flatMap((t) => t.terms));
}

interface IndexedSection {
  readonly section: ArticleSection;
  readonly heading: ReadonlySet<string>;
  readonly body: ReadonlySet<string>;
}

// Articles are immutable once loaded: their sections' terms are worked out once per article, not
// at every question (a new content version brings new Article objects, and the old entries go).
const indexed = new WeakMap<Article, readonly IndexedSection[]>();

function indexedSections(article: Article): readonly IndexedSection[] {
  let sections = indexed.get(article);
  if (!sections) {
    sections = sectionsOf(article).map((section) => ({
      section,
      heading: termsOf(section.heading, article.lang),
      body: termsOf(section.markdown, article.lang),
    }));
    indexed.set(article, sections);
  }
  return sections;
}

/** Most sections one answer shows; a question that meets more is answered by the whole article. */
const MAX_SECTIONS = 2;

/**
 * The sections that answer `question`, in the article's order (one, or two when it raises two
 * points: "temen sy aman2 aja, gajinya gede lg"), or [] when the whole article should be sent.
 */
export function bestSections(article: Article, question: string, options: { followUp?: boolean } = {}): ArticleSection[] {
  // A follow-up ("klo hongkong?") names one thing in a conversation already about the article:
  // one heading that names it is enough, and a short article is cut too.
  if (article.body.length < LONG_ARTICLE_CHARS && !options.followUp) return [];
  return matchSections(article, question, options).chosen;
}

/** Fewest sections for an overview: with one or two, the whole article is short enough to scroll. */
const MIN_OVERVIEW_SECTIONS = 3;

/**
 * A long article no one or two of whose parts answer the question ("Is it ok to work in Dubai as a
 * housemaid?" names no heading; "nanti sy bakal dipenjara gk" shares a word with several):
 * offered as an overview, its parts as choices.
 */
export function overviewFits(article: Article, question: string): boolean {
  if (article.body.length < LONG_ARTICLE_CHARS || indexedSections(article).length < MIN_OVERVIEW_SECTIONS) return false;
  return matchSections(article, question, {}).chosen.length === 0;
}

interface SectionMatch {
  /** The sections to send ([] for the whole article). */
  readonly chosen: ArticleSection[];
}

function matchSections(article: Article, question: string, options: { followUp?: boolean }): SectionMatch {
  const asked = analyze(withoutContactDetails(question), article.lang).filter((t) => !t.offTopic);
  // A follow-up may be one place ('hongkong' is a weak word: no article of its own).
  if (asked.filter((t) => !t.weak || options.followUp).length === 0) return { chosen: [] };
  const answering: ArticleSection[] = [];
  // In a follow-up one word in a heading is enough, but a section that meets the whole question
  // wins over one that shares a word with it ("identitas pelapor dirahasiakan?" is answered by
  // "Identitas pelapor: …", not also by "Ke mana melapor").
  const loose: ArticleSection[] = [];
  for (const { section, heading, body } of indexedSections(article)) {
    let strong = 0;
    let inHeading = 0;
    for (const token of asked) {
      const inThisHeading = token.terms.some((term) => heading.has(term));
      // A generic word ("teman", "aman") counts only where a heading names it: "Teman saya sudah
      // berangkat, aman-aman saja" is the answer to "temen sy aman2 aja".
      if (inThisHeading) inHeading += 1;
      if (!token.weak && (inThisHeading || token.terms.some((term) => body.has(term)))) strong += 1;
    }
    // The heading must name the question's words: a long section that merely mentions them in
    // passing is not the answer.
    if ((strong >= 1 && inHeading >= 1 && strong + inHeading >= MIN_MATCHES + 1) || inHeading >= MIN_MATCHES) answering.push(section);
    else if (options.followUp && inHeading >= 1) loose.push(section);
  }
  const chosen = answering.length > 0 ? answering : loose;
  return { chosen: chosen.length <= MAX_SECTIONS ? chosen : [] };
}
