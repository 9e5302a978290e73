/**
 * Admin commands for the user ids in ADMIN_IDS: /stats, /reload, /unanswered. Anyone else gets
 * the ordinary reply, as if the commands did not exist.
 */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { formatIssue } from '../../content/content-issue.js';
import { listUnanswered } from '../../knowledge/unanswered.js';
import { escapeHtml, splitMessages } from '../../text/telegram-html.js';

async function counterTotals(ctx: BotContext): Promise<string[]> {
  const { registry } = ctx.deps.metrics;
  const lines: string[] = [];
  for (const name of ['kawan_updates_total', 'kawan_answers_total', 'kawan_ad_verdicts_total', 'kawan_emergency_replies_total', 'kawan_dedup_hits_total', 'kawan_rate_limited_total']) {
    const metric = registry.getSingleMetric(name);
    if (!metric) continue;
    const values = (await metric.get()).values;
    const parts = values.map((v) => {
      const label = Object.values(v.labels).join('/');
      return label ? `${label}=${v.value}` : String(v.value);
    });
    lines.push(`${name.replace(/^kawan_|_total$/g, '')}: ${parts.length > 0 ? parts.join(', ') : '0'}`);
  }
  return lines;
}

export function adminFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  const admin = feature.filter((ctx) => ctx.from !== undefined && ctx.deps.adminIds.has(ctx.from.id));

  admin.command('stats', async (ctx) => {
    const content = ctx.deps.content.current();
    const feedback = await ctx.deps.store.getFields('feedback');
    const storeUp = await ctx.deps.store.ping();
    const lines = [
      '<b>Kawan Migran — stats (this replica)</b>',
      `content loaded: ${content.loadedAt.toISOString()}`,
      `articles: ${content.knowledge.all().length}, signals: ${content.signals.signals.length}, channels: ${content.channels.channels.length}`,
      `store answers: ${storeUp ? 'yes' : 'NO (memory fallback)'}`,
      `uptime: ${Math.round(process.uptime() / 60)} min`,
      ...(await counterTotals(ctx)),
      `feedback: ${Object.entries(feedback).map(([k, v]) => `${k}=${v}`).join(', ') || 'none yet'}`,
    ];
    await ctx.reply(lines.map((l, i) => (i === 0 ? l : escapeHtml(l))).join('\n'), { parse_mode: 'HTML' });
  });

  admin.command('reload', async (ctx) => {
    const result = await ctx.deps.content.reload();
    ctx.deps.logger.info({ event: 'content_reload', ok: result.ok }, 'content reload requested by admin');
    if (result.ok) {
      await ctx.reply(`✅ Content reloaded (${result.content.knowledge.all().length} articles).`);
      return;
    }
    const report = result.issues.filter((i) => i.severity === 'error').slice(0, 20).map(formatIssue).join('\n');
    for (const message of splitMessages(`❌ Content NOT reloaded; the last good version stays in service.\n\n${escapeHtml(report)}`)) {
      await ctx.reply(message, { parse_mode: 'HTML' });
    }
  });

  admin.command('unanswered', async (ctx) => {
    const items = await listUnanswered(ctx.deps.store, new Date(ctx.deps.now()), 20);
    if (items.length === 0) {
      await ctx.reply('No unanswered questions in the last 30 days.');
      return;
    }
    const html = ['<b>Most frequent unanswered questions (30 days)</b>', ...items.map((i) => `${i.count}× ${escapeHtml(i.text)}`)].join('\n');
    for (const message of splitMessages(html)) await ctx.reply(message, { parse_mode: 'HTML' });
  });
  return feature;
}
