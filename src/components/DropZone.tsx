import { DROP_HERE, unreadableText } from '@/core';
import { useEffect, useState } from 'react';
import { useStores } from './readerContext';

// The code that reads a file is loaded when one is dropped: the zone itself is in the first
// script, so a file dropped as soon as the page shows is never opened by the browser instead.
const loadAdder = () => import('./addOwnSource');

/** Whether a drag carries files (not a selection of text or a link dragged within the page). */
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * Files dropped anywhere on the page are added as sources of the reader's own (`addOwnFiles`),
 * with a visible drop zone while files are dragged over the page. Listens on the window, so no
 * part of the page is a dead spot; a drop some field handled itself (the add form's text box)
 * is left alone.
 */
export function DropZone() {
  const [dragging, setDragging] = useState(false);
  const { reader } = useStores();
  useEffect(() => {
    const sink = {
      addSources: reader.getState().addSources,
      report: reader.getState().report,
    };
    // dragenter and dragleave fire for every element crossed: count them to know when the
    // drag has left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // without it the browser would open the file instead
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0 || event.defaultPrevented) return;
      event.preventDefault();
      loadAdder().then(
        ({ addOwnFiles }) => addOwnFiles(sink, files),
        (error: unknown) => sink.report(unreadableText(error)),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [reader]);
  if (!dragging) return null;
  return (
    <div
      data-testid="drop-zone"
      className="pointer-events-none fixed inset-3 z-50 flex items-center justify-center rounded-xl border-4 border-dashed border-sky-600 bg-sky-50/90 dark:border-sky-400 dark:bg-stone-950/90"
    >
      <p className="rounded-lg bg-white px-6 py-4 font-serif text-xl text-stone-900 shadow dark:bg-stone-900 dark:text-stone-50">
        {DROP_HERE}
      </p>
    </div>
  );
}
