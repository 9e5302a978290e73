/**
 * "datanya disimpan gk? sy takut ketahuan agen", "is my name kept secret if I report him?": a
 * question about what the bot or a report keeps, often with a fear of being found out. The fear
 * is of what may come; unless a cue tells of danger now, the message is no emergency, whatever
 * the learned reading makes of "takut" next to "agen" (route-message.ts).
 */
const THING = String.raw`(?:data|datanya|chat|chatnya|pesan|pesannya|percakapan|identitas|identitasnya|nama (?:saya|sy|aku|ku|pelapor)|namaku|laporan|laporannya|pelapor|my (?:name|messages?|data|chats?|identity|report)|this chat|the chat|the report)`;
const KEPT = String.raw`(?:simpan|nyimpen|menyimpan|baca|membaca|ngebaca|liat|lihat|ngeliat|store|stores|keep|keeps|save|saves|see|disimpan|disimpen|dirahasiakan|dirahasiain|rahasia|aman|dibaca|anonim|kept secret|secret|stored|saved|safe|private|read)`;
const NEAR = new RegExp(String.raw`\b${THING}\b(?:\s+\S+){0,4}?\s+${KEPT}\b|\b${KEPT}\b(?:\s+\S+){0,3}?\s+${THING}\b`, 'i');
const PLAIN = /\b(?:privasi|privacy|anonim|anonymous|anonymously|tanpa nama)\b/i;
const ASKS = /\?|\b(?:gk|gak|ga|nggak|ngga|tidak|kah|apa|apakah|do|does|is|are|can|will)\b/i;
/** Long enough for a question, short enough that it is not a story with the question at its end. */
const MAX_CHARS = 300;

export function asksAboutPrivacy(text: string): boolean {
  return text.length <= MAX_CHARS && (NEAR.test(text) || PLAIN.test(text)) && ASKS.test(text);
}
