import { paneFigures, passageCases, type Comparison, type Side, type Source } from '@/core';
import type { Focus } from '@/store/reader';
import { forwardRef, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { MarkedText } from './MarkedText';
import { usePaneController } from './usePaneController';
import { useReading } from './useReading';

interface Props {
  comparison: Comparison;
  /** The source this pane shows: the one the comparison names on this side. */
  source: Source;
  side: Side;
  /** Whether this pane is the one shown when only one fits (a phone). */
  shown: boolean;
  /** Called before a passage or case is followed into the other text. */
  onFollow?: (from: Side) => void;
}

/**
 * A piece this short (in words) is not worth following on its own: choosing it chooses the
 * reuse case it belongs to, so the reader steps through reuses, not through confetti.
 */
const SMALL_PIECE = 3;

/** The passage, case or unique stretch an event happened in, if any. */
function focusAt(
  target: EventTarget,
  side: Side,
  comparison: Comparison,
  cases: readonly number[],
): Focus | null {
  const element =
    target instanceof Element ? target.closest<HTMLElement>('[data-passage],[data-unique]') : null;
  if (!element) return null;
  if (element.dataset.passage !== undefined) {
    const index = Number(element.dataset.passage);
    const [from, to] = comparison.passages[index]?.words[side] ?? [0, 0];
    const reuse = cases[index];
    if (to - from <= SMALL_PIECE && reuse !== undefined)
      return { kind: 'case', index: reuse, side };
    return { kind: 'passage', index, side };
  }
  return { kind: 'unique', segment: Number(element.dataset.unique), side };
}

/** One source: its title and figures (always in view), and its marked text in a scroll area. */
export const Pane = forwardRef<HTMLDivElement, Props>(function Pane(
  { comparison, source, side, shown, onFollow },
  scrollRef,
) {
  const controller = usePaneController();
  const name = side === 0 ? 'A' : 'B';
  // The figures, worked out in a worker with boilerplate hidden or shown as the reader chose.
  const reading = useReading(comparison).reading;
  const figures = reading?.relation.sides[side];
  const sentence = reading?.sentences[side];
  const cases = useMemo(() => passageCases(comparison), [comparison]);
  const headingId = `pane-${name.toLowerCase()}-title`;

  const at = (event: { target: EventTarget }) => focusAt(event.target, side, comparison, cases);
  const onHover = (event: MouseEvent | React.FocusEvent) => {
    const element =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[data-passage]') : null;
    controller.setHover(element ? Number(element.dataset.passage) : null);
  };
  const choose = (focus: Focus) => {
    const follows = focus.kind !== 'unique';
    if (follows) onFollow?.(side);
    controller.select(focus, { align: follows });
  };
  const onClick = (event: MouseEvent) => {
    const focus = at(event);
    if (focus) choose(focus);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    const focus = at(event);
    if (focus) {
      event.preventDefault();
      choose(focus);
    }
  };

  return (
    <article
      aria-labelledby={headingId}
      data-shown={shown ? 'true' : undefined}
      className={`${shown ? 'flex' : 'hidden lg:flex print:flex'} min-w-0 flex-col rounded-lg border border-stone-200 bg-white shadow-sm lg:h-[calc(100dvh-1.5rem)] dark:border-stone-700 dark:bg-stone-900`}
    >
      <header className="border-b border-stone-200 px-5 py-2 sm:px-7 dark:border-stone-700">
        <div className="flex items-baseline gap-2">
          <span
            aria-hidden="true"
            className="shrink-0 rounded bg-stone-200 px-1.5 font-sans text-xs font-bold text-stone-700 dark:bg-stone-700 dark:text-stone-100"
          >
            {name}
          </span>
          <h2
            dir="auto"
            id={headingId}
            title={source.title}
            className="min-w-0 truncate font-serif text-base font-semibold text-stone-900 dark:text-stone-50"
          >
            {source.title}
          </h2>
        </div>
        {figures && sentence ? (
          <details className="text-sm text-stone-600 dark:text-stone-300">
            <summary className="cursor-pointer" data-testid={`figures-${name.toLowerCase()}`}>
              {paneFigures(side, figures.linked, figures.words)}
            </summary>
            <p className="mt-1" data-testid={`summary-${name.toLowerCase()}`}>
              <strong className="font-semibold text-stone-900 dark:text-stone-100">
                {sentence.lead}
              </strong>
              {sentence.rest}
            </p>
          </details>
        ) : null}
      </header>
      <div
        ref={scrollRef}
        data-pane={name}
        // Focusable so the text scrolls by keyboard when it scrolls on its own (side by side).
        tabIndex={0}
        role="region"
        aria-label={`Text of source ${name}`}
        className="min-h-0 flex-1 px-5 py-4 font-serif text-[1.0625rem] leading-[1.7] text-stone-800 sm:px-7 lg:overflow-y-auto dark:text-stone-200"
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
