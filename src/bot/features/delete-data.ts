/** /hapus (/delete): deletes the user's session and per-user data at once. */
import type { Composer } from 'grammy';
import { LeanComposer } from '../lean-composer.js';
import type { BotContext } from '../context.js';
import { forgetCheckNotes } from './check.js';
import { forgetCrisisNotes } from './report.js';
import { forgetLastArticle } from './questions.js';
import { forgetAdPieces } from '../free-message/ad-parts.js';

export function deleteDataFeature(): Composer<BotContext> {
  const feature = new LeanComposer<BotContext>();
  feature.command(['hapus', 'delete'], async (ctx) => {
    const lang = ctx.lang;
    // Assigning null makes grammY delete the stored session instead of writing it back.
    ctx.session = null as unknown as typeof ctx.session;
    // The only other per-user key: the rate-limit counter (it expires within a minute anyway).
    if (ctx.from) await ctx.deps.store.delete(`rate:${ctx.from.id}`);
    // And the in-memory notes: the last check's verdict, the country of the last cry for help or
    // the last one named, the last article sent, the pieces of an ad waiting to be joined.
    forgetCheckNotes(ctx);
    forgetCrisisNotes(ctx);
    forgetLastArticle(ctx);
    forgetAdPieces(ctx);
    ctx.deps.logger.info({ update_id: ctx.update.update_id, event: 'user_data_deleted' }, 'user data deleted');
    await ctx.reply(ctx.deps.i18n.t(lang, 'delete-done'));
  });
  return feature;
}
