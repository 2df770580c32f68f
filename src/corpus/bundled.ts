import { parseSource } from '@/core/sources/parse';
import type { Source } from '@/core/types';
import { CORPUS } from './manifest';

// The articles are tiny (15 KB together): bundling them beats a fetch the page could lose.
const FILES = import.meta.glob<string>('./articles/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The bundled sources, parsed, in manifest order. */
export function bundledSources(): Source[] {
  return CORPUS.map((entry) => {
    const raw = FILES[`./articles/${entry.file}`];
    if (raw === undefined)
      throw new Error(`bundled article ${entry.file} is missing; this is a bug`);
    return parseSource(entry.id, raw, entry.format);
  });
}
