import {
  boilerplateLabel,
  boilerplateRunHidden,
  PAGE,
  segmentCases,
  describePassage,
  EMBEDDED_POST,
  hiddenRunAt,
  piecesByBlock,
  quotedPassageTitle,
  REPEATED_TITLE,
  uniqueTitle,
  type BoilerplateReason,
  type Comparison,
  type Piece,
  type Segment,
  type Side,
  type Source,
} from '@/core';
import { Fragment, memo, useMemo } from 'react';
import { EDIT_CLASS, MARK_CLASS, QUOTE_CLASS, REPEAT_CLASS, TAG_CLASS } from './marks';
import { useReader } from './readerContext';
import { useLabels } from './useLabels';
import { useLoaded } from './useLoaded';
import { usePaneController } from './usePaneController';
import { useProgressiveCount } from './useProgressiveCount';

const loadEmbeddedPosts = () => import('@/core/embeddedPosts');

interface Props {
  comparison: Comparison;
  source: Source;
  side: Side;
}

/** Registers a marked element with the pane controller; returns how to unregister it. */
type Register = (key: string, order: number, element: HTMLElement) => () => void;

/** Before labels arrive (the views wait for them) or when labelling failed: all is story. */
const NO_LABELS: readonly (BoilerplateReason | null)[] = [];

/** Paragraphs drawn per macrotask: a long text renders in slices the page can breathe between. */
const BLOCKS_PER_SLICE = 40;

/**
 * The reading text, paragraph by paragraph, every stretch marked with its kind. Passages carry
 * `data-passage` (their index) and unique stretches `data-unique` (the segment's index), and
 * register with the pane controller, which sets highlights on them directly (so hovering never
 * re-renders a long text) and scrolls to one as soon as it is drawn.
 */
export const MarkedText = memo(function MarkedText({ comparison, source, side }: Props) {
  const segments = comparison.segments[side];
  const pieces = useMemo(() => piecesByBlock(source.blocks, segments), [source, segments]);
  const descriptions = useMemo(
    () => comparison.passages.map((_, i) => describePassage(comparison, i, side)),
    [comparison, side],
  );
  const segmentIndex = useMemo(() => new Map(segments.map((s, i) => [s, i])), [segments]);
  // The reuse case each segment stands in: what differs inside a case stands out, and choosing
  // a case marks all of it; outside every case, text is left plain.
  const cases = useMemo(() => segmentCases(comparison, side), [comparison, side]);
  // An edit stands out in a copy (word for word, or edited); in a restatement nearly every word
  // differs, and marking them all would be noise: there the restated words carry the marks.
  const edits = useMemo(
    () => cases.map((k) => k !== null && comparison.cases[k]!.kind !== 'reworded'),
    [cases, comparison],
  );
  const shown = useProgressiveCount(source.blocks.length, BLOCKS_PER_SLICE, segments);
  const controller = usePaneController();
  const register = useMemo<Register>(
    () => (key, order, element) => controller.register(side, key, order, element),
    [controller, side],
  );
  const otherName = side === 0 ? 'B' : 'A';
  const labels = useLabels(comparison.ids)?.[side] ?? NO_LABELS;
  // The posts a story embeds are named after the first paint: their rule is not in its script.
  const postsModule = useLoaded(loadEmbeddedPosts);
  const posts = useMemo(
    () => postsModule?.embeddedPostStarts(source, labels) ?? [],
    [postsModule, source, labels],
  );
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  const setHideBoilerplate = useReader((s) => s.setHideBoilerplate);
  return (
    <div className="space-y-4">
      {source.blocks.slice(0, shown).map((block, b) => {
        const boilerplate = labels[b] ?? null;
        if (boilerplate && hideBoilerplate) {
          // A run of hidden paragraphs is one line, said once where the run begins.
          const run = hiddenRunAt(labels, b);
          if (!run) return null;
          return (
            <p
              key={block.start}
              data-boilerplate={boilerplate}
              className="flex flex-wrap items-baseline gap-x-2 font-sans text-xs text-stone-600 dark:text-stone-400"
            >
              <span>
                <span aria-hidden="true">⋯ </span>
                {boilerplateRunHidden(run.end - b + 1, run.reasons)}
              </span>
              <button
                type="button"
                onClick={() => setHideBoilerplate(false)}
                className="rounded px-1 font-medium text-sky-800 underline underline-offset-2 focus:outline-2 focus:outline-sky-600 dark:text-sky-300"
              >
                {PAGE.showBoilerplate}
              </button>
            </p>
          );
        }
        return (
          <Paragraph
            key={block.start}
            heading={block.type === 'heading'}
            text={source.text}
            pieces={pieces[b]!}
            segmentIndex={segmentIndex}
            cases={cases}
            edits={edits}
            register={register}
            descriptions={descriptions}
            otherName={otherName}
            boilerplate={boilerplate}
            post={posts[b] ?? false}
          />
        );
      })}
      {shown < source.blocks.length ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">
          Drawing paragraph {shown} of {source.blocks.length}…
        </p>
      ) : null}
    </div>
  );
});

