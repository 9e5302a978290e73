/**
 * Links and e-mail addresses in an ad, exactly as `linkify.find(text)` finds them, but linkifyjs
 * only reads the space-separated chunks that could hold one. Promise: same items, same
 * positions, same order as one call on the whole text.
 *
 * Why that holds: linkifyjs reads whitespace as its own token, and none of its link or e-mail
 * states continues through whitespace, so a link lies inside one chunk and the tokens of a chunk
 * do not depend on the text around it. A chunk the gate rejects holds no link (see LINK_LIKE).
 */
import * as linkify from 'linkifyjs';

export type FoundLink = ReturnType<typeof linkify.find>[number];

// linkifyjs needs a scheme with ':' (mailto:, http:, https:, ftp:, ftps:), the word "localhost", or a
// '.' directly followed by a top-level domain, which starts with a letter. An e-mail address needs
// one of the last two after its '@' ("K@mboja" and "@handle" are not links).
const LINK_LIKE = /localhost|\.[a-z\u0080-\uffff]|(?:mailto|https?|ftps?):/i;

/** False only when linkifyjs cannot find a link or e-mail address in the text. */
export function mayHaveLink(text: string): boolean {
  return LINK_LIKE.test(text);
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isBlank(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

// The same marks, found in the whole ad: each lies inside one blank-separated chunk.
const LINK_MARK = new RegExp(LINK_LIKE.source, 'gi');

/**
 * Same result as `linkify.find(text)`. Only the chunks that hold a mark are handed to linkifyjs,
 * found by searching the whole ad for the marks: splitting every ad into chunks to test each one
 * cost more than linkifyjs itself on the few chunks that hold one.
 */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  const n = text.length;
  LINK_MARK.lastIndex = 0;
  for (let m = LINK_MARK.exec(text); m !== null; m = LINK_MARK.exec(text)) {
    let start = m.index;
    while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start -= 1;
    let end = m.index + m[0].length;
    while (end < n && !isBlank(text.charCodeAt(end))) end += 1;
    const chunk = text.slice(start, end);
    for (const item of linkify.find(chunk)) found.push({ ...item, start: item.start + start, end: item.end + start });
    // The next chunk starts after this one.
    LINK_MARK.lastIndex = end;
  }
  LINK_MARK.lastIndex = 0;
  return found;
}
