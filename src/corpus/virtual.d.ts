// The bundled articles, parsed at build time by build/corpusPlugin.ts.
declare module 'virtual:verbatim-corpus' {
  import type { Source } from '@/core';
  const sources: readonly Source[];
  export default sources;
}
