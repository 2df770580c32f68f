import { isWhiteSpace } from '@/core';
import { attributeStep, ends, endsTagName, isLetter, OUTSIDE } from './tagText';

/**
 * Renames what a Content-Security-Policy would be asked about before a page is parsed in the
 * browser: inline event handlers (`onerror=` → `data-defused-onerror=`), style attributes (kept
 * under another name, so hidden elements can still be told), <base> (removed) and <style> blocks
 * (removed, as the parser would end them: at the first `</style`). The text of a <script> and of
 * the other elements the parser reads as raw text is copied as it is: a script that writes
 * `'<style>…<\/style>'` holds no style block, and once cut the whole page after it.
 *
 * This is not what keeps a page from running: that is the inert document it is parsed into
 * (and the CSP, should anything slip through). It keeps the browser from reporting every
 * blocked handler as a console error when a reader opens a page full of them.
 *
 * One pass from left to right over the characters, as the HTML tokenizer reads: a start tag
 * (`<` and a letter), once opened, runs to its `>` (quoted values may hold one) or to the end
 * of the page, and its attributes are renamed as it is read (up to `MAX_RENAMED` in a tag).
 * Nothing is made per tag but what changes: a pattern per tag made a megabyte of `<b>` cost
 * forty times a page of paragraphs, and a pattern over the whole page once backtracked
 * cubically on a few kilobytes of `<a`.
 */
export function defuseHtml(html: string): string {
  const n = html.length;
  // Built by concatenation, which the engine keeps as a rope until it is read: a slice pushed
  // and joined per renamed handler made a tag of a hundred thousand of them cost twice as much.
  let out = '';
  let at = 0; // copied up to here
  let i = 0;
  while (i < n) {
    if (html.charCodeAt(i) !== 0x3c) {
      i++;
      continue;
    }
    // A `<`: the character after it says whether a tag opens. It is read once, not again as the
    // next `<` of a run, and never past the end (a code read there is NaN, and once the engine
    // has seen one, the code it makes for this loop reads every character more slowly).
    let first = i + 1 < n ? html.charCodeAt(i + 1) : 0;
    while (first === 0x3c) {
      i++;
      first = i + 1 < n ? html.charCodeAt(i + 1) : 0;
    }
    if (!isLetter(first)) {
      i++;
      continue;
    }
    const open = i;
    const name = tagNamed(html, open, first);
    const kept = name === KEPT || name >= RAW;
    // The tag's end, renaming its handler and style attributes on the way unless it goes.
    let end = -1;
    // Only outside every value can a name begin: a value's words are text ("The Only 19…" in a
    // title's `content` once became "The data-defused-Only 19…" in the headline).
    let state = OUTSIDE;
    let renamed = 0;
    let cut = false; // past its `MAX_RENAMED`th, the rest of the tag's attributes are dropped
    // From after the name's first letter, which is no separator, quote or `>`.
    for (let j = open + 2; j < n; j++) {
      const c = html.charCodeAt(j);
      if (ends(state, c)) {
        end = j + 1;
        break;
      }
      state = attributeStep(state, c);
      if (kept && !cut && state === OUTSIDE && isSeparator(c) && renamedAt(html, j + 1)) {
        if (renamed === MAX_RENAMED) {
          // A value's closing quote stays, or the page after the tag would be read into it.
          out += html.slice(at, c === 0x22 || c === 0x27 ? j + 1 : j);
          cut = true;
        } else {
          out += html.slice(at, j + 1);
          out += DEFUSED;
          at = j + 1;
          renamed++;
        }
      }
    }
    // A cut tag keeps its `>`, if it has one.
    if (cut) at = end < 0 ? n : end - 1;
    if (end < 0) end = n;
    if (kept) {
      i = name === KEPT ? end : rawTextEnd(html, end, name - RAW);
      continue;
    }
    out += html.slice(at, open);
    at = name === BASE ? end : styleEnd(html, end);
    i = at;
  }
  return out + html.slice(at);
}

export const DEFUSED = 'data-defused-';

/**
 * Most handler and style attributes renamed in one tag; the tag's attributes after them are
 * dropped. No page has a tag of so many (there are fewer kinds of event), and the parser keeps
 * only the first attribute of a name; a tag of a hundred thousand, each renamed, cost six times
 * a page of paragraphs.
 */
