export type * from './types';
export { compareSources, DEFAULT_OPTIONS } from './compare';
export { tokenize, countWords, indexWords } from './tokenize';
export { normalizeWord, Interner } from './normalize';
export { parseSource, looksLikeMarkdown } from './sources/parse';
export { decodeText, MAX_FILE_BYTES } from './decode';
export { summarize, summarizeSide, type Summary } from './summary';
export { containmentMatrix, mostSimilarPair } from './similarity';
export { piecesByBlock, type Piece } from './layout';
export * from './navigation';
export * from './overview';
export { extractMetadata, describeSource, wordCountOf, type SourceMeta } from './metadata';
export { comparisonReport } from './report';
export { comparisonJson, listJson } from './json';
export { originCue, readsDerived } from './origin';
export { boilerplateOf, classifyBlocks, classifyText, type BoilerplateReason } from './boilerplate';
export { findQuotes, wordsInQuotes } from './quotes';
/** The Markdown parser, loaded on demand (the page needs it only when a reader adds Markdown). */
export const loadMarkdownReader = () => import('./sources/markdown').then((m) => m.parseMarkdown);
