export type * from './types';
export { compareSources, DEFAULT_OPTIONS } from './compare';
export { tokenize, countWords, indexWords, wordCountOf } from './tokenize';
export { normalizeWord, Interner } from './normalize';
export { parseSource, looksLikeMarkdown } from './sources/parse';
export { decodeText, declaredCharset, MAX_FILE_BYTES, type Decoded } from './decode';
export { summarize, summarizeSide, type Summary } from './summary';
export { containmentMatrix, mostSimilarPair } from './similarity';
export { piecesByBlock, type Piece } from './layout';
export * from './navigation';
export * from './overview';
export { extractMetadata, describeSource, type SourceMeta } from './metadata';
export { comparisonReport } from './report';
export { comparisonJson, listJson } from './json';
export {
  relationOf,
  readsDerived,
  type Relation,
  type RelationLabel,
  type SideReuse,
} from './relation';
export * from './evidence';
export {
  boilerplateAmong,
  boilerplateOf,
  classifyBlocks,
  classifyText,
  isBlockNote,
  type BoilerplateReason,
} from './boilerplate';
export { labelsAmong, type BlockLabels } from './labels';
export { documentStopWords, wordsOf } from './blockSignals';
export { hiddenRunAt } from './hiddenRuns';
export { readingsOf, type Reading, type Readings } from './reading';
export { findQuotes, wordsInQuotes } from './quotes';
/** The Markdown parser, loaded on demand (the page needs it only when a reader adds Markdown). */
export const loadMarkdownReader = () => import('./sources/markdown').then((m) => m.parseMarkdown);
export * from './wording';
export * from './palette';
export { cleanTitle } from './sources/title';
export type { FormatReaders, HtmlReader, OwnFormat, OwnSourceResult } from './sources/own';
/**
 * Parts the page needs only when a reader acts, loaded then, so its first script does not carry
 * them: reading a source of one's own (checks, decoding, parsing) and the HTML report. A module
 * loaded this way must not also be re-exported directly above: the bundler would then put it in
 * the first script (report.ts only forwards to reportHtml.ts for that reason).
 */
export const loadOwnSources = () => import('./sources/own');
export const loadReport = () => import('./reportHtml');
export type { ReportOptions, SourceFacts } from './reportHtml';
export { ENGINE_VERSION } from './version';
export { downloadName } from './fileName';
export { parsePlainText } from './sources/plain';
export { titleFrom } from './sources/title';
export { forEachWord } from './tokenize';
export {
  contentBytes,
  contentId,
  idOfDigest,
  LEGACY_OWN_ID,
  OWN_ID,
  webDigest,
  type Digest,
} from './sources/contentId';
export {
  checkSource,
  verifySource,
  MAX_OWN_BYTES,
  MAX_OWN_WORDS,
  type SourceCheck,
  type VerifiedSource,
} from './sources/schema';
export {
  readStoredSources,
  type SetAside,
  type StoredRecord,
  type StoredSources,
} from './sources/stored';
export { sentenceUnits } from './sentences';
export { foldSpace, isWhiteSpace } from './whiteSpace';
