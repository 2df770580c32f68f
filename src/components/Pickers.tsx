import type { Source } from '@/core';
import { selectOwnIds, selectPair, selectSources } from '@/store/selectors';
import { useComparisons, useReader, useLibrary } from './readerContext';
import { BUTTON_COMPACT, FIELD_COMPACT } from './styles';

/** Two source pickers with a swap button between them. */
export function Pickers() {
  const sources = useLibrary(selectSources);
  const ownIds = useLibrary(selectOwnIds);
  const pair = useReader(selectPair);
  const choose = useReader((s) => s.choose);
  const swap = useReader((s) => s.swap);
  // Worked out in the labelling worker; a source not described yet shows its title alone.
  const descriptions = useComparisons((s) => s.descriptions);

  const options = (list: readonly Source[]) =>
    list.map((s) => (
      <option key={s.id} value={s.id}>
        {descriptions.has(s.id) ? `${s.title} — ${descriptions.get(s.id)}` : s.title}
      </option>
    ));

  const picker = (side: 0 | 1) => {
    const name = side === 0 ? 'A' : 'B';
    return (
      <label className="flex min-w-0 flex-1 items-center gap-1.5 text-sm">
        <span aria-hidden="true" className="font-semibold text-stone-600 dark:text-stone-300">
          {name}
        </span>
        <select
          aria-label={`Source ${name}`}
          className={`${FIELD_COMPACT} min-w-0 truncate`}
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
    <div className="flex min-w-0 flex-[1_1_36rem] items-center gap-2 max-sm:flex-wrap">
      {picker(0)}
      <button
        type="button"
        onClick={swap}
        aria-label="Swap sources A and B"
        title="Swap sources A and B (s)"
        className={BUTTON_COMPACT}
      >
        <span aria-hidden="true">⇄</span>
      </button>
      {picker(1)}
    </div>
  );
}
