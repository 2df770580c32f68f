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
  let title = text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim();
  // A source without a headline is titled by its first sentence.
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(title);
  if (block.type !== 'heading' && sentence !== null) title = sentence[0];
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE / 2))}…`;
}
