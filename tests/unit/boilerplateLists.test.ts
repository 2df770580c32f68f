import { classifyBlocks } from '@/core/boilerplate';
import type { Block, BlockMarkup, Source } from '@/core/types';
import { describe, expect, it } from 'vitest';
import { PROSE } from '../support/labelling';
import { plain } from '../support/sources';

const PARAGRAPH: BlockMarkup = { links: 0 };
const ITEM: BlockMarkup = { links: 0, listItem: true };

/** An HTML-like source: each line a block with markup (no links, no part of the page). */
function page(lines: [string, BlockMarkup][]): Source {
  const source = plain('l', lines.map(([t]) => t).join('\n'));
  return {
    ...source,
    blocks: source.blocks.map((b, i): Block => ({ ...b, markup: lines[i]![1] })),
  };
}

const story = (): [string, BlockMarkup][] => PROSE.map((p) => [p, PARAGRAPH]);
const HEADLINES: [string, BlockMarkup][] = [
  ['How the class system is changing in Britain', ITEM],
  ['Why do so many people love this television show?', ITEM],
  ['A proposal for world peace from a small country', ITEM],
];

describe('a list of other stories right after the story (jusText: short blocks by their neighbours)', () => {
  it('labels unlinked headlines, questions too, that run from the story to the page’s end', () => {
    const labels = classifyBlocks(page([...story(), ...HEADLINES]));
    expect(labels.slice(0, 3)).toEqual([null, null, null]);
    expect(labels.slice(3)).toEqual(['related link', 'related link', 'related link']);
  });

  it('labels them when they run on to a block already labelled', () => {
    const labels = classifyBlocks(
      page([...story(), ...HEADLINES, ['Sign up for our newsletter.', PARAGRAPH]]),
    );
    expect(labels.slice(3)).toEqual([
      'related link',
      'related link',
      'related link',
      'call to action',
    ]);
  });

  it('labels a box of offers in plain lines that closes the page the same way', () => {
    const offers: [string, BlockMarkup][] = [
      ['What is included in a subscription?', ITEM],
      ['Daily insights and early access to new tools', PARAGRAPH],
      ['In-depth reviews of new models on release day', PARAGRAPH],
    ];
    expect(classifyBlocks(page([...story(), ...offers])).slice(3)).toEqual([
      'related link',
      'related link',
      'related link',
    ]);
  });

  it('leaves the story’s own list alone: followed by more story, or of sentences, or short', () => {
    const more = classifyBlocks(page([...story(), ...HEADLINES, [PROSE[0]!, PARAGRAPH]]));
    expect(more.slice(3, 6)).toEqual([null, null, null]);
    const points: [string, BlockMarkup][] = HEADLINES.map(([t]) => [`${t}.`, ITEM]);
    expect(classifyBlocks(page([...story(), ...points])).slice(3)).toEqual([null, null, null]);
    expect(classifyBlocks(page([...story(), ...HEADLINES.slice(0, 2)])).slice(3)).toEqual([
      null,
      null,
    ]);
  });

  it('labels teasers under a head of other stories, one trailing off, up to the next part', () => {
    const teasers: [string, BlockMarkup][] = [
      ["Don't Miss . . .", PARAGRAPH],
      ['Liam Neeson bids a fond farewell to Belfast theatre', PARAGRAPH],
      ["Maureen Coleman meets Belfast's own Hollyoaks star", PARAGRAPH],
      ['Best of 2007 . . .', PARAGRAPH],
      ["Music stars reveal their pick of this year's tunes", PARAGRAPH],
      ['Sign up for our newsletter.', PARAGRAPH],
    ];
    const labels = classifyBlocks(page([...story(), ...teasers]));
    expect(labels.slice(0, 3)).toEqual([null, null, null]);
    expect(labels.slice(3).every((l) => l !== null)).toBe(true);
    expect(labels.slice(4, 8)).toEqual(Array(4).fill('related link'));
  });

  it('leaves a list under a line of its own alone (a review’s pros and cons)', () => {
    const labels = classifyBlocks(
      page([
        ...story(),
        ['Pros', { links: 0 }],
        ['Has strong reporting tools for a free platform', ITEM],
        ['Supports many clients in the paid plan', ITEM],
        ['Offers good value for freelancers', ITEM],
      ]),
    );
    expect(labels.slice(4)).toEqual([null, null, null]);
  });
});

