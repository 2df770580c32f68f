// Builds the command line to plain JavaScript (dist-cli/verbatim.js, the package's `bin`), so
// `node dist-cli/verbatim.js` and `npx verbatim` need no TypeScript loader. jsdom stays outside
// the bundle and is loaded only for an HTML input; Readability goes in a chunk of its own.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

// Chunk names carry hashes: start empty, so old chunks never pile up.
rmSync('dist-cli', { recursive: true, force: true });

await build({
  // The worker of `verbatim corpus` is an entry of its own: a thread starts it by file name.
  entryPoints: { verbatim: 'cli/verbatim.ts', collectionWorker: 'cli/collectionWorker.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist-cli',
  external: ['jsdom'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
chmodSync('dist-cli/verbatim.js', 0o755);
