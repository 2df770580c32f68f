import type { Block } from '../types';

const MAX_TITLE = 140;
/** Longest title a reader may give a source. */
const MAX_GIVEN_TITLE = 200;

/**
 * A title the reader typed or a link or storage brought: on one line, no control characters
 * (a NUL, an ESC) and no lone surrogates, not too long ('' when there is none).
 */
export function cleanTitle(title: string): string {
  const clean = title
    .replace(/\p{Cs}/gu, '')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
  // Cut by code points, so the cut never leaves half of a surrogate pair.
  return clean.length <= MAX_GIVEN_TITLE
    ? clean
    : Array.from(clean).slice(0, MAX_GIVEN_TITLE).join('').trim();
}

/** A source's display title: its first heading, else its first paragraph, shortened. */
export function titleFrom(text: string, blocks: readonly Block[]): string {
  const block = blocks.find((b) => b.type === 'heading') ?? blocks[0];
  if (block === undefined) return 'Untitled';
  const { head, whole } = collapsedHead(text, block.start, block.end, MAX_TITLE + 2);
  let title = head;
  // A source without a headline is titled by its first sentence. Past the head, a sentence
  // would be longer than a title anyway, and cut as the paragraph is.
  const sentence = (whole ? SENTENCE : SENTENCE_IN_HEAD).exec(title);
  if (block.type !== 'heading' && sentence !== null) title = sentence[0];
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2))}…`;
}

const SENTENCE = /^.+?[.!?](?=\s|$)/u;
const SENTENCE_IN_HEAD = /^.+?[.!?](?=\s)/u;

/**
 * The start of `text[start, end)` with each run of white space one space, trimmed: at least
 * `least` characters of it (all of it, `whole`, when it is shorter). Only as much of the text
 * is read as that needs — a title is read from a megabyte-long paragraph too.
 */
function collapsedHead(
  text: string,
  start: number,
  end: number,
  least: number,
): { head: string; whole: boolean } {
  for (let window = least * 4; ; window *= 4) {
    const whole = start + window >= end;
    const raw = text.slice(start, whole ? end : start + window);
    const head = raw.replace(/\s+/gu, ' ');
    if (whole) return { head: head.trim(), whole };
    const trimmed = head.trimStart();
    if (trimmed.length >= least) return { head: trimmed, whole };
  }
}
