import type { CharOffset, Kind, Segment, WordIndex } from './types';

export const KIND_UNIQUE = 0;
export const KIND_SHARED = 1;
export const KIND_MOVED = 2;
export const KIND_REWORDED = 3;
const KINDS: readonly Kind[] = ['unique', 'shared', 'moved', 'reworded'];

/** What each word of one text was found to be. */
export interface WordMarks {
  /** KIND_UNIQUE, KIND_SHARED, KIND_MOVED or KIND_REWORDED per word. */
  readonly kind: Uint8Array;
  /** Passage index per word, -1 for unique words. */
  readonly passage: Int32Array;
  /** The earlier word of the same text that a unique word repeats, else -1. */
  readonly repeatOf: Int32Array;
  /** 1 for a shared or moved word inside a quotation in both texts. */
  readonly quote: Uint8Array;
}

const WHITESPACE = /\s/u;

/**
 * Turns per-word marks into segments that cover `text` exactly, in order. Between two words
 * of different marks the spacing is split so marks read naturally: trailing punctuation stays
 * with the word before it, opening punctuation with the word after it, and the whitespace
 * goes to the marked (shared or moved) side, so a unique stretch never begins or ends in a space.
 */
export function buildSegments(text: string, words: WordIndex, marks: WordMarks): Segment[] {
  const segments: Segment[] = [];
  const n = words.starts.length;
  if (n === 0) {
    if (text.length > 0) segments.push(segment(0, text.length, 'unique', null, null));
    return segments;
  }
  let open = -1; // word whose mark the open segment carries
  let openStart = 0;
  const emit = (start: number, end: number, word: number) => {
    if (end <= start) return;
    if (open >= 0 && sameMark(marks, open, word)) return;
    if (open >= 0) segments.push(segmentOf(marks, words, open, openStart, start));
    open = word;
    openStart = start;
  };
  emit(0, words.starts[0]!, 0);
  for (let i = 0; i < n; i++) {
    emit(words.starts[i]!, words.ends[i]!, i);
    const gapStart = words.ends[i]!;
    const gapEnd = i + 1 < n ? words.starts[i + 1]! : text.length;
    if (i + 1 === n || sameMark(marks, i, i + 1)) {
      emit(gapStart, gapEnd, i);
      continue;
    }
    let spaceStart = gapStart;
    while (spaceStart < gapEnd && !WHITESPACE.test(text[spaceStart]!)) spaceStart++;
    let spaceEnd = gapEnd;
    while (spaceEnd > spaceStart && !WHITESPACE.test(text[spaceEnd - 1]!)) spaceEnd--;
    const spaceOwner =
      marks.kind[i] === KIND_UNIQUE && marks.kind[i + 1] !== KIND_UNIQUE ? i + 1 : i;
    emit(gapStart, spaceStart, i);
    emit(spaceStart, spaceEnd, spaceOwner);
    emit(spaceEnd, gapEnd, i + 1);
  }
  segments.push(segmentOf(marks, words, open, openStart, text.length));
  return segments;
}

function sameMark(marks: WordMarks, x: number, y: number): boolean {
  return (
    marks.kind[x] === marks.kind[y] &&
    marks.passage[x] === marks.passage[y] &&
    marks.quote[x] === marks.quote[y] &&
    (marks.kind[x] !== KIND_UNIQUE || marks.repeatOf[x]! < 0 === marks.repeatOf[y]! < 0)
  );
}

function segmentOf(
  marks: WordMarks,
  words: WordIndex,
  word: number,
  start: number,
  end: number,
): Segment {
  const kind = KINDS[marks.kind[word]!]!;
  const passage = marks.passage[word]!;
  const repeat = marks.repeatOf[word]!;
  return {
    ...segment(
      start,
      end,
      kind,
      passage >= 0 ? passage : null,
      kind === 'unique' && repeat >= 0 ? words.starts[repeat]! : null,
    ),
    quote: marks.quote[word] === 1,
  };
}

function segment(
  start: number,
  end: number,
  kind: Kind,
  passage: number | null,
  repeatOf: number | null,
): Segment {
  return {
    start: start as CharOffset,
    end: end as CharOffset,
    kind,
    passage,
    repeatOf: repeatOf as CharOffset | null,
    quote: false,
  };
}
