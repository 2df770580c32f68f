import { useEffect, useRef } from 'react';
import { useReader, useLibrary } from './readerContext';
import { BUTTON_COMPACT } from './styles';
import { removalNote } from '@/core';

/**
 * Confirms a removal once the browser has committed it (so a reload keeps it), and offers to
 * undo it until the reader chooses another pair: removing a pasted text should not be final.
 */
export function RemovalNotice() {
  const removed = useLibrary((s) => s.removed);
  const undo = useReader((s) => s.undoRemove);
  const button = useRef<HTMLButtonElement>(null);
  const shown = removed !== null;
  // The Remove button that had keyboard focus is gone; Undo is the natural place to land.
  useEffect(() => {
    if (shown && (document.activeElement === document.body || !document.activeElement))
      button.current?.focus();
  }, [shown]);
  if (!removed) return null;
  const title = removed.source.title;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-stone-700 dark:text-stone-300">
      <p role="status">{removalNote(title, removed.committed)}</p>
      <button
        ref={button}
        type="button"
        onClick={undo}
        aria-label={`Undo removing ${title}`}
        className={BUTTON_COMPACT}
      >
        Undo
      </button>
    </div>
  );
}
