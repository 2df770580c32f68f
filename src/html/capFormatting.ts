import { endsTagName, isLetter, tagEnd } from './tagText';

/**
 * Most formatting elements (`<b>`, `<i>`, `<font>`, …) left open at once before the page goes
 * to the parser; a start tag of one more is dropped. The parser keeps every unclosed formatting
 * element open, and reopens them after each block, so a page of `<b>` repeated nests as deep as
 * it is long; parse5 builds such a tree at four times the cost of a page of paragraphs, for
 * elements that hold no text of their own. A page nests a few deep.
 */
export const MAX_OPEN_FORMATTING = 64;

/**
 * The page with start tags of formatting elements dropped while `MAX_OPEN_FORMATTING` are
 * open, counting each name's start tags less its end tags as they come; the page itself when
 * none is dropped. A count, not a parse: `<b>` inside a comment or a script counts too, which
 * only matters on a page that already has dozens open. One pass; `<a>` and `<nobr>` are not
 * counted, since the parser closes the one before when another opens.
 */
export function capFormatting(html: string): string {
  const open = new Map<string, number>();
  let total = 0;
  let out = '';
  let at = 0; // copied up to here
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    const closing = html.charCodeAt(i + 1) === 0x2f;
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < n && isLetter(html.charCodeAt(nameEnd))) nameEnd++;
    const name = nameEnd - nameStart <= 6 ? html.slice(nameStart, nameEnd).toLowerCase() : '';
    if (!FORMATTING.has(name) || !endsTagName(html, nameEnd)) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(html, nameEnd);
    const count = open.get(name) ?? 0;
    if (closing) {
      if (count > 0) {
        open.set(name, count - 1);
        total--;
      }
    } else if (total >= MAX_OPEN_FORMATTING) {
      // Dropped: the text before it is kept, the tag is not.
      if (i > at) out += html.slice(at, i);
      at = end;
    } else {
      open.set(name, count + 1);
      total++;
    }
    i = end >= n ? -1 : html.indexOf('<', end);
  }
  return at === 0 ? html : out + html.slice(at);
}

const FORMATTING = new Set([
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
]);
