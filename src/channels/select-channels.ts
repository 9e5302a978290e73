/**
 * Picks the official channels for a situation and a country, most useful first: the embassy of
 * that country before the national hotline for someone in danger abroad, the national hotline
 * first for a family at home, and so on (see SITUATION_INFO). Pure functions over a ChannelSet.
 */
import type { Channel } from './channel-schema.js';
import type { ChannelSet } from './load-channels.js';
import { SITUATION_INFO, type ChannelRole, type Situation } from './situations.js';

export interface SelectQuery {
  readonly situation: Situation;
  /** ISO code of the country the case is about; 'ID' for Indonesia; anything else = abroad, unknown to our data. */
  readonly country?: string | undefined;
}

type Place = 'abroad' | 'indonesia' | 'unknown';

function placeOf(country: string | undefined): Place {
  if (country === undefined || country === '') return 'unknown';
  return country.toUpperCase() === 'ID' ? 'indonesia' : 'abroad';
}

/** How well a channel's countries fit: 0 = listed first (its home), 1 = listed later or "*", -1 = no fit. */
function countryFit(channel: Channel, country: string | undefined, place: Place, userInIndonesia: boolean): number {
  const code = country?.toUpperCase();
  if (code !== undefined && place === 'abroad') {
    if (channel.countries[0] === code) return 0;
    if (channel.countries.includes(code)) return 1;
  }
  if (channel.countries.includes('*')) return 0;
  if (channel.countries.includes('ID') && (place !== 'abroad' || userInIndonesia)) return 0;
  return -1;
}

function rank(channels: readonly Channel[], roles: readonly ChannelRole[], fit: (c: Channel) => number): Channel[] {
  return channels
    .filter((c) => roles.includes(c.role) && fit(c) >= 0)
    .sort(
      (a, b) =>
        roles.indexOf(a.role) - roles.indexOf(b.role) ||
        fit(a) - fit(b) ||
        a.priority - b.priority ||
        a.id.localeCompare(b.id),
    );
}

export function selectChannels(set: ChannelSet, query: SelectQuery): Channel[] {
  const info = SITUATION_INFO[query.situation];
  const place = placeOf(query.country);
  // "In danger abroad" answered with "Indonesia" means in danger at home: police first.
  if (query.situation === 'in-danger-abroad' && place === 'indonesia') return emergencyContacts(set, 'ID');
  const serving = set.channels.filter((c) => c.serves.includes(query.situation));
  return rank(serving, info.roles[place], (c) => countryFit(c, query.country, place, info.userInIndonesia));
}

/**
 * The few numbers to show first when someone is in danger: the embassy of the country (when we
 * have a verified one), the national 24-hour hotline, and the local emergency line where known.
 * In Indonesia: the police and SAPA 129.
 */
export function emergencyContacts(set: ChannelSet, country?: string): Channel[] {
  const place = placeOf(country);
  if (place === 'indonesia') {
    return rank(set.channels.filter((c) => c.emergency), ['police', 'women-children-service'], (c) =>
      c.countries.includes('ID') ? 0 : -1,
    );
  }
  const roles: readonly ChannelRole[] =
    place === 'abroad' ? ['embassy', 'protection-hotline', 'host-hotline'] : ['protection-hotline'];
  const userInIndonesia = false;
  const ranked = rank(set.channels.filter((c) => c.emergency), roles, (c) => countryFit(c, country, place, userInIndonesia));
  // Someone in danger dials the first number: a number we could confirm goes before one from
  // older sources (KBRI Yangon's), whatever its role. The sort is stable, so roles order the rest.
  return ranked.sort((a, b) => Number(a.confidence === 'medium') - Number(b.confidence === 'medium'));
}

/** The Indonesian police channel, shown as "in Indonesia: 110" when no country is known. */
export function indonesianPolice(set: ChannelSet): Channel | undefined {
  return set.channels.find((c) => c.role === 'police' && c.countries.includes('ID'));
}
