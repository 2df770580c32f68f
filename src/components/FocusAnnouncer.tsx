import { describePassage, uniqueStretches } from '@/core';
import type { Comparison } from '@/core';
import { useMemo } from 'react';
import { useReader } from './readerContext';

/** Tells screen readers what the reader has just moved to with a shortcut or a click. */
export function FocusAnnouncer({ comparison }: { comparison: Comparison }) {
  const focus = useReader((s) => s.focus);
  const text = useMemo(() => {
    if (!focus) return '';
    const name = focus.side === 0 ? 'A' : 'B';
    if (focus.kind === 'passage') {
      return focus.index < comparison.passages.length
        ? `In ${name}: ${describePassage(comparison, focus.index, focus.side)}`
        : '';
    }
    const stretches = uniqueStretches(comparison, focus.side);
    return `Only in ${name}: stretch ${stretches.indexOf(focus.segment) + 1} of ${stretches.length}`;
  }, [focus, comparison]);
  return (
    <p role="status" className="sr-only" data-testid="focus-announcer">
      {text}
    </p>
  );
}
