/**
 * Applies Telegram's HTML parse rules (tdlib parse_html) to a message our bot would send, so
 * any "can't parse entities" error shows up in our tests instead of in production.
 * Returns the problems found; an empty list means Telegram would accept the text.
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'span', 'tg-spoiler', 'tg-emoji']);

export function telegramHtmlProblems(html: string, limit = 4096): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z-]*)([^>]*)>|<|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|&/g;
  let visible = 0;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    visible += m.index - last;
    last = m.index + m[0].length;
    const token = m[0];
    if (token.startsWith('&')) {
      visible += 1;
      if (token !== '&' && !/^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);$/.test(token)) problems.push(`unsupported entity ${token}`);
      continue;
    }
    if (token === '<') {
      problems.push(`a "<" that does not open a supported tag at ${m.index}`);
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (!ALLOWED.has(name)) {
      problems.push(`unsupported tag <${closing ? '/' : ''}${name}>`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (name === 'span' && !/class="tg-spoiler"/.test(attrs)) problems.push('<span> without class "tg-spoiler"');
      if (name === 'a' && !/^\s+href="[^"]*"\s*$/.test(attrs)) problems.push(`<a> with attributes ${attrs}`);
      stack.push(name);
    }
  }
  visible += html.length - last;
  if (stack.length > 0) problems.push(`unclosed tags: ${stack.join(', ')}`);
  if (visible === 0 || html.replace(/<[^>]*>/g, '').trim() === '') problems.push('text is empty after parsing');
  if (visible > limit) problems.push(`text is ${visible} characters, over the ${limit} limit`);
  return problems;
}
