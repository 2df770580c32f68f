import fc from 'fast-check';

/**
 * Text the way real sources are messy: words, every kind of spacing and line break (CRLF
 * included), curly and straight quotes, dashes, emoji with modifiers, combining marks,
 * right-to-left and unspaced scripts, plus arbitrary code points.
 */
const FRAGMENTS = [
  'Kim',
  'Putin',
  'the',
  'visit',
  'Russia',
  'North',
  'Korea',
  "Kim's",
  'Kim’s',
  'KIM',
  'U.S.',
  '7,000',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  '\u00a0',
  '.',
  ',',
  '"',
  '“',
  '”',
  "'",
  '’',
  '—',
  '–',
  '-',
  '(',
  ')',
  '👍🏽',
  '👨‍👩‍👧',
  'e\u0301',
  'é',
  'ﬁ',
  'שלום',
  'مرحبا',
  'Привет',
  '東京都',
  'ไทย',
  '\u200f',
  '#',
  '**',
  '[a](#)',
];

export const messyText = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

const WORDS = ['north', 'korea', 'russia', 'putin', 'kim', 'visit', 'the', 'of', 'and', 'said'];

/** Prose-like text from a small vocabulary, so two texts share runs often. */
export const wordText = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).chain((words) =>
  fc
    .array(fc.constantFrom(' ', ' ', ' ', '. ', ', ', '\n'), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((w, i) => w + gaps[i]).join('')),
);
