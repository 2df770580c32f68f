// Apart from the parser, so telling Markdown costs nothing: the page loads the parser on demand.

/**
 * Whether a text reads as Markdown rather than plain prose: two kinds of these signs, syntax a
 * plain article would not contain: an ATX heading, a link or image with a target, an autolink,
 * strong emphasis.
 *
 * Each sign is read at the places its first character stands (a `#` opening a line, `]`, `<`,
 * `*`), and at the first `CANDIDATES` of them only: a sign is written as it is meant where
 * Markdown is meant, and text with a thousand `*` or `]` before its first bold or link is
 * not Markdown for that sign. Without the bound, a megabyte of such characters cost three to
 * six times the prose, where finding that prose has none is one native scan per sign.
 */
export function looksLikeMarkdown(text: string): boolean {
  let signs = 0;
  for (const [place, sign] of SIGNS) {
    if (found(text, place, sign) && ++signs >= 2) return true;
  }
  return false;
}

/** How many places each sign is read at (see `looksLikeMarkdown`). */
export const CANDIDATES = 1000;

// Each sign is its first character (global) and the sign read from there (sticky). Each class
// stops at the character that could start the next place (`]`, `<`, `*`), so a place that
// fails never reads far past the next one.
const SIGNS: readonly (readonly [RegExp, RegExp])[] = [
  [/^#/gm, /#{1,6}[ \t]+\S/y],
  [/\]/g, /\]\([^()\s\]]*\)/y],
  [/</g, /<https?:\/\/[^<>\s]+>/y],
  [/\*/g, /\*\*[^*\n]+\*\*/y],
];

function found(text: string, place: RegExp, sign: RegExp): boolean {
  place.lastIndex = 0;
  for (let k = 0; k < CANDIDATES; k++) {
    const at = place.exec(text);
    if (at === null) return false;
    sign.lastIndex = at.index;
    if (sign.test(text)) return true;
    place.lastIndex = at.index + 1;
  }
  return false;
}
