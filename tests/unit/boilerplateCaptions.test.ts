import { classifyBlocks } from '@/core/boilerplate';
import { compareSources } from '@/core/compare';
import { comparisonReport } from '@/core/report';
import type { Block, BlockMarkup, Source } from '@/core/types';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { describe, expect, it } from 'vitest';
import { labelsOf, PROSE, text } from '../support/labelling';
import { plain } from '../support/sources';

const HEAD = ['Talks go on in Moscow', 'By Jane Roe · Example News · 12 June 2024'];
const CAPTION =
  'Officials from both delegations pose for a photograph before the talks in Moscow on Tuesday.';

/** A source of the given lines whose blocks carry the given markup (null: none). */
function withMarkup(lines: string[], markup: (BlockMarkup | null)[]): Source {
  const source = plain('m', lines.join('\n'));
  return {
    ...source,
    blocks: source.blocks.map((b, i): Block => (markup[i] ? { ...b, markup: markup[i]! } : b)),
  };
}

describe('captions', () => {
  it('label the lead picture’s caption: the block under the head that a picture credit follows', () => {
    const labels = labelsOf([...HEAD, CAPTION, '(Image: © Example Agency)', ...PROSE]);
    expect(labels.slice(0, 4)).toEqual([
      'headline',
      'credit or byline',
      'caption',
      'credit or byline',
    ]);
    expect(labels.slice(4)).toEqual([null, null, null]);
  });

  it('are named in the report as on the page: labelled when shown, in the hidden run’s reasons', () => {
    const a = plain('a', [...HEAD, CAPTION, '(Image: © Example Agency)', ...PROSE].join('\n'));
    const b = plain('b', PROSE.join('\n'));
    const comparison = compareSources([a, b]);
    expect(comparisonReport(comparison, [a, b], 'today')).toContain('Boilerplate · caption');
    const hidden = comparisonReport(comparison, [a, b], 'today', { hideBoilerplate: true });
    expect(hidden).toMatch(/of boilerplate hidden \([^)]*caption/);
  });

  it('leave the same block alone when no picture credit follows it, or when it is in the story', () => {
    expect(labelsOf([...HEAD, CAPTION, ...PROSE])[2]).toBeNull();
    // A writer's credit under the lead is not a picture's.
    expect(labelsOf([...HEAD, CAPTION, 'By John Doe', ...PROSE])[2]).toBeNull();
    // Inside the story, the paragraph before a picture's credit is the story's.
    const inStory = labelsOf([
      ...HEAD,
      ...PROSE.slice(0, 2),
      CAPTION,
      'Image copyright Getty Images',
      PROSE[2]!,
    ]);
    expect(inStory[4]).toBeNull();
    expect(inStory[5]).toBe('credit or byline');
  });

  it('label a gallery’s counter, and not a sentence that starts like one', () => {
    expect(text('Image 3 of 23')).toBe('caption');
    expect(text('Photo 2/10')).toBe('caption');
    expect(text('Image 3 of 23 shows the delegations at the table.')).toBeNull();
  });

  it('read a picture agency’s name alone as a credit, and not a sentence naming it', () => {
    for (const line of ['Associated Press', 'EPA', 'Getty Images', '(AFP)'])
      expect([line, text(line)]).toEqual([line, 'credit or byline']);
    expect(text('The Associated Press reported that the talks resumed.')).toBeNull();
  });

  it('label a caption that ends with its maker and agency in brackets', () => {
    for (const line of [
      'Fans react to news that the team will move to Las Vegas. (Jane Doe/The Washington Post)',
      'Woods shot a 65 to finish at 11 under par. (AP Photo/John Roe)',
    ])
      expect([line, text(line)]).toEqual([line, 'caption']);
    expect(text('The two leaders met in Geneva (the talks were closed to the press).')).toBeNull();
  });
});

