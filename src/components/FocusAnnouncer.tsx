import {
  caseLabel,
  casesByLength,
  caseWords,
  describePassage,
  uniqueStretches,
  focusAnnouncement,
} from '@/core';
import type { Comparison } from '@/core';
import { useMemo } from 'react';
import { useReader } from './readerContext';

/** Tells screen readers what the reader has just moved to with a shortcut or a click. */
export function FocusAnnouncer({ comparison }: { comparison: Comparison }) {
  const focus = useReader((s) => s.focus);
  const text = useMemo(() => {
    if (!focus) return '';
    if (focus.kind === 'case') {
      const reuse = comparison.cases[focus.index];
      if (!reuse) return '';
      const order = casesByLength(comparison);
      return caseLabel(
        order.indexOf(focus.index) + 1,
        order.length,
        caseWords(comparison, focus.index, 0),
        caseWords(comparison, focus.index, 1),
        reuse.kind,
      );
    }
    if (focus.kind === 'passage') {
      return focus.index < comparison.passages.length
        ? focusAnnouncement.passage(
            focus.side,
            describePassage(comparison, focus.index, focus.side),
          )
        : '';
    }
    const stretches = uniqueStretches(comparison, focus.side);
    return focusAnnouncement.unique(
      focus.side,
      stretches.indexOf(focus.segment) + 1,
      stretches.length,
    );
  }, [focus, comparison]);
  return (
    <p role="status" className="sr-only" data-testid="focus-announcer">
      {text}
    </p>
  );
}