interface ParagraphProps {
  heading: boolean;
  text: string;
  pieces: readonly Piece[];
  segmentIndex: ReadonlyMap<Segment, number>;
  /** The case each segment (by index) stands in, or null. */
  cases: readonly (number | null)[];
  /** Whether each segment, if unique, is an edit inside a copied case (it stands out). */
  edits: readonly boolean[];
  register: Register;
  descriptions: readonly string[];
  otherName: string;
  /** Why this paragraph reads as boilerplate, or null for the story. */
  boilerplate: BoilerplateReason | null;
  /** Whether a post the story embeds begins here (named once a post, never muted). */
  post: boolean;
}

/** The tag before a paragraph, set in the line. */
const PARAGRAPH_TAG_CLASS = `${TAG_CLASS} mr-2 inline-block align-[1px] not-italic`;

/** One paragraph; memoized, so drawing the next slice leaves the ones drawn alone. */
const Paragraph = memo(function Paragraph({
  heading,
  text,
  pieces,
  segmentIndex,
  cases,
  edits,
  register,
  descriptions,
  otherName,
  boilerplate,
  post,
}: ParagraphProps) {
  const tag = boilerplate ? boilerplateLabel(boilerplate) : post ? EMBEDDED_POST : null;
  return (
    <p
      dir="auto"
      data-boilerplate={boilerplate ?? undefined}
      className={`[contain-intrinsic-size:auto_9em] [content-visibility:auto] ${heading ? 'leading-snug font-semibold' : ''} ${
        boilerplate ? 'text-stone-600 dark:text-stone-400' : ''
      }`}
    >
      {tag ? <span className={PARAGRAPH_TAG_CLASS}>{tag}</span> : null}
      {pieces.map(({ start, end, segment }) => {
        // Spaces at the edges of a mark stay unmarked: a tint or underline then starts and ends
        // on a word, and a gap shows where one passage ends and the next begins.
        const piece = text.slice(start, end);
        const core = piece.trim();
        if (core === '') return <Fragment key={start}>{piece}</Fragment>;
        const lead = piece.indexOf(core);
        const index = segmentIndex.get(segment)!;
        const unique = segment.kind === 'unique' ? index : undefined;
        const reuse = cases[index] ?? null;
        const key =
          segment.passage !== null
            ? `p${segment.passage}`
            : unique !== undefined
              ? `u${unique}`
              : null;
        const keys = [key, reuse === null ? null : `c${reuse}`].filter((k) => k !== null);
        return (
          <Fragment key={start}>
            {piece.slice(0, lead)}
            <span
              data-kind={segment.kind}
              data-passage={segment.passage ?? undefined}
              data-unique={unique}
              data-case={reuse ?? undefined}
              ref={
                keys.length === 0
                  ? undefined
                  : (element) => {
                      if (!element) return undefined;
                      const off = keys.map((k) => register(k, start, element));
                      return () => off.forEach((unregister) => unregister());
                    }
              }
              data-repeat={segment.repeatOf !== null ? 'true' : undefined}
              tabIndex={segment.passage !== null || segment.kind === 'unique' ? -1 : undefined}
              title={titleFor(segment, descriptions, otherName)}
              data-quote={segment.quote ? 'true' : undefined}
              className={
                segment.kind === 'unique' && edits[index]
                  ? EDIT_CLASS
                  : segment.repeatOf !== null
                    ? REPEAT_CLASS
                    : segment.quote
                      ? QUOTE_CLASS
                      : MARK_CLASS[segment.kind]
              }
            >
              {core}
            </span>
            {piece.slice(lead + core.length)}
          </Fragment>
        );
      })}
    </p>
  );
});

function titleFor(segment: Segment, descriptions: readonly string[], otherName: string): string {
  if (segment.passage !== null) {
    return segment.quote
      ? quotedPassageTitle(descriptions[segment.passage]!)
      : descriptions[segment.passage]!;
  }
  if (segment.repeatOf !== null) return REPEATED_TITLE;
  return uniqueTitle(otherName);
}
