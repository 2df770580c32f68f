import { LINK } from '@/core';
import { selectProblem } from '@/store/selectors';
import { formatLink } from '@/url/link';
import type { MouseEvent } from 'react';
import { useReader } from './readerContext';

/**
 * What went wrong with the reader's request, said plainly, with a way to dismiss it; for a
 * mistyped link, a link to the pair it probably meant ("Did you mean …?").
 */
export function ProblemAlert() {
  const problem = useReader(selectProblem);
  const suggestion = useReader((s) => s.suggestion);
  const dismiss = useReader((s) => s.dismissProblem);
  const open = useReader((s) => s.open);
  if (!problem) return null;
  const follow = (event: MouseEvent) => {
    if (!suggestion) return;
    event.preventDefault();
    open(suggestion.pair);
  };
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        {problem}
        {suggestion ? (
          <>
            {' '}
            {LINK.didYouMean}{' '}
            <a
              href={formatLink({ view: 'reader', pair: suggestion.pair, passage: null })}
              onClick={follow}
              className="font-medium underline underline-offset-2"
            >
              {suggestion.ids.map((id) => `“${id}”`).join(' and ')}
            </a>
            ?
          </>
        ) : null}
      </p>
      <button
        type="button"
        onClick={dismiss}
        className="shrink-0 rounded px-2 py-0.5 font-medium underline underline-offset-2 hover:bg-amber-100 focus:outline-2 focus:outline-sky-600 dark:hover:bg-amber-900"
      >
        Dismiss
      </button>
    </div>
  );
}
