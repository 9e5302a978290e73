/**
 * `kawan content check` entry point for channels: every problem in content/channels as a
 * ContentIssue with file, line and the fix.
 */
import type { ContentIssue } from '../content/content-issue.js';
import type { Channel } from './channel-schema.js';
import { readChannelFiles, type ReadOptions, type ReadResult } from './read-channels.js';

/** Problems that concern the set as a whole rather than one file. */
export function channelSetIssues(channels: readonly Channel[]): ContentIssue[] {
  // The emergency answer falls back to a national protection hotline when no country is known.
  if (channels.length > 0 && !channels.some((c) => c.role === 'protection-hotline' && c.countries.includes('*'))) {
    return [{ file: 'content/channels', line: 1, severity: 'error', message: "no channel has role 'protection-hotline' with countries [\"*\"]; the emergency answer needs one" }];
  }
  return [];
}

export async function checkChannels(contentDir: string, opts: ReadOptions): Promise<ReadResult> {
  const result = await readChannelFiles(contentDir, opts);
  return { channels: result.channels, issues: [...result.issues, ...channelSetIssues(result.channels)] };
}

export async function validateChannels(
  contentDir: string,
  opts: { now: Date; strict: boolean },
): Promise<ContentIssue[]> {
  return (await checkChannels(contentDir, opts)).issues;
}
