import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';
import { decodeDocument, parsePairs, readPanCorpus, readPanDocument } from '../../src/pan/corpus';
import { detectionsOf } from '../../src/pan/detect';
import { corpusPaths, detectPair } from '../../src/pan/evaluate';
import {
  annotationRecall,
  granularity,
  macroRecall,
  panMeasures,
  plagdet,
  recallByObfuscation,
} from '../../src/pan/measures';
import { codePointOffsets, utf16Offsets } from '../../src/pan/offsets';
import type { PanAnnotation } from '../../src/pan/types';
import { formatPanXml, parsePanXml } from '../../src/pan/xml';
import { messyText } from '../support/arbitraries';

const FIXTURE = new URL('../fixtures/pan', import.meta.url).pathname;

/** An annotation: suspicious [t, t + tl) of `susp`, source [s, s + sl) of `src` ('' = none). */
function ann(
  susp: string,
  t: number,
  tl: number,
  src: string,
  s: number,
  sl: number,
  obfuscation: string | null = null,
): PanAnnotation {
  return {
    suspicious: susp,
    suspiciousOffset: t,
    suspiciousLength: tl,
    source: src,
    sourceOffset: s,
    sourceLength: sl,
    name: 'plagiarism',
    obfuscation,
  };
}

describe('PAN measures, on cases worked out by hand', () => {
  const caseA = ann('s1', 0, 100, 'r1', 0, 100);

  it('scores a perfect detection 1 on every measure', () => {
    expect(panMeasures([caseA], [caseA])).toMatchObject({
      recall: 1,
      precision: 1,
      granularity: 1,
      plagdet: 1,
    });
  });

  it('counts a case found in two halves as granularity 2, with full recall and precision', () => {
    const halves = [ann('s1', 0, 50, 'r1', 0, 50), ann('s1', 50, 50, 'r1', 50, 50)];
    const m = panMeasures([caseA], halves);
    expect(m).toMatchObject({ recall: 1, precision: 1, granularity: 2 });
    expect(m.plagdet).toBeCloseTo(1 / Math.log2(3), 12);
  });

  it('lowers precision, not recall, for a detection in a pair without a case', () => {
    const stray = ann('s2', 0, 100, 'r1', 0, 100);
    const m = panMeasures([caseA], [caseA, stray]);
    expect(m).toMatchObject({ recall: 1, precision: 0.5, granularity: 1 });
    expect(m.plagdet).toBeCloseTo(2 / 3, 12);
  });

  it('needs the source side to overlap too: the right passage of the wrong source is no hit', () => {
    expect(panMeasures([caseA], [ann('s1', 0, 100, 'r2', 0, 100)])).toMatchObject({
      recall: 0,
      precision: 0,
      plagdet: 0,
    });
    expect(panMeasures([caseA], [ann('s1', 0, 100, 'r1', 100, 100)]).recall).toBe(0);
  });

  it('counts characters on both sides: half the suspicious passage is three quarters of the case', () => {
    expect(annotationRecall(caseA, [ann('s1', 50, 50, 'r1', 0, 100)])).toBe(0.75);
    // Overlapping detections are counted once (a union of characters, not a sum).
    expect(
      annotationRecall(caseA, [ann('s1', 0, 60, 'r1', 0, 100), ann('s1', 40, 60, 'r1', 0, 100)]),
    ).toBe(1);
  });

  it('gives 1 for a corpus with no case and no detection, and 0 when only one side has any', () => {
    expect(panMeasures([], [])).toMatchObject({
      recall: 1,
      precision: 1,
      granularity: 1,
      plagdet: 1,
    });
    expect(panMeasures([caseA], [])).toMatchObject({ recall: 0, precision: 0, plagdet: 0 });
    expect(panMeasures([], [caseA])).toMatchObject({ recall: 0, precision: 0, plagdet: 0 });
  });

  it('counts the same annotation twice once, as PAN keeps them in a set', () => {
    expect(panMeasures([caseA, caseA], [caseA, caseA])).toMatchObject({
      cases: 1,
      detections: 1,
      granularity: 1,
    });
  });

  it('reproduces the expected values of PAN evaluator 1.3 unit tests', () => {
    // The annotations of pan09-plagiarism-detection-performance-measures.py's own tests.
    const a1 = ann('tref1', 0, 100, 'sref1', 0, 100);
    const a2 = ann('tref1', 0, 100, '', 0, 0);
    const a3 = ann('tref1', 100, 100, 'sref1', 100, 100);
    const a4 = ann('tref1', 0, 200, 'sref1', 0, 200);
    const a7 = ann('tref2', 0, 100, 'sref2', 0, 100);
    const a8 = ann('tref2', 0, 100, '', 0, 0);
    const a9 = ann('tref2', 50, 100, 'sref2', 50, 100);
    const a10 = ann('tref2', 25, 75, 'sref2', 25, 75);
    expect(macroRecall([a1, a7], [a1])).toBe(0.5);
    expect(macroRecall([a2, a8], [a2])).toBe(0.5);
    expect(annotationRecall(a1, [a2])).toBe(0.5);
    expect(annotationRecall(a1, [a4, a7])).toBe(1);
    expect(annotationRecall(a7, [a9, a10])).toBe(0.75);
    expect(macroRecall([a4], [a1])).toBe(0.5); // precision of a4 on case a1
    expect(macroRecall([a9, a10], [a7])).toBe(0.75);
    expect(macroRecall([a3, a4], [a1])).toBe(0.25);
    expect(granularity([a1], [a2, a3])).toBe(1);
    expect(granularity([a1], [a2, a3, a4])).toBe(2);
    expect(granularity([a1, a3], [a2, a4])).toBe(1.5);
    expect(plagdet(0.5, 1, 1)).toBeCloseTo(2 / 3, 12);
    expect(plagdet(1, 1, 2)).toBeCloseTo(0.63092975, 7);
    expect(plagdet(0.25, 0.75, 2)).toBeCloseTo(0.23659865, 7);
    expect(plagdet(0, 0, 1)).toBe(0);
  });

  it('gives recall per obfuscation label', () => {
    const shuffled = ann('s1', 200, 100, 'r1', 200, 100, 'random');
    const byLabel = recallByObfuscation([{ ...caseA, obfuscation: 'none' }, shuffled], [caseA]);
    expect(Object.fromEntries(byLabel)).toEqual({
      none: { recall: 1, cases: 1 },
      random: { recall: 0, cases: 1 },
    });
  });
});

