import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  COLLECTION,
  extractMetadata,
  fileTooLarge,
  MAX_FILE_BYTES,
  type OwnSourceResult,
  type Source,
} from '@/core';
import { isoDate } from '@/collection/dates';
import type { CollectionDoc } from '@/collection/types';
import type { FoundFamilies } from '@/collection/found';
import {
  clusterInput,
  clustersOfJsonLines,
  familiesFromClusters,
  type JsonLinesRead,
  familiesFromFound,
  type FamilyView,
} from './collectionFamilies';
import type { LibraryStore } from './library';

export type { FamilyView, FamilyMember, FamilyPair } from './collectionFamilies';

/** A file the reader opened: its name (a path inside the folder opened) and its bytes. */
export interface CollectionFile {
  readonly name: string;
  /** In bytes: a file over the limit is left out before it is read. */
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

/** Reads one file as a source of the reader's own (as "Add your own source" reads it). */
export type ReadFn = (fileName: string, bytes: Uint8Array) => Promise<OwnSourceResult>;

export type Phase = 'reading' | 'fingerprints' | 'comparisons';

/** Finds the families of `docs` (each id a file's name), reporting each step; a Web Worker in the page. */
export type FindFn = (
  docs: readonly CollectionDoc[],
  onProgress: (step: { phase: Phase; done: number; total: number }) => void,
  signal: AbortSignal,
) => Promise<FoundFamilies>;

export interface Progress {
  readonly phase: Phase;
  readonly done: number;
  readonly total: number;
}

/** A collection document: the name the reader knows it by and the source it became. */
export interface CollectionEntry {
  readonly name: string;
  readonly sourceId: string;
  readonly date: string | null;
}

export type Origin = { kind: 'found'; compared: number } | { kind: 'clusters'; file: string };

export interface CollectionState {
  readonly status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  readonly progress: Progress | null;
  /** Files and lines left out, each with the reason; the rest went on. */
  readonly problems: readonly { name: string; problem: string }[];
  /** Why the job failed, when it did. */
  readonly error: string | null;
  readonly entries: readonly CollectionEntry[];
  readonly families: readonly FamilyView[];
  readonly origin: Origin | null;

