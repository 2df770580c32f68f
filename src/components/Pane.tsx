import {
  boilerplateAmong,
  sideHeading,
  summarizeSide,
  summarySentence,
  type Comparison,
  type Side,
  type Source,
} from '@/core';
import type { Focus } from '@/store/reader';
import { forwardRef, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { MarkedText } from './MarkedText';
import { selectSources } from '@/store/selectors';
import { useLibrary, useReader } from './readerContext';
import { usePaneController } from './usePaneController';

interface Props {
  comparison: Comparison;
  /** The source this pane shows: the one the comparison names on this side. */
  source: Source;
  side: Side;
}

/** The passage or unique stretch an event happened in, if any. */
function focusAt(target: EventTarget, side: Side): Focus | null {
  const element =
    target instanceof Element ? target.closest<HTMLElement>('[data-passage],[data-unique]') : null;
  if (!element) return null;
  if (element.dataset.passage !== undefined)
    return { kind: 'passage', index: Number(element.dataset.passage), side };
  return { kind: 'unique', segment: Number(element.dataset.unique), side };
}

/** One source: its title and figures (always in view), and its marked text in a scroll area. */
export const Pane = forwardRef<HTMLDivElement, Props>(function Pane(
  { comparison, source, side },
  scrollRef,
) {
  const controller = usePaneController();
  const name = side === 0 ? 'A' : 'B';
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  // Labels among the reader's sources: a block standing in many of them is template.
  const sources = useLibrary(selectSources);
  const summary = useMemo(
    () =>
      summarizeSide(
        comparison,
        side,
        hideBoilerplate ? boilerplateAmong(source, sources).map(Boolean) : null,
      ),
    [comparison, side, source, sources, hideBoilerplate],
  );
  const sentence = summarySentence(summary, side, hideBoilerplate);
  const headingId = `pane-${name.toLowerCase()}-title`;

  const onHover = (event: MouseEvent | React.FocusEvent) => {
    const at = focusAt(event.target, side);
    controller.setHover(at?.kind === 'passage' ? at.index : null);
  };
  const onClick = (event: MouseEvent) => {
    const at = focusAt(event.target, side);
    if (at) controller.select(at, { align: at.kind === 'passage' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    const at = focusAt(event.target, side);
    if (at) {
      event.preventDefault();
      controller.select(at, { align: at.kind === 'passage' });
    }
  };

  return (
    <article
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-lg border border-stone-200 bg-white shadow-sm lg:h-[calc(100dvh-2rem)] dark:border-stone-700 dark:bg-stone-900"
    >
      <header className="border-b border-stone-200 px-5 pt-4 pb-3 sm:px-7 dark:border-stone-700">
        <p className="text-xs font-semibold tracking-wider text-stone-500 uppercase dark:text-stone-400">
          {sideHeading(side, summary.words)}
        </p>
        <h2
          dir="auto"
          id={headingId}
          className="mt-1 font-serif text-lg leading-snug font-semibold text-stone-900 dark:text-stone-50"
        >
          {source.title}
        </h2>
        <p
          className="mt-1 text-sm text-stone-600 dark:text-stone-300"
          data-testid={`summary-${name.toLowerCase()}`}
        >
          <strong className="font-semibold text-stone-900 dark:text-stone-100">
            {sentence.lead}
          </strong>
          {sentence.rest}
        </p>
      </header>
      <div
        ref={scrollRef}
        data-pane={name}
        // Focusable so the text scrolls by keyboard when it scrolls on its own (side by side).
        tabIndex={0}
        role="region"
        aria-label={`Text of source ${name}`}
        className="min-h-0 flex-1 px-5 py-5 font-serif text-[1.0625rem] leading-[1.7] text-stone-800 sm:px-7 lg:overflow-y-auto dark:text-stone-200"
        onMouseOver={onHover}
        onFocus={onHover}
        onMouseLeave={() => controller.setHover(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {/* Keyed by the pair: a new comparison replaces the old text whole, in one DOM removal. */}
        <MarkedText
          key={`${comparison.ids[0]}|${comparison.ids[1]}`}
          comparison={comparison}
          source={source}
          side={side}
        />
      </div>
    </article>
  );
});
