/**
 * grammY's Composer, with `branch` and `filter` that build nothing per update.
 *
 * Why: in grammY 1.x every `on`, `command`, `callbackQuery` … goes through `filter` → `branch` →
 * `lazy`, and `lazy` wraps the chosen side in a new Composer for every update that passes by
 * (grammyjs/grammY#765). An update walks past dozens of such handlers before one takes it, so a
 * large part of the bot's per-update garbage was Composers built and thrown away. Here the choice
 * is made between two middleware functions flattened once; what runs, and in which order, is the
 * same: the true side is the filter's own composer, looked up at call time so handlers added to it
 * later still run.
 */
import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from 'grammy';

type Predicate<C> = (ctx: C) => boolean | Promise<boolean>;

function flatten<C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> {
  return typeof middleware === 'function' ? middleware : (ctx, next) => middleware.middleware()(ctx, next);
}

const pass = <C extends Context>(_ctx: C, next: NextFunction): Promise<void> => next();

export class LeanComposer<C extends Context> extends Composer<C> {
  override branch(predicate: Predicate<C>, trueMiddleware: Middleware<C>, falseMiddleware: Middleware<C>): Composer<C> {
    const onTrue = flatten(trueMiddleware);
    const onFalse = flatten(falseMiddleware);
    return this.use(async (ctx, next) => ((await predicate(ctx)) ? onTrue(ctx, next) : onFalse(ctx, next)));
  }

  override filter(predicate: Predicate<C>, ...middleware: Middleware<C>[]): Composer<C> {
    const composer = new LeanComposer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }
}