  /** Reads the files, keeps them as the reader's own sources, and finds their families. */
  openFiles(files: readonly CollectionFile[]): Promise<void>;
  /** Finds the families among sources already in the library (the reader's own). */
  findAmong(sources: readonly Source[]): Promise<void>;
  /** Stops the job under way; it never delivers. */
  cancel(): void;
}

export type CollectionStore = StoreApi<CollectionState>;

export interface CollectionOptions {
  library: LibraryStore;
  read: ReadFn;
  find: FindFn;
  /** Lets the page paint between files; tests pass one that resolves at once. */
  yieldToPage?: () => Promise<void>;
}

const TEXT_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const JSON_LINES = /\.(jsonl|json|ndjson)$|(^|\/)part-[^/]*$/i;
/** The other files `verbatim corpus` writes beside clusters.jsonl: read by nobody here, quietly. */
const OWN_OUTPUT = /(^|\/)summary\.csv$/i;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Names without the folder the reader picked, so they read as `verbatim corpus` names them. */
function withoutCommonFolder(names: readonly string[]): string[] {
  const top = names[0]?.split('/')[0];
  const shared =
    top !== undefined && names.every((n) => n.includes('/') && n.split('/')[0] === top);
  return shared ? names.map((n) => n.slice(top.length + 1)) : [...names];
}

const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.'));

export function createCollectionStore({
  library,
  read,
  find,
  yieldToPage = macrotask,
}: CollectionOptions): CollectionStore {
  let running: AbortController | null = null;

  return createStore<CollectionState>()((set, get) => {
    const begin = (total: number) => {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      set({
        status: 'running',
        progress: { phase: 'reading', done: 0, total },
        problems: [],
        error: null,
        entries: [],
        families: [],
        origin: null,
      });
      return controller.signal;
    };

    /** Names a file left out, unless its job was replaced meanwhile (its news is stale). */
    const leaveOut = (signal: AbortSignal, name: string, problem: string) => {
      if (!signal.aborted) set({ problems: [...get().problems, { name, problem }] });
    };

    /** The families of the documents read, in the worker; the job's last step. */
    const findFor = async (
      docs: readonly { name: string; source: Source; date: string | null }[],
      signal: AbortSignal,
    ) => {
      const entries = docs.map((d) => ({ name: d.name, sourceId: d.source.id, date: d.date }));
      set({ entries });
      if (docs.length < 2) {
        set({ status: 'failed', progress: null, error: COLLECTION.noDocuments });
        return;
      }
      const collection: CollectionDoc[] = docs.map((d) => ({
        source: { ...d.source, id: d.name },
        series: null,
        date: d.date,
      }));
      try {
        const found = await find(
          collection,
          (step) => {
            if (!signal.aborted) set({ progress: step });
          },
          signal,
        );
        if (signal.aborted) return;
        set({
          status: 'done',
          progress: null,
          families: familiesFromFound(found, entries),
          origin: { kind: 'found', compared: found.compared },
        });
      } catch (error) {
        if (signal.aborted) return;
        set({ status: 'failed', progress: null, error: COLLECTION.failed(String(error)) });
      }
    };

    return {
      status: 'idle',
      progress: null,
      problems: [],
      error: null,
      entries: [],
      families: [],
      origin: null,

      openFiles: async (opened) => {
        const visible = opened.filter((f) => !isHidden(f.name));
        const names = withoutCommonFolder(visible.map((f) => f.name));
        const signal = begin(visible.length);
        const docs: { name: string; source: Source; date: string | null }[] = [];
        const jsonLines: { file: string; lines: JsonLinesRead }[] = [];
        const keep = (name: string, result: OwnSourceResult) => {
          if (!result.ok) leaveOut(signal, name, result.problem);
          else docs.push({ name, source: result.source, date: dateOf(result.source) });
        };
        for (const [k, file] of visible.entries()) {
          const name = names[k]!;
          try {
            if (file.size > MAX_FILE_BYTES)
              leaveOut(signal, name, fileTooLarge(name, MAX_FILE_BYTES));
            else if (TEXT_FILE.test(name)) keep(name, await read(name, await file.bytes()));
            else if (JSON_LINES.test(name)) {
              const lines = clustersOfJsonLines(await file.bytes());
              for (const p of lines.problems) leaveOut(signal, name, p);
              for (const record of lines.documents) {
                // passim's `text` is the reading text: read as plain text, whatever its id says.
                const result = await read(`${name}.txt`, new TextEncoder().encode(record.text));
                if (!result.ok) leaveOut(signal, `${name}: ${record.id}`, result.problem);
                else docs.push({ name: record.id, source: result.source, date: record.date });
              }
              jsonLines.push({ file: name, lines });
            } else if (!OWN_OUTPUT.test(name)) leaveOut(signal, name, COLLECTION.notCollectionFile);
          } catch (error) {
            leaveOut(signal, name, String(error));
          }
          if (signal.aborted) return;
          set({ progress: { phase: 'reading', done: k + 1, total: visible.length } });
          await yieldToPage();
          if (signal.aborted) return;
        }
        // The files become the reader's own sources, kept as any other, so a pair's link finds them.
        library.getState().add(docs.map((d) => d.source));
        const clusters = clusterInput(jsonLines);
        if (clusters) {
          const entries = docs.map((d) => ({ name: d.name, sourceId: d.source.id, date: d.date }));
          set({
            status: 'done',
            progress: null,
            entries,
            families: familiesFromClusters(clusters, entries),
            origin: { kind: 'clusters', file: clusters.file },
          });
          return;
        }
        await findFor(docs, signal);
      },

      findAmong: async (sources) => {
        const signal = begin(0);
        const seen = new Map<string, number>();
        const docs = sources.map((source) => {
          // Titles may repeat; a name must not.
          const count = (seen.get(source.title) ?? 0) + 1;
          seen.set(source.title, count);
          const name = count === 1 ? source.title : `${source.title} (${count})`;
          return { name, source, date: dateOf(source) };
        });
        await findFor(docs, signal);
      },

      cancel: () => {
        if (!running || get().status !== 'running') return;
        running.abort();
        running = null;
        set({ status: 'cancelled', progress: null });
      },
    };
  });
}

function dateOf(source: Source): string | null {
  return isoDate(extractMetadata(source).date);
}
