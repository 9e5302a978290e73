/**
 * One step of what a free message gets: true when it answered the message, so no later step may.
 * A step that only adds a line (a warning first) answers false and lets the next ones go on.
 */
import type { MessageAtHand } from './message-at-hand.js';

export type Step = (m: MessageAtHand) => Promise<boolean>;

/** In a crisis conversation, a message this short that the bot cannot place gets the reminder. */
export const CRISIS_SHORT_WORDS = 5;
/** A follow-up this short, right after an article, is read together with it ("klo hongkong?"). */
export const FOLLOW_UP_WORDS = 5;
