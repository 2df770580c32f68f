import { SET_ASIDE_REMOVE } from '@/core';
import { useLibrary } from './readerContext';

/**
 * Saved sources that could not be read: each named, with what is wrong and a way to remove it.
 * They are kept out of the page, which works without them (one bad record never blanks it).
 */
export function SetAsideNotice() {
  const setAside = useLibrary((s) => s.setAside);
  const discard = useLibrary((s) => s.discardSetAside);
  if (setAside.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {setAside.map((record) => (
        <div key={record.id} className="flex items-start justify-between gap-4">
          <p>{record.problem}</p>
          <button
            type="button"
            onClick={() => discard(record.id)}
            className="shrink-0 rounded px-2 py-0.5 font-medium underline underline-offset-2 hover:bg-amber-100 focus:outline-2 focus:outline-sky-600 dark:hover:bg-amber-900"
          >
            {SET_ASIDE_REMOVE}
          </button>
        </div>
      ))}
    </div>
  );
}
