/**
 * Answering free questions from the knowledge base, in the language the question was asked
 * in. Confident → the article with its sources; unsure → "not sure" and up to three likely
 * articles plus the way to human help; off-topic → what the bot can help with.
 * Also /topik (/topics): categories → articles, and the 👍/👎 feedback buttons.
 */
import { InlineKeyboard, type Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { translatorFor } from '../i18n.js';
import { renderArticleHtml, renderOverviewHtml, renderSectionsHtml } from '../../knowledge/render-article.js';
import { bestSections, introOf, overviewFits, sectionsOf } from '../../knowledge/best-section.js';
import type { Article } from '../../knowledge/article.js';
import type { Translate } from '../../text/translate.js';
import { CATEGORIES, type Category } from '../../knowledge/article.js';
import type { SearchResponse } from '../../knowledge/knowledge-base.js';
import { recordFeedback, recordUnanswered } from '../../knowledge/unanswered.js';
import type { Lang } from '../../text/translate.js';
import { escapeHtml } from '../../text/telegram-html.js';
import { replyHtmlMessages } from '../reply-html.js';
import { createEphemeralCache } from '../ephemeral-cache.js';
import { chatKeyOf } from '../chat-key.js';
import { countryNamedIn } from '../../router/index.js';

const MAX_CHOICES = 3;

// Per chat, in this process's memory for 10 minutes: the id of the last article sent (never the
// question), so a follow-up of a few words ("klo hongkong?", "itu wajar gk") is read with it.
const lastArticles = createEphemeralCache<{ readonly id: string; readonly lang: Lang }>({ ttlMs: 10 * 60_000, maxEntries: 20_000 });

/** The article this chat was sent in the last 10 minutes, if any. */
export function lastArticleOf(ctx: BotContext): { readonly id: string; readonly lang: Lang } | undefined {
  return lastArticles.get(chatKeyOf(ctx));
}

/** /hapus: forgotten at once. */
export function forgetLastArticle(ctx: BotContext): void {
  lastArticles.delete(chatKeyOf(ctx));
}

/**
 * A few words the bot cannot place right after an article ("itu wajar gk?"): not "sorry, I only
 * help with…" in a conversation that is on topic, but a request for a few more words and the way
 * back to that article. Says whether it replied (only when an article was sent recently).
 */
export async function askAboutLastArticle(ctx: BotContext, lang: Lang): Promise<boolean> {
  const last = lastArticleOf(ctx);
  const article = last && ctx.deps.content.current().knowledge.get(last.id, last.lang);
  if (!last || !article) return false;
  const t = translatorFor(ctx.deps.i18n, lang);
  const keyboard = new InlineKeyboard().text(`📄 ${article.title}`, `art:${last.lang}:${last.id}`).row().text(t('button-main-menu'), 'menu:main');
  await ctx.reply(t('follow-up-unclear', { title: article.title }), { reply_markup: keyboard });
  return true;
}

/**
 * A follow-up of a few words the search alone is not sure of ("klo hongkong?" after the article
 * on legal wages) is searched again together with the last article's title: when that is sure of
 * an article, its sections on the new words are sent (or the article, when it is another one).
 * Says whether it answered.
 */
export async function answerFollowUp(ctx: BotContext, text: string): Promise<boolean> {
  const last = lastArticleOf(ctx);
  const { knowledge } = ctx.deps.content.current();
  const article = last && knowledge.get(last.id, last.lang);
  if (!last || !article) return false;
  const response = knowledge.search(`${article.title} ${text}`, { lang: last.lang });
  const top = response.results[0];
  if (!response.confident || !top) return false;
  // The same article again: only if a section answers the new words, never the whole of it twice.
  if (top.id === last.id && bestSections(article, text, { followUp: true }).length === 0) return false;
  ctx.deps.metrics.answers.inc({ confidence: 'confident' });
  await sendArticle(ctx, top.id, last.lang, text, { followUp: true });
  return true;
}

/**
 * Sends the article the search is sure of, if it is sure of one; says whether it did. Of a long
 * article, only the section that answers `question` (best-section.ts), with the whole one a tap away.
 */
async function sendIfConfident(ctx: BotContext, response: SearchResponse, question?: string): Promise<boolean> {
  const top = response.results[0];
  if (!response.confident || !top) return false;
  ctx.deps.metrics.answers.inc({ confidence: 'confident' });
  await sendArticle(ctx, top.id, response.lang, question);
  return true;
}

/**
 * A message routed as chit-chat, which may be a keyword ("visa turis", "lapor calo") or small talk
 * ("halo kak"): the article when the search is sure of one, else nothing (the caller shows the
 * menu). Small talk is never a sure answer.
 */
export async function answerIfConfident(ctx: BotContext, text: string): Promise<boolean> {
  return sendIfConfident(ctx, ctx.deps.content.current().knowledge.search(text, { lang: ctx.lang }), text);
}

/** What the knowledge base says about a message, in the language it was written in. */
export function searchQuestion(ctx: BotContext, text: string): SearchResponse {
  return ctx.deps.content.current().knowledge.search(text, { lang: ctx.lang });
}

/**
 * `record: false` keeps an unanswered question out of the editors' list: what someone writes in a
 * crisis conversation is never stored, even scrubbed.
 */
export async function answerQuestion(ctx: BotContext, text: string, searched?: SearchResponse, options: { record?: boolean } = {}): Promise<void> {
  const response = searched ?? searchQuestion(ctx, text);
  const record = options.record ?? true;
  if (await sendIfConfident(ctx, response, text)) return;
  const t = translatorFor(ctx.deps.i18n, response.lang);
  const top = response.results[0];
  if (response.outOfScope || !top) {
    ctx.deps.metrics.answers.inc({ confidence: 'out-of-scope' });
    if (!response.outOfScope && record) await recordUnanswered(ctx.deps.store, text, new Date(ctx.deps.now()));
    const key = response.outOfScope ? 'knowledge-out-of-scope' : 'knowledge-not-found';
    await ctx.reply(t(key), { parse_mode: 'HTML', reply_markup: menuRow(ctx, response.lang) });
    return;
  }
  ctx.deps.metrics.answers.inc({ confidence: 'unsure' });
  if (record) await recordUnanswered(ctx.deps.store, text, new Date(ctx.deps.now()));
  const keyboard = new InlineKeyboard();
  for (const hit of response.results.slice(0, MAX_CHOICES)) keyboard.text(hit.title, `art:${response.lang}:${hit.id}`).row();
  keyboard.text(t('menu-report'), 'menu:report').row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  // The likeliest article's one-line summary: often the answer in brief ("no passport, no legal
  // way in"), and a reason to tap, instead of three bare titles.
  const likeliest = ctx.deps.content.current().knowledge.get(top.id, response.lang);
  const summary = likeliest?.summary.trim() ?? '';
  const reply = summary === ''
    ? escapeHtml(t('knowledge-not-sure'))
    : `${escapeHtml(t('knowledge-not-sure-likeliest'))}\n\n📄 <b>${escapeHtml(top.title)}</b>\n${escapeHtml(summary)}\n\n${escapeHtml(t('knowledge-not-sure-others'))}`;
  await ctx.reply(reply, { parse_mode: 'HTML', reply_markup: keyboard });
}

/**
 * "klo hongkong?" with no article before it: a place named alone. What people ask about a
 * destination is how to work there legally, how to tell a fake offer, and whom to call, so the
 * reply offers those: the articles a search for work in that place finds, and the official
 * contacts for that country (report.ts, `emb:`), instead of "I only help with…".
 */
export async function offerPlaceTopics(ctx: BotContext, place: string, country: string, lang: Lang): Promise<void> {
  const t = translatorFor(ctx.deps.i18n, lang);
  const response = ctx.deps.content.current().knowledge.search(`${t('knowledge-place-query')} ${place}`, { lang });
  const keyboard = new InlineKeyboard();
  // Not "Bekerja di Kamboja" for Malaysia: an article whose title names another country answers another question.
  const choices = response.outOfScope ? [] : response.results.filter((hit) => [undefined, country].includes(countryNamedIn(hit.title)));
  for (const hit of choices.slice(0, MAX_CHOICES)) keyboard.text(`📄 ${hit.title}`, `art:${response.lang}:${hit.id}`).row();
  keyboard.text(t('knowledge-place-contacts'), `emb:${country}`).row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  await ctx.reply(escapeHtml(t('knowledge-place-topics', { place })), { parse_mode: 'HTML', reply_markup: keyboard });
}

function menuRow(ctx: BotContext, lang: Lang): InlineKeyboard {
  const t = translatorFor(ctx.deps.i18n, lang);
  return new InlineKeyboard().text(t('menu-topics'), 'menu:topics').text(t('button-main-menu'), 'menu:main');
}

/** Most part buttons under an overview; the rest are in the whole article, one tap away. */
const MAX_PART_BUTTONS = 8;
/** Telegram shows about this many characters of a button on a phone. */
const PART_LABEL_CHARS = 40;

/** The buttons under a part of an article or its overview: the whole, related ones, 👍/👎, the menu. */
function articleKeyboard(article: Article, t: Translate, related: readonly { id: string; title: string }[], whole: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (whole) keyboard.text(t('knowledge-read-whole'), `art:${article.lang}:${article.id}`).row();
  for (const r of related.slice(0, MAX_CHOICES)) keyboard.text(`📄 ${r.title}`, `art:${article.lang}:${r.id}`).row();
  keyboard.text(t('knowledge-feedback-up'), `fb:${article.id}:u`).text(t('knowledge-feedback-down'), `fb:${article.id}:d`).row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  return keyboard;
}

/** A long article whose headings the question does not name: its introduction, and its parts as buttons. */
async function sendOverview(ctx: BotContext, article: Article, t: Translate): Promise<void> {
  const { knowledge } = ctx.deps.content.current();
  const rendered = renderOverviewHtml(article, introOf(article), t, knowledge);
  const keyboard = new InlineKeyboard();
  sectionsOf(article).slice(0, MAX_PART_BUTTONS).forEach((section, index) => {
    // "Timur Tengah: tanyakan dulu sebelum berangkat" → "Timur Tengah": the part before a colon names it.
    const colon = section.heading.indexOf(':');
    const name = colon >= 4 ? section.heading.slice(0, colon) : section.heading;
    const label = name.length > PART_LABEL_CHARS ? `${name.slice(0, PART_LABEL_CHARS - 1)}…` : name;
    keyboard.text(`▸ ${label}`, `sec:${article.lang}:${article.id}:${index}`).row();
  });
  keyboard.text(t('knowledge-read-whole'), `art:${article.lang}:${article.id}`).row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  await replyHtmlMessages(ctx, rendered.messages, keyboard);
}

/** A part of an article chosen from its overview. */
async function sendPart(ctx: BotContext, id: string, lang: Lang, index: number): Promise<void> {
  const { knowledge } = ctx.deps.content.current();
  const article = knowledge.get(id, lang);
  const t = translatorFor(ctx.deps.i18n, lang);
  const section = article === undefined ? undefined : sectionsOf(article)[index];
  if (!article || !section) {
    await ctx.reply(t('knowledge-article-missing'), { reply_markup: menuRow(ctx, lang) });
    return;
  }
  lastArticles.set(chatKeyOf(ctx), { id, lang });
  const rendered = renderSectionsHtml(article, [section], t, knowledge);
  await replyHtmlMessages(ctx, rendered.messages, articleKeyboard(article, t, rendered.related, true));
}

export async function sendArticle(
  ctx: BotContext, id: string, lang: Lang, question?: string, options: { followUp?: boolean; overview?: boolean } = {},
): Promise<void> {
  const { knowledge } = ctx.deps.content.current();
  const article = knowledge.get(id, lang);
  const t = translatorFor(ctx.deps.i18n, lang);
  if (!article) {
    await ctx.reply(t('knowledge-article-missing'), { reply_markup: menuRow(ctx, lang) });
    return;
  }
  // The article just sent, found again by the next question ("brp hari boleh tinggal disana"): its
  // part on the new words, else a pointer to it, never the whole of it a second time in a row.
  const last = question === undefined ? undefined : lastArticleOf(ctx);
  const again = last !== undefined && last.id === id && last.lang === lang;
  const sections = question === undefined ? [] : bestSections(article, question, again ? { followUp: true } : options);
  lastArticles.set(chatKeyOf(ctx), { id, lang });
  if (again && sections.length === 0) {
    const back = new InlineKeyboard().text(`📄 ${article.title}`, `art:${lang}:${id}`).row().text(t('button-main-menu'), 'menu:main');
    await ctx.reply(t('knowledge-same-article', { title: article.title }), { reply_markup: back });
    return;
  }
  // A question whose words no heading names, answered by a long article: its overview. A button
  // press ("art:…") or "Read the whole article" still gets the whole.
  if (question !== undefined && sections.length === 0 && options.overview !== false && !options.followUp && overviewFits(article, question)) {
    await sendOverview(ctx, article, t);
    return;
  }
  const rendered = sections.length > 0 ? renderSectionsHtml(article, sections, t, knowledge) : renderArticleHtml(article, t, knowledge);
  await replyHtmlMessages(ctx, rendered.messages, articleKeyboard(article, t, rendered.related, sections.length > 0));
}

export async function showTopics(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  for (const category of CATEGORIES) keyboard.text(ctx.t(`knowledge-category-${category}`), `top:${category}`).row();
  keyboard.text(ctx.t('button-main-menu'), 'menu:main');
  await ctx.reply(ctx.t('knowledge-topics-title'), { reply_markup: keyboard });
}

export function questionsFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.command(['topik', 'topics'], showTopics);
  feature.callbackQuery('menu:topics', async (ctx) => {
    await ctx.answerCallbackQuery();
    await showTopics(ctx);
  });
  feature.callbackQuery('menu:ask', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('menu-ask-hint'), { parse_mode: 'HTML' });
  });
  feature.callbackQuery(/^top:([a-z-]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const category = ctx.match[1] as Category;
    if (!CATEGORIES.includes(category)) return;
    const articles = ctx.deps.content.current().knowledge.byCategory(ctx.lang).get(category) ?? [];
    const keyboard = new InlineKeyboard();
    for (const article of articles) keyboard.text(article.title, `art:${ctx.lang}:${article.id}`).row();
    keyboard.text(ctx.t('menu-topics'), 'menu:topics').text(ctx.t('button-main-menu'), 'menu:main');
    await ctx.reply(`<b>${escapeHtml(ctx.t(`knowledge-category-${category}`))}</b>`, { parse_mode: 'HTML', reply_markup: keyboard });
  });
  feature.callbackQuery(/^art:(id|en):([a-z0-9-]{1,50})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendArticle(ctx, ctx.match[2] ?? '', ctx.match[1] === 'en' ? 'en' : 'id');
  });
  feature.callbackQuery(/^sec:(id|en):([a-z0-9-]{1,50}):(\d{1,2})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendPart(ctx, ctx.match[2] ?? '', ctx.match[1] === 'en' ? 'en' : 'id', Number(ctx.match[3]));
  });
  feature.callbackQuery(/^fb:([a-z0-9-]{1,50}):(u|d)$/, async (ctx) => {
    const id = ctx.match[1] ?? '';
    if (ctx.deps.content.current().knowledge.get(id, 'id') || ctx.deps.content.current().knowledge.get(id, 'en')) {
      await recordFeedback(ctx.deps.store, id, ctx.match[2] === 'u' ? 'up' : 'down');
    }
    await ctx.answerCallbackQuery({ text: ctx.t('knowledge-feedback-thanks') });
  });
  return feature;
}
