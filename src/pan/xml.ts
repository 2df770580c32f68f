import type { PanAnnotation } from './types';

/**
 * PAN's XML, read and written without a dependency: the files are one `<document>` holding
 * flat `<feature …/>` elements, so a tolerant scanner is enough and reads what minidom reads
 * (either quote style, entities, comments, features written `<feature …></feature>`).

 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1));
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  // A name starts where no name character stands before it: tried from inside a long name too,
  // the pattern was quadratic in it.
  for (const m of tag.matchAll(/(?<![\w:.-])([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
  return found;
}

/**
 * A tag's attributes: quoted values may hold `>`, which XML allows unescaped, but never `<`,
 * which it does not: so a tag that does not close is given up at the next `<`, where the next
 * one may begin, rather than read to the end of the file from each `<` (quadratic).
 */
const TAG_BODY = `((?:[^<>"']|"[^"<]*"|'[^'<]*')*)`;

const integer = (value: string | undefined): number | null =>
  value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : null;

export interface ParsedPanXml {
  /** The `reference` of `<document>`: the suspicious document; null when there is none. */
  readonly reference: string | null;
  readonly annotations: PanAnnotation[];
  /** Features that were skipped, each said in a few words (missing or non-numeric offsets). */
  readonly skipped: string[];
}

/**
 * Reads a PAN annotation or detection XML. Like PAN's evaluator, keeps the features whose
 * `name` ends with `nameSuffix` (`plagiarism` matches cases; pass `detected-plagiarism` for
 * detections only) and that have `this_offset` and `this_length`; a feature has a source only
 * when it has all three `source_*` attributes. `folder` labels cases that say no obfuscation.
 */
export function parsePanXml(xml: string, nameSuffix = 'plagiarism', folder?: string): ParsedPanXml {
  const text = withoutComments(xml);
  const doc = new RegExp(`<document\\b${TAG_BODY}>`).exec(text);
  const reference = doc ? (attributes(doc[1]!).get('reference') ?? null) : null;
  const annotations: PanAnnotation[] = [];
  const skipped: string[] = [];
  if (reference === null) return { reference, annotations, skipped };
  // Any element inside <document> with a matching name counts, whatever its tag: PAN's
  // evaluator does not look at tag names, and a corpus may misspell one (`<featue …/>`).
  const body = text.slice(doc!.index + doc![0].length);
  for (const m of body.matchAll(new RegExp(`<([A-Za-z_][\\w:.-]*)\\b${TAG_BODY}>`, 'g'))) {
    const at = attributes(m[2]!);
    const name = at.get('name') ?? '';
    if (!name.endsWith(nameSuffix)) continue;
    const offset = integer(at.get('this_offset'));
    const length = integer(at.get('this_length'));
    if (offset === null || length === null) {
      skipped.push(`a "${name}" feature without numeric this_offset and this_length`);
      continue;
    }
    const source = at.get('source_reference');
    const sourceOffset = integer(at.get('source_offset'));
    const sourceLength = integer(at.get('source_length'));
    const external = source !== undefined && sourceOffset !== null && sourceLength !== null;
    annotations.push({
      suspicious: reference,
      suspiciousOffset: offset,
      suspiciousLength: length,
      source: external ? source : '',
      sourceOffset: external ? sourceOffset : 0,
      sourceLength: external ? sourceLength : 0,
      name,
      obfuscation: at.get('obfuscation') ?? at.get('type') ?? folder ?? null,
    });
  }
  return { reference, annotations, skipped };
}

/** One PAN detection file: the suspicious document and what was detected in it. */
export function formatPanXml(
  suspicious: string,
  detections: readonly PanAnnotation[],
  name = 'detected-plagiarism',
): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(`<document reference="${escapeAttribute(suspicious)}">`);
  for (const d of detections) {
    const source = d.source
      ? ` source_reference="${escapeAttribute(d.source)}" source_offset="${d.sourceOffset}" source_length="${d.sourceLength}"`
      : '';
    lines.push(
      `<feature name="${escapeAttribute(name)}" this_offset="${d.suspiciousOffset}" this_length="${d.suspiciousLength}"${source}/>`,
    );
  }
  lines.push('</document>', '');
  return lines.join('\n');
}

/**
 * The XML without its comments, as `/<!--[\s\S]*?-->/g` → '' leaves it, by hand: from each of
 * many unclosed `<!--` that pattern searched to the end of the file.
 */
function withoutComments(xml: string): string {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<!--', at);
    if (open < 0) break;
    const close = xml.indexOf('-->', open + 4);
    if (close < 0) break; // no comment closes after here, so none opens either
    parts.push(xml.slice(at, open));
    at = close + 3;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}
