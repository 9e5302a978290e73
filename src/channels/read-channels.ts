/**
 * Reads every content/channels/*.yaml file once and reports every problem it finds, so the
 * validator and the loader agree on what a valid channel is.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentIssue } from '../content/content-issue.js';
import { lineOf, parseYamlSource, zodIssues } from '../content/yaml-source.js';
import { channelSchema, type Channel } from './channel-schema.js';

export const MAX_VERIFIED_AGE_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReadOptions {
  readonly now: Date;
  /** Stale `verified` dates become errors instead of warnings. */
  readonly strict: boolean;
}

export interface ReadResult {
  readonly channels: Channel[];
  readonly issues: ContentIssue[];
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

export async function readChannelFiles(contentDir: string, opts: ReadOptions): Promise<ReadResult> {
  const dir = path.join(contentDir, 'channels');
  const issues: ContentIssue[] = [];
  const channels: Channel[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    return {
      channels,
      issues: [{ file: displayPath(dir), line: 1, severity: 'error', message: 'the channels folder is missing; create content/channels with one .yaml file per channel' }],
    };
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const abs = path.join(dir, name);
    const file = displayPath(abs);
    const { parsed, issues: yamlIssues } = parseYamlSource(await readFile(abs, 'utf8'), file);
    issues.push(...yamlIssues);
    if (parsed === undefined) continue;
    const result = channelSchema.safeParse(parsed.value);
    if (!result.success) {
      issues.push(...zodIssues(parsed, result.error, file));
      continue;
    }
    const channel = result.data;
    const stem = name.replace(/\.ya?ml$/, '');
    if (channel.id !== stem) {
      issues.push({ file, line: lineOf(parsed, ['id']), severity: 'error', message: `'id' is '${channel.id}' but the file is ${name}; rename the file to ${channel.id}.yaml or fix the id` });
    }
    const earlier = seen.get(channel.id);
    if (earlier !== undefined) {
      issues.push({ file, line: lineOf(parsed, ['id']), severity: 'error', message: `duplicate id '${channel.id}' (also in ${earlier}); give each channel its own id` });
      continue;
    }
    seen.set(channel.id, file);
    const verifiedAt = Date.parse(`${channel.verified}T00:00:00Z`);
    const ageDays = Math.floor((opts.now.getTime() - verifiedAt) / DAY_MS);
    if (Number.isNaN(verifiedAt)) {
      issues.push({ file, line: lineOf(parsed, ['verified']), severity: 'error', message: `'verified' ${channel.verified} is not a real date` });
    } else if (ageDays < -1) {
      issues.push({ file, line: lineOf(parsed, ['verified']), severity: 'error', message: `'verified' ${channel.verified} is in the future; write the date you checked the numbers` });
    } else if (ageDays > MAX_VERIFIED_AGE_DAYS) {
      issues.push({
        file,
        line: lineOf(parsed, ['verified']),
        severity: opts.strict ? 'error' : 'warning',
        message: `'verified' ${channel.verified} is ${ageDays} days old (limit ${MAX_VERIFIED_AGE_DAYS}); call or message every number again and update the date`,
      });
    }
    channels.push(channel);
  }
  if (names.length === 0) {
    issues.push({ file: displayPath(dir), line: 1, severity: 'error', message: 'no channel files found; add content/channels/<id>.yaml' });
  }
  return { channels, issues };
}
