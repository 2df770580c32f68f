/**
 * A worker thread of `verbatim corpus`: reads and fingerprints documents, and compares
 * candidate pairs with the engine. Each message is one task; each answer carries its `seq`.
 * A task that fails answers with the reason instead of ending the thread.
 */
import { parentPort } from 'node:worker_threads';
import { fingerprint } from '../src/collection/fingerprint';
import { comparePair } from '../src/collection/pair';
import { readCollectionFile, sourceOfRecord } from '../src/collection/read';
import { isoDate } from '../src/collection/dates';
import type { Source } from '../src/core';
import { readHtmlPageInNode } from '../src/html/readHtmlNode';
import type { Answer, Task } from './collectionTasks';

const readHtml = (id: string, html: string) => {
  const page = readHtmlPageInNode(id, html);
  return { source: page.source, date: page.meta.date };
};

function run(task: Task): Answer {
  if (task.kind === 'compare')
    return { seq: task.seq, ok: true, pair: comparePair(task.a, task.b) };
  let source: Source;
  let date: string | null = null;
  let note: string | null = null;
  if (task.kind === 'file') {
    const read = readCollectionFile(task.path, task.id, task.format, readHtml);
    if (!read.ok) return { seq: task.seq, ok: false, problem: read.problem };
    ({ source, date, note } = read);
  } else {
    source = sourceOfRecord(task.id, task.text);
    date = isoDate(task.date);
  }
  return { seq: task.seq, ok: true, source, date, note, print: fingerprint(source.text) };
}

parentPort?.on('message', (task: Task) => {
  let answer: Answer;
  try {
    answer = run(task);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer = {
      seq: task.seq,
      ok: false,
      problem: `it could not be read (${message.split('\n')[0]})`,
    };
  }
  parentPort!.postMessage(answer);
});