describe('PAN XML', () => {
  it('reads back what it writes, with the same measures', () => {
    const detections = [
      { ...ann('susp.txt', 5, 1000, 'src.txt', 100, 990), name: 'detected-plagiarism' },
      { ...ann('susp.txt', 2000, 20, 'src.txt', 0, 21), name: 'detected-plagiarism' },
    ];
    const read = parsePanXml(formatPanXml('susp.txt', detections), 'detected-plagiarism');
    expect(read.reference).toBe('susp.txt');
    expect(read.annotations).toEqual(detections);
    const truth = [ann('susp.txt', 0, 1100, 'src.txt', 50, 1000)];
    expect(panMeasures(truth, read.annotations)).toEqual(panMeasures(truth, detections));
  });

  it('escapes attribute values so that any document name survives the round trip', () => {
    const name = `a&b <c> "d" 'e'\tf.txt`;
    const xml = formatPanXml(name, [
      { ...ann(name, 1, 2, `src & "x".txt`, 3, 4), name: 'detected-plagiarism' },
    ]);
    expect(xml).not.toMatch(/reference="[^"]*&b/);
    const read = parsePanXml(xml);
    expect(read.reference).toBe(name);
    expect(read.annotations[0]).toMatchObject({ suspicious: name, source: `src & "x".txt` });
  });

  it("reads what PAN's evaluator reads: either quotes, comments, misspelt tags, intrinsic features", () => {
    const xml = `<?xml version="1.0"?>
      <document reference='s.txt'>
        <!-- <feature name="plagiarism" this_offset="9" this_length="9"/> -->
        <feature name="plagiarism" type="simulated" this_offset="10" this_length="20"
          source_reference="r.txt" source_offset="30" source_length="40"></feature>
        <featue name="plagiarism" obfuscation="pos-preserving" this_offset="1" this_length="2" source_reference="r.txt" source_offset="3" source_length="4"/>
        <feature name="artificial-plagiarism" this_offset="5" this_length="6"/>
        <feature name="about" language="en"/>
        <feature name="plagiarism" this_offset="x" this_length="6"/>
      </document>`;
    const read = parsePanXml(xml, 'plagiarism', '03-random-obfuscation');
    expect(read.annotations.map((a) => [a.suspiciousOffset, a.source, a.obfuscation])).toEqual([
      [10, 'r.txt', 'simulated'],
      [1, 'r.txt', 'pos-preserving'],
      [5, '', '03-random-obfuscation'],
    ]);
    expect(read.skipped).toHaveLength(1);
    expect(parsePanXml('<notpan/>').annotations).toEqual([]);
  });
});

