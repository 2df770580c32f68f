import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { readRegularFile } from '../node/files';
import { parsePanXml } from './xml';
import type { PanAnnotation, PanPair } from './types';

/**
 * A PAN text-alignment corpus read from a directory. PAN's corpora come in a few layouts, all
 * read here:
 * - PAN 2012–2015 text alignment: `pairs`, `src/`, `susp/`, and one truth XML per pair
 *   (`susp-…-src-….xml`) in a folder per obfuscation (`02-no-obfuscation/`, …), each of which
 *   may also hold its own `pairs`;
 * - PAN 2009–2011 external detection: `source-document…txt` and `suspicious-document…txt`
 *   (possibly in `part1/`, `part2/` subfolders) and one XML beside each suspicious document;
 *   there is no pairs file, so every suspicious document is paired with every source.
 */
export interface PanCorpus {
  readonly dir: string;
  /** Document name (as PAN's files name it: the file's base name) → path. */
  readonly sources: ReadonlyMap<string, string>;
  readonly suspicious: ReadonlyMap<string, string>;
  readonly pairs: readonly PanPair[];
  /** Where the pairs came from: the pairs file(s) found, or every suspicious × every source. */
  readonly pairsFrom: 'pairs file' | 'all combinations';
  /** The annotated reuse cases, deduplicated. */
  readonly cases: readonly PanAnnotation[];
  /** What could not be read, each said with the file's name; nothing here stops the reading. */
  readonly problems: readonly string[];
}

const SOURCE_DIR = /^(src|sources?|source-documents?)$/i;
const SUSPICIOUS_DIR = /^(susp|suspicious|suspicious-documents?)$/i;
const MAX_DEPTH = 4;

function walk(dir: string, depth = 0, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) walk(path, depth + 1, out);
    } else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Reads a pairs file: `suspicious-document source-document` per line; blank lines skipped. */
export function parsePairs(text: string): { pairs: PanPair[]; bad: number[] } {
  const pairs: PanPair[] = [];
  const bad: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const fields = line.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0) return;
    if (fields.length === 2) pairs.push({ suspicious: fields[0]!, source: fields[1]! });
    else bad.push(i + 1);
  });
  return { pairs, bad };
}

/** Which side a document is on, from its folder or (PAN 2009–2011) its own name. */
function sideOf(root: string, path: string): 'source' | 'suspicious' | null {
  const folders = relative(root, dirname(path)).split(sep);
  if (folders.some((f) => SUSPICIOUS_DIR.test(f))) return 'suspicious';
  if (folders.some((f) => SOURCE_DIR.test(f))) return 'source';
  const name = basename(path).toLowerCase();
  if (name.startsWith('suspicious-document') || name.startsWith('susp')) return 'suspicious';
  if (name.startsWith('source-document') || name.startsWith('src')) return 'source';
  return null;
}

/** The obfuscation folder an XML stands in, when it is not a document folder or the root. */
function folderLabel(root: string, path: string): string | undefined {
  const folder = relative(root, dirname(path));
  if (folder === '' || folder.split(sep).some((f) => SUSPICIOUS_DIR.test(f) || SOURCE_DIR.test(f)))
    return undefined;
  return basename(folder);
}

export function readPanCorpus(dir: string): PanCorpus {
  if (!statSync(dir).isDirectory()) throw new Error(`"${dir}" is not a directory`);
  const files = walk(dir);
  const sources = new Map<string, string>();
  const suspicious = new Map<string, string>();
  const problems: string[] = [];
  const pairFiles: string[] = [];
  const xmls: string[] = [];
  for (const path of files) {
    const name = basename(path);
    if (name === 'pairs') pairFiles.push(path);
    else if (name.toLowerCase().endsWith('.xml')) xmls.push(path);
    else if (name.toLowerCase().endsWith('.txt')) {
      const side = sideOf(dir, path);
      const map = side === 'source' ? sources : side === 'suspicious' ? suspicious : null;
      if (map === null) continue;
      if (map.has(name)) problems.push(`${name}: stands twice; using ${map.get(name)}`);
      else map.set(name, path);
    }
  }
  let pairs: PanPair[] = [];
  const seen = new Set<string>();
  // The corpus's own pairs file first, then those of its folders, each pair once.
  const depth = (path: string) => relative(dir, path).split(sep).length;
  for (const path of pairFiles.sort((x, y) => depth(x) - depth(y) || x.localeCompare(y))) {
    const read = parsePairs(readFileSync(path, 'utf8'));
    for (const line of read.bad)
      problems.push(`${relative(dir, path)}: line ${line} is not "suspicious source"`);
    for (const p of read.pairs) {
      const key = `${p.suspicious}\t${p.source}`;
      if (!seen.has(key)) pairs.push(p);
      seen.add(key);
    }
  }
  const pairsFrom = pairFiles.length > 0 ? 'pairs file' : 'all combinations';
  if (pairFiles.length === 0)
    pairs = [...suspicious.keys()]
      .sort()
      .flatMap((s) => [...sources.keys()].sort().map((r) => ({ suspicious: s, source: r })));
  const cases: PanAnnotation[] = [];
  const caseKeys = new Set<string>();
  for (const path of xmls.sort()) {
    const parsed = parsePanXml(readXml(path), 'plagiarism', folderLabel(dir, path));
    for (const s of parsed.skipped) problems.push(`${relative(dir, path)}: ${s}`);
    for (const c of parsed.annotations) {
      if (c.name.endsWith('detected-plagiarism')) continue; // a detector's output, not truth
      const key = JSON.stringify([
        c.suspicious,
        c.suspiciousOffset,
        c.suspiciousLength,
        c.source,
        c.sourceOffset,
        c.sourceLength,
      ]);
      if (!caseKeys.has(key)) cases.push(c);
      caseKeys.add(key);
    }
  }
  return { dir, sources, suspicious, pairs, pairsFrom, cases, problems };
}

function readXml(path: string): string {
  const bytes = readFileSync(path);
  return decodeDocument(new Uint8Array(bytes)).text;
}

export type DocumentEncoding = 'utf-8' | 'windows-1252';

/**
 * A document's text: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which every byte
 * sequence is), as corpora assembled from the web mix the two. A byte-order mark is kept as a
 * character, because PAN's offsets (Python's decoded strings) count it.
 */
export function decodeDocument(bytes: Uint8Array): { text: string; encoding: DocumentEncoding } {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252's bytes 0x80–0x9F (WHATWG's table; the five it leaves undefined map to C1
// controls). Spelt out because Node 20's TextDecoder('windows-1252') decodes them as
// ISO-8859-1's C1 controls, turning curly quotes and dashes into invisible characters.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b),
    );
    text += chunk.join('');
  }
  return text;
}

/** PAN's documents are books at most; anything larger is not a document of a corpus. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Reads one document of the corpus, or says why it cannot be read. */
export function readPanDocument(
  path: string,
): { ok: true; text: string; encoding: DocumentEncoding } | { ok: false; problem: string } {
  // Checked before it is read: a FIFO, a device or a huge file is named, not waited on.
  const read = readRegularFile(path, MAX_DOCUMENT_BYTES);
  if (!read.ok) return { ok: false, problem: read.problem };
  const bytes = read.bytes;
  if (bytes.includes(0)) return { ok: false, problem: 'is a binary file, not text' };
  return { ok: true, ...decodeDocument(bytes) };
}
