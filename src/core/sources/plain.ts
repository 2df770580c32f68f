import type { Block, Source } from '../types';
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
  const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = LINE.exec(text); m !== null && m[0].length > 0; m = LINE.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const line = trimRange(text, m.index, m.index + raw.length);
    if (line === null) flush();
    else group.push(line);
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

function trimRange(text: string, start: number, end: number): Line | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
