import type { Block } from '../types';
import { sha256 } from './sha256';

/**
 * An own source's id is the SHA-256 of its content: its reading text and its paragraphs (the
 * title is not content: it can be renamed). Recomputed whenever a source arrives from a link
 * or from storage, so a link cannot plant a text under an id another text will get, and two
 * texts never share an id (the 32-bit hash this replaces collided after ~36,000 random texts).
 */
export const OWN_ID = /^own-[0-9a-f]{64}$/;

/**
 * The ids of before (`own-` and 8 hex digits of FNV-1a over the raw input): links and stored
 * sources made with them keep opening. Their id cannot be checked (the raw input is gone), so
 * it is replaced by the content id, never trusted.
 */
export const LEGACY_OWN_ID = /^own-[0-9a-f]{8}$/;

/** SHA-256 from the platform: Web Crypto in the page, `node:crypto` in the command line. */
export type Digest = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer | Uint8Array>;

/**
 * Web Crypto's SHA-256, which the page (and Node ≥ 20) provides as `crypto.subtle`; where a
 * browser hides it (a page on plain http from another machine), the same digest in plain code.
 */
export const webDigest: Digest = (bytes) => {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) return Promise.resolve(sha256(bytes));
  return subtle.digest('SHA-256', bytes);
};

interface SubtleLike {
  digest(algorithm: string, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/**
 * The bytes hashed for a source: a version tag, the paragraphs, then the text as UTF-16 code
 * units. Code units rather than UTF-8, because UTF-8 would fold every lone surrogate into
 * U+FFFD and so give two different texts one id. Injective: the tag and the paragraph list
 * end at the first newline, and the text is the rest.
 */
export function contentBytes(text: string, blocks: readonly Block[]): Uint8Array<ArrayBuffer> {
  const head = `verbatim-source-1 ${blocks
    .map((b) => `${b.start},${b.end}${b.type === 'heading' ? 'h' : 'p'}`)
    .join(' ')}\n`;
  const all = head + text;
  const bytes = new Uint8Array(all.length * 2);
  for (let i = 0; i < all.length; i++) {
    const unit = all.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >>> 8;
  }
  return bytes;
}

/** `own-` and the 64 hex digits of a digest. */
export function idOfDigest(digest: ArrayBuffer | Uint8Array): string {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return `own-${hex}`;
}

/** The id a source with this text and these paragraphs has. */
export async function contentId(
  text: string,
  blocks: readonly Block[],
  digest: Digest,
): Promise<string> {
  return idOfDigest(await digest(contentBytes(text, blocks)));
}
