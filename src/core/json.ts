import { boilerplateOf } from './boilerplate';
import { relationOf } from './relation';
import { countWords } from './tokenize';
import { checkedSources } from './publish';
import type { Comparison, Pair, Source } from './types';

/** The command line's JSON (also the page's JSON export): a contract other tools read (see README). */
export function listJson(sources: readonly Source[]) {
  return sources.map((s) => ({ id: s.id, title: s.title, words: countWords(s.text) }));
}

/**
 * The comparison as the command line prints it. With `hideBoilerplate`, the relation counts no
 * word of a block labelled boilerplate, as the page does when boilerplate is hidden.
 */
export function comparisonJson(c: Comparison, pair: Pair<Source>, hideBoilerplate = false) {
  const sources = checkedSources(c, pair);
  const side = (i: 0 | 1) => ({
    id: sources[i].id,
    title: sources[i].title,
    text: sources[i].text,
    words: c.stats[i].words,
    sharedWords: c.stats[i].shared + c.stats[i].moved,
  });
  // `passages` keeps its contract (word-for-word runs of equal length on both sides); restated
  // sentences are listed apart, in `rewordings`.
  const exact = c.passages.filter((p) => !p.reworded);
  const exactIndex: (number | undefined)[] = [];
  let next = 0;
  c.passages.forEach((p, i) => {
    if (!p.reworded) exactIndex[i] = next++;
  });
  const relation = relationOf(
    c,
    hideBoilerplate
      ? [boilerplateOf(sources[0]).map(Boolean), boilerplateOf(sources[1]).map(Boolean)]
      : null,
  );
  return {
    a: side(0),
    b: side(1),
    passages: exact.map((p) => ({
      a: [...p.chars[0]],
      b: [...p.chars[1]],
      words: p.words[0][1] - p.words[0][0],
      moved: p.moved,
    })),
    cases: c.cases.map((k) => ({
      a: [...k.chars[0]],
      b: [...k.chars[1]],
      kind: k.kind,
      words: [k.words[0][1] - k.words[0][0], k.words[1][1] - k.words[1][0]],
      passages: k.passages.map((p) => exactIndex[p]).filter((i) => i !== undefined),
    })),
    rewordings: c.passages
      .filter((p) => p.reworded)
      .map((p) => ({
        a: [...p.chars[0]],
        b: [...p.chars[1]],
        words: [p.words[0][1] - p.words[0][0], p.words[1][1] - p.words[1][0]],
      })),
    relation: {
      label: relation.label,
      text: relation.text,
      aInB: relation.aInB,
      bInA: relation.bInA,
      boilerplate: hideBoilerplate ? 'hidden' : 'shown',
    },
    segments: {
      a: c.segments[0].map(({ start, end, kind }) => ({ start, end, kind })),
      b: c.segments[1].map(({ start, end, kind }) => ({ start, end, kind })),
    },
  };
}
