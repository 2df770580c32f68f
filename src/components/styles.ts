/** The look of the page's controls, in one place so every button and field matches. */
const BUTTON_BASE =
  'rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-700 shadow-sm hover:bg-stone-50 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800';

export const BUTTON = `${BUTTON_BASE} py-2`;
/** For a row of secondary actions. */
export const BUTTON_COMPACT = `${BUTTON_BASE} py-1.5`;

export const FIELD =
  'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100';
