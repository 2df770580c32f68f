import { boilerplateAmong, type BoilerplateReason } from './boilerplate';
import type { Source } from './types';

/** Each block's boilerplate reason in order, or null for the story: what a pane mutes or hides. */
export type BlockLabels = readonly (BoilerplateReason | null)[];

/**
 * The labels of the sources named by `ids`, each among `library` (text standing in many of the
 * reader's sources is template): what the page's labelling worker answers, so the page's own
 * script carries none of the labelling. An id the library does not hold is left out.
 */
export function labelsAmong(
  library: readonly Source[],
  ids: readonly string[],
): Record<string, BlockLabels> {
  const out: Record<string, BlockLabels> = {};
  for (const id of ids) {
    const source = library.find((s) => s.id === id);
    if (source) out[id] = boilerplateAmong(source, library);
  }
  return out;
}
