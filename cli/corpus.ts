import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from '../src/core';
import type { Source } from '../src/core';
import { CORPUS } from '../src/corpus/manifest';

// Paths, not URL objects: under jsdom (component tests) `URL` is jsdom's, which fs refuses.
const ARTICLES = join(dirname(fileURLToPath(import.meta.url)), '../src/corpus/articles');

/** The bundled sources, read from disk the way the page reads them from its bundle. */
export function loadCorpus(): Source[] {
  return CORPUS.map((entry) =>
    parseSource(entry.id, readFileSync(join(ARTICLES, entry.file), 'utf8'), entry.format),
  );
}
