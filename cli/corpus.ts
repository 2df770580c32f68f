import { readFileSync } from 'node:fs';
import { parseSource } from '../src/core/sources/parse';
import type { Source } from '../src/core/types';
import { CORPUS } from '../src/corpus/manifest';

const ARTICLES = new URL('../src/corpus/articles/', import.meta.url);

/** The bundled sources, read from disk the way the page reads them from its bundle. */
export function loadCorpus(): Source[] {
  return CORPUS.map((entry) =>
    parseSource(entry.id, readFileSync(new URL(entry.file, ARTICLES), 'utf8'), entry.format),
  );
}
