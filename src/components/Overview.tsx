import {
  describeLayout,
  passageSpan,
  segmentAtFraction,
  stripesOf,
  type Comparison,
  type Side,
} from '@/core';
import { useId, useMemo, type MouseEvent } from 'react';
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
  const bands = useMemo(() => {
    const lengths = [comparison.lengths[0] || 1, comparison.lengths[1] || 1];
    return comparison.passages.map((p, index) => {
      const [a0, a1] = passageSpan(comparison, index, 0).map((o) => (o / lengths[0]!) * HEIGHT);
      const [b0, b1] = passageSpan(comparison, index, 1).map((o) => (o / lengths[1]!) * HEIGHT);
      return {
        index,
        moved: p.moved,
        a0: a0!,
        a1: Math.max(a1!, a0! + 2),
        b0: b0!,
        b1: Math.max(b1!, b0! + 2),
      };
    });
  }, [comparison]);

  const jump = (side: Side) => (event: MouseEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const segment = segmentAtFraction(comparison, side, (event.clientY - box.top) / box.height);
    const at = comparison.segments[side][segment];
    if (!at) return;
    if (at.passage !== null) select({ kind: 'passage', index: at.passage, side }, { align: false });
    else select({ kind: 'unique', segment, side }, {});
  };

  const current = focus?.kind === 'passage' ? focus.index : null;
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
              band.index === current
                ? 'stroke-stone-900 dark:stroke-stone-100'
                : 'stroke-transparent'
            } hover:stroke-sky-700`}
            strokeWidth={band.index === current ? 1.5 : 0.8}
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
          </g>
        ))}
      </svg>
    </div>
  );
}
