import { COLLECTION } from '@/core';
import { useShallow } from 'zustand/react/shallow';
import { useCollection } from './collectionContext';
import { BUTTON } from './styles';

/** Where the collection job is, with counts; it can be stopped. */
export function CollectionProgress() {
  const progress = useCollection(useShallow((s) => s.progress));
  const cancel = useCollection((s) => s.cancel);
  if (progress === null) return null;
  const label = COLLECTION.phase[progress.phase];
  const text = COLLECTION.progress(label, progress.done, progress.total);
  const share = progress.total === 0 ? 0 : progress.done / progress.total;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
        data-phase={progress.phase}
        className="h-3 w-64 max-w-full overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700"
      >
        <div
          className="h-full bg-sky-700 transition-[width] dark:bg-sky-400"
          style={{ width: `${Math.round(share * 100)}%` }}
        />
      </div>
      <p className="text-sm text-stone-700 tabular-nums dark:text-stone-300">{text}</p>
      <button type="button" className={BUTTON} onClick={cancel}>
        {COLLECTION.cancel}
      </button>
    </div>
  );
}
