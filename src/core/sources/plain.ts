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

interface Line {
  start: number;
  end: number;
}

export function plainBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let group: Line[] = [];
  const flush = () => {
    if (group.length === 0) return;
    if (looksHardWrapped(group)) pushBlock(blocks, group[0]!.start, group[group.length - 1]!.end);
    else for (const line of group) pushBlock(blocks, line.start, line.end);
    group = [];
  };
  // Lines end at CR LF, CR or LF, and are trimmed in the same pass: scanned by hand, since a
  // pattern and a string per line made a megabyte of line breaks 45 times slower than prose.
  const n = text.length;
  let start = 0;
  while (start < n) {
    let first = -1;
    let last = -1;
    let end = start;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      if (!isWhiteSpace(c)) {
        if (first < 0) first = end;
        last = end;
      }
    }
    if (first < 0) flush();
    else group.push({ start: first, end: last + 1 });
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  flush();
  return blocks.map((block, i) =>
    i === 0 && looksLikeHeading(text, block) ? { ...block, type: 'heading' } : block,
  );
}

function looksHardWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  const widths = lines.slice(0, -1).map((l) => l.end - l.start);
  return widths.every((w) => w >= 40 && w <= 100);
}

/** A short first line without closing punctuation reads as a headline. */
function looksLikeHeading(text: string, block: Block): boolean {
  const line = text.slice(block.start, block.end);
  return block.end - block.start <= 160 && !/[.!?:;,]["'”’)]?$/u.test(line) && !/\n/.test(line);
}

function pushBlock(blocks: Block[], start: number, end: number): void {
  blocks.push({ start, end, type: 'paragraph' });
}
