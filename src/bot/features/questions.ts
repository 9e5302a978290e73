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
import { renderArticleHtml, renderSectionsHtml } from '../../knowledge/render-article.js';
import { bestSections } from '../../knowledge/best-section.js';
import { CATEGORIES, type Category } from '../../knowledge/article.js';
import type { SearchResponse } from '../../knowledge/knowledge-base.js';
import { recordFeedback, recordUnanswered } from '../../knowledge/unanswered.js';
import type { Lang } from '../../text/translate.js';
import { escapeHtml } from '../../text/telegram-html.js';
import { replyHtmlMessages } from '../reply-html.js';

const MAX_CHOICES = 3;

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
  await ctx.reply(escapeHtml(t('knowledge-not-sure')), { parse_mode: 'HTML', reply_markup: keyboard });
}

function menuRow(ctx: BotContext, lang: Lang): InlineKeyboard {
  const t = translatorFor(ctx.deps.i18n, lang);
  return new InlineKeyboard().text(t('menu-topics'), 'menu:topics').text(t('button-main-menu'), 'menu:main');
}

export async function sendArticle(ctx: BotContext, id: string, lang: Lang, question?: string): Promise<void> {
  const { knowledge } = ctx.deps.content.current();
  const article = knowledge.get(id, lang);
  const t = translatorFor(ctx.deps.i18n, lang);
  if (!article) {
    await ctx.reply(t('knowledge-article-missing'), { reply_markup: menuRow(ctx, lang) });
    return;
  }
  const sections = question === undefined ? [] : bestSections(article, question);
  const rendered = sections.length > 0 ? renderSectionsHtml(article, sections, t, knowledge) : renderArticleHtml(article, t, knowledge);
  const keyboard = new InlineKeyboard();
  if (sections.length > 0) keyboard.text(t('knowledge-read-whole'), `art:${lang}:${id}`).row();
  for (const related of rendered.related.slice(0, MAX_CHOICES)) keyboard.text(`📄 ${related.title}`, `art:${lang}:${related.id}`).row();
  keyboard.text(t('knowledge-feedback-up'), `fb:${id}:u`).text(t('knowledge-feedback-down'), `fb:${id}:d`).row();
  keyboard.text(t('button-main-menu'), 'menu:main');
  await replyHtmlMessages(ctx, rendered.messages, keyboard);
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
  feature.callbackQuery(/^fb:([a-z0-9-]{1,50}):(u|d)$/, async (ctx) => {
    const id = ctx.match[1] ?? '';
    if (ctx.deps.content.current().knowledge.get(id, 'id') || ctx.deps.content.current().knowledge.get(id, 'en')) {
      await recordFeedback(ctx.deps.store, id, ctx.match[2] === 'u' ? 'up' : 'down');
    }
    await ctx.answerCallbackQuery({ text: ctx.t('knowledge-feedback-thanks') });
  });
  return feature;
}