describe('PAN corpus reading', () => {
  it('reads the PAN 2013 layout: pairs, src/, susp/, a truth XML per pair in obfuscation folders', () => {
    const corpus = readPanCorpus(FIXTURE);
    expect(corpus.pairsFrom).toBe('pairs file');
    expect(corpus.pairs).toEqual([
      { suspicious: 'suspicious-document00001.txt', source: 'source-document00001.txt' },
      { suspicious: 'suspicious-document00001.txt', source: 'source-document00002.txt' },
      { suspicious: 'suspicious-document00002.txt', source: 'source-document00001.txt' },
    ]);
    expect([...corpus.sources.keys()].sort()).toEqual([
      'source-document00001.txt',
      'source-document00002.txt',
    ]);
    expect(corpus.suspicious.size).toBe(2);
    expect(corpus.cases).toHaveLength(1);
    expect(corpus.cases[0]!.obfuscation).toBe('02-no-obfuscation');
    expect(corpus.problems).toEqual([]);
  });

  it('has case offsets that point at the same words in both documents (code points, not UTF-16)', () => {
    const corpus = readPanCorpus(FIXTURE);
    const c = corpus.cases[0]!;
    const text = (path: string | undefined) => {
      const read = readPanDocument(path!);
      if (!read.ok) throw new Error(read.problem);
      return read.text;
    };
    const susp = text(corpus.suspicious.get(c.suspicious));
    const src = text(corpus.sources.get(c.source));
    const slice = (t: string, offset: number, length: number) =>
      [...t]
        .slice(offset, offset + length)
        .join('')
        .replace(/\s+/g, ' ');
    expect(slice(susp, c.suspiciousOffset, c.suspiciousLength)).toBe(
      slice(src, c.sourceOffset, c.sourceLength),
    );
  });

  it('reads the PAN 2009–2011 layout: no pairs file, an XML beside each suspicious document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pan09-'));
    mkdirSync(join(dir, 'source-documents', 'part1'), { recursive: true });
    mkdirSync(join(dir, 'suspicious-documents'));
    writeFileSync(join(dir, 'source-documents', 'part1', 'source-document00001.txt'), 'one two');
    writeFileSync(join(dir, 'source-documents', 'source-document00002.txt'), 'three four');
    writeFileSync(join(dir, 'suspicious-documents', 'suspicious-document00001.txt'), 'one two');
    writeFileSync(
      join(dir, 'suspicious-documents', 'suspicious-document00001.xml'),
      '<document reference="suspicious-document00001.txt"><feature name="plagiarism" type="artificial" obfuscation="none" this_offset="0" this_length="7" source_reference="source-document00001.txt" source_offset="0" source_length="7"/></document>',
    );
    const corpus = readPanCorpus(dir);
    expect(corpus.pairsFrom).toBe('all combinations');
    expect(corpus.pairs).toEqual([
      { suspicious: 'suspicious-document00001.txt', source: 'source-document00001.txt' },
      { suspicious: 'suspicious-document00001.txt', source: 'source-document00002.txt' },
    ]);
    expect(corpus.cases.map((c) => c.obfuscation)).toEqual(['none']);
  });

  it('reads pairs files and says which lines it could not read', () => {
    expect(parsePairs('a.txt b.txt\r\n\n  c.txt   d.txt  \nlonely.txt\n')).toEqual({
      pairs: [
        { suspicious: 'a.txt', source: 'b.txt' },
        { suspicious: 'c.txt', source: 'd.txt' },
      ],
      bad: [4],
    });
  });

  it('decodes UTF-8, keeps a byte-order mark as PAN counts it, and falls back to Windows-1252', () => {
    expect(decodeDocument(new TextEncoder().encode('naïve'))).toEqual({
      text: 'naïve',
      encoding: 'utf-8',
    });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('\ufeffa');
    expect(decodeDocument(new Uint8Array([0x80, 0x96, 0x20, 0xe9])).text).toBe('€– é');
    expect(decodeDocument(new Uint8Array([0x93, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x94]))).toEqual({
      text: '“naïve”',
      encoding: 'windows-1252',
    });
  });

  it('says why a document cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pan-doc-'));
    writeFileSync(join(dir, 'bin.txt'), new Uint8Array([1, 0, 2]));
    expect(readPanDocument(join(dir, 'missing.txt'))).toEqual({
      ok: false,
      problem: 'no such file',
    });
    expect(readPanDocument(join(dir, 'bin.txt'))).toMatchObject({ ok: false, problem: /binary/ });
    expect(readPanDocument(dir)).toMatchObject({ ok: false, problem: 'it is a directory' });
  });
});

