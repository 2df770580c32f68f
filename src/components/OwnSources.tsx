import { selectOwnIds, selectSources } from '@/store/selectors';
import { useReader, useLibrary } from './readerContext';
import { ownSourcesNote } from '@/core';

/** The reader's own sources: each can be renamed or removed. */
export function OwnSources() {
  const sources = useLibrary(selectSources);
  const ownIds = useLibrary(selectOwnIds);
  const remove = useReader((s) => s.removeSource);
  const rename = useReader((s) => s.renameSource);
  const saving = useLibrary((s) => s.saving);
  const failed = useLibrary((s) => s.storageFailed);
  const own = sources.filter((s) => ownIds.includes(s.id));
  if (own.length === 0) return null;
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
        <span>Your sources ({own.length})</span>{' '}
        {/* Says where they live, and when a reload would still lose the last change. */}
        <span className="text-stone-500 dark:text-stone-400">
          · {ownSourcesNote(saving > 0, failed)}
        </span>
      </summary>
      <ul className="mt-2 flex flex-col gap-2">
        {own.map((s) => (
          <li key={s.id} className="flex items-center gap-3">
            <input
              key={s.title}
              dir="auto"
              defaultValue={s.title}
              aria-label={`Title of ${s.title}`}
              onBlur={(e) => rename(s.id, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') rename(s.id, e.currentTarget.value);
              }}
              className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-900"
            />
            <button
              type="button"
              onClick={() => remove(s.id)}
              aria-label={`Remove ${s.title}`}
              className="shrink-0 rounded px-2 py-0.5 font-medium text-rose-800 underline underline-offset-2 hover:bg-rose-50 focus:outline-2 focus:outline-sky-600 dark:text-rose-300 dark:hover:bg-rose-950"
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
