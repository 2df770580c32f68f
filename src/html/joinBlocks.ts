import type { Block, BlockMarkup } from '@/core';

/** A block of a page's text as the reader walks it: a heading or a paragraph. */
export interface TextBlock {
  readonly text: string;
  readonly heading: boolean;
  readonly markup?: BlockMarkup;
  /**
   * Mostly under a side column of the page (`inSideColumn`), however much of the reading text
   * it holds (`markup` names a part only where it holds less than half): what Readability took
   * from a blog's side column, its writer's profile, is not the story it missed.
   */
  readonly inAside?: boolean;
}

/** Blocks as one text, a blank line between each two, and each block's place in it. */
export function joinBlocks(texts: readonly TextBlock[]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const block of texts) {
    if (text.length > 0) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + block.text.length,
      type: block.heading ? 'heading' : 'paragraph',
      ...(block.markup ? { markup: block.markup } : {}),
    });
    text += block.text;
  }
  return { text, blocks };
}
