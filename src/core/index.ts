export type * from './types';
export { compareSources, DEFAULT_OPTIONS } from './compare';
export { tokenize, countWords, indexWords } from './tokenize';
export { normalizeWord, Interner } from './normalize';
export { parseSource, looksLikeMarkdown } from './sources/parse';
export { decodeText, MAX_FILE_BYTES } from './decode';
export { summarize, type Summary } from './summary';
export { containmentMatrix, mostSimilarPair } from './similarity';
export { piecesByBlock, type Piece } from './layout';
