import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * The seed for this run: `VERBATIM_SEED` when set (to replay a failure), else a fresh one.
 * One seed per test file run, so a failure's replay command reproduces the whole file.
 */
const SEED = process.env.VERBATIM_SEED
  ? Number(process.env.VERBATIM_SEED)
  : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;

/**
 * fc.assert with a known seed. On failure it says the seed and the command that replays it:
 * `VERBATIM_SEED=<seed> npx vitest run <file> -t "<test>"`. A seed that once failed belongs
 * in the test's `seeds`, so it is checked on every run from then on (a named regression).
 */
export function checkProperty<Ts>(
  property: fc.IProperty<Ts>,
  params: fc.Parameters<Ts> & { seeds?: readonly number[] } = {},
): void {
  const { seeds = [], ...rest } = params;
  for (const seed of [...seeds, SEED]) {
    try {
      fc.assert(property, { ...rest, seed });
    } catch (error) {
      throw replayable(seed, error);
    }
  }
}

/** `checkProperty` for an asynchronous property (`fc.asyncProperty`). */
export async function checkAsyncProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts> & { seeds?: readonly number[] } = {},
): Promise<void> {
  const { seeds = [], ...rest } = params;
  for (const seed of [...seeds, SEED]) {
    try {
      await fc.assert(property, { ...rest, seed });
    } catch (error) {
      throw replayable(seed, error);
    }
  }
}

function replayable(seed: number, error: unknown): Error {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? testPath.replace(`${process.cwd()}/`, '') : '<test file>';
  const name = (currentTestName ?? '').split(' > ').at(-1) ?? '';
  const replay = `VERBATIM_SEED=${seed} npx vitest run ${file} -t ${JSON.stringify(name)}`;
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`Property failed with seed ${seed}. Replay: ${replay}\n${message}`, {
    cause: error,
  });
}
