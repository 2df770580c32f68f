import { COLLECTION } from '@/core';
import type { CollectionFile } from '@/store/collection';
import { selectOwnIds, selectSources } from '@/store/selectors';
import { useShallow } from 'zustand/react/shallow';
import { CollectionProgress } from './CollectionProgress';
import { FamilyCard, type HrefOf } from './FamilyCard';
import { useCollection } from './collectionContext';
import { useLibrary } from './readerContext';
import { BUTTON } from './styles';

const asCollectionFiles = (files: FileList): CollectionFile[] =>
  [...files].map((file) => ({
    name: file.webkitRelativePath || file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  }));

/** The families of a collection: open a folder or many files, see who reuses whom. */
export function FamiliesView({ hrefOf }: { hrefOf: HrefOf }) {
  const openFiles = useCollection((s) => s.openFiles);
  const findAmong = useCollection((s) => s.findAmong);
  const running = useCollection((s) => s.status === 'running');
  const sources = useLibrary(selectSources);
  const ownIds = useLibrary(selectOwnIds);
  const own = sources.filter((s) => ownIds.includes(s.id));
  const pick = (files: FileList | null) => {
    if (files && files.length > 0) void openFiles(asCollectionFiles(files));
  };
  return (
    <section aria-labelledby="families-title" className="flex flex-col gap-4">
      <h2 id="families-title" className="font-serif text-xl font-semibold">
        {COLLECTION.heading}
      </h2>
      <p className="max-w-[80ch] text-sm text-stone-700 dark:text-stone-300">{COLLECTION.intro}</p>
      <div className="flex flex-wrap items-center gap-3">
        <FilePicker label={COLLECTION.openFolder} folder onPick={pick} />
        <FilePicker label={COLLECTION.openFiles} onPick={pick} />
        {own.length >= 2 && !running ? (
          <button type="button" className={BUTTON} onClick={() => void findAmong(own)}>
            {COLLECTION.findAmongOwn(own.length)}
          </button>
        ) : null}
      </div>
      <CollectionProgress />
      <LeftOut />
      <Results hrefOf={hrefOf} />
    </section>
  );
}

/** A file input dressed as a button; the input itself stays the focusable, labelled control. */
function FilePicker(props: {
  label: string;
  folder?: boolean;
  onPick: (files: FileList | null) => void;
}) {
  // `webkitdirectory` is not in React's types; every current browser reads it.
  const folder = props.folder ? { webkitdirectory: '', directory: '' } : {};
  return (
    <label
      className={`${BUTTON} relative cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-600`}
    >
      {props.label}
      <input
        type="file"
        multiple
        {...folder}
        accept={props.folder ? undefined : '.txt,.md,.markdown,.html,.htm,.jsonl,.json'}
        className="absolute inset-0 cursor-pointer opacity-0"
        onChange={(e) => {
          props.onPick(e.target.files);
          e.target.value = '';
        }}
      />
    </label>
  );
}

function LeftOut() {
  const problems = useCollection(useShallow((s) => s.problems));
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{COLLECTION.leftOut(problems.length)}</p>
      <ul className="mt-1 list-disc pl-5" data-testid="left-out">
        {problems.map((p, k) => (
          <li key={k}>{p.problem.includes(p.name) ? p.problem : `${p.name}: ${p.problem}`}</li>
        ))}
      </ul>
    </div>
  );
}

function Results({ hrefOf }: { hrefOf: HrefOf }) {
  const status = useCollection((s) => s.status);
  const error = useCollection((s) => s.error);
  const origin = useCollection((s) => s.origin);
  const families = useCollection((s) => s.families);
  const entries = useCollection((s) => s.entries.length);
  if (status === 'cancelled') return <p role="status">{COLLECTION.cancelled}</p>;
  if (status === 'failed') return <p role="alert">{error}</p>;
  if (status !== 'done' || origin === null) return null;
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {origin.kind === 'found'
          ? COLLECTION.summary(entries, families.length, origin.compared)
          : COLLECTION.fromClusters(origin.file, entries, families.length)}
      </p>
      {families.length === 0 ? (
        <p className="text-sm">{COLLECTION.none}</p>
      ) : (
        <ol className="grid gap-3 lg:grid-cols-2" data-testid="families">
          {families.map((family) => (
            <li key={family.number}>
              <FamilyCard family={family} hrefOf={hrefOf} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
