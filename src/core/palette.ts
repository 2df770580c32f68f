/**
 * The colours of the marks, defined once: the page sets them as CSS custom properties (with
 * `light-dark()`, so they follow the reader's colour scheme) and the HTML report writes the
 * light ones into its stylesheet. Colour is never the only cue: the shapes (tint, dotted,
 * wavy, single or double underline) are in the page's classes and the report's rules alike.
 */
export interface MarkColours {
  /** Tint of shared text: quiet, since most of a copy is shared. */
  readonly shared: string;
  /** Tint of moved text, and its dotted underline. */
  readonly moved: string;
  readonly movedLine: string;
  /** Tint of the words a reworded sentence changed, and their wavy underline. */
  readonly reworded: string;
  readonly rewordedLine: string;
  /** Underline of unique text (in the report, where every unique word is marked). */
  readonly uniqueLine: string;
  /** Tint and solid underline of an edit: words only in this text inside a reuse case. */
  readonly edit: string;
  readonly editLine: string;
  /** Double underline of text repeated in its own source. */
  readonly repeatLine: string;
  /** Tint of a shared quotation. */
  readonly quote: string;
}

export const PALETTE: { readonly light: MarkColours; readonly dark: MarkColours } = {
  light: {
    shared: 'rgb(224 236 247)', // a grey-blue, between sky-100 and slate-100
    moved: 'rgb(254 240 199)', // amber-100
    movedLine: 'rgb(180 83 9 / 0.75)', // amber-700
    reworded: 'rgb(236 253 245)', // emerald-50
    rewordedLine: 'rgb(4 120 87 / 0.8)', // emerald-700
    uniqueLine: 'rgb(244 63 94 / 0.55)', // rose-500
    edit: 'rgb(255 228 230)', // rose-100
    editLine: 'rgb(225 29 72 / 0.85)', // rose-600
    repeatLine: 'rgb(120 113 108 / 0.6)', // stone-500
    quote: 'rgb(237 233 254)', // violet-100
  },
  dark: {
    shared: 'rgb(30 58 88 / 0.6)', // a muted navy
    moved: 'rgb(120 53 15 / 0.45)', // amber-900
    movedLine: 'rgb(252 211 77 / 0.75)', // amber-300
    reworded: 'rgb(2 44 34 / 0.6)', // emerald-950
    rewordedLine: 'rgb(110 231 183 / 0.75)', // emerald-300
    uniqueLine: 'rgb(253 164 175 / 0.6)', // rose-300
    edit: 'rgb(136 19 55 / 0.45)', // rose-900
    editLine: 'rgb(253 164 175 / 0.85)', // rose-300
    repeatLine: 'rgb(168 162 158 / 0.6)', // stone-400
    quote: 'rgb(76 29 149 / 0.45)', // violet-900
  },
};

/** The custom property that carries each colour: `--mark-shared`, `--mark-moved-line`, … */
export const markProperty = (key: keyof MarkColours) =>
  `--mark-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every mark colour as a custom property that follows the colour scheme. */
export function paletteProperties(): [string, string][] {
  return (Object.keys(PALETTE.light) as (keyof MarkColours)[]).map((key) => [
    markProperty(key),
    `light-dark(${PALETTE.light[key]}, ${PALETTE.dark[key]})`,
  ]);
}