describe('detections from the engine', () => {
  it("takes the JSON's cases when it has them, else its passages", () => {
    const passages = [{ a: [0, 5], b: [10, 15] }];
    const cases = [{ a: [0, 50], b: [10, 60] }];
    expect(detectionsOf({ passages })).toEqual([{ a: [0, 5], b: [10, 15] }]);
    expect(detectionsOf({ passages, cases })).toEqual([{ a: [0, 50], b: [10, 60] }]);
    expect(detectionsOf({ passages, cases }, 'passages')).toEqual([{ a: [0, 5], b: [10, 15] }]);
  });

  it('converts UTF-16 offsets to code points and back', () => {
    const text = 'a😀b😀😀c';
    const toCp = codePointOffsets(text);
    const toUtf16 = utf16Offsets(text);
    [...text].forEach((_, cp) => {
      const u = toUtf16(cp);
      expect(toCp(u)).toBe(cp);
      expect([...text][cp]).toBe(String.fromCodePoint(text.codePointAt(u)!));
    });
    expect(toCp(text.length)).toBe([...text].length);
    expect(codePointOffsets('plain')(3)).toBe(3);
  });

  it('finds the verbatim case of the fixture corpus, past an emoji, and nothing in unrelated pairs', () => {
    const corpus = readPanCorpus(FIXTURE);
    const results = corpus.pairs.map((p) => detectPair(p, corpusPaths(corpus)));
    const detections = results.flatMap((r) => (r.ok ? r.cases : []));
    expect(results.every((r) => r.ok)).toBe(true);
    const m = panMeasures(corpus.cases, detections);
    // The copy is word for word: the engine covers it from its first word to its last.
    expect(m.recall).toBeGreaterThan(0.99);
    expect(m.precision).toBeGreaterThan(0.99);
    expect(m.granularity).toBe(1);
  });
});

