import type { SourceFormat } from '@/core';

/**
 * The bundled articles: a stable, short id for links and the format each file is written in.
 * Titles come from the articles themselves. Nothing in the engine looks at this list.
 */
export interface CorpusEntry {
  readonly id: string;
  readonly file: string;
  readonly format: SourceFormat;
}

export const CORPUS: readonly CorpusEntry[] = [
  { id: 'kim-praises-relationship', file: '000_4b481f533e13342d.txt', format: 'text' },
  { id: 'growing-partnership', file: '001_da9d354edfb99ae0.txt', format: 'text' },
  { id: 'kim-hails-russia-ties', file: '002_f4961fb23fd7aed9.txt', format: 'text' },
  // Written in Markdown though saved as .txt; `looksLikeMarkdown` agrees (tested).
  { id: 'kim-hails-ties-ahead', file: '003_26a13f8ebd929105.txt', format: 'markdown' },
  { id: 'putin-two-day-visit', file: '004_682ceca7b4dc5c38.txt', format: 'text' },
];

/**
 * The pair the page opens on with no link: the two bundled articles that share the most (the
 * highest mean of both containments). Fixed here so the page knows it without comparing
 * anything before its first paint; a unit test checks it is still the most similar pair.
 */
export const DEFAULT_PAIR: readonly [string, string] = [
  'kim-praises-relationship',
  'growing-partnership',
];
