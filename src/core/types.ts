/** Two of a kind, one per source: `[a, b]`. Two-sided code is written once over it. */
export type Pair<T> = readonly [T, T];

export type Side = 0 | 1;

/** How a stretch of text relates to the other source. */
export type Kind = 'shared' | 'moved' | 'reworded' | 'unique';

/** How one region of A was reused in B: word for word, with edits, or restated in other words. */
export type CaseKind = 'verbatim' | 'edited' | 'reworded';

/** What a source's reading text is made of, for layout only; comparison ignores it. */
export interface Block {
  /** UTF-16 offsets into the reading text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly type: 'heading' | 'paragraph';
}

export type SourceFormat = 'text' | 'markdown';

/** A parsed source: the text a reader sees and compares, and its paragraphs. */
export interface Source {
  readonly id: string;
  readonly title: string;
  /** The reading text: for plain text the file's text exactly; for Markdown its rendered text. */
  readonly text: string;
  readonly blocks: readonly Block[];
  /** When the reader added it (ISO 8601), for the report; absent for bundled sources. */
  readonly added?: string;
}

/** A token of text: a word, or the run of spaces and punctuation between words. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

/**
 * The words of one text in compact form: word `i` is `text.slice(starts[i], ends[i])`
 * and its normalized form is interned as `ids[i]`. Typed arrays keep the hot paths on integers.
 */
export interface WordIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
}

/**
 * A run of words that the two texts share, word for word after normalization; or, when
 * `reworded`, a sentence of each that restate one another (their word counts may differ, and
 * only the words not matched word for word elsewhere belong to it).
 */
export interface Passage {
  /** Word indices `[first, end)` on each side. */
  readonly words: Pair<readonly [number, number]>;
  /** Whether it stands out of order relative to the other text. */
  readonly moved: boolean;
  readonly reworded: boolean;
}

/** One region of A reused as one region of B: nearby passages and the edits between them. */
export interface ReuseCase {
  /** Word indices `[first, end)` on each side. */
  readonly words: Pair<readonly [number, number]>;
  readonly kind: CaseKind;
  /** Indices into `Comparison.passages`, in order of A. */
  readonly passages: readonly number[];
}

/** A stretch of reading text with one kind. Segments cover a text exactly, in order. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
  /** Index into `Comparison.passages` for shared and moved segments. */
  readonly passage: number | null;
  /** For a unique segment whose text stands more than once in its own source: where another occurrence starts. */
  readonly repeatOf: number | null;
  /** Shared or moved words that stand inside a quotation in both texts: a shared quotation. */
  readonly quote: boolean;
}

export interface SideStats {
  readonly words: number;
  readonly shared: number;
  readonly moved: number;
  /** Words of a reworded sentence that its counterpart says otherwise. */
  readonly reworded: number;
  readonly unique: number;
  readonly passages: number;
  readonly longestPassage: number;
  /** Shared and moved words that are shared quotations (inside quotation marks in both texts). */
  readonly quoted: number;
}

export interface Comparison {
  readonly sources: Pair<Source>;
  readonly passages: readonly Passage[];
  /** The reuse cases; every passage belongs to exactly one. */
  readonly cases: readonly ReuseCase[];
  readonly segments: Pair<readonly Segment[]>;
  readonly stats: Pair<SideStats>;
  /** Word start and end offsets of each side, so views can map passages to text. */
  readonly words: Pair<WordIndex>;
}

export interface CompareOptions {
  /** Fewest consecutive words that make a passage on their own. */
  readonly minRun: number;
  /** Largest gap (in words, on each side) between two passages that is aligned word by word. */
  readonly maxGap: number;
  /** A k-gram occurring more often than this in either text is not used to seed a match. */
  readonly maxSeedOccurrences: number;
}
