import {
  boilerplateOf,
  classifyBlocks,
  extractMetadata,
  isBlockNote,
  parseSource,
  type Decoded,
  type Source,
} from '../core';

/**
 * `verbatim read <file>`: what Verbatim reads from one file, so extraction can be checked and
 * used on its own. Offsets are UTF-16 offsets into `text`; blocks cover it in order (the text
 * between paragraphs belongs to the block before it). Fields a file does not state are null.
 */
export interface ReadJson {
  title: string | null;
  byline: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  /** The encoding the file was read in. */
  encoding: string;
  text: string;
  blocks: {
    start: number;
    end: number;
    boilerplate: string | null;
    /**
     * A label that names a block without hiding it: "headline", "repeated headline", "embedded
     * post".
     */
    note: string | null;
  }[];
}

export async function readJson(
  path: string,
  decoded: Extract<Decoded, { ok: true }>,
  format: 'text' | 'markdown' | 'html',
): Promise<ReadJson> {
  let source: Source;
  let stated: Partial<Record<'title' | 'byline' | 'date' | 'outlet' | 'url', string | null>> = {};
  if (format === 'html') {
    // jsdom loads only for HTML.
    const { readHtmlPageInNode } = await import('../html/readHtmlNode');
    const page = readHtmlPageInNode(path, decoded.text);
    source = page.source;
    stated = page.meta;
  } else {
    source = parseSource(path, decoded.text, format);
  }
  const fromText = extractMetadata(source);
  const hidden = boilerplateOf(source);
  const labels = classifyBlocks(source);
  const blocks = source.blocks.map((block, i) => ({
    start: i === 0 ? 0 : block.start,
    end: i + 1 < source.blocks.length ? source.blocks[i + 1]!.start : source.text.length,
    boilerplate: hidden[i] ?? null,
    note: isBlockNote(labels[i] ?? null) ? labels[i]! : null,
  }));
  return {
    title: stated.title ?? fromText.title,
    byline: stated.byline ?? fromText.byline,
    date: stated.date ?? fromText.date,
    outlet: stated.outlet ?? fromText.outlet ?? fromText.agency,
    url: stated.url ?? fromText.url,
    encoding: decoded.encoding,
    text: source.text,
    blocks,
  };
}
