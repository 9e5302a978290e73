/**
 * Building blocks for Telegram HTML (parse_mode "HTML"). Every piece of text that did not come
 * from our own templates goes through `escapeHtml`; messages are split at paragraph boundaries
 * so no message exceeds Telegram's limit and no tag is cut in half.
 */
export const TELEGRAM_MESSAGE_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape for use inside a double-quoted attribute (href). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

export function link(url: string, label: string): string {
  return `<a href="${escapeAttribute(url)}">${escapeHtml(label)}</a>`;
}

/** Length as Telegram counts it: text after entities are parsed (tags removed, entities decoded). */
export function visibleLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot);/g, '_').length;
}

/**
 * Split HTML into messages of at most `limit` visible characters. Splits only between blocks
 * (blank-line separated), so each block must be self-contained (tags opened and closed inside
 * it). A single block longer than the limit is cut at line breaks, then at spaces, and as a last
 * resort hard-cut after its tags are stripped (only our own escaped text can be that long).
 */
export function splitMessages(html: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const blocks = html.split(/\n{2,}/).filter((b) => b.trim().length > 0);
  const messages: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim().length > 0) messages.push(current.trim());
    current = '';
  };
  // Each piece with its visible length, measured once.
  const pieces: { readonly text: string; readonly length: number }[] = [];
  for (const b of blocks) {
    const length = visibleLength(b);
    if (length <= limit) pieces.push({ text: b, length });
    else for (const piece of splitBlock(b, limit)) pieces.push({ text: piece, length: visibleLength(piece) });
  }
  // Visible lengths add up across the "\n\n" joins unless a piece leaves a "<" open (then a tag
  // could span two pieces): then the joined text is measured again, as it always used to be.
  const additive = pieces.every((piece) => piece.text.lastIndexOf('<') <= piece.text.lastIndexOf('>'));
  let currentLength = 0;
  for (const { text: block, length: blockLength } of pieces) {
    const candidate = current ? `${current}\n\n${block}` : block;
    const candidateLength = !additive ? visibleLength(candidate) : current ? currentLength + 2 + blockLength : blockLength;
    if (candidateLength <= limit) {
      current = candidate;
      currentLength = candidateLength;
    } else {
      flush();
      current = block;
      currentLength = blockLength;
    }
  }
  flush();
  return messages.length > 0 ? messages : [];
}

/** Open-tag depth change of a piece of our HTML ("<b>x" → +1, "</b>" → -1). */
function tagDepthChange(html: string): number {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)[a-zA-Z-]+[^>]*>/g)) depth += match[1] === '/' ? -1 : 1;
  return depth;
}

/**
 * Lines grouped so that no group ends inside a tag: a <blockquote> spanning lines stays whole
 * (Telegram refuses a message whose tags are cut apart).
 */
function balancedLineGroups(block: string): string[] {
  const groups: string[] = [];
  let current: string[] = [];
  let depth = 0;
  for (const line of block.split('\n')) {
    current.push(line);
    depth += tagDepthChange(line);
    if (depth <= 0) {
      groups.push(current.join('\n'));
      current = [];
      depth = 0;
    }
  }
  if (current.length > 0) groups.push(current.join('\n'));
  return groups;
}

function splitBlock(block: string, limit: number): string[] {
  if (visibleLength(block) <= limit) return [block];
  const groups = balancedLineGroups(block);
  if (groups.length > 1) {
    const out: string[] = [];
    let current = '';
    for (const group of groups.flatMap((g) => splitBlock(g, limit))) {
      const candidate = current ? `${current}\n${group}` : group;
      if (visibleLength(candidate) <= limit) current = candidate;
      else {
        if (current) out.push(current);
        current = group;
      }
    }
    if (current) out.push(current);
    return out;
  }
  // One enormous line: drop markup (so no tag is cut) and cut the escaped text safely.
  const plain = block.replace(/<[^>]*>/g, '');
  const out: string[] = [];
  let rest = plain;
  while (visibleLength(rest) > limit) {
    let cut = limit;
    const space = rest.lastIndexOf(' ', limit);
    if (space > limit / 2) cut = space;
    // Never cut inside an entity such as &amp;
    const amp = rest.lastIndexOf('&', cut);
    if (amp !== -1 && amp > cut - 6 && rest.indexOf(';', amp) >= cut) cut = amp;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}
