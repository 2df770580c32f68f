import { spawnSync } from 'node:child_process';

/**
 * Builds the command line once, before any test file runs: the tests run the executable the
 * package names in `bin`, as a user runs it, and several files run it at the same time (a build
 * per file would replace it under another file's feet).
 */
export default function buildCommandLine(): void {
  const root = new URL('..', import.meta.url).pathname;
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (built.status !== 0) throw new Error(`the command line did not build: ${built.stderr}`);
}
