import type { Source, SourceFormat } from '../types';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plain';

export { looksLikeMarkdown } from './looksLikeMarkdown';

/** Parses raw text of a known format into a source. */
export function parseSource(id: string, raw: string, format: SourceFormat): Source {
  return format === 'markdown' ? parseMarkdown(id, raw) : parsePlainText(id, raw);
}
