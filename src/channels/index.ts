/**
 * Official help and reporting channels: load and validate content/channels, pick channels by
 * situation and country, render them for Telegram. No grammY here; the bot adapter wires it.
 */
export { channelSchema, type Channel, type Contact } from './channel-schema.js';
export { loadChannels, createChannelSet, type ChannelSet } from './load-channels.js';
export { validateChannels } from './validate-channels.js';
export { selectChannels, emergencyContacts, type SelectQuery } from './select-channels.js';
export {
  renderChannelsHtml,
  renderChannelBlock,
  renderEmergencyHtml,
  renderCrisisReminderHtml,
  renderSafeNowHtml,
  channelButtons,
  formatNumber,
  type ChannelButton,
  type EmergencyOptions,
} from './render-channels.js';
export {
  SITUATIONS,
  SITUATION_INFO,
  REPORT_COUNTRIES,
  REPORT_FLOW,
  CHANNEL_ROLES,
  countriesFor,
  isSituation,
  type Situation,
  type ChannelRole,
  type ReportCountry,
} from './situations.js';
