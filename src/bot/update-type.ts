/** A short, bounded label for an update (for logs and metrics); never includes content. */
import type { Update } from 'grammy/types';

export function updateType(update: Update): string {
  const message = update.message ?? update.edited_message ?? update.channel_post;
  if (message) {
    const prefix = update.message ? 'message' : update.edited_message ? 'edited_message' : 'channel_post';
    if ('forward_origin' in message && message.forward_origin) return `${prefix}:forward`;
    if (message.text?.startsWith('/')) return `${prefix}:command`;
    if (message.text) return `${prefix}:text`;
    if (message.photo) return `${prefix}:photo`;
    if (message.document) return `${prefix}:document`;
    return `${prefix}:other`;
  }
  if (update.callback_query) return 'callback_query';
  if (update.my_chat_member) return 'my_chat_member';
  return 'other';
}
