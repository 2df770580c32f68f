import { COLLECTION } from '@/core';
import type { FamilyPair, FamilyView } from '@/store/collection';
import { useState } from 'react';
import { useReader } from './readerContext';
import { BUTTON, FIELD } from './styles';

const LINK =
  'rounded font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 focus:outline-2 focus:outline-sky-600 dark:text-sky-300 dark:hover:text-sky-100';

/**
 * The address of a pair's comparison. Handed in by the page, which holds the link format:
 * importing it here would split the link module out of the page's first script.
 */
export type HrefOf = (pair: readonly [string, string]) => string;

/** Pairs in view at first; the rest are listed under a disclosure. */
const SHOWN = 3;

/** One family: its members (the first marked, where known) and the pairs to open. */
export function FamilyCard({ family, hrefOf }: { family: FamilyView; hrefOf: HrefOf }) {
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
        {family.pairs.slice(0, SHOWN).map((p) => (
          <PairItem key={`${p.a}\u0000${p.b}`} pair={p} hrefOf={hrefOf} />
        ))}
      </ul>
      {family.pairs.length > SHOWN ? (
        // A family of five has ten pairs: the strongest stay in view, the rest a click away.
        <details>
          <summary className="cursor-pointer text-stone-600 dark:text-stone-400">
            {COLLECTION.otherPairs(family.pairs.length - SHOWN + family.morePairs)}
          </summary>
          <ul className="mt-1.5 flex flex-col gap-1.5">
            {family.pairs.slice(SHOWN).map((p) => (
              <PairItem key={`${p.a}\u0000${p.b}`} pair={p} hrefOf={hrefOf} />
            ))}
            {family.morePairs > 0 ? (
              <li className="text-stone-600 dark:text-stone-400">
                {COLLECTION.morePairs(family.morePairs)}
              </li>
            ) : null}
          </ul>
          <AnyTwo family={family} />
        </details>
      ) : null}
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

/** A pair of the family: a link that opens it in the comparison view, and how the two relate. */
function PairItem({ pair: p, hrefOf }: { pair: FamilyPair; hrefOf: HrefOf }) {
  const open = useReader((s) => s.open);
  const ids = p.sourceIds;
  return (
    <li className="break-words">
      {ids ? (
        <a
          href={hrefOf([ids[0], ids[1]])}
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
      {p.text ? <span className="block text-stone-600 dark:text-stone-400">{p.text}</span> : null}
    </li>
  );
}

/** Any two members of a large family, chosen by name: every pair can be opened, listed or not. */
function AnyTwo({ family }: { family: FamilyView }) {
  const open = useReader((s) => s.open);
  const members = family.members.filter((m) => m.sourceId !== null);
  const [a, setA] = useState(members[0]?.sourceId ?? '');
  const [b, setB] = useState(members[1]?.sourceId ?? '');
  if (members.length < 3) return null;
  const options = members.map((m) => (
    <option key={m.name} value={m.sourceId!}>
      {m.name}
    </option>
  ));
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-2"
      aria-label={COLLECTION.anyTwo}
      onSubmit={(event) => {
        event.preventDefault();
        if (a !== b) open([a, b]);
      }}
    >
      <label className="flex min-w-0 flex-col gap-1">
        <span className="text-stone-600 dark:text-stone-400">{COLLECTION.anyTwoA}</span>
        <select className={FIELD} value={a} onChange={(e) => setA(e.target.value)}>
          {options}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1">
        <span className="text-stone-600 dark:text-stone-400">{COLLECTION.anyTwoB}</span>
        <select className={FIELD} value={b} onChange={(e) => setB(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className={BUTTON} disabled={a === b}>
        {COLLECTION.anyTwoOpen}
      </button>
    </form>
  );
}
