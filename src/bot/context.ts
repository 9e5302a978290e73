/**
 * The bot's typed context: grammY's context plus session, i18n and the dependencies every
 * feature needs. Sessions hold preferences and short-lived flow state only, never message text.
 */
import type { Context, SessionFlavor } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Lang } from '../text/translate.js';
import type { BotDeps } from './deps.js';
import type { MenuEntry } from './keyboards.js';

export type Flow =
  | { kind: 'check'; since: number }
  | { kind: 'report'; situation?: string; since: number };

export interface SessionData {
  /** The language the user picked with /bahasa; absent until they pick one. */
  lang?: Lang;
  /** A menu flow waiting for the user's next message (e.g. /cek waiting for the ad). */
  flow?: Flow;
}

export type BotContext = Context &
  SessionFlavor<SessionData> &
  I18nFlavor & {
    readonly deps: BotDeps;
    /** The language replies are written in for this update. */
    lang: Lang;
    /** Main-menu entries of the installed features. */
    readonly menu: readonly MenuEntry[];
  };
