import { COLLECTION } from '@/core';
import type { FamilyView } from '@/store/collection';
import { formatLink } from '@/url/link';
import { useReader } from './readerContext';

const LINK =
  'rounded font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 focus:outline-2 focus:outline-sky-600 dark:text-sky-300 dark:hover:text-sky-100';

/** One family: its members (the first marked, where known) and the pairs to open. */
export function FamilyCard({ family }: { family: FamilyView }) {
  const open = useReader((s) => s.open);
  const titleId = `family-${family.number}`;
  return (
    <article
      aria-labelledby={titleId}
      className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 text-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <h3 id={titleId} className="font-serif text-base font-semibold">
        {COLLECTION.familyTitle(family.number, family.size)}
        {family.strength !== null ? (
          <span className="font-sans text-sm font-normal text-stone-600 dark:text-stone-400">
            {' · '}
            {COLLECTION.strength(family.strength)}
          </span>
        ) : null}
      </h3>
      {family.first ? (
        <p>
          {family.first.by === 'date'
            ? COLLECTION.firstByDate(family.first.name)
            : COLLECTION.firstByText(family.first.name)}
        </p>
      ) : family.firstUnknown ? (
        <p className="text-stone-600 dark:text-stone-400">
          {COLLECTION.firstUnknown(family.firstUnknown)}
        </p>
      ) : null}
      <h4 className="font-medium text-stone-600 dark:text-stone-300">{COLLECTION.members}</h4>
      <ul className="flex flex-col gap-0.5" aria-label={COLLECTION.members}>
        {family.members.map((m) => (
          <li key={m.name} className="break-words">
            <span className={m.first ? 'font-semibold' : ''}>{m.name}</span>
            {m.date ? (
              <span className="text-stone-600 dark:text-stone-400"> · {m.date}</span>
            ) : null}
            {m.first ? (
              <span className="text-stone-600 dark:text-stone-400"> · {COLLECTION.firstMark}</span>
            ) : null}
            {m.sourceId === null ? (
              <span className="text-stone-600 dark:text-stone-400">
                {' '}
                · {COLLECTION.missingText}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <h4 className="font-medium text-stone-600 dark:text-stone-300">{COLLECTION.pairs}</h4>
      <ul className="flex flex-col gap-1.5" aria-label={COLLECTION.pairs}>
        {family.pairs.map((p) => {
          const ids = p.sourceIds;
          return (
            <li key={`${p.a}\u0000${p.b}`} className="break-words">
              {ids ? (
                <a
                  href={formatLink({ view: 'reader', pair: [ids[0], ids[1]], passage: null })}
                  onClick={(event) => {
                    event.preventDefault();
                    open([ids[0], ids[1]]);
                  }}
                  className={LINK}
                >
                  {p.a} ↔ {p.b}
                </a>
              ) : (
                <span>
                  {p.a} ↔ {p.b}{' '}
                  <span className="text-stone-600 dark:text-stone-400">
                    ({p.unavailable === 'same' ? COLLECTION.samePair : COLLECTION.missingText})
                  </span>
                </span>
              )}
              {p.text ? (
                <span className="block text-stone-600 dark:text-stone-400">{p.text}</span>
              ) : null}
            </li>
          );
        })}
        {family.morePairs > 0 ? (
          <li className="text-stone-600 dark:text-stone-400">
            {COLLECTION.morePairs(family.morePairs)}
          </li>
        ) : null}
      </ul>
      {family.evidence.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-stone-600 dark:text-stone-400">
            {COLLECTION.whyFirst}
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {family.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
