import { classifyBlocks } from '@/core/boilerplate';
import type { Block, BlockMarkup, Source } from '@/core/types';
import { describe, expect, it } from 'vitest';
import { PROSE } from '../support/labelling';
import { plain } from '../support/sources';

/*
 * A picture gallery kept with the story: slides' titles printed again and again, captions
 * between the slides' credits, and a date stamp the markup sets apart among the story's head.
 */

const PARAGRAPH: BlockMarkup = { links: 0 };
const DATE: BlockMarkup = { links: 0, part: 'date' };

function page(lines: [string, BlockMarkup][]): Source {
  const source = plain('g', lines.map(([t]) => t).join('\n'));
  return {
    ...source,
    blocks: source.blocks.map((b, i): Block => ({ ...b, markup: lines[i]![1] })),
  };
}
const p = (t: string): [string, BlockMarkup] => [t, PARAGRAPH];
const story = () => PROSE.map(p);
const TITLE = 'Iconic image of the flag raising';

describe('a gallery’s slides', () => {
  it('label a title printed three times or more, twice in a row, as captions', () => {
    const labels = classifyBlocks(page([...story(), p(TITLE), p(TITLE), p(TITLE), ...story()]));
    expect(labels.slice(3, 6)).toEqual(['caption', 'caption', 'caption']);
    expect(labels.slice(0, 3)).toEqual([null, null, null]);
    expect(labels.slice(6)).toEqual([null, null, null]);
  });

  it('leave a question repeated apart from its copies, and the story’s repeated sentences, alone', () => {
    const question = p('What inspired you to start cooking at home?');
    const apart = classifyBlocks(
      page([question, ...story(), question, ...story(), question, ...story()]),
    );
    expect(apart.every((l) => l === null)).toBe(true);
    const said = p('The mayor said the bridge would reopen to traffic by the end of the month.');
    const twice = classifyBlocks(page([...story(), said, said, ...story()]));
    expect(twice.every((l) => l === null)).toBe(true);
    const thrice = classifyBlocks(page([...story(), said, said, said, ...story()]));
    expect(thrice.every((l) => l === null)).toBe(true);
  });

  it('label the captions between four or more picture credits, one or two to a slide', () => {
    const slides = [1, 2, 3, 4].flatMap((n) => [
      p(`Photo: Jane Doe/Getty Images`),
      p(`${2000 + n}`),
      p(`She wore a long green gown to the premiere of her ${n}th film in London.`),
    ]);
    const labels = classifyBlocks(page([...story(), ...story(), ...slides, p('Photo: AP')]));
    expect(labels.slice(6)).toEqual(
      [1, 2, 3, 4]
        .flatMap(() => ['credit or byline', 'caption', 'caption'])
        .concat('credit or byline'),
    );
    expect(labels.slice(0, 6).every((l) => l === null)).toBe(true);
  });

  it('leave the story’s paragraphs between pictures alone: three of them, or long, or few credits', () => {
    const long = `${PROSE[0]} ${PROSE[1]}`;
    const photo = p('Photo: Jane Doe/Getty Images');
    const spaced = [1, 2, 3, 4].flatMap(() => [photo, ...story()]);
    expect(classifyBlocks(page([...story(), ...spaced])).filter((l) => l === null)).toHaveLength(
      15,
    );
    const longer = [1, 2, 3, 4].flatMap(() => [photo, p(long)]);
    expect(classifyBlocks(page([...story(), ...longer])).filter((l) => l === null)).toHaveLength(7);
    const few = [1, 2, 3].flatMap(() => [photo, p(PROSE[2]!)]);
    expect(classifyBlocks(page([...story(), ...few])).filter((l) => l === null)).toHaveLength(6);
  });
});

describe('a date stamp among the story’s first paragraphs', () => {
  const head = [
    p('Fans would rather pose for a picture with a star than ask for an autograph these days.'),
    p('1'),
    p('An actor poses for a photo with a fan, 16, at the awards on Sunday.'),
  ];
  it('is the page’s when the markup sets it in the page’s date', () => {
    const labels = classifyBlocks(
      page([...head, ['January 30, 2013, 5:00 a.m.', DATE], ...story()]),
    );
    expect(labels[3]).toBe('date line');
  });
  it('is the story’s own when nothing sets it apart', () => {
    const labels = classifyBlocks(page([...head, p('January 30, 2013, 5:00 a.m.'), ...story()]));
    expect(labels[3]).toBeNull();
  });
});
