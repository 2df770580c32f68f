/**
 * Renames what a Content-Security-Policy would be asked about before a page is parsed in the
 * browser: inline event handlers (`onerror=` → `data-defused-onerror=`), style attributes (kept
 * under another name, so hidden elements can still be told), <base> (removed) and <style> blocks
 * (removed, as the parser would end them: at the first `</style`).
 *
 * This is not what keeps a page from running: that is the inert document it is parsed into
 * (and the CSP, should anything slip through). It keeps the browser from reporting every
 * blocked handler as a console error when a reader opens a page full of them.
 *
 * One pass from left to right, as the HTML tokenizer reads: a tag, once opened, runs to its
 * `>` (quoted values may hold one) or to the end of the page, and scanning never restarts
 * inside it. A pattern over the whole page backtracked cubically on a few kilobytes of `<a`.
 */
export function defuseHtml(html: string): string {
  const out: string[] = [];
  let at = 0; // copied up to here
  let from = 0; // searching for the next tag from here
  while (from < html.length) {
    // A `<` not followed by a letter is no start tag: it stays in the run copied next. The
    // search is the regular-expression engine's (two fixed characters, nothing to backtrack),
    // so a page of stray `<` costs no script step per `<`.
    START_TAG.lastIndex = from;
    const found = START_TAG.exec(html);
    if (found === null) break;
    const open = found.index;
    out.push(html.slice(at, open));
    const end = tagEnd(html, open);
    const name = tagName(html, open);
    if (name === 'base') {
      at = end;
    } else if (name === 'style') {
      STYLE_END.lastIndex = end;
      const close = STYLE_END.exec(html);
      at = close === null ? html.length : close.index + close[0].length;
    } else {
      out.push(defuseTag(html.slice(open, end)));
      at = end;
    }
    from = at;
  }
  out.push(html.slice(at));
  return out.join('');
}

export const DEFUSED = 'data-defused-';

/** Where the start tag opened at `open` ends (after its `>`), or the end of the page. */
function tagEnd(html: string, open: number): number {
  let quote = 0;
  for (let i = open + 1; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) return i + 1;
    // A quote opens a value only after `=` (possibly with spaces between).
    else if ((c === 0x22 || c === 0x27) && afterEquals(html, i)) quote = c;
  }
  return html.length;
}

function afterEquals(html: string, i: number): boolean {
  let j = i - 1;
  while (j > 0 && isSpace(html.charCodeAt(j))) j--;
  return html.charCodeAt(j) === 0x3d;
}

function tagName(html: string, open: number): string {
  let end = open + 1;
  for (; end < html.length; end++) {
    const c = html.charCodeAt(end);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
  }
  return html.slice(open + 1, end).toLowerCase();
}

/** Renames handler and style attributes inside one tag's text (linear: one tag at a time). */
function defuseTag(tag: string): string {
  return tag.replace(ATTRIBUTE, (_m, before: string, name: string) => `${before}${DEFUSED}${name}`);
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** An event handler or style attribute name, where an attribute name can begin. */
const ATTRIBUTE = /([\s/"'])(on[a-z]+|style)(?=\s*=|[\s/>])/gi;
/** Where a start tag may open: `<` and a letter. */
const START_TAG = /<[a-z]/gi;
/** The end of a <style> block: no nested quantifier, so a search runs in linear time. */
const STYLE_END = /<\/style[^>]*>/gi;
