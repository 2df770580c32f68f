import type { BoilerplateReason } from './boilerplate';
import type { BlockLabels } from './labels';

/**
 * The run of labelled blocks that begins at block `b`: its last block and its reasons, each
 * once, in order. Null for a story block and inside a run. Hidden boilerplate is said once per
 * run, on the page and in the report alike.
 */
export function hiddenRunAt(
  labels: BlockLabels,
  b: number,
): { end: number; reasons: BoilerplateReason[] } | null {
  if (!labels[b] || (b > 0 && labels[b - 1])) return null;
  let end = b;
  while (labels[end + 1]) end++;
  return { end, reasons: [...new Set(labels.slice(b, end + 1) as BoilerplateReason[])] };
}
