/** The look of the page's controls, in one place so every button and field matches. */
const BUTTON_BASE =
  'rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-700 shadow-sm hover:bg-stone-50 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800';

export const BUTTON = `${BUTTON_BASE} py-2`;
/** For a row of secondary actions. */
export const BUTTON_COMPACT = `${BUTTON_BASE} py-1.5`;

export const FIELD =
  'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100';

/** A link in the page's bar. */
export const LINK =
  'rounded px-1 font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100';

/** A field in the page's one-line bar. */
export const FIELD_COMPACT =
  'w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-900 shadow-sm focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100';
