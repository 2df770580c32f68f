import { useEffect, useRef } from 'react';

/** The one-key shortcuts (handled in shortcuts.ts), as the help lists them. */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  [']', 'Next reused passage in the evidence list (longest first)'],
  ['[', 'Previous reused passage in the evidence list'],
  ['j', 'Next passage'],
  ['k', 'Previous passage'],
  ['n', 'Next unique stretch'],
  ['p', 'Previous unique stretch'],
  ['Enter', 'Align the other text with the passage in focus'],
  ['s', 'Swap sources A and B'],
  ['Esc', 'Clear the chosen passage, close this help'],
  ['?', 'Show these shortcuts'],
];

/** The keyboard shortcuts, in a modal dialog that takes focus and gives it back on close. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.({ preventScroll: true });
  }, [open]);
  if (!open) return null;
  return (
    <div
      className="fixed inset-0 z-20 flex items-center justify-center bg-stone-950/40 p-4"
      onClick={() => onClose()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        className="w-full max-w-md rounded-lg bg-white p-6 shadow-xl dark:bg-stone-900"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          // Keep focus inside: the close button is the only control.
          if (e.key === 'Tab') {
            e.preventDefault();
            close.current?.focus();
          }
        }}
      >
        <h2 id="help-title" className="font-serif text-xl font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">
                  {key}
                </kbd>
              </dt>
              <dd className="text-stone-700 dark:text-stone-300">{what}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
          Shortcuts work anywhere except while typing in a field. Click a passage, or press Enter on
          it, to bring its counterpart level with it.
        </p>
        <button
          ref={close}
          type="button"
          onClick={() => onClose()}
          className="mt-5 rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          Close
        </button>
      </div>
    </div>
  );
}
