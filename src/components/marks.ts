import type { Kind } from '@/core';

// How each kind of text looks. Colour is never the only cue: tint, dotted, wavy or solid underline.
// The colours are custom properties set from the core's palette (see build/palettePlugin.ts), the one
// place they are defined; the HTML report takes them from there too.

export const MARK_CLASS: Record<Kind, string> = {
  // Most of a copy is shared: a quiet tint, so what differs can stand out against it.
  shared: 'rounded-[2px] [background-color:var(--mark-shared)] box-decoration-clone',
  moved:
    'rounded-[2px] [background-color:var(--mark-moved)] box-decoration-clone underline [text-decoration-color:var(--mark-moved-line)] decoration-dotted decoration-2 underline-offset-[0.25em]',
  // The words a restated sentence changed: tinted and wavy-underlined, inline among the words
  // both say (which stay quietly shared).
  reworded:
    'rounded-[2px] [background-color:var(--mark-reworded)] box-decoration-clone underline [text-decoration-color:var(--mark-reworded-line)] decoration-wavy decoration-1 underline-offset-[0.25em]',
  // Outside every reuse case, text only in this source is left plain: nothing to compare it to.
  unique: '',
};

/**
 * The small tag that says what a paragraph is (boilerplate, an embedded post), as the text and
 * the legend draw it.
 */
export const TAG_CLASS =
  'rounded border border-stone-300 px-1 font-sans text-[0.7rem] font-medium tracking-wide text-stone-600 uppercase dark:border-stone-600 dark:text-stone-300';

/** Text only in this source inside a reuse case (an edit): it stands out, tint and solid line. */
export const EDIT_CLASS =
  'rounded-[2px] [background-color:var(--mark-edit)] box-decoration-clone underline [text-decoration-color:var(--mark-edit-line)] decoration-2 underline-offset-[0.25em]';

/** Shared words inside quotation marks in both texts: italic, on a violet tint. */
export const QUOTE_CLASS =
  'rounded-[2px] [background-color:var(--mark-quote)] italic box-decoration-clone';

/** A stretch that stands twice in its own source: a thin grey double underline, quiet. */
export const REPEAT_CLASS =
  'underline decoration-double [text-decoration-color:var(--mark-repeat-line)] decoration-1 underline-offset-[0.25em]';
