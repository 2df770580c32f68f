import { PAGE } from '@/core';
import {
  comparisonFor,
  selectComparison,
  selectPair,
  selectSources,
  sourcesOf,
} from '@/store/selectors';
import { useMemo } from 'react';
import { useComparisons, useLibrary, useReader } from './readerContext';
import { OwnSources } from './OwnSources';
import { useLoaded } from './useLoaded';
import { BUTTON_COMPACT } from './styles';

const loadShareExport = () => import('./ShareExport');

/**
 * What the menu holds: share and downloads, print, the reader's own sources, and the options.
 * A chunk of its own, loaded when the menu is first opened (nothing in it is needed before).
 */
export function MenuPanel({ onHelp }: { onHelp: () => void }) {
  const share = useLoaded(loadShareExport);
  const comparison = comparisonFor(useComparisons(selectComparison), useReader(selectPair));
  const library = useLibrary(selectSources);
  const sources = useMemo(() => sourcesOf(library, comparison), [library, comparison]);
  const linkedScroll = useReader((s) => s.linkedScroll);
  const setLinkedScroll = useReader((s) => s.setLinkedScroll);
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  const setHideBoilerplate = useReader((s) => s.setHideBoilerplate);
  return (
    <>
      <section aria-label={PAGE.share} className="flex flex-col gap-2">
        {comparison && sources && share ? (
          <share.ShareExport comparison={comparison} sources={sources} />
        ) : null}
        <div>
          <button type="button" className={BUTTON_COMPACT} onClick={() => window.print()}>
            {PAGE.print}
          </button>
        </div>
      </section>
      <OwnSources />
      <fieldset className="flex flex-col gap-2 border-t border-stone-200 pt-3 dark:border-stone-700">
        <legend className="sr-only">{PAGE.options}</legend>
        <Toggle
          label={PAGE.hideBoilerplate}
          checked={hideBoilerplate}
          onChange={setHideBoilerplate}
        />
        {/* Linked scrolling needs panes side by side, so it is offered only there. */}
        <Toggle
          label={PAGE.linkScrolling}
          checked={linkedScroll}
          onChange={setLinkedScroll}
          wideOnly
        />
        <div>
          <button
            type="button"
            className={`${BUTTON_COMPACT} max-lg:hidden`}
            onClick={() => {
              onHelp();
            }}
          >
            {PAGE.help} <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
      </fieldset>
    </>
  );
}

function Toggle(props: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  wideOnly?: boolean;
}) {
  return (
    <label
      className={`${props.wideOnly ? 'hidden lg:flex' : 'flex'} items-center gap-2 text-stone-700 dark:text-stone-300`}
    >
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        className="size-4 accent-sky-700"
      />
      {props.label}
    </label>
  );
}
