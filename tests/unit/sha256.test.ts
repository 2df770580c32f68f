import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256 } from '@/core/sources/sha256';
import { webDigest } from '@/core';
import { sha256Hex } from '@/components/digest';
import { checkProperty } from '../support/property';

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
const nodeHex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('SHA-256 in plain code (for pages that are not a secure context)', () => {
  it('gives the published test vectors', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha256(ascii('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(sha256(ascii('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto at every padding boundary', () => {
    // 55, 56 and 64 bytes are where the length field spills into a second block.
    for (let n = 0; n <= 130; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256(bytes)), `length ${n}`).toBe(nodeHex(bytes));
    }
  });

  it('agrees with node:crypto on any bytes', () => {
    checkProperty(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(hex(sha256(bytes))).toBe(nodeHex(bytes));
      }),
      { numRuns: 200 },
    );
  });
});

describe('where the browser hides Web Crypto', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('content ids and the report’s digests are still the SHA-256 node:crypto gives', async () => {
    vi.stubGlobal('crypto', {});
    const bytes = new TextEncoder().encode('A wire story, as republished.');
    expect(hex(await webDigest(bytes))).toBe(nodeHex(bytes));
    expect(await sha256Hex('北朝鮮の金正恩 😀')).toBe(
      createHash('sha256').update('北朝鮮の金正恩 😀', 'utf8').digest('hex'),
    );
  });
});
