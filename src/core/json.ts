import { countWords } from './tokenize';
import type { Comparison, Source } from './types';

/** The command line's JSON (also the page's JSON export): a contract other tools read (see README). */
export function listJson(sources: readonly Source[]) {
  return sources.map((s) => ({ id: s.id, title: s.title, words: countWords(s.text) }));
}

export function comparisonJson(c: Comparison) {
  const side = (i: 0 | 1) => ({
    id: c.sources[i].id,
    title: c.sources[i].title,
    text: c.sources[i].text,
    words: c.stats[i].words,
    sharedWords: c.stats[i].shared + c.stats[i].moved,
  });
  const span = (i: 0 | 1, [from, to]: readonly [number, number]) => [
    c.words[i].starts[from]!,
    c.words[i].ends[to - 1]!,
  ];
  return {
    a: side(0),
    b: side(1),
    passages: c.passages.map((p) => ({
      a: span(0, p.words[0]),
      b: span(1, p.words[1]),
      words: p.words[0][1] - p.words[0][0],
      moved: p.moved,
    })),
    segments: {
      a: c.segments[0].map(({ start, end, kind }) => ({ start, end, kind })),
      b: c.segments[1].map(({ start, end, kind }) => ({ start, end, kind })),
    },
  };
}
