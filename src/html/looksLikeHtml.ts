// Apart from the reader (which loads Readability) so the page can tell HTML without loading it.
/**
 * Whether pasted text is an HTML page or fragment rather than prose that mentions a tag: it
 * opens as a page does (`<!doctype html`, `<html`, `<head`, `<body`), or at least three
 * tags of the names prose and fragments use (p, div, span, h1–h6, article, section, br, a,
 * li, ul, em, strong) stand at least one per 400 characters.
 *
 * The answer is bounded: it is read from the text up to its 1,001st `<` (`CANDIDATES`), the
 * whole text when it has fewer. Prose and Markdown rarely have so many, and pages open with a
 * doctype or are that dense in tags from the start; without the bound a megabyte of `<a`
 * cost a hundred times the prose, where finding that prose has no `<` is one `indexOf`.
 */
export function looksLikeHtml(text: string): boolean {
  if (opensAsPage(text)) return true;
  let end = text.indexOf('<');
  if (end < 0) return false;
  for (let k = 0; k < CANDIDATES && end >= 0; k++) end = text.indexOf('<', end + 1);
  const read = end < 0 ? text : text.slice(0, end);
  // Counted by the pattern, which skips to each `<` in native code: no `<` in the part read
  // opens more than one attempt, and `[^<>]*` stops where the next could begin.
  const tags = read.match(TAG)?.length ?? 0;
  return tags >= 3 && tags * 400 > read.length;
}

/** How many `<` the answer is read among (see `looksLikeHtml`). */
export const CANDIDATES = 1000;

const TAG = /<\/?(?:p|div|span|h[1-6]|article|section|br|a|li|ul|em|strong)\b[^<>]*>/gi;

/**
 * `/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i` with at most `LEADING_SPACE`
 * characters of white space first: a page does not open with more, and a megabyte of spaces
 * before a failed match cost a hundred times the prose. (`trimStart` removes what `\s`
 * matches.)
 */
function opensAsPage(text: string): boolean {
  const head = text.slice(0, LEADING_SPACE + 16);
  const opening = head.trimStart();
  return head.length - opening.length <= LEADING_SPACE && PAGE_OPENING.test(opening);
}

export const LEADING_SPACE = 4096;
const PAGE_OPENING = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
