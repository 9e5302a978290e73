/**
 * `kawan channels [--json] [--situation S] [--country CC] [--lang id|en]`: the validated channel
 * list, optionally selected for a situation and country, as JSON or readable text.
 */
import { parseArgs } from 'node:util';
import type { CliCommand } from '../cli-io.js';
import { ContentError, formatIssue } from '../../content/content-issue.js';
import { loadChannels } from '../../channels/load-channels.js';
import { selectChannels } from '../../channels/select-channels.js';
import { formatNumber } from '../../channels/render-channels.js';
import { SITUATIONS, isSituation } from '../../channels/situations.js';
import type { Channel } from '../../channels/channel-schema.js';

function describe(channel: Channel, lang: 'id' | 'en'): string {
  const lines = [`${channel.name[lang]}  [${channel.id}, ${channel.confidence}${channel.emergency ? ', emergency' : ''}]`];
  for (const c of channel.contacts) {
    const value = c.type === 'phone' || c.type === 'whatsapp' || c.type === 'sms' ? formatNumber(c) : c.value;
    lines.push(`  ${c.type}: ${value}${c.label ? `  (${c.label[lang]})` : ''}${c.confidence === 'medium' ? '  [medium]' : ''}`);
  }
  lines.push(`  hours: ${channel.hours[lang]}`);
  lines.push(`  countries: ${channel.countries.join(', ')}; serves: ${channel.serves.join(', ')}`);
  return lines.join('\n');
}

const USAGE = `kawan channels [--json] [--situation S] [--country CC] [--lang id|en]
The official help and reporting channels; with --situation and --country, the ones the bot would
show for that case (emergency contacts first). S is one of: ${SITUATIONS.join(', ')}.
CC is a two-letter country code such as KH, MM or MY.
`;

export const channelsCommand: CliCommand = async (args, io) => {
  let values: { json?: boolean; situation?: string; country?: string; lang?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        json: { type: 'boolean' },
        situation: { type: 'string' },
        country: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    io.out(USAGE);
    return 0;
  }
  const lang = values.lang === 'en' ? 'en' : 'id';
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') {
    io.err(`--lang must be id or en\n`);
    return 2;
  }
  if (values.situation !== undefined && !isSituation(values.situation)) {
    io.err(`--situation must be one of ${SITUATIONS.join(', ')}\n`);
    return 2;
  }
  let set;
  try {
    set = await loadChannels(io.env['CONTENT_DIR'] ?? './content');
  } catch (error) {
    if (error instanceof ContentError) {
      io.err(`${error.issues.map(formatIssue).join('\n')}\n`);
      return 1;
    }
    throw error;
  }
  const country = values.country?.toUpperCase();
  let channels: readonly Channel[] = set.channels;
  if (values.situation !== undefined && isSituation(values.situation)) {
    channels = selectChannels(set, { situation: values.situation, country });
  } else if (country !== undefined) {
    channels = set.channels.filter((c) => c.countries.includes(country) || c.countries.includes('*'));
  }
  if (values.json === true) io.out(`${JSON.stringify(channels, null, 2)}\n`);
  else io.out(`${channels.map((c) => describe(c, lang)).join('\n\n')}\n`);
  return 0;
};
