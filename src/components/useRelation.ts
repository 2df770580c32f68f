import { relationOf, type BlockLabels, type Comparison, type Relation } from '@/core';
import { useMemo } from 'react';
import { useReader } from './readerContext';
import { useLabels } from './useLabels';

/** Relations already worked out, per comparison: boilerplate shown, or hidden by these labels. */
const cache = new WeakMap<
  Comparison,
  { shown: Relation | null; hidden: WeakMap<BlockLabels, WeakMap<BlockLabels, Relation>> }
>();

/**
 * The relation of the two texts, counted as the panes show them (without the boilerplate, when
 * it is hidden). The verdict and both pane headers read their figures from this one value.
 */
export function useRelation(comparison: Comparison): Relation {
  const hide = useReader((s) => s.hideBoilerplate);
  const labels = useLabels(comparison.ids);
  return useMemo(() => {
    let byWay = cache.get(comparison);
    if (!byWay) cache.set(comparison, (byWay = { shown: null, hidden: new WeakMap() }));
    if (!hide || !labels) return (byWay.shown ??= relationOf(comparison, null));
    let byB = byWay.hidden.get(labels[0]);
    if (!byB) byWay.hidden.set(labels[0], (byB = new WeakMap()));
    let relation = byB.get(labels[1]);
    if (!relation) {
      relation = relationOf(comparison, [labels[0].map(Boolean), labels[1].map(Boolean)]);
      byB.set(labels[1], relation);
    }
    return relation;
  }, [comparison, hide, labels]);
}
