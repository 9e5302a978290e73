/**
 * The situations a person can report and the countries offered in the /lapor flow, as plain
 * data: the bot builds its buttons from this, `selectChannels` orders channels with it.
 * Labels are Fluent keys in locales/<lang>/channels.ftl, never text in code.
 */
export const SITUATIONS = [
  'in-danger-abroad',
  'family-report',
  'report-recruiter',
  'passport-immigration',
  'women-children',
  'service-complaint',
  'victim-protection',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** What kind of service a channel is; the order of roles per situation decides the ranking. */
export const CHANNEL_ROLES = [
  'embassy',
  'protection-hotline',
  'host-hotline',
  'migrant-agency',
  'police',
  'women-children-service',
  'public-complaints',
  'victim-protection-agency',
  'immigration',
] as const;
export type ChannelRole = (typeof CHANNEL_ROLES)[number];

export interface SituationInfo {
  readonly id: Situation;
  /** Fluent key of the button label. */
  readonly labelKey: string;
  /** The bot should ask "which country?" before showing channels. */
  readonly asksCountry: boolean;
  /**
   * Its label says "abroad" ("Saya dalam bahaya di luar negeri"): the countries abroad are
   * offered first and Indonesia after them, still there for a job that turned out to be at home.
   */
  readonly abroad: boolean;
  /**
   * The person using the bot is in Indonesia even when the case is abroad (a family reporting a
   * relative, a recruiter at home), so channels for Indonesia stay relevant whatever the country.
   */
  readonly userInIndonesia: boolean;
  /**
   * The article that answers what people write next in this situation ("bisa balik gk duit sy?"
   * after reporting a recruiter), when the search is not sure of another.
   */
  readonly article?: string;
  /** Role order when the case is abroad, in Indonesia, or the country is unknown. */
  readonly roles: {
    readonly abroad: readonly ChannelRole[];
    readonly indonesia: readonly ChannelRole[];
    readonly unknown: readonly ChannelRole[];
  };
}

const same = (roles: readonly ChannelRole[]): SituationInfo['roles'] => ({
  abroad: roles,
  indonesia: roles,
  unknown: roles,
});

export const SITUATION_INFO: Readonly<Record<Situation, SituationInfo>> = {
  'in-danger-abroad': {
    id: 'in-danger-abroad',
    labelKey: 'channels-situation-in-danger-abroad',
    asksCountry: true,
    abroad: true,
    userInIndonesia: false,
    article: 'help-abroad',
    roles: {
      abroad: ['embassy', 'protection-hotline', 'host-hotline', 'migrant-agency'],
      // Danger inside Indonesia is answered by emergencyContacts(set, 'ID'); see select-channels.
      indonesia: ['police', 'women-children-service'],
      unknown: ['protection-hotline', 'migrant-agency'],
    },
  },
  'family-report': {
    id: 'family-report',
    labelKey: 'channels-situation-family-report',
    asksCountry: true,
    abroad: true,
    userInIndonesia: true,
    article: 'family-member-missing',
    roles: {
      abroad: ['protection-hotline', 'migrant-agency', 'embassy', 'police'],
      indonesia: ['police', 'women-children-service', 'migrant-agency'],
      unknown: ['protection-hotline', 'migrant-agency', 'police'],
    },
  },
  'report-recruiter': {
    id: 'report-recruiter',
    labelKey: 'channels-situation-report-recruiter',
    asksCountry: false,
    abroad: false,
    userInIndonesia: true,
    article: 'report-recruiter',
    roles: same(['migrant-agency', 'police']),
  },
  'passport-immigration': {
    id: 'passport-immigration',
    labelKey: 'channels-situation-passport-immigration',
    asksCountry: true,
    abroad: false,
    userInIndonesia: false,
    article: 'passport-confiscated',
    roles: {
      abroad: ['embassy', 'protection-hotline'],
      indonesia: ['immigration'],
      unknown: ['protection-hotline', 'immigration'],
    },
  },
  'women-children': {
    id: 'women-children',
    labelKey: 'channels-situation-women-children',
    asksCountry: false,
    abroad: false,
    userInIndonesia: true,
    article: 'human-trafficking',
    roles: same(['women-children-service', 'police']),
  },
  'service-complaint': {
    id: 'service-complaint',
    labelKey: 'channels-situation-service-complaint',
    asksCountry: false,
    abroad: false,
    userInIndonesia: true,
    roles: same(['public-complaints']),
  },
  'victim-protection': {
    id: 'victim-protection',
    labelKey: 'channels-situation-victim-protection',
    asksCountry: false,
    abroad: false,
    userInIndonesia: true,
    article: 'human-trafficking',
    roles: same(['victim-protection-agency']),
  },
};

/** Countries offered as buttons; `other` means "somewhere else abroad". */
export const REPORT_COUNTRIES = ['ID', 'KH', 'MM', 'LA', 'TH', 'PH', 'MY', 'other'] as const;
export type ReportCountry = (typeof REPORT_COUNTRIES)[number];

export interface ReportFlow {
  readonly situations: readonly { id: Situation; labelKey: string; asksCountry: boolean }[];
  /** Every country offered; countriesFor(situation) puts them in that situation's order. */
  readonly countries: readonly { code: ReportCountry; labelKey: string }[];
  /** Fluent keys for the flow's own prompts. */
  readonly keys: { readonly askSituation: string; readonly askCountry: string; readonly entryHint: string };
}

/** Everything the bot needs to build the /lapor buttons. */
export const REPORT_FLOW: ReportFlow = {
  situations: SITUATIONS.map((id) => ({
    id,
    labelKey: SITUATION_INFO[id].labelKey,
    asksCountry: SITUATION_INFO[id].asksCountry,
  })),
  countries: REPORT_COUNTRIES.map((code) => ({ code, labelKey: `channels-country-${code}` })),
  keys: {
    askSituation: 'channels-flow-ask-situation',
    askCountry: 'channels-flow-ask-country',
    entryHint: 'channels-flow-entry-hint',
  },
};

/** `other` (or anything we do not know) becomes "abroad, country unknown to our data". */
export function isSituation(value: string): value is Situation {
  return (SITUATIONS as readonly string[]).includes(value);
}

/** The country buttons for a situation, in the order offered (SituationInfo.abroad). */
export function countriesFor(situation: Situation): ReportFlow['countries'] {
  const all = REPORT_FLOW.countries;
  if (!SITUATION_INFO[situation].abroad) return all;
  const home = all.filter((c) => c.code === 'ID');
  const abroad = all.filter((c) => c.code !== 'ID' && c.code !== 'other');
  const other = all.filter((c) => c.code === 'other');
  return [...abroad, ...home, ...other];
}
