import type { Kind } from '@/core';

// How each kind of text looks. Colour is never the only cue: tint, dotted, wavy or solid underline.
// The colours are custom properties set from the core's palette (see `applyPalette`), the one
// place they are defined; the HTML report takes them from there too.

export const MARK_CLASS: Record<Kind, string> = {
  shared: 'rounded-[3px] [background-color:var(--mark-shared)] box-decoration-clone',
  moved:
    'rounded-[3px] [background-color:var(--mark-moved)] box-decoration-clone underline [text-decoration-color:var(--mark-moved-line)] decoration-dotted decoration-2 underline-offset-[0.25em]',
  reworded:
    'rounded-[3px] [background-color:var(--mark-reworded)] box-decoration-clone underline [text-decoration-color:var(--mark-reworded-line)] decoration-wavy decoration-1 underline-offset-[0.25em]',
  unique:
    'underline [text-decoration-color:var(--mark-unique-line)] decoration-1 underline-offset-[0.25em]',
};

/** Shared words inside quotation marks in both texts: italic, on a violet tint. */
export const QUOTE_CLASS =
  'rounded-[3px] [background-color:var(--mark-quote)] italic box-decoration-clone';

/** A unique stretch that stands twice in its own source: double underline, no tint. */
export const REPEAT_CLASS =
  'underline decoration-double [text-decoration-color:var(--mark-unique-line)] decoration-1 underline-offset-[0.25em]';
