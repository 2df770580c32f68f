import { useReader } from './readerContext';

/** A quiet note about the request (role="status"), e.g. a linked passage that is gone. */
export function Notice() {
  const notice = useReader((s) => s.notice);
  if (!notice) return null;
  return (
    <p role="status" className="text-sm text-stone-600 italic dark:text-stone-400">
      {notice}
    </p>
  );
}
