/**
 * Renders an article for Telegram (parse_mode HTML) and as plain text for the CLI preview.
 * Promise: only tags Telegram accepts (b, i, a, code), every piece of text escaped, each
 * paragraph self-contained so `splitMessages` can cut between paragraphs, a footer with the
 * sources and the review date, and the related articles the bot turns into buttons.
 */
import MarkdownIt from 'markdown-it';
import { escapeAttribute, escapeHtml, splitMessages } from '../text/telegram-html.js';
import type { Lang, Translate } from '../text/translate.js';
import type { Article } from './article.js';
import type { ArticleLookup } from './knowledge-base.js';
import type { ArticleSection } from './best-section.js';

// html:false so an editor's raw <tags> are shown as text, never passed to Telegram.
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
type Token = ReturnType<typeof markdown.parse>[number];

export interface RelatedLink {
  readonly id: string;
  readonly title: string;
}

export interface RenderedArticle {
  /** Telegram HTML messages, each within the message limit, in order. */
  readonly messages: string[];
  readonly related: RelatedLink[];
}

type Mode = 'html' | 'text';

const SAFE_LINK = /^(https?:|tg:|mailto:)/i;

function renderInline(tokens: readonly Token[], mode: Mode): string {
  let out = '';
  const openLinks: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += mode === 'html' ? escapeHtml(token.content) : token.content;
        break;
      case 'code_inline':
        out += mode === 'html' ? `<code>${escapeHtml(token.content)}</code>` : token.content;
        break;
      case 'softbreak':
        out += ' ';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'strong_open':
        if (mode === 'html') out += '<b>';
        break;
      case 'strong_close':
        if (mode === 'html') out += '</b>';
        break;
      case 'em_open':
        if (mode === 'html') out += '<i>';
        break;
      case 'em_close':
        if (mode === 'html') out += '</i>';
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        const safe = SAFE_LINK.test(href);
        openLinks.push(safe ? href : '');
        if (mode === 'html' && safe) out += `<a href="${escapeAttribute(href)}">`;
        break;
      }
      case 'link_close': {
        const href = openLinks.pop() ?? '';
        if (mode === 'html' && href) out += '</a>';
        else if (mode === 'text' && href) out += ` (${href})`;
        break;
      }
      case 'image':
        out += mode === 'html' ? escapeHtml(token.content) : token.content;
        break;
      default:
        if (token.content) out += mode === 'html' ? escapeHtml(token.content) : token.content;
    }
  }
  return out;
}

/** Markdown body → blocks (paragraphs) joined by blank lines; a heading sticks to what follows. */
export function renderBody(body: string, mode: Mode): string {
  const tokens = markdown.parse(body, {});
  const blocks: string[] = [];
  let pendingHeading: string | undefined;
  const emit = (text: string): void => {
    if (!text.trim()) return;
    if (pendingHeading !== undefined) {
      blocks.push(`${pendingHeading}\n${text}`);
      pendingHeading = undefined;
    } else {
      blocks.push(text);
    }
  };
  let current: string[] = [];
  // A whole list is one block: its lines stay together when messages are split.
  const listStack: Array<{ ordered: boolean; n: number }> = [];
  let listLines: string[] = [];
  let itemHasText = false;
  const flushItem = (): void => {
    if (itemHasText) listLines.push(current.join(''));
    current = [];
    itemHasText = false;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        current = [];
        break;
      case 'heading_close': {
        const text = current.join('');
        if (pendingHeading !== undefined) blocks.push(pendingHeading);
        pendingHeading = mode === 'html' ? `<b>${text}</b>` : text.toUpperCase();
        current = [];
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listStack.length > 0) flushItem();
        listStack.push({ ordered: token.type === 'ordered_list_open', n: Number(token.attrGet('start') ?? 1) - 1 });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        if (listStack.length === 0) {
          emit(listLines.join('\n'));
          listLines = [];
        }
        break;
      case 'list_item_open': {
        flushItem();
        const list = listStack[listStack.length - 1];
        if (list) list.n += 1;
        const indent = '  '.repeat(Math.max(0, listStack.length - 1));
        current = [indent + (list?.ordered ? `${list.n}. ` : '• ')];
        break;
      }
      case 'list_item_close':
        flushItem();
        break;
      case 'paragraph_open':
        if (listStack.length === 0) current = [];
        else if (itemHasText) current.push(' ');
        break;
      case 'paragraph_close':
        if (listStack.length === 0) {
          emit(current.join(''));
          current = [];
        }
        break;
      case 'inline': {
        const text = renderInline(token.children ?? [], mode);
        current.push(text);
        if (text.trim()) itemHasText = true;
        break;
      }
      case 'fence':
      case 'code_block':
        emit(mode === 'html' ? `<code>${escapeHtml(token.content.trimEnd())}</code>` : token.content.trimEnd());
        break;
      case 'hr':
        emit('———');
        break;
      default:
        break;
    }
  }
  if (pendingHeading !== undefined) blocks.push(pendingHeading);
  return blocks.join('\n\n');
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/** Building an Intl.DateTimeFormat costs far more than formatting with one, so one per language. */
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format;
}

// Formatting a date through Intl costs microseconds per answer; articles share a few dates.
const formattedDates = new Map<string, string>();
const MAX_FORMATTED_DATES = 1_000;

