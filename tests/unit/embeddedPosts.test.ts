import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplateOf, classifyBlocks } from '@/core/boilerplate';
import { embeddedPostBlocks, embeddedPostStarts, POST_ATTRIBUTION } from '@/core/embeddedPosts';
import type { Block, Source } from '@/core/types';
import { PROSE } from '../support/labelling';
import { checkProperty } from '../support/property';

/*
 * A post a story embeds (a tweet as the embed code saves it: the post, then "— Name (@handle)
 * Month D, YYYY") is named "embedded post": another author's words, kept in the story.
 */

/** A page read as blocks: its lines, those at `headings` headings. */
function asPage(lines: readonly string[], headings: readonly number[] = []): Source {
  const blocks: Block[] = [];
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const type = headings.includes(i) ? 'heading' : 'paragraph';
    blocks.push({ start: at, end: at + line.length, type });
    at += line.length + 2;
  }
  return { id: 'p', title: lines[0]!, text: lines.join('\n\n'), blocks };
}

const TWEET = 'Gonna build that tunnel one hat at a time';
const CREDIT = '— Elon Musk (@elonmusk) October 18, 2017';

describe('embedded posts', () => {
  it('names a post and its attribution line, and hides neither', () => {
    const page = asPage(['Boring hats sell out', ...PROSE, TWEET, CREDIT, PROSE[0]!], [0]);
    const labels = classifyBlocks(page);
    expect(labels.slice(4, 6)).toEqual(['embedded post', 'embedded post']);
    expect(labels[6]).toBeNull();
    expect(boilerplateOf(page).slice(4, 6)).toEqual([null, null]);
  });

  it('reads the attribution lines embeds print, in their dashes and month spellings', () => {
    for (const line of [
      '— Donald J. Trump (@realDonaldTrump) March 26, 2017',
      '– Knight 1st Amendment (@knightcolumbia) Mar 27, 2017',
      '- C:\\Users\\Gallo (@BitterMercy) Sept. 18, 2017',
      '—(@WBCBaseball) March 22, 2017',
    ])
      expect(POST_ATTRIBUTION.test(line), line).toBe(true);
  });

  it('leaves the story’s own lines that name a handle or a day alone', () => {
    for (const line of [
      '— said Jane Doe (@janedoe) on Tuesday, March 26, 2017, before the vote.',
      'Follow Jane Doe on Twitter (@janedoe).',
      'March 26, 2017',
      '— Jane Doe, March 26, 2017',
      'Jane Doe (@janedoe) March 26, 2017',
    ])
      expect(POST_ATTRIBUTION.test(line), line).toBe(false);
    const page = asPage(['A vote', ...PROSE, 'Follow Jane Doe on Twitter (@janedoe).', PROSE[1]!]);
    expect(classifyBlocks(page)).not.toContain('embedded post');
  });

  it('takes neither a heading nor a long paragraph over the line for the post', () => {
    const long = `${PROSE[0]} ${PROSE[1]} ${PROSE[2]}`;
    expect(embeddedPostBlocks(asPage([...PROSE, long, CREDIT]), [])).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(embeddedPostBlocks(asPage([...PROSE, 'What he said', CREDIT], [3]), [])).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('leaves a block other rules labelled with its label, but takes an attribution read as a date', () => {
    const page = asPage([...PROSE, TWEET, CREDIT]);
    expect(embeddedPostBlocks(page, [null, null, null, 'caption', 'date line'])).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('names each post once, where it begins: two posts in a row, and a line with no post over it', () => {
    const other = '— Frank Alvarez (@FrankAlvarezJr) October 18, 2017';
    const long = PROSE.join(' ');
    const page = asPage([...PROSE, TWEET, CREDIT, 'Ordered mine!', other, long, CREDIT]);
    const labels = page.blocks.map(() => null);
    expect(embeddedPostBlocks(page, labels)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(embeddedPostStarts(page, labels)).toEqual([
      false,
      false,
      false,
      true,
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('marks only attribution lines and the block over each, and never hides a block', () => {
    const line = fc.oneof(
      fc.constantFrom(TWEET, CREDIT, ...PROSE, 'Related stories', '— (@x) May 1, 2020'),
      fc.string({ maxLength: 80 }),
    );
    checkProperty(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const page = asPage(lines);
        const labels = classifyBlocks(page);
        const hidden = boilerplateOf(page);
        labels.forEach((label, i) => {
          if (label !== 'embedded post') return;
          expect(hidden[i]).toBeNull();
          const own = POST_ATTRIBUTION.test(lines[i]!.trim());
          const over = i + 1 < lines.length && POST_ATTRIBUTION.test(lines[i + 1]!.trim());
          expect(own || over).toBe(true);
        });
      }),
    );
  });
});