// Seeded by fast-check: a failure prints its seed and path; replay with { seed, path }.
describe('PAN properties', () => {
  /** Cases in one or two documents, disjoint within a document, each at least 2 long on both sides. */
  const cases = fc
    .array(
      fc.record({
        doc: fc.constantFrom('s1', 's2'),
        src: fc.constantFrom('r1', 'r2'),
        gap: fc.nat(50),
        tl: fc.integer({ min: 2, max: 200 }),
        so: fc.nat(1000),
        sl: fc.integer({ min: 2, max: 200 }),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((specs) => {
      const at = new Map<string, number>();
      return specs.map(({ doc, src, gap, tl, so, sl }) => {
        const t = (at.get(doc) ?? 0) + gap;
        at.set(doc, t + tl);
        return ann(doc, t, tl, src, so, sl);
      });
    });

  it('scores detections equal to the cases 1, and the same cut in halves at granularity 2', () => {
    checkProperty(
      fc.property(cases, (truth) => {
        expect(panMeasures(truth, truth)).toMatchObject({
          recall: 1,
          precision: 1,
          granularity: 1,
          plagdet: 1,
        });
        const halves = truth.flatMap((c) => {
          const t = Math.floor(c.suspiciousLength / 2);
          const s = Math.floor(c.sourceLength / 2);
          return [
            ann(c.suspicious, c.suspiciousOffset, t, c.source, c.sourceOffset, s),
            ann(
              c.suspicious,
              c.suspiciousOffset + t,
              c.suspiciousLength - t,
              c.source,
              c.sourceOffset + s,
              c.sourceLength - s,
            ),
          ];
        });
        const m = panMeasures(truth, halves);
        expect(m.recall).toBeCloseTo(1, 12);
        expect(m.precision).toBeCloseTo(1, 12);
        expect(m.granularity).toBe(2);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps recall and precision within [0, 1] and plagdet at most their F1, whatever is detected', () => {
    checkProperty(
      fc.property(cases, cases, (truth, found) => {
        const m = panMeasures(truth, found);
        for (const x of [m.recall, m.precision]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        expect(m.granularity).toBeGreaterThanOrEqual(1);
        const f1 =
          m.recall + m.precision > 0 ? (2 * m.recall * m.precision) / (m.recall + m.precision) : 0;
        expect(m.plagdet).toBeLessThanOrEqual(f1 + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('reads back any detection file it writes', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
    checkProperty(
      fc.property(
        name,
        name,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 5 }),
        (susp, src, spans) => {
          const detections = spans.map(([t, tl, s, sl]) => ({
            ...ann(susp, t, tl, src, s, sl),
            name: 'detected-plagiarism',
          }));
          const read = parsePanXml(formatPanXml(susp, detections), 'detected-plagiarism');
          expect(read.reference).toBe(susp);
          expect(read.annotations).toEqual(detections);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('converts UTF-16 offsets to the code points before them, and back', () => {
    checkProperty(
      fc.property(messyText, (text) => {
        const toCp = codePointOffsets(text);
        const toUtf16 = utf16Offsets(text);
        const points = [...text];
        let u = 0;
        points.forEach((p, cp) => {
          expect(toCp(u)).toBe(cp);
          expect(toUtf16(cp)).toBe(u);
          u += p.length;
        });
        expect(toCp(text.length)).toBe(points.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PAN XML that would have made the reader quadratic', () => {
  const feature = '<feature name="plagiarism" this_offset="1" this_length="2"/>';
  const offsets = (xml: string) =>
    parsePanXml(xml).annotations.map((a) => [a.suspiciousOffset, a.suspiciousLength]);

  it('reads past many tags that never close, and a name without a value', () => {
    expect(
      offsets(`<document reference="s.txt">${'<a'.repeat(100_000)}${feature}</document>`),
    ).toEqual([[1, 2]]);
    expect(
      offsets(`<document reference="s.txt">${'<a "'.repeat(50_000)}\n${feature}</document>`),
    ).toEqual([[1, 2]]);
    expect(
      offsets(
        `<document reference="s.txt"><feature ${'x'.repeat(200_000)} name="plagiarism" this_offset="1" this_length="2"/></document>`,
      ),
    ).toEqual([[1, 2]]);
  });

  it('leaves unclosed comments as the pattern did, and removes closed ones', () => {
    expect(
      offsets(`<document reference="s.txt">${feature}${'<!--'.repeat(100_000)}</document>`),
    ).toEqual([[1, 2]]);
    expect(offsets(`<document reference="s.txt"><!-- ${feature} -->${feature}<!---->`)).toEqual([
      [1, 2],
    ]);
  });
});
