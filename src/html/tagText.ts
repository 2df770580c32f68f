// What the one-pass scanners of raw HTML share (`defuse.ts`, `capFormatting.ts`): a tag read as
// the HTML tokenizer reads it, by character codes, with no pattern that could backtrack.

export const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** White space as HTML reads it between a tag's parts (not `\s`: no NBSP, no line separator). */
export const isHtmlSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** Whether a tag name may end at `at`: white space, `/`, `>` or the end of the page. */
export function endsTagName(html: string, at: number): boolean {
  if (at >= html.length) return true;
  const c = html.charCodeAt(at);
  return isHtmlSpace(c) || c === 0x2f || c === 0x3e;
}

/**
 * Whether the last character before `i` that is not HTML white space is `=`: a quote there
 * opens a value. Linear over a tag: the look back stops at the quote before, so no space is
 * looked at twice.
 */
export function afterEquals(html: string, i: number): boolean {
  let j = i - 1;
  while (isHtmlSpace(html.charCodeAt(j))) j--;
  return html.charCodeAt(j) === 0x3d;
}

/** Where a tag read from `from` ends (after its `>`, quoted values read whole), or the page's end. */
export function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) return j + 1;
    else if ((c === 0x22 || c === 0x27) && afterEquals(html, j)) quote = c;
  }
  return html.length;
}
