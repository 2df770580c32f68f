import { piecesByBlock } from '@/core/layout';
import type { Segment, Source } from '@/core/types';
import { memo, useMemo } from 'react';
import { MARK_CLASS } from './marks';

interface Props {
  source: Source;
  segments: readonly Segment[];
  otherName: string;
}

/** The reading text, paragraph by paragraph, every stretch marked with its kind. */
export const MarkedText = memo(function MarkedText({ source, segments, otherName }: Props) {
  const pieces = useMemo(() => piecesByBlock(source.blocks, segments), [source, segments]);
  return (
    <div className="space-y-4">
      {source.blocks.map((block, b) => (
        <p
          key={block.start}
          className={block.type === 'heading' ? 'font-semibold leading-snug' : undefined}
        >
          {pieces[b]!.map(({ start, end, segment }) => (
            <span
              key={start}
              data-kind={segment.kind}
              data-repeat={segment.repeatOf !== null ? 'true' : undefined}
              title={titleFor(segment, otherName)}
              className={MARK_CLASS[segment.kind]}
            >
              {source.text.slice(start, end)}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
});

function titleFor(segment: Segment, otherName: string): string | undefined {
  if (segment.kind === 'moved')
    return `Moved: this passage stands at another place in ${otherName}`;
  if (segment.repeatOf !== null) return 'Repeated: this text stands more than once in this source';
  return undefined;
}
