#!/usr/bin/env node
// The command line's entry: `verbatim list | compare | read | pan` (src/node/commandLine.ts).
import { runVerbatim } from '../src/node/commandLine';
import { loadCorpus } from './corpus';

// A reader that stops early (`verbatim compare … | head -c 100`) closes the pipe: that is not an
// error, so the command ends quietly with status 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
void runVerbatim(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  corpus: loadCorpus,
}).then((status) => {
  process.exitCode = status;
});
