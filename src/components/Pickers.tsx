import { describeSource, type Source } from '@/core';
import { selectOwnIds, selectPair, selectSources } from '@/store/selectors';
import { useMemo } from 'react';
import { useReader, useLibrary } from './readerContext';
import { BUTTON, FIELD } from './styles';

/** Two source pickers with a swap button between them. */
export function Pickers() {
  const sources = useLibrary(selectSources);
  const ownIds = useLibrary(selectOwnIds);
  const pair = useReader(selectPair);
  const choose = useReader((s) => s.choose);
  const swap = useReader((s) => s.swap);
  const descriptions = useMemo(
    () => new Map(sources.map((s) => [s.id, describeSource(s)])),
    [sources],
  );

  const options = (list: readonly Source[]) =>
    list.map((s) => (
      <option key={s.id} value={s.id}>
        {s.title} — {descriptions.get(s.id)}
      </option>
    ));

  const picker = (side: 0 | 1) => {
    const name = side === 0 ? 'A' : 'B';
    return (
      <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
        <span className="font-medium text-stone-600 dark:text-stone-300">Source {name}</span>
        <select
          className={`${FIELD} truncate`}
          value={pair[side]}
          onChange={(e) => choose(side, e.target.value)}
        >
          {ownIds.length === 0 ? (
            options(sources)
          ) : (
            <>
              <optgroup label="Bundled articles">
                {options(sources.filter((s) => !ownIds.includes(s.id)))}
              </optgroup>
              <optgroup label="Your sources">
                {options(sources.filter((s) => ownIds.includes(s.id)))}
              </optgroup>
            </>
          )}
        </select>
      </label>
    );
  };

  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {picker(0)}
      <button
        type="button"
        onClick={swap}
        aria-label="Swap sources A and B"
        className={`${BUTTON} self-center sm:self-end`}
      >
        <span aria-hidden="true">⇅ </span>Swap
      </button>
      {picker(1)}
    </div>
  );
}
