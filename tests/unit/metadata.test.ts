import { boilerplateAmong, classifyBlocks } from '@/core/boilerplate';
import { compareSources } from '@/core/compare';
import { describeSource, extractMetadata } from '@/core/metadata';
import { comparisonReport } from '@/core/report';
import { templateBlocks } from '@/core/templates';
import { describe, expect, it } from 'vitest';
import { plain } from '../support/sources';
import { bundledSources } from '@/corpus/bundled';

const STORIES = [
  'The ministry said on Tuesday that the talks would continue next week in Moscow, where officials from both sides are expected to sign a trade agreement.',
  'A storm knocked out power to thousands of homes across the region overnight, and crews were working to restore it before the weekend, the utility said.',
  'The city council voted to expand the bus network next year, adding routes to the airport and the university after complaints from students and workers.',
];
const FOOTER = 'Example Daily is a member of the Regional Press Group';

describe('template across the reader’s own sources (passim)', () => {
  it('labels a block that stands in several sources about different stories', () => {
    const sources = STORIES.map((story, i) =>
      plain(`s${i}`, [`Headline number ${i} of the day`, story, FOOTER].join('\n')),
    );
    const template = templateBlocks(sources);
    expect([...template]).toEqual(['example daily is a member of the regional press group']);
    expect(classifyBlocks(sources[0]!, template)[2]).not.toBeNull();
    expect(classifyBlocks(sources[0]!, template)[1]).toBeNull();
    // What the page uses: each source labelled among the reader's sources.
    expect(boilerplateAmong(sources[1]!, sources)).toEqual([null, null, 'template']);
    expect(boilerplateAmong(sources[1]!, sources.slice(0, 2))[2]).not.toBe('template');
  });

  it('finds no template among the bundled articles, all about one story', () => {
    expect(templateBlocks(bundledSources()).size).toBe(0);
  });

  it('does not call shared text template when the sources are copies of one story', () => {
    const sources = [0, 1, 2].map((i) =>
      plain(
        `c${i}`,
        [`Copy ${i}`, STORIES[0]!, 'Officials declined to comment further'].join('\n'),
      ),
    );
    expect(templateBlocks(sources).size).toBe(0);
  });
});

describe('metadata from plain text', () => {
  it('reads byline and date from a credit line of parts, and the origin from an address line', () => {
    const source = plain(
      'w',
      [
        'Kim hails Russia ties',
        'By Wire Desk · 12 June 2024',
        'https://www.example.org/world/2024/06/12/kim-russia',
        STORIES[0]!,
      ].join('\n'),
    );
    expect(extractMetadata(source)).toMatchObject({
      title: 'Kim hails Russia ties',
      byline: 'Wire Desk',
      date: '12 June 2024',
      outlet: 'example.org',
      url: 'https://www.example.org/world/2024/06/12/kim-russia',
    });
    expect(describeSource(source)).toMatch(/by Wire Desk · example.org · 12 June 2024$/);
  });

  it('does not read a headline’s parts as a credit line', () => {
    const source = plain(
      'h',
      [
        'Typhoon Lan Strikes Japan, Cancels Flights | Travel Agent Central',
        'By Adam Leposa · 23 October 2017',
        STORIES[1]!,
      ].join('\n'),
    );
    expect(source.blocks[0]!.type).toBe('heading');
    expect(extractMetadata(source)).toMatchObject({
      byline: 'Adam Leposa',
      date: '23 October 2017',
      outlet: null,
    });
    // A credit line that opens a text is its heading, and still a credit line.
    const credited = plain(
      'c',
      ['By Wire Desk · Example News · 12 June 2024', STORIES[1]!].join('\n\n'),
    );
    expect(credited.blocks[0]!.type).toBe('heading');
    expect(extractMetadata(credited)).toMatchObject({
      byline: 'Wire Desk',
      date: '12 June 2024',
      outlet: 'Example News',
    });
  });

  it('leaves unknown fields null', () => {
    expect(extractMetadata(plain('n', STORIES[1]!))).toEqual({
      title: null,
      byline: null,
      agency: null,
      date: null,
      outlet: null,
      url: null,
    });
  });

  it('shows each source’s byline and date in the report', () => {
    const a = plain(
      'a',
      ['Kim hails Russia ties', 'By Wire Desk · 12 June 2024', STORIES[0]!].join('\n'),
    );
    const b = plain('b', STORIES[0]!);
    const html = comparisonReport(compareSources([a, b]), [a, b], 'today');
    const card = /<div data-source="a">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(card).toContain('<li>By Wire Desk</li>');
    expect(card).toContain('<li>Dated 12 June 2024</li>');
  });
});