describe('a list of other stories printed as linked lines', () => {
  const linked = (t: string, links = 0.6): [string, BlockMarkup] => [t, { links }];
  const LINES = [
    linked('Rovers Fans Know Their Players (Saturday January 12 2008)'),
    linked('Hughes Plays Down Newcastle Links (Friday January 11 2008)'),
    linked('Fielding Extends Rovers Contract (Friday January 11 2008)'),
    linked('Cardiff Sign Enckelman On Loan (Thursday January 10 2008)', 0.3),
  ];

  it('labels four or more linked lines in a row, after the story or among its paragraphs', () => {
    const after = classifyBlocks(page([...story(), ...LINES]));
    expect(after.slice(0, 3)).toEqual([null, null, null]);
    expect(after.slice(3)).toEqual(LINES.map(() => 'related link'));
    const [p1, p2, p3] = story();
    const among = classifyBlocks(page([p1!, p2!, ...LINES, p3!]));
    expect(among).toEqual([null, null, ...LINES.map(() => 'related link'), null]);
  });

  it('leaves three among the story alone, and lines a fifth links, and linked paragraphs', () => {
    const [p1, p2, p3] = story();
    const among = (lines: [string, BlockMarkup][]) =>
      classifyBlocks(page([p1!, p2!, ...lines, p3!])).slice(2, 2 + lines.length);
    expect(among(LINES.slice(0, 3))).toEqual([null, null, null]);
    const fifth = [...LINES.slice(0, 3), linked('Rovers Target Jason Koumas (10 January)', 0.2)];
    expect(among(fifth)).toEqual([null, null, null, null]);
    const paragraphs = PROSE.map((p) => linked(p, 0.3));
    expect(classifyBlocks(page([...paragraphs, ...paragraphs]))).toEqual(
      [...paragraphs, ...paragraphs].map(() => null),
    );
  });
});

describe('a list of other stories, each a date and a teaser', () => {
  const TEASERS = [
    'Scientists are surveying the damage a second straight year of heat has done to the reef.',
    'The largest die-off of corals ever recorded has been confirmed along the northern coast.',
    'Warming seas threaten the stability of tropical reefs around the world, a study finds.',
  ];
  const dated = (dates: string[]): [string, BlockMarkup][] =>
    dates.flatMap((d, i): [string, BlockMarkup][] => [
      [d, PARAGRAPH],
      [TEASERS[i]!, PARAGRAPH],
    ]);

  it('labels teasers under the page’s stamps, and under a head of other stories', () => {
    const stamps = [
      'updated 3:49 PM EST, Fri January 4, 2013',
      'updated 1:18 PM EST, Sat January 5, 2013',
      'updated 9:20 AM EST, Thu January 3, 2013',
    ];
    const labels = classifyBlocks(page([...story(), ...dated(stamps)]));
    expect(labels.slice(0, 3)).toEqual([null, null, null]);
    expect(labels.slice(3).every((l) => l !== null)).toBe(true);
    const headed = classifyBlocks(
      page([
        ...story(),
        ['Related Stories', PARAGRAPH],
        ...dated(['March 15, 2017', 'March 10, 2017', 'October 25, 2016']),
        ...story(),
      ]),
    );
    expect(headed.slice(4, 10)).toEqual(Array(6).fill('related link'));
    expect(headed.slice(10)).toEqual([null, null, null]);
  });

  it('leaves a story’s timeline alone: events’ days among its paragraphs', () => {
    const labels = classifyBlocks(
      page([
        ...story(),
        ...dated(['March 15, 2017', 'March 10, 2017', 'October 25, 2016']),
        ...story(),
      ]),
    );
    expect(labels).toEqual(Array(12).fill(null));
  });

  it('leaves two dated teasers alone: a list needs three', () => {
    const stamps = [
      'updated 3:49 PM EST, Fri January 4, 2013',
      'updated 1:18 PM EST, Sat January 5, 2013',
    ];
    const labels = classifyBlocks(page([...story(), ...dated(stamps), ...story()]));
    expect([labels[4], labels[6]]).toEqual([null, null]);
  });
});

describe('a picture’s caption the markup marks', () => {
  const CAPTION: BlockMarkup = { links: 0, part: 'caption' };
  const caption =
    'Firefighters raise a flag over the ruins on the evening of the attacks, in a picture that was printed around the world.';

  it('is labelled, even when it reads as prose', () => {
    const labels = classifyBlocks(page([...story(), [caption, CAPTION], ...story()]));
    expect(labels[3]).toBe('caption');
    expect(labels.filter((l) => l !== null)).toHaveLength(1);
  });

  it('is not, when a long run of the page is marked so: a story set inside a figure', () => {
    const labels = classifyBlocks(
      page([...story(), ...[...PROSE, ...PROSE].map((p): [string, BlockMarkup] => [p, CAPTION])]),
    );
    expect(labels).toEqual(Array(9).fill(null));
  });
});
