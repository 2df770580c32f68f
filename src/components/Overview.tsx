import {
  bandsOf,
  bandsThinned,
  describeLayout,
  segmentAtFraction,
  stripesOf,
  viewportOf,
  type Comparison,
  type Side,
} from '@/core';
import { useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { useReader } from './readerContext';
import { usePaneController } from './usePaneController';

interface Props {
  comparison: Comparison;
}

const HEIGHT = 1000;
const BAR = 16; // minimap width in viewBox units (of 100)

/**
 * Between the panes: a minimap of each text (where shared, moved and unique text lies) and a
 * band for each passage from its place in A to its place in B, so reordering shows at once as
 * crossing bands. Clicking a minimap or a band goes there. Hidden on narrow screens, where
 * following a passage still works in the text itself; its text equivalent is always there.
 */
export function Overview({ comparison }: Props) {
  const { select } = usePaneController();
  const focus = useReader((s) => s.focus);
  const hatch = useId();
  const stripes = useMemo(
    () => [stripesOf(comparison, 0), stripesOf(comparison, 1)] as const,
    [comparison],
  );
  // Up to MAX_BANDS passages, a band each; beyond, small neighbours grouped and the shortest
  // left out, so hundreds of passages do not draw a tangle.
  const { bands, left } = useMemo(() => {
    const { bands, left } = bandsOf(comparison);
    return {
      left,
      bands: bands.map((band) => ({
        index: band.passage,
        passages: band.passages,
        moved: band.moved,
        a0: band.a[0] * HEIGHT,
        a1: Math.max(band.a[1] * HEIGHT, band.a[0] * HEIGHT + 2),
        b0: band.b[0] * HEIGHT,
        b1: Math.max(band.b[1] * HEIGHT, band.b[0] * HEIGHT + 2),
      })),
    };
  }, [comparison]);
  const views = useViewports(comparison);

  const jump = (side: Side) => (event: MouseEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const segment = segmentAtFraction(comparison, side, (event.clientY - box.top) / box.height);
    const at = comparison.segments[side][segment];
    if (!at) return;
    if (at.passage !== null) select({ kind: 'passage', index: at.passage, side }, { align: false });
    else select({ kind: 'unique', segment, side }, {});
  };

  const current = focus?.kind === 'passage' ? focus.index : null;
  const isCurrent = (band: { passages: readonly number[] }) =>
    current !== null && band.passages.includes(current);
  const fill = {
    shared: 'fill-sky-300 dark:fill-sky-700',
    moved: `fill-amber-300 dark:fill-amber-600`,
    reworded: 'fill-emerald-200 dark:fill-emerald-800',
    unique: 'fill-rose-100 dark:fill-rose-950',
  };

  return (
    <div className="hidden lg:block lg:h-[calc(100dvh-2rem)]">
      <p className="sr-only">{describeLayout(comparison, 0)}</p>
      <p className="sr-only">{describeLayout(comparison, 1)}</p>
      {left > 0 ? (
        <p className="sr-only">
          {bandsThinned(comparison.passages.length - left, comparison.passages.length)}
        </p>
      ) : null}
      <svg
        aria-hidden="true"
        data-testid="overview"
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-full w-full cursor-pointer overflow-visible"
      >
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              className="stroke-amber-700/70 dark:stroke-amber-200/70"
              strokeWidth="3"
            />
          </pattern>
        </defs>
        {bands.map((band) => (
          <polygon
            key={band.index}
            data-band={band.index}
            points={`${BAR},${band.a0} ${100 - BAR},${band.b0} ${100 - BAR},${band.b1} ${BAR},${band.a1}`}
            className={`${band.moved ? 'fill-amber-400/45 dark:fill-amber-500/40' : 'fill-sky-400/35 dark:fill-sky-500/35'} ${
              isCurrent(band) ? 'stroke-stone-900 dark:stroke-stone-100' : 'stroke-transparent'
            } hover:stroke-sky-700`}
            strokeWidth={isCurrent(band) ? 1.5 : 0.8}
            strokeDasharray={band.moved ? '3 2' : undefined}
            vectorEffect="non-scaling-stroke"
            onClick={() =>
              select({ kind: 'passage', index: band.index, side: 0 }, { align: false })
            }
          />
        ))}
        {([0, 1] as const).map((side) => (
          <g key={side} transform={`translate(${side === 0 ? 0 : 100 - BAR} 0)`}>
            {stripes[side].map((s, i) => (
              <rect
                key={i}
                x={0}
                width={BAR}
                y={s.from * HEIGHT}
                height={Math.max((s.to - s.from) * HEIGHT, 0.5)}
                className={fill[s.kind]}
              />
            ))}
            {stripes[side]
              .filter((s) => s.kind === 'moved')
              .map((s, i) => (
                <rect
                  key={`h${i}`}
                  x={0}
                  width={BAR}
                  y={s.from * HEIGHT}
                  height={(s.to - s.from) * HEIGHT}
                  fill={`url(#${hatch})`}
                />
              ))}
            <rect x={0} width={BAR} y={0} height={HEIGHT} fill="transparent" onClick={jump(side)} />
            {/* You are here: the part of this text its pane shows. */}
            {views[side] ? (
              <rect
                data-viewport={side === 0 ? 'A' : 'B'}
                x={0.5}
                width={BAR - 1}
                y={views[side][0] * HEIGHT}
                height={Math.max((views[side][1] - views[side][0]) * HEIGHT, 4)}
                className="pointer-events-none fill-stone-900/10 stroke-stone-900 dark:fill-stone-100/10 dark:stroke-stone-100"
                strokeWidth={1.5}
                vectorEffect="non-scaling-stroke"
              />
            ) : null}
          </g>
        ))}
      </svg>
    </div>
  );
}

type View = readonly [number, number];

/**
 * Where each pane is: the part of its text in view, as fractions of its scroll height, kept up
 * to date as it scrolls or resizes (once a frame). Null for a pane that does not scroll itself.
 */
function useViewports(comparison: Comparison): readonly [View | null, View | null] {
  const controller = usePaneController();
  const [views, setViews] = useState<readonly [View | null, View | null]>([null, null]);
  useEffect(() => {
    const panes = [controller.pane(0), controller.pane(1)] as const;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const of = (pane: HTMLElement | null): View | null =>
          pane && pane.scrollHeight > pane.clientHeight
            ? viewportOf(pane.scrollTop, pane.scrollHeight, pane.clientHeight)
            : null;
        const next = [of(panes[0]), of(panes[1])] as const;
        setViews((old) =>
          old[0]?.[0] === next[0]?.[0] &&
          old[0]?.[1] === next[0]?.[1] &&
          old[1]?.[0] === next[1]?.[0] &&
          old[1]?.[1] === next[1]?.[1]
            ? old
            : next,
        );
      });
    };
    measure();
    panes.forEach((pane) => pane?.addEventListener('scroll', measure, { passive: true }));
    // The pane's size, and its text's as it is drawn (progressively, for a long one).
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    for (const pane of panes) {
      if (!pane || !resize) continue;
      resize.observe(pane);
      if (pane.firstElementChild) resize.observe(pane.firstElementChild);
    }
    return () => {
      cancelAnimationFrame(frame);
      resize?.disconnect();
      panes.forEach((pane) => pane?.removeEventListener('scroll', measure));
    };
  }, [comparison, controller]);
  return views;
}
