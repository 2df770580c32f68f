import type { Kind } from '@/core/types';

/** How each kind of text looks. Colour is never the only cue: tint, dotted or solid underline. */
export const MARK_CLASS: Record<Kind, string> = {
  shared: 'rounded-[3px] bg-sky-100/80 box-decoration-clone dark:bg-sky-900/45',
  moved:
    'rounded-[3px] bg-amber-100/90 box-decoration-clone underline decoration-amber-700/70 decoration-dotted decoration-2 underline-offset-[0.25em] dark:bg-amber-900/40 dark:decoration-amber-300/70',
  reworded:
    'rounded-[3px] bg-emerald-50 box-decoration-clone underline decoration-emerald-700/70 decoration-wavy decoration-1 underline-offset-[0.25em] dark:bg-emerald-950/60 dark:decoration-emerald-300/70',
  unique:
    'underline decoration-rose-500/55 decoration-1 underline-offset-[0.25em] dark:decoration-rose-300/60',
};

export const MARK_LABEL: Record<Kind, string> = {
  shared: 'Shared',
  moved: 'Moved',
  reworded: 'Reworded',
  unique: 'Unique',
};

export const MARK_DESCRIPTION: Record<Kind, string> = {
  shared: 'in both, in the same order',
  moved: 'in both, at another place',
  reworded: 'said in other words in the other source',
  unique: 'only in this source',
};

/** Shared words inside quotation marks in both texts: italic, on a violet tint. */
export const QUOTE_CLASS =
  'rounded-[3px] bg-violet-100/90 italic box-decoration-clone dark:bg-violet-900/45';

/** A unique stretch that stands twice in its own source: double underline, no tint. */
export const REPEAT_CLASS =
  'underline decoration-double decoration-rose-500/55 decoration-1 underline-offset-[0.25em] dark:decoration-rose-300/60';
