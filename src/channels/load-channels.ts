/**
 * Loads validated channels for the bot and CLI. Throws ContentError when any file has an
 * error, so a broken phone number never reaches a person in danger.
 */
import { ContentError, hasErrors } from '../content/content-issue.js';
import type { Channel } from './channel-schema.js';
import { checkChannels } from './validate-channels.js';

export interface ChannelSet {
  readonly channels: readonly Channel[];
  readonly byId: ReadonlyMap<string, Channel>;
}

export function createChannelSet(channels: readonly Channel[]): ChannelSet {
  return { channels, byId: new Map(channels.map((c) => [c.id, c])) };
}

export async function loadChannels(contentDir: string, now: Date = new Date()): Promise<ChannelSet> {
  const { channels, issues } = await checkChannels(contentDir, { now, strict: false });
  if (hasErrors(issues)) throw new ContentError(issues);
  return createChannelSet(channels);
}
