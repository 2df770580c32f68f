import { PAGE } from '@/core';
import {
  comparisonFor,
  selectComparison,
  selectPair,
  selectSources,
  sourcesOf,
} from '@/store/selectors';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useComparisons, useLibrary, useReader } from './readerContext';
import { useLoaded } from './useLoaded';
import { BUTTON_COMPACT } from './styles';

const loadShareExport = () => import('./ShareExport');
const loadOwnSources = () => import('./OwnSources');

/**
 * Everything the reader does now and then, behind one button: share and downloads, print, the
 * reader's own sources, and the options. A disclosure (not an ARIA menu): its panel holds
 * ordinary controls, reached with Tab. The panel stays mounted while closed, so what is typed
 * or shown in it (a share link) survives closing it.
 */
export function PageMenu({ onHelp }: { onHelp: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const share = useLoaded(loadShareExport);
  const own = useLoaded(loadOwnSources);
  const comparison = comparisonFor(useComparisons(selectComparison), useReader(selectPair));
  const library = useLibrary(selectSources);
  const sources = useMemo(() => sourcesOf(library, comparison), [library, comparison]);
  const linkedScroll = useReader((s) => s.linkedScroll);
  const setLinkedScroll = useReader((s) => s.setLinkedScroll);
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  const setHideBoilerplate = useReader((s) => s.setHideBoilerplate);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div ref={root} className="relative print:hidden">
      <button
        type="button"
        className={BUTTON_COMPACT}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰ </span>
        {PAGE.menu}
        <span className="sr-only">{PAGE.menuContents}</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 flex w-[min(26rem,calc(100vw-1.5rem))] flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900"
      >
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
        {own ? <own.OwnSources /> : null}
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
                setOpen(false);
                onHelp();
              }}
            >
              {PAGE.help} <kbd aria-hidden="true">?</kbd>
            </button>
          </div>
        </fieldset>
      </div>
    </div>
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
