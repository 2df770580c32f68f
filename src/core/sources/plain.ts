import type { Block, Source } from '../types';
import { isWhiteSpace } from '../whiteSpace';
import { titleFrom } from './title';

/**
 * A plain-text source: its reading text is the text exactly, and its paragraphs are found
 * from the layout. Between blank lines, a group of lines is one paragraph when it looks
 * hard-wrapped (every line but the last of similar, typewriter-like length) and one paragraph
 * per line otherwise, as news copy pasted from the web puts each paragraph on its own line.
 * Blank and whitespace-only lines never make a paragraph.
 */
export function parsePlainText(id: string, text: string): Source {
  const blocks = plainBlocks(text);
  return { id, title: titleFrom(text, blocks), text, blocks };
}

export function plainBlocks(text: string): Block[] {
  // One pass over the characters, and nothing made per line or per group but the blocks: a
  // megabyte of one-letter paragraphs is 350,000 of them, and an object per line, an array
  // per group and a copy of the list to mark the heading made it cost ten times the prose.
  // (Gathering the offsets in a growing typed array first, to make the blocks in one go,
  // measured slower in the bench than pushing each: likely its buffers, memory outside the
  // heap that calls the collector.)
  const blocks: Block[] = [];
  // The lines since the last blank line, as flat offsets, reused from group to group.
  const group = new Offsets();
  // Whether every line of the group but the last is of wrapped width, known line by line.
  let wrapped = true;
  let first = -1; // the current line's first and last non-white-space characters
  let last = -1;
  // Lines end at CR LF, CR or LF, and are trimmed in the same pass: scanned by hand, since a
  // pattern and a string per line made a megabyte of line breaks 45 times slower than prose.
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d) {
      if (!isWhiteSpace(c)) {
        if (first < 0) first = i;
        last = i;
      }
      continue;
    }
    if (first >= 0) {
      const lines = group.count;
      if (lines > 0) {
        const width = group.at[2 * lines - 1]! - group.at[2 * lines - 2]!;
        wrapped &&= width >= 40 && width <= 100;
      }
      group.push(first, last + 1);
      first = -1;
    }
    // A blank line, or the end of the text, closes the group.
    if ((last < 0 || i === n) && group.count > 0) {
      const lines = group.count;
      if (lines >= 2 && wrapped)
        blocks.push({ start: group.at[0]!, end: group.at[2 * lines - 1]!, type: 'paragraph' });
      else
        for (let k = 0; k < 2 * lines; k += 2)
          blocks.push({ start: group.at[k]!, end: group.at[k + 1]!, type: 'paragraph' });
      group.count = 0;
      wrapped = true;
    }
    last = -1;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
  }
  const head = blocks[0];
  if (head !== undefined && looksLikeHeading(text, head)) blocks[0] = { ...head, type: 'heading' };
  return blocks;
}

/** Pairs of offsets, flat, in a typed array that grows as they come. */
class Offsets {
  at = new Int32Array(64);
  /** How many pairs. */
  count = 0;
  push(start: number, end: number): void {
    if (2 * this.count + 2 > this.at.length) {
      const bigger = new Int32Array(this.at.length * 2);
      bigger.set(this.at);
      this.at = bigger;
    }
    this.at[2 * this.count] = start;
    this.at[2 * this.count + 1] = end;
    this.count++;
  }
}

/** A short first line without closing punctuation reads as a headline. */
function looksLikeHeading(text: string, block: Block): boolean {
  if (block.end - block.start > 160) return false;
  const line = text.slice(block.start, block.end);
  return !/[.!?:;,]["'”’)]?$/u.test(line) && !/\n/.test(line);
}
