import type { Kind } from '@/core/types';
import { MARK_CLASS, MARK_DESCRIPTION, MARK_LABEL, QUOTE_CLASS, REPEAT_CLASS } from './marks';

const KINDS: readonly Kind[] = ['shared', 'moved', 'reworded', 'unique'];

/** Explains the marks, drawn exactly as they are drawn in the text. */
export function Legend() {
  return (
    <section aria-label="Legend" className="text-sm text-stone-600 dark:text-stone-300">
      <ul className="grid grid-cols-1 gap-x-6 gap-y-1 min-[420px]:grid-cols-2 md:flex md:flex-wrap">
        {KINDS.map((kind) => (
          <li key={kind}>
            <span
              className={`${MARK_CLASS[kind]} px-1 font-medium text-stone-900 dark:text-stone-100`}
            >
              {MARK_LABEL[kind]}
            </span>{' '}
            {MARK_DESCRIPTION[kind]}
          </li>
        ))}
        <li>
          <span className={`${QUOTE_CLASS} px-1 font-medium text-stone-900 dark:text-stone-100`}>
            Shared quotation
          </span>{' '}
          quoted in both
        </li>
        <li>
          <span className="rounded border border-stone-300 px-1 font-sans text-[0.7rem] font-medium tracking-wide text-stone-600 uppercase dark:border-stone-600 dark:text-stone-300">
            Boilerplate
          </span>{' '}
          not part of the story
        </li>
        <li>
          <span className={`${REPEAT_CLASS} px-1 font-medium text-stone-900 dark:text-stone-100`}>
            Repeated
          </span>{' '}
          only here, and twice over
        </li>
      </ul>
    </section>
  );
}
