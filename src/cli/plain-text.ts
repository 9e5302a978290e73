/** Telegram HTML → terminal text, for the local chat and previews. Links keep their address. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_m, href: string, label: string) =>
      label.replace(/<[^>]*>/g, '') === decode(href) ? label : `${label} (${href})`,
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}
