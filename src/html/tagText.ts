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
 * Where the tokenizer stands in a start tag's attributes: outside every value (where a name may
 * begin), after `=` and before a value, inside an unquoted value, or inside a quoted one (the
 * state is then the quote's code). A value's words are text, never names.
 */
export const OUTSIDE = 0;
const PENDING = 1;
const UNQUOTED = 2;

/** The state after reading the character `c` in `state` (`>` is the caller's: see `ends`). */
export function attributeStep(state: number, c: number): number {
  if (state === OUTSIDE) return c === 0x3d ? PENDING : OUTSIDE;
  if (state === PENDING) {
    if (c === 0x22 || c === 0x27) return c;
    return isHtmlSpace(c) ? PENDING : UNQUOTED;
  }
  if (state === UNQUOTED) return isHtmlSpace(c) ? OUTSIDE : UNQUOTED;
  return c === state ? OUTSIDE : state;
}

/** Whether the character `c` read in `state` ends the tag: a `>` outside a quoted value. */
export const ends = (state: number, c: number) => c === 0x3e && state < 0x22;

/** Where a tag read from `from` ends (after its `>`, quoted values read whole), or the page's end. */
export function tagEnd(html: string, from: number): number {
  let state = OUTSIDE;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (ends(state, c)) return j + 1;
    state = attributeStep(state, c);
  }
  return html.length;
}