describe('credits and date lines', () => {
  it('label where a picture comes from, and not a sentence that starts the same way', () => {
    expect(text('Image from the March 2024 review.')).toBe('credit or byline');
    expect(text('Photo courtesy of the city council')).toBe('credit or byline');
    expect(text('Photo courtesy Method Architecture')).toBe('credit or byline');
    expect(
      text('Images from the probe show a plume of water vapour rising from the moon’s surface.'),
    ).toBeNull();
  });

  it('label a note that the page was revised as a date line', () => {
    expect(text('This post has been updated since it was first published.')).toBe('date line');
    expect(text('This post was last updated July 2021.')).toBe('date line');
    expect(text('This post was updated by the minister herself, her office said.')).toBe(
      'date line',
    );
  });

  it('read month names, in other languages too, and not words that start like them', () => {
    expect(text('Posted on Maret 30, 2015')).toBe('date line');
    expect(text('12 décembre 2019')).toBe('date line');
    for (const line of ['Maryland', '9. Declutter First', '9. Augmented analytics', 'Margin'])
      expect([line, text(line)]).toEqual([line, null]);
  });
});

describe('neighbours, runs of fragments', () => {
  it('label up to three fragments between two labelled blocks as the one before', () => {
    const labels = labelsOf([
      ...PROSE,
      'Photo: Damian Dovarganes, AP',
      'Caption',
      'Zoom',
      'Expand',
      'Photo: Jae C. Hong, AP',
      PROSE[0]!.replace('Tuesday', 'Monday'),
    ]);
    expect(labels.slice(3, 8)).toEqual(Array(5).fill('credit or byline'));
    expect(labels[8]).toBeNull();
  });

  it('leave a run of four fragments alone: a list of the story’s own', () => {
    const labels = labelsOf([
      ...PROSE,
      'Photo: Damian Dovarganes, AP',
      'Caption',
      'Zoom',
      'Expand',
      'Next',
      'Photo: Jae C. Hong, AP',
      PROSE[0]!.replace('Tuesday', 'Monday'),
    ]);
    expect(labels.slice(4, 8)).toEqual([null, null, null, null]);
  });

  it('label a block mostly of links between two labelled blocks, and not one in the story', () => {
    const lines = [
      ...PROSE,
      'Related stories',
      'China furious at Macron | NBA makes a decision on the game',
      'Photo: AP',
      PROSE[0]!,
    ];
    const links = (l: number): BlockMarkup => ({ links: l });
    const markup = [null, null, null, null, links(0.85), null, null];
    expect(classifyBlocks(withMarkup(lines, markup))[4]).toBe('related link');
    const plainLines = [
      ...PROSE,
      'China furious at Macron | NBA makes a decision on the game',
      PROSE[0]!,
    ];
    expect(
      classifyBlocks(withMarkup(plainLines, [null, null, null, links(0.85), null]))[3],
    ).toBeNull();
  });

  it('label a short line under the head’s credit as more of it, but not a dateline in capitals', () => {
    expect(labelsOf([...HEAD, 'Reading time: 4 minutes', ...PROSE])[2]).toBe('credit or byline');
    expect(labelsOf([...HEAD, 'BAAR, SWITZERLAND', ...PROSE])[2]).toBeNull();
  });

  it('label the items of a list after a link to other stories as more of them', () => {
    const lines = [
      ...PROSE,
      'More from the BBC',
      'How the class system is changing',
      'Why Iranians love a car show',
    ];
    const li: BlockMarkup = { links: 0, listItem: true };
    const labels = classifyBlocks(withMarkup(lines, [null, null, null, null, li, li]));
    expect(labels.slice(3)).toEqual(['related link', 'related link', 'related link']);
    // After a short heading of the story's own ("Pros"), a list is the story's.
    const own = classifyBlocks(
      withMarkup(
        [...PROSE, 'Pros', 'Has strong reporting tools', 'Supports many clients'],
        [null, null, null, null, li, li],
      ),
    );
    expect(own.slice(4)).toEqual([null, null]);
  });
});

