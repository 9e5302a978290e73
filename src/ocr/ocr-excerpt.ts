/**
 * What the user is shown of the text read from an image: OCR output tidied (no runs of blank
 * lines or spaces, which OCR produces around pictures) and cut at a word boundary.
 */
export function tidyOcrText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function ocrExcerpt(text: string, maxChars: number): string {
  const tidy = tidyOcrText(text);
  const chars = Array.from(tidy); // code points, so an emoji or accent is never cut in half
  if (chars.length <= maxChars) return tidy;
  const cut = chars.slice(0, Math.max(0, maxChars - 1)).join('');
  const lastBreak = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  const base = lastBreak >= cut.length * 0.6 ? cut.slice(0, lastBreak) : cut;
  return `${base.trimEnd()}…`;
}
