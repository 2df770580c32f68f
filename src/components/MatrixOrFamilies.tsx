import { FAMILIES_LINK } from '@/core';
import { selectSources } from '@/store/selectors';
import type { MouseEvent, ReactNode } from 'react';
import { useLibrary, useReader } from './readerContext';

/**
 * Most sources the matrix shows: beyond a dozen its cells are too small to read and its
 * n(n−1) measurements too slow to wait for; the families say who reuses whom instead.
 */
export const MATRIX_MAX = 12;

/**
 * The corpus matrix (`children`, loaded after the first paint) for a handful of sources; for
 * more, a way to their families.
 */
export function MatrixOrFamilies({ children }: { children: ReactNode }) {
  const count = useLibrary((s) => selectSources(s).length);
  const showFamilies = useReader((s) => s.showFamilies);
  if (count <= MATRIX_MAX) return <>{children}</>;
  const toFamilies = (event: MouseEvent) => {
    event.preventDefault();
    showFamilies();
  };
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="matrix-gives-way">
      {FAMILIES_LINK.tooManyForMatrix(count, MATRIX_MAX)}{' '}
      <a
        href="?view=families"
        onClick={toFamilies}
        className="rounded font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
      >
        {FAMILIES_LINK.see}
      </a>
    </p>
  );
}
