import { boilerplateAmong, relationOf, type Comparison, type Relation } from '@/core';
import { selectSources, sourcesOf } from '@/store/selectors';
import { useMemo } from 'react';
import { useLibrary, useReader } from './readerContext';

/** Relations already worked out, per comparison and per way of counting boilerplate. */
const cache = new WeakMap<Comparison, Map<string, Relation>>();

/**
 * The relation of the two texts, counted as the panes show them (without the boilerplate, when
 * it is hidden). The verdict and both pane headers read their figures from this one value.
 */
export function useRelation(comparison: Comparison): Relation {
  const hide = useReader((s) => s.hideBoilerplate);
  const sources = useLibrary(selectSources);
  return useMemo(() => {
    let byWay = cache.get(comparison);
    if (!byWay) cache.set(comparison, (byWay = new Map()));
    // Labels depend on the library (text standing in many sources is template), so it is part
    // of the key through the ids of its sources.
    const key = hide ? `hide:${sources.map((s) => s.id).join('|')}` : 'show';
    let relation = byWay.get(key);
    if (!relation) {
      const pair = sourcesOf(sources, comparison);
      const hidden =
        hide && pair
          ? ([
              boilerplateAmong(pair[0], sources).map(Boolean),
              boilerplateAmong(pair[1], sources).map(Boolean),
            ] as const)
          : null;
      relation = relationOf(comparison, hidden);
      byWay.set(key, relation);
    }
    return relation;
  }, [comparison, hide, sources]);
}
