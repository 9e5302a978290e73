/**
 * The features' composer routes updates exactly like grammY's own: the same handlers run in the
 * same order for commands, messages, buttons and nested filters, including handlers added after
 * the filter was registered; it only skips building a Composer per filter per update.
 */
import { describe, expect, it } from 'vitest';
import { Composer, Context, type Middleware } from 'grammy';
import type { Update } from 'grammy/types';
import { LeanComposer } from '../../src/bot/lean-composer.js';
import { callbackUpdate, TEST_BOT_INFO, textUpdate } from '../helpers/bot-fixtures.js';

/** One composer of each kind, wired the same way; returns what each handler saw, in order. */
function wire(composer: Composer<Context>, seen: string[]): void {
  composer.command('start', async (ctx, next) => {
    seen.push(`start:${ctx.match}`);
    await next();
  });
  const messages = composer.on('message:text');
  messages.hears(/tolong/, () => {
    seen.push('hears tolong');
  });
  // Added after the filter was registered: must still run.
  messages.use(async (_ctx, next) => {
    seen.push('text');
    await next();
  });
  composer.callbackQuery(/^menu:(.+)$/, (ctx) => {
    seen.push(`button:${ctx.match?.[1] ?? ''}`);
  });
  composer.drop((ctx) => ctx.chat?.type === 'private', () => {
    seen.push('not private');
  });
  composer.use(() => {
    seen.push('fallthrough');
  });
}

async function run(kind: 'grammy' | 'lean', update: Update): Promise<string[]> {
  const seen: string[] = [];
  const composer = kind === 'lean' ? new LeanComposer<Context>() : new Composer<Context>();
  wire(composer, seen);
  const ctx = new Context(update, {} as never, TEST_BOT_INFO);
  const middleware: Middleware<Context> = composer;
  await middleware.middleware()(ctx, async () => {
    seen.push('next');
  });
  return seen;
}

describe('LeanComposer', () => {
  const updates: Record<string, Update> = {
    command: textUpdate('/start kamboja'),
    'group text': textUpdate('info loker', { group: true }),
    plea: textUpdate('tolong saya'),
    text: textUpdate('apa itu visa kerja'),
    button: callbackUpdate('menu:topics'),
    'other button': callbackUpdate('lang:en'),
  };

  for (const [name, update] of Object.entries(updates)) {
    it(`runs the same handlers in the same order as grammY's Composer (${name})`, async () => {
      const expected = await run('grammy', update);
      expect(expected.length).toBeGreaterThan(0);
      expect(await run('lean', update)).toEqual(expected);
    });
  }
});
