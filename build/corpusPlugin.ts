import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// The parser alone, not the core's index: the config bundle then holds only what it runs.
import { parseSource } from '../src/core/sources/parse';
import { CORPUS } from '../src/corpus/manifest';

const ID = 'virtual:verbatim-corpus';
const RESOLVED = `\0${ID}`;
const ARTICLES = fileURLToPath(new URL('../src/corpus/articles/', import.meta.url));

/**
 * The bundled articles, parsed when the page is built: the page imports `virtual:verbatim-corpus`
 * (an array of parsed sources, in manifest order) and so never carries the Markdown parser.
 * The same parser the command line uses reads them, so both see the same text and blocks.
 */
export function corpusPlugin(): Plugin {
  return {
    name: 'verbatim-corpus',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const sources = CORPUS.map((entry) => {
        const file = `${ARTICLES}${entry.file}`;
        this.addWatchFile(file);
        return parseSource(entry.id, readFileSync(file, 'utf8'), entry.format);
      });
      return `export default ${JSON.stringify(sources)};`;
    },
  };
}
