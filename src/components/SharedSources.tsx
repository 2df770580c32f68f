import { keepShared, sharedNotKept } from '@/core';
import { selectSources } from '@/store/selectors';
import { useLibrary } from './readerContext';
import { BUTTON_COMPACT } from './styles';

/**
 * Texts a shared link carried are shown, but join the reader's own sources (kept in this
 * browser) only when the reader says so: opening someone's link should not quietly fill one's
 * own library.
 */
export function SharedSources() {
  const sharedIds = useLibrary((s) => s.sharedIds);
  const sources = useLibrary(selectSources);
  const keep = useLibrary((s) => s.keepShared);
  if (sharedIds.length === 0) return null;
  const titles = sources.filter((s) => sharedIds.includes(s.id)).map((s) => s.title);
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950 print:hidden dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
    >
      <p className="min-w-0 flex-1">{sharedNotKept(titles)}</p>
      <button type="button" className={BUTTON_COMPACT} onClick={keep}>
        {keepShared(sharedIds.length)}
      </button>
    </div>
  );
}
