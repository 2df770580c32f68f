import { piecesByBlock } from '@/core/layout';
import type { Segment, Source } from '@/core/types';
import { memo, useMemo } from 'react';
import { MARK_CLASS, REPEAT_CLASS } from './marks';
import { useProgressiveCount } from './useProgressiveCount';

interface Props {
  source: Source;
  segments: readonly Segment[];
  otherName: string;
}

/** Paragraphs drawn per macrotask: a long text renders in slices the page can breathe between. */
const BLOCKS_PER_SLICE = 60;

/** The reading text, paragraph by paragraph, every stretch marked with its kind. */
export const MarkedText = memo(function MarkedText({ source, segments, otherName }: Props) {
  const pieces = useMemo(() => piecesByBlock(source.blocks, segments), [source, segments]);
  const shown = useProgressiveCount(source.blocks.length, BLOCKS_PER_SLICE, segments);
  return (
    <div className="space-y-4">
      {source.blocks.slice(0, shown).map((block, b) => (
        <p
          key={block.start}
          className={`[content-visibility:auto] ${block.type === 'heading' ? 'font-semibold leading-snug' : ''}`}
        >
          {pieces[b]!.map(({ start, end, segment }) => (
            <span
              key={start}
              data-kind={segment.kind}
              data-repeat={segment.repeatOf !== null ? 'true' : undefined}
              title={titleFor(segment, otherName)}
              className={segment.repeatOf !== null ? REPEAT_CLASS : MARK_CLASS[segment.kind]}
            >
              {source.text.slice(start, end)}
            </span>
          ))}
        </p>
      ))}
      {shown < source.blocks.length ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          Drawing paragraph {shown} of {source.blocks.length}…
        </p>
      ) : null}
    </div>
  );
});

function titleFor(segment: Segment, otherName: string): string | undefined {
  if (segment.kind === 'moved')
    return `Moved: this passage stands at another place in ${otherName}`;
  if (segment.repeatOf !== null) return 'Repeated: this text stands more than once in this source';
  return undefined;
}
