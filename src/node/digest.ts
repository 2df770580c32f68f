import { createHash } from 'node:crypto';
import type { Digest } from '../core';

/** SHA-256 from `node:crypto`, for the command line and for tests in Node. */
export const nodeDigest: Digest = (bytes) =>
  Promise.resolve(createHash('sha256').update(bytes).digest());

/** The same, at once: for code in Node that cannot wait (property tests, the bench). */
export const sha256Sync = (bytes: Uint8Array): Uint8Array =>
  createHash('sha256').update(bytes).digest();
