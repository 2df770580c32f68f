/** Two of a kind, one per source: `[a, b]`. Two-sided code is written once over it. */
export type Pair<T> = readonly [T, T];

export type Side = 0 | 1;

declare const brand: unique symbol;
/** A number that means one thing: the compiler keeps a character offset from a word position. */
type Branded<T, B extends string> = T & { readonly [brand]: B };
/** A UTF-16 offset into a source's reading text. */
export type CharOffset = Branded<number, 'CharOffset'>;
/** A word's place among its text's words: 0 for the first word. */
export type WordPosition = Branded<number, 'WordPosition'>;
/** `[first, end)`: from the first unit up to, not including, `end`. */
export type Span<T extends number> = readonly [T, T];

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
  /** What an HTML page's markup says of the block; absent for text and Markdown sources. */
  readonly markup?: BlockMarkup;
}

/**
 * Parts of a page around its story, as markup names them: a menu or breadcrumb trail, a list of
 * other stories, a form (a sign-up, a search), a byline, a date stamp, a figure or caption, an
 * aside (a sidebar, a widget), readers' comments.
 */
export const PAGE_PARTS = [
  'navigation',
  'related',
  'form',
  'credit',
  'date',
  'caption',
  'aside',
  'comments',
] as const;
export type PagePart = (typeof PAGE_PARTS)[number];

/** The parts the markup sets apart beside the story: a sidebar or widget, readers' comments. */
export const ASIDE_PARTS: ReadonlySet<PagePart | undefined> = new Set<PagePart>([
  'aside',
  'comments',
]);

/**
 * Signals only markup carries, as boilerplate research uses them: boilerpipe's link density,
 * and where the block stands in the page's structure (inside a navigation bar, an aside, a
 * form, a figure, or an element whose class or id names such a part). HTML sources only.
 */
export interface BlockMarkup {
  /** Share of the block's letters inside links, 0 to 1. */
  readonly links: number;
  /** The innermost part of the page the block stands in, by its tag, role, class or id. */
  readonly part?: PagePart;
  /** Inside a list item. */
  readonly listItem?: true;
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
export interface MatchedRun {
  /** Word positions `[first, end)` on each side. */
  readonly words: Pair<Span<WordPosition>>;
  /** Whether it stands out of order relative to the other text. */
  readonly moved: boolean;
  readonly reworded: boolean;
}

/** A passage as the engine publishes it: where it stands in words and in characters. */
export interface Passage extends MatchedRun {
  /** Character offsets `[start, end)` on each side, from its first word's start to its last word's end. */
  readonly chars: Pair<Span<CharOffset>>;
  /** The block (paragraph) each side's first word stands in, or the last before it; -1 for none. */
  readonly blocks: Pair<number>;
}

/** One region of A reused as one region of B: nearby passages and the edits between them. */
export interface ReuseCase {
  /** Word positions `[first, end)` on each side. */
  readonly words: Pair<Span<WordPosition>>;
  /** Character offsets `[start, end)` on each side. */
  readonly chars: Pair<Span<CharOffset>>;
  readonly kind: CaseKind;
  /** Indices into `Comparison.passages`, in order of A. */
  readonly passages: readonly number[];
}

/** A stretch of reading text with one kind. Segments cover a text exactly, in order. */
export interface Segment {
  readonly start: CharOffset;
  readonly end: CharOffset;
  readonly kind: Kind;
  /** Index into `Comparison.passages` for shared and moved segments. */
  readonly passage: number | null;
  /** For a unique segment whose text stands more than once in its own source: where another occurrence starts. */
  readonly repeatOf: CharOffset | null;
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

/** One block's words by kind, so figures that leave blocks out need no word arrays. */
export interface BlockTally {
  readonly words: number;
  readonly shared: number;
  readonly moved: number;
  readonly reworded: number;
  readonly quoted: number;
  /** Shared or moved words of a word-for-word passage (not of a restatement). */
  readonly verbatim: number;
}

/**
 * What the engine publishes: what the command line's JSON promises, by source id and character
 * range. The word arrays it worked on stay inside the core; the texts stay with their sources.
 */
export interface Comparison {
  readonly ids: Pair<string>;
  /** Length of each reading text (UTF-16 code units), to check a source against the comparison. */
  readonly lengths: Pair<number>;
  readonly passages: readonly Passage[];
  /** The reuse cases; every passage belongs to exactly one. */
  readonly cases: readonly ReuseCase[];
  readonly segments: Pair<readonly Segment[]>;
  readonly stats: Pair<SideStats>;
  /**
   * Per side, one tally per block of its source, and a last one for words before the first
   * block: what stands outside every block is never hidden.
   */
  readonly tallies: Pair<readonly BlockTally[]>;
}

export interface CompareOptions {
  /** Fewest consecutive words that make a passage on their own. */
  readonly minRun: number;
  /** Largest gap (in words, on each side) between two passages that is aligned word by word. */
  readonly maxGap: number;
  /** A k-gram occurring more often than this in either text is not used to seed a match. */
  readonly maxSeedOccurrences: number;
}
