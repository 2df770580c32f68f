#!/usr/bin/env node
// The command line's entry: `verbatim list | compare | read | pan` (src/node/commandLine.ts) and
// `verbatim corpus` (cli/collection.ts, in worker threads).
import { CLI } from '../src/core';
import { runVerbatim } from '../src/node/commandLine';
import { runCorpus } from './collection';
import { loadCorpus } from './corpus';

// A reader that stops early (`verbatim compare … | head -c 100`) closes the pipe: that is not an
// error, so the command ends quietly with status 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const io = {
  out: (text: string) => process.stdout.write(text),
  err: (text: string) => process.stderr.write(text),
};
const run =
  process.argv[2] === 'corpus'
    ? runCorpus(process.argv.slice(3), { ...io, isTTY: process.stderr.isTTY === true }).catch(
        (error: unknown) => {
          io.err(`verbatim: ${CLI.unexpected(error)}\n`);
          return 2;
        },
      )
    : runVerbatim(process.argv.slice(2), { ...io, corpus: loadCorpus });
void run.then((status) => {
  process.exitCode = status;
});