describe('widgets and notes', () => {
  it('label a comment box’s head and notices, not a sentence asking for comments in the story', () => {
    for (const line of [
      '12 comments',
      'Comments',
      'Leave a reply',
      'Tell us what YOU think...',
      'By posting a comment, you consent to have your information used in accordance with our privacy policy.',
      'Comments are closed for this post.',
    ])
      expect([line, text(line)]).toEqual([line, 'call to action']);
    expect(text('Tell us what you think about the photo in the comments below.')).toBeNull();
  });

  it('label a share or follow widget’s label, and a table of contents’ head', () => {
    for (const line of ['Share this:', 'Share on Facebook', 'Connect with us', 'Follow us on X'])
      expect([line, text(line)]).toEqual([line, 'call to action']);
    for (const line of ['Table of Contents', 'In this article:', 'Contents'])
      expect([line, text(line)]).toEqual([line, 'navigation']);
    expect(text('Share prices fell on Tuesday.')).toBeNull();
    expect(text('Contents of the report were leaked')).toBeNull();
  });

  it('read a sign-up spelt with a hyphen, and thanks for subscribing, as an appeal', () => {
    expect(text('Sign-up to get early access to new collections, all to your inbox.')).toBe(
      'call to action',
    );
    expect(
      text('Thanks for subscribing! Look out for your first newsletter in your inbox soon!'),
    ).toBe('call to action');
    expect(
      text('Thousands of readers signed up for the newsletter last year, the company said.'),
    ).toBeNull();
  });

  it('read a short block that says “click here” as an appeal, but not a quotation of it', () => {
    expect(
      text(
        'Get the magazine delivered every month. 12 issues for £11.99. Click here for more information.',
      ),
    ).toBe('call to action');
    expect(
      text('“Click here to claim your prize,” read the e-mail that fooled the staff.'),
    ).toBeNull();
  });

  it('label an affiliate disclosure as advertising, not a sentence about affiliate marketing', () => {
    expect(
      text('This post may contain affiliate and/or referral links. Please see my disclosure page.'),
    ).toBe('advertisement');
    expect(text('As an Amazon affiliate, I earn from qualifying purchases.')).toBe('advertisement');
    expect(
      text('DISCLOSURE: If you buy through affiliate links, I may earn a small commission.'),
    ).toBe('advertisement');
    expect(
      text(
        'To measure the outcomes, implement affiliate links, tracking and discount codes tied to each campaign.',
      ),
    ).toBeNull();
  });

  it('know the word over an advertisement in other languages, alone on its line', () => {
    for (const line of ['Iklan', 'Advertisements', 'Anzeige', 'Publicité', 'Pubblicità', 'Реклама'])
      expect([line, text(line)]).toEqual([line, 'advertisement']);
    expect(text('Werbung für Bier ist verboten')).toBeNull();
  });

  it('label a note on the writer that is the page’s last prose, not the same sentence inside the story', () => {
    const note =
      "Eric Song is IGN's deal curator and spends a quarter of his pay on the things he posts.";
    expect(labelsOf([...PROSE, note]).at(-1)).toBe('credit or byline');
    expect(labelsOf([PROSE[0]!, note, ...PROSE.slice(1)])[1]).toBeNull();
    // A company "is the number one buyer" of planes: no work named close after it.
    const company =
      "Emirates is the number one buyer of the world's largest airliner, and its editor of fleet plans said so on Tuesday.";
    expect(labelsOf([...PROSE, company]).at(-1)).toBeNull();
  });
});

describe('the credit line Verbatim writes from a page’s metadata', () => {
  it('is marked as a byline and labelled, however long the names in it', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Writer Number${i}`).join(', ');
    const html = `<html><head><title>Talks go on</title><meta name="author" content="${names}!"></head>
      <body><article><h1>Talks go on</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const { source, added } = readHtmlPageInNode('own-00000001', html);
    // Written from the metadata: the headline Readability lifted out, put back, and the credit.
    const credit = added.find((i) => source.blocks[i]!.type === 'paragraph');
    if (credit === undefined) throw new Error('no credit line was written');
    expect(source.text.slice(source.blocks[credit]!.start, source.blocks[credit]!.end)).toMatch(
      /^By Writer/,
    );
    expect(source.blocks[credit]!.markup?.part).toBe('credit');
    expect(classifyBlocks(source)[credit]).toBe('credit or byline');
  });
});
