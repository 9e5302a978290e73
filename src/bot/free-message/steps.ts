/**
 * What a free message gets, as an ordered list of steps: the first step that handles the message
 * ends it. Someone in present danger gets the emergency contacts FIRST; then the parts of an ad
 * pasted in a row, the /lapor report and the crisis conversation take what belongs to them; then
 * an ad is checked, a question answered, and small talk gets a pointer to what the bot does.
 */
import type { BotContext } from '../context.js';
import { aboutPrivacy, cannotGoOn, followUpOpener, languageRequest, aQuestion, partOfTheReport, smallTalk } from './answer-steps.js';
import { readMessage } from './message-at-hand.js';
import { aboutTheLastCheck, alreadyPaid, anAd, imageOrBlank, lastWarningFirst, linkOnlyOrNumbers, requestsWithoutTheAd, restOfAnAd } from './offer-steps.js';
import { crisisConversation, emergencyFirst, leavingNow, safeNow } from './safety-steps.js';
import type { Step } from './step.js';

const STEPS: readonly Step[] = [
  emergencyFirst, imageOrBlank, restOfAnAd, requestsWithoutTheAd, linkOnlyOrNumbers, safeNow, crisisConversation, leavingNow, partOfTheReport,
  cannotGoOn, languageRequest, aboutPrivacy, aboutTheLastCheck, anAd, alreadyPaid, followUpOpener, lastWarningFirst, aQuestion, smallTalk,
];

export async function handleFreeMessage(ctx: BotContext): Promise<void> {
  if (!ctx.message) return;
  const message = readMessage(ctx, ctx.message);
  for (const step of STEPS) if (await step(message)) return;
}
