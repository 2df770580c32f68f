import type { Source } from '@/core';
import parsed from 'virtual:verbatim-corpus';

/**
 * The bundled sources, parsed when the page was built (see build/corpusPlugin.ts), in manifest
 * order. The articles are tiny (15 KB together): bundling them beats a fetch the page could lose.
 */
export function bundledSources(): Source[] {
  return parsed.map((source) => ({ ...source, blocks: source.blocks.map((b) => ({ ...b })) }));
}
