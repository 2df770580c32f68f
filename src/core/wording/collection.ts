import { countOf } from './common';

/**
 * What the page says about a collection (the families view, loaded when first shown; the few
 * words of the first paint — the link to it, the matrix giving way — are in `common.ts`): many
 * files at once, their families of reused text. One of the rooms of the wording (index.ts).
 */
export const COLLECTION = {
  heading: 'Families of reused text',
  intro:
    'Open a folder or many files at once (.txt, .md, .html), or a clusters.jsonl with its texts: Verbatim finds which documents reuse which, without comparing every pair, and groups them into families.',
  openFolder: 'Open a folder…',
  openFiles: 'Open files…',
  findAmongOwn: (n: number) => `Find families among your ${countOf(n, 'source', 'sources')}`,
  cancel: 'Stop',
  phase: {
    reading: 'Reading files',
    fingerprints: 'Indexing documents',
    comparisons: 'Comparing candidate pairs',
    done: 'Done',
  } as const,
  progress: (label: string, done: number, total: number) => `${label}: ${done} of ${total}`,
  cancelled: 'Stopped: no families were found. Open the files again to start over.',
  failed: (error: string) => `Finding the families failed: ${error}`,
  leftOut: (n: number) => `${countOf(n, 'file was', 'files were')} left out:`,
  notCollectionFile: 'not a .txt, .md, .html or JSON Lines file',
  noDocuments: 'No documents to compare: open at least two text files.',
  lineProblem: (line: number, problem: string) => `line ${line}: ${problem}`,
  summary: (docs: number, families: number, compared: number) =>
    `${countOf(docs, 'document', 'documents')}, ${countOf(families, 'family', 'families')}; ${countOf(compared, 'pair', 'pairs')} compared in full.`,
  fromClusters: (file: string, docs: number, families: number) =>
    `Families as ${file} gives them: ${countOf(families, 'family', 'families')} over ${countOf(docs, 'document', 'documents')}.`,
  none: 'No two of these documents share a passage of 50 words or more: there are no families.',
  familyTitle: (n: number, size: number) =>
    `Family ${n} · ${countOf(size, 'document', 'documents')}`,
  strength: (share: number) => `strength ${Math.round(share * 100)}%`,
  firstByDate: (name: string) => `First: ${name} (by its date)`,
  firstByText: (name: string) => `First: ${name} (the others derive from it)`,
  firstUnknown: (why: string) => `Which came first is open: ${why}.`,
  members: 'Members',
  pairs: 'Pairs to compare',
  firstMark: 'first',
  missingText: 'text not opened',
  samePair: 'the same text twice',
  otherPairs: (n: number) => `${countOf(n, 'other pair', 'other pairs')}`,
  morePairs: (n: number) => `and ${countOf(n, 'more pair', 'more pairs')}`,
  anyTwo: 'Compare any two members',
  anyTwoA: 'Compare',
  anyTwoB: 'with',
  anyTwoOpen: 'Open',
  whyFirst: 'Why this one came first',
} as const;