/** "30 Nov 2026" in the article's language; the date is a calendar day, so UTC. */
export function formatReviewDate(reviewed: string, lang: Lang): string {
  const key = `${lang}:${reviewed}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const date = new Date(`${reviewed}T00:00:00Z`);
  const formatted = Number.isNaN(date.getTime()) ? reviewed : dateFormat(lang).format(date).replace(/\./g, '');
  if (formattedDates.size < MAX_FORMATTED_DATES) formattedDates.set(key, formatted);
  return formatted;
}

/**
 * What rendering an article once leaves behind for the next time. Articles never change once
 * loaded (a content reload builds new Article objects), so the cache is keyed by the object
 * and goes away with it.
 */
interface RenderCache {
  html?: string;
  text?: string;
  /** The last Telegram messages, valid while the footer (translations, review date) is the same. */
  messages?: { readonly footer: string; readonly messages: readonly string[] };
}
const renderCache = new WeakMap<Article, RenderCache>();

function cacheOf(article: Article): RenderCache {
  let cache = renderCache.get(article);
  if (!cache) {
    cache = {};
    renderCache.set(article, cache);
  }
  return cache;
}

/** The article's body rendered once per mode: parsing Markdown is the expensive part of an answer. */
function bodyOf(article: Article, mode: Mode): string {
  const cache = cacheOf(article);
  const cached = cache[mode];
  if (cached !== undefined) return cached;
  const rendered = renderBody(article.body, mode);
  cache[mode] = rendered;
  return rendered;
}

/** Sources listed under a part of an article; the rest are one tap away in the whole article. */
const SECTION_SOURCES = 3;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

/**
 * The article's sources, those whose title names a word of `headings` first ("Korea Selatan"
 * puts the Korean ministry's source before Taiwan's), otherwise in the editors' order.
 */
function sourcesFor(article: Article, headings: readonly string[]): Article['sources'] {
  const named = new Set(headings.flatMap(wordsOf));
  if (named.size === 0) return article.sources;
  const names = (title: string): boolean => wordsOf(title).some((w) => named.has(w));
  return [...article.sources.filter((s) => names(s.title)), ...article.sources.filter((s) => !names(s.title))];
}

function footer(article: Article, t: Translate, mode: Mode, maxSources = Infinity, headings: readonly string[] = []): string {
  const shown = sourcesFor(article, headings).slice(0, maxSources);
  const more = article.sources.length - shown.length;
  const sources = shown.map((s) =>
    mode === 'html' ? `• <a href="${escapeAttribute(s.url)}">${escapeHtml(s.title)}</a>` : `• ${s.title} (${s.url})`,
  );
  if (more > 0) sources.push(`• ${mode === 'html' ? escapeHtml(t('knowledge-more-sources', { count: more })) : t('knowledge-more-sources', { count: more })}`);
  const heading = t('knowledge-sources-heading');
  const reviewed = t('knowledge-reviewed', { date: formatReviewDate(article.reviewed, article.lang) });
  return mode === 'html'
    ? `<b>${escapeHtml(heading)}</b>\n${sources.join('\n')}\n\n<i>${escapeHtml(reviewed)}</i>`
    : `${heading}\n${sources.join('\n')}\n\n${reviewed}`;
}

function relatedLinks(article: Article, lookup: ArticleLookup | undefined): RelatedLink[] {
  if (!lookup) return article.related.map((id) => ({ id, title: id }));
  return article.related.flatMap((id) => {
    const other = lookup.get(id, article.lang);
    return other ? [{ id, title: other.title }] : [];
  });
}

/** Telegram HTML messages for an article, plus its related articles for buttons. */
export function renderArticleHtml(article: Article, t: Translate, lookup?: ArticleLookup): RenderedArticle {
  const end = footer(article, t, 'html');
  const cache = cacheOf(article);
  if (cache.messages?.footer !== end) {
    const html = [`<b>${escapeHtml(article.title)}</b>`, bodyOf(article, 'html'), end].join('\n\n');
    cache.messages = { footer: end, messages: splitMessages(html) };
  }
  return { messages: [...cache.messages.messages], related: relatedLinks(article, lookup) };
}

/**
 * The sections of a long article that answer (best-section.ts): the title, the sections, the
 * first sources and the review date. The whole article is a button away.
 */
export function renderSectionsHtml(article: Article, sections: readonly ArticleSection[], t: Translate, lookup?: ArticleLookup): RenderedArticle {
  const html = [
    `<b>${escapeHtml(article.title)}</b>`,
    ...sections.map((section) => `<b>${escapeHtml(section.heading)}</b>\n${renderBody(section.markdown, 'html')}`),
    `<i>${escapeHtml(t('knowledge-section-of-article'))}</i>`,
    footer(article, t, 'html', SECTION_SOURCES, sections.map((s) => s.heading)),
  ].join('\n\n');
  return { messages: splitMessages(html), related: relatedLinks(article, lookup) };
}

/**
 * A long article as an overview (best-section.ts, overviewFits): the title, the introduction, a
 * line saying its parts are below as choices, the first sources and the review date.
 */
export function renderOverviewHtml(article: Article, intro: string, t: Translate, lookup?: ArticleLookup): RenderedArticle {
  const html = [
    `<b>${escapeHtml(article.title)}</b>`,
    ...(intro === '' ? [] : [renderBody(intro, 'html')]),
    `<i>${escapeHtml(t('knowledge-overview-hint'))}</i>`,
    footer(article, t, 'html', SECTION_SOURCES),
  ].join('\n\n');
  return { messages: splitMessages(html), related: relatedLinks(article, lookup) };
}

/** The same article as plain text (CLI preview), with links written out. */
export function renderArticleText(article: Article, t: Translate, lookup?: ArticleLookup): string {
  const related = relatedLinks(article, lookup);
  const parts = [article.title.toUpperCase(), bodyOf(article, 'text'), footer(article, t, 'text')];
  if (related.length > 0) {
    parts.push(`${t('knowledge-related-heading')}\n${related.map((r) => `• ${r.title} (${r.id})`).join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
