/**
 * A PAN annotation: one reuse case (in a corpus's truth) or one detection (in a detector's
 * output). Offsets and lengths count characters (Unicode code points), as PAN's files do;
 * `suspicious` is the document the XML is about (`this_*`), `source` the one it took from.
 */
export interface PanAnnotation {
  readonly suspicious: string;
  readonly suspiciousOffset: number;
  readonly suspiciousLength: number;
  /** Empty for an intrinsic annotation (no source), which PAN also allows. */
  readonly source: string;
  readonly sourceOffset: number;
  readonly sourceLength: number;
  /** The feature's `name`: `plagiarism` for a case, `detected-plagiarism` for a detection. */
  readonly name: string;
  /** What the case's text went through: `obfuscation`, else `type`, else its folder; null if none. */
  readonly obfuscation: string | null;
}

/** One document pair to align: a suspicious document against one source document. */
export interface PanPair {
  readonly suspicious: string;
  readonly source: string;
}
