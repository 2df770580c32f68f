import { comparing, wordCountOf } from '@/core';
import { selectComputing, selectPair, selectSources } from '@/store/selectors';
import { useMemo } from 'react';
import { useComparisons, useLibrary, useReader } from './readerContext';

/** Says that a comparison is being worked out, and how big it is, while it runs. */
export function ComputingStatus() {
  const computing = useComparisons(selectComputing);
  const pair = useReader(selectPair);
  const sources = useLibrary(selectSources);
  // Counted here (once per source), not with the pickers' descriptions (worked out in a
  // worker): the status says how big the comparison is from its first moment.
  const words = useMemo(
    () =>
      computing
        ? sources.filter((s) => pair.includes(s.id)).reduce((n, s) => n + wordCountOf(s), 0)
        : 0,
    [computing, pair, sources],
  );
  return (
    <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
      {computing ? (
        <>
          <span
            aria-hidden="true"
            className="mr-2 inline-block size-3 animate-spin rounded-full border-2 border-stone-400 border-t-transparent align-[-1px]"
          />
          {comparing(words)}
        </>
      ) : null}
    </p>
  );
}
