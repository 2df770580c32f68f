import type { Block, Source } from '../types';
import { OffsetPairs } from '../offsetPairs';
import { isWhiteSpace } from '../whiteSpace';
import { titleFrom } from './title';

/**
 * A plain-text source: its reading text is the text exactly, and its paragraphs are found
 * from the layout. Between blank lines, a group of lines is one paragraph when it looks
 * hard-wrapped (every line but the last of similar, typewriter-like length) and one paragraph
 * per line otherwise, as news copy pasted from the web puts each paragraph on its own line.
 * Blank and whitespace-only lines never make a paragraph. A text of more than `MAX_PARAGRAPHS`
 * has runs of them joined.
 */
export function parsePlainText(id: string, text: string): Source {
  const blocks = plainBlocks(text);
  return { id, title: titleFrom(text, blocks), text, blocks };
}

/**
 * Most paragraphs a plain text is given. Past it, consecutive paragraphs are joined in equal runs
 * so that there are no more: a text that long is over the word limit or made of lines of one or
 * two words (200,000 words, the most a source may have, in 50,000 paragraphs is four a line), and
 * an object per line made a megabyte of one-letter lines cost fourteen times the prose.
 */
export const MAX_PARAGRAPHS = 50_000;

export function plainBlocks(text: string): Block[] {
  const found = paragraphOffsets(text);
  const count = found.count;
  const at = found.at;
  // Runs of `join` paragraphs each when there are too many; one each otherwise.
  const join = Math.ceil(count / MAX_PARAGRAPHS);
  const blocks: Block[] = [];
  for (let k = 0; k < count; k += join) {
    const last = Math.min(k + join, count) - 1;
    blocks.push({ start: at[2 * k]!, end: at[2 * last + 1]!, type: 'paragraph' });
  }
  const head = blocks[0];
  if (head !== undefined && looksLikeHeading(text, head)) blocks[0] = { ...head, type: 'heading' };
  return blocks;
}

/**
 * The paragraphs' offsets, flat, in one pass over the characters with nothing made per line or
 * per group: lines are written as they end, and a group found hard-wrapped when it closes is
 * folded back into one paragraph in place.
 */
function paragraphOffsets(text: string): OffsetPairs {
  const out = new OffsetPairs();
  let groupStart = 0; // the first pair of the current group (lines since the last blank line)
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
      const lines = out.count - groupStart;
      if (lines > 0 && wrapped) {
        const width = out.at[2 * out.count - 1]! - out.at[2 * out.count - 2]!;
        wrapped = width >= 40 && width <= 100;
      }
      out.push(first, last + 1);
      first = -1;
    }
    // A blank line, or the end of the text, closes the group.
    if ((last < 0 || i === n) && out.count > groupStart) {
      if (out.count - groupStart >= 2 && wrapped) {
        out.at[2 * groupStart + 1] = out.at[2 * out.count - 1]!;
        out.count = groupStart + 1;
      }
      groupStart = out.count;
      wrapped = true;
    }
    last = -1;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
  }
  return out;
}

/** A short first line without closing punctuation reads as a headline. */
function looksLikeHeading(text: string, block: Block): boolean {
  if (block.end - block.start > 160) return false;
  const line = text.slice(block.start, block.end);
  return !/[.!?:;,]["'”’)]?$/u.test(line) && !/\n/.test(line);
}