export const MAX_RENAMED = 64;

const KEPT = 0;
const BASE = 1;
const STYLE = 2;
/** `RAW + k`: the element `RAW_TEXT[k]`, kept, with its text copied as it is. */
const RAW = 3;

/**
 * The elements whose text the parser reads as text up to their end tag, whatever it holds (in a
 * document without scripting, as ours are). <title> is not among them: a title never closed is
 * closed by `closeRunawayTitle` after this pass, and what follows it must have been defused.
 */
const RAW_TEXT = ['script', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes'] as const;
const RAW_END = RAW_TEXT.map((name) => new RegExp(`</${name}`, 'gi'));

/**
 * Whether the tag opened at `open`, the first letter of its name `letter`, is a <base>, a <style>,
 * a raw-text element (`RAW + k`) or one to keep.
 */
function tagNamed(html: string, open: number, letter: number): number {
  // By its first letter, read already: most tags are none of these (a megabyte of `<b>` is
  // 350,000).
  const first = letter | 0x20;
  if (first === 0x62) return nameIs(html, open + 2, 'ase') ? BASE : KEPT;
  if (first === 0x73) {
    if (nameIs(html, open + 2, 'tyle')) return STYLE;
    return nameIs(html, open + 2, 'cript') ? RAW : KEPT;
  }
  for (let k = 1; k < RAW_TEXT.length; k++)
    if (first === RAW_TEXT[k]!.charCodeAt(0) && nameIs(html, open + 2, RAW_TEXT[k]!.slice(1)))
      return RAW + k;
  return KEPT;
}

/**
 * Where the text of the raw-text element `RAW_TEXT[k]` whose start tag ends at `from` ends: at
 * the first `</` and its name, in any case (the end tag is then read as any other), or the end
 * of the page. The parser can read on past that one in a script that opens `<!--` and `<script`,
 * so we may defuse a little script text, never leave markup unread.
 */
function rawTextEnd(html: string, from: number, k: number): number {
  const close = RAW_END[k]!;
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

/** Whether a tag name (up to white space, `/` or `>`) at `at` is `name`, in any case. */
function nameIs(html: string, at: number, name: string): boolean {
  return nameStarts(html, at, name) && endsTagName(html, at + name.length);
}

/**
 * Where a <style> block whose start tag ends at `from` ends: after the `>` of the first
 * `</style` (in any case), or the end of the page. Found once: a pattern searched on from each
 * `</style` that has no `>` after it read the rest of the page again for every one.
 */
function styleEnd(html: string, from: number): number {
  STYLE_CLOSE.lastIndex = from;
  const close = STYLE_CLOSE.exec(html);
  if (close === null) return html.length;
  const gt = html.indexOf('>', close.index + close[0].length);
  return gt < 0 ? html.length : gt + 1;
}

/**
 * Whether an event handler (`on` and letters) or `style` attribute name stands at `at`, in any
 * case, followed by white space, `/`, `>` or `=` (as `(on[a-z]+|style)(?=\s*=|[\s/>])`).
 */
function renamedAt(html: string, at: number): boolean {
  let k = at;
  const c0 = html.charCodeAt(k) | 0x20;
  if (c0 === 0x6f && (html.charCodeAt(k + 1) | 0x20) === 0x6e) {
    k += 2;
    const letters = k;
    while (isLetter(html.charCodeAt(k))) k++;
    if (k === letters) return false;
  } else if (c0 === 0x73 && nameStarts(html, k, 'style')) {
    k += 5;
  } else return false;
  if (k >= html.length) return false;
  const c = html.charCodeAt(k);
  return c === 0x3d || c === 0x2f || c === 0x3e || isWhiteSpace(c);
}

function nameStarts(html: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    if ((html.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** Where an attribute name can begin after: white space (as `\s`), `/` or a quote. */
const isSeparator = (c: number) => c === 0x2f || c === 0x22 || c === 0x27 || isWhiteSpace(c);

/** The start of a <style> block's end tag. */
const STYLE_CLOSE = /<\/style/gi;
