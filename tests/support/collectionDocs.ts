import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { readCollectionFile, sourceOfRecord } from '../../src/collection/read';
import type { CollectionDoc } from '../../src/collection/types';

/** A small labelled collection (tests/fixtures/collection): seven files, two families. */
export const COLLECTION_FIXTURE = new URL('../fixtures/collection', import.meta.url).pathname;
export const FIXTURE_FILES = [
  'harbour-times/storm-road-closed.txt',
  'riverside/concert.txt',
  'riverside/libraries-saved.html',
  'valley-post/flood-brief.md',
  'valley-post/garden-show.txt',
  'wire/budget.txt',
  'wire/storm.txt',
];
/** The fixture's families, by construction: a wire story, its wrapped copy and an excerpt; a
 * wire story and its rewrite. The garden show and the concert are unrelated to everything. */
export const FIXTURE_FAMILIES = [
  ['harbour-times/storm-road-closed.txt', 'valley-post/flood-brief.md', 'wire/storm.txt'],
  ['riverside/libraries-saved.html', 'wire/budget.txt'],
];

const readHtml = (id: string, html: string) => {
  const page = readHtmlPageInNode(id, html);
  return { source: page.source, date: page.meta.date };
};

/** The fixture's documents, read as `verbatim corpus` reads them. */
export function fixtureDocs(): CollectionDoc[] {
  return FIXTURE_FILES.map((id) => {
    const format = id.endsWith('.html') ? 'html' : id.endsWith('.md') ? 'markdown' : 'text';
    const read = readCollectionFile(join(COLLECTION_FIXTURE, id), id, format, readHtml);
    if (!read.ok) throw new Error(`${id}: ${read.problem}`);
    return { source: read.source, series: null, date: null };
  });
}

/** A fixture file's bytes. */
export const fixtureBytes = (id: string) =>
  new Uint8Array(readFileSync(join(COLLECTION_FIXTURE, id)));

/**
 * Unrelated documents made of the collection's own words in random order: they share words,
 * and by chance short phrases, with every family, but no passage. With where they go in the
 * collection's order.
 */
export function unrelatedDocs(base: readonly CollectionDoc[]) {
  const vocabulary = [
    ...new Set(base.flatMap((d) => d.source.text.split(/\s+/)).filter((w) => w.length > 0)),
  ];
  const texts = fc.array(
    fc.array(fc.constantFrom(...vocabulary), { minLength: 20, maxLength: 160 }),
    { minLength: 1, maxLength: 6 },
  );
  return fc.tuple(texts, fc.nat()).map(([words, at]) => {
    const extra: CollectionDoc[] = words.map((w, k) => ({
      source: sourceOfRecord(`unrelated-${k}`, w.join(' ')),
      series: null,
      date: null,
    }));
    const docs = [...base];
    docs.splice(at % (docs.length + 1), 0, ...extra);
    return docs;
  });
}
