import { LEGEND, PLAIN_TEXT_NOTE, type LegendKey } from '@/core';
import { EDIT_CLASS, MARK_CLASS, QUOTE_CLASS, REPEAT_CLASS, TAG_CLASS } from './marks';

/** Each legend entry is drawn exactly as the text draws it. */
const SAMPLE_CLASS: Record<LegendKey, string> = {
  ...MARK_CLASS,
  // Unique text is drawn as an edit where it stands inside a reuse case; elsewhere it is plain.
  unique: EDIT_CLASS,
  quote: QUOTE_CLASS,
  boilerplate: TAG_CLASS,
  repeat: REPEAT_CLASS,
  post: TAG_CLASS,
};

/** Explains the marks, in the words the report uses too. */
export function Legend() {
  return (
    <section aria-label="Legend" className="text-sm text-stone-600 dark:text-stone-300">
      <ul className="grid grid-cols-1 gap-x-6 gap-y-1 min-[420px]:grid-cols-2 md:flex md:flex-wrap">
        {LEGEND.map(({ key, label, description }) => (
          <li key={key}>
            <span
              className={`${SAMPLE_CLASS[key]} px-1 ${
                SAMPLE_CLASS[key] === TAG_CLASS
                  ? ''
                  : 'font-medium text-stone-900 dark:text-stone-100'
              }`}
            >
              {label}
            </span>{' '}
            {description}
          </li>
        ))}
      </ul>
      <p className="mt-2">{PLAIN_TEXT_NOTE}</p>
    </section>
  );
}
