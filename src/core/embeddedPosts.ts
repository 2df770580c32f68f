import type { BlockLabel } from './boilerplate';
import type { Source } from './types';

/**
 * The line a social network's embed prints under a post when the page saves it as text, as
 * Twitter's embed code does: "— Donald J. Trump (@realDonaldTrump) March 26, 2017". Bounded
 * runs only, so a long line is read once (`npm run bench -- patterns`).
 */
export const POST_ATTRIBUTION = new RegExp(
  String.raw`^[—–-]\s?[^\n()]{0,80}\(@\w{1,15}\)\s{0,3}` +
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\.? \d{1,2}, \d{4}$`,
  'i',
);

/** How many words a post over its attribution line holds at most (280 characters). */
const POST_WORDS = 60;

/**
 * Which blocks are a post the story embeds: an attribution line (`POST_ATTRIBUTION`) and the
 * post over it. The words are another author's, quoted in the story, so two outlets that embed
 * the same post share them without one taking them from the other. `labels` are the blocks'
 * labels so far: a block other rules labelled is not a post, but an attribution read as a date
 * line or a byline is, since a page's own date line names no handle. Text only, so the page
 * can mark the posts with the labels the worker sent.
 */
export function embeddedPostBlocks(
  source: Source,
  labels: readonly (BlockLabel | null)[],
): boolean[] {
  const posts = source.blocks.map(() => false);
  for (let i = 0; i < posts.length; i++) {
    const label = labels[i] ?? null;
    if (label !== null && label !== 'date line' && label !== 'credit or byline') continue;
    if (!attributionAt(source, i)) continue;
    posts[i] = true;
    const post = i - 1;
    if (post < 0 || (labels[post] ?? null) !== null || source.blocks[post]!.type === 'heading')
      continue;
    const words = textOf(source, post).split(/\s+/).filter(Boolean).length;
    if (words > 0 && words <= POST_WORDS) posts[post] = true;
  }
  return posts;
}

/**
 * The first block of each post `embeddedPostBlocks` finds (the post, or its attribution line
 * where no post stands over it): where the page and the report say "Embedded post", once a post.
 */
export function embeddedPostStarts(
  source: Source,
  labels: readonly (BlockLabel | null)[],
): boolean[] {
  const posts = embeddedPostBlocks(source, labels);
  return posts.map((post, i) => post && !(i > 0 && posts[i - 1] && !attributionAt(source, i - 1)));
}

const textOf = (source: Source, i: number) =>
  source.text.slice(source.blocks[i]!.start, source.blocks[i]!.end);

/** Whether block `i` is a post's attribution line. */
const attributionAt = (source: Source, i: number) =>
  POST_ATTRIBUTION.test(textOf(source, i).trim());
