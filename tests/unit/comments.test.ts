import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { boilerplateLabel, boilerplateOf, boilerplateRunHidden, compareSources } from '@/core';
import { classifyBlocks } from '@/core/boilerplate';
import { comparisonReport } from '@/core/reportHtml';
import { bundledSources } from '@/corpus/bundled';
import { runVerbatim } from '../../src/node/commandLine';
import type { ReadJson } from '../../src/node/readJson';
import type { Block, BlockMarkup, Source } from '@/core/types';
import { describe, expect, it } from 'vitest';
import { PROSE, text } from '../support/labelling';
import { checkProperty } from '../support/property';
import { plain } from '../support/sources';

// Seeded by fast-check: a failure prints its seed and the command that replays it
// (VERBATIM_SEED=<seed> npx vitest run tests/unit/comments.test.ts -t "<test>").

const PARAGRAPH: BlockMarkup = { links: 0 };

/** An HTML-like page: each line a paragraph with markup (no links, no part of the page). */
function page(lines: readonly string[], headings: readonly number[] = []): Source {
  const source = plain('c', lines.join('\n'));
  expect(source.blocks).toHaveLength(lines.length);
  return {
    ...source,
    blocks: source.blocks.map((b, i): Block => ({
      ...b,
      type: headings.includes(i) ? 'heading' : 'paragraph',
      markup: PARAGRAPH,
    })),
  };
}

const STORY = [
  ...PROSE,
  'Officials from the two countries will meet again in March, when they hope to settle the remaining questions about tariffs and quotas.',
];

/** A thread as a local paper prints it: each comment under its commenter's line. */
const THREAD = [
  'Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08',
  'as long as he does not take advice from his cousin on the finer points of driving in town',
  'Posted by: donmarg, bolton on 9:06pm Tue 1 Jan 08',
  'lolll for once i completely agree with you there mate',
  'Posted by: tax payer, Bolton on 11:21pm Tue 1 Jan 08',
  "I'm bitter that if you have fame and money you can avoid justice.",
];

const labelsOf = (lines: readonly string[], headings: readonly number[] = []) =>
  classifyBlocks(page(lines, headings));

/** Labels of a page whose blocks may hold more than one line, as an HTML page's do. */
function labelsOfBlocks(texts: readonly string[]) {
  let at = 0;
  const blocks = texts.map((t): Block => {
    const block: Block = { start: at, end: at + t.length, type: 'paragraph', markup: PARAGRAPH };
    at += t.length + 2;
    return block;
  });
  return classifyBlocks({ ...plain('c', ''), text: texts.join('\n\n'), blocks });
}

/** A thread's labels, once the story above it is seen left alone and the thread labelled. */
function threadOf(labels: readonly (string | null)[]) {
  expect(labels.slice(0, STORY.length)).toEqual(STORY.map(() => null));
  const thread = labels.slice(STORY.length);
  expect(thread.every((l) => l !== null)).toBe(true);
  return thread;
}

/**
 * A block of a comment section keeps the label its own text gives it (a notice, an appeal to
 * log in); what its text leaves unlabelled, the section labels "comment".
 */
const byText = (line: string) => text(line) ?? 'comment';

describe("readers' comments after the story", () => {
  it('labels a thread of commenters’ lines and comments, and leaves the story alone', () => {
    const labels = labelsOf([...STORY, ...THREAD]);
    expect(labels.slice(0, STORY.length)).toEqual(STORY.map(() => null));
    const thread = labels.slice(STORY.length);
    expect(thread.every((l) => l !== null)).toBe(true);
    // The comments themselves, which read as prose and were the story's before, and the
    // commenters' lines after the first, whatever other rules read them as: one reason.
    expect(thread.slice(1)).toEqual(THREAD.slice(1).map(() => 'comment'));
  });

  it('labels a box of comment rules under the story', () => {
    const rules = [
      'The following are comments from the readers. In no way do they represent the view of the Herald.',
      'Comment entries are limited to 100 words.',
      'IP addresses of persons who post are not treated as confidential records.',
      'If you believe that a commenter has not followed these guidelines, please use our online complaint form.',
    ];
    const labels = labelsOf([...STORY, ...rules]);
    expect(labels).toEqual([...STORY.map(() => null), ...rules.map(byText)]);
  });

  it('labels an empty thread’s notice at the page’s foot', () => {
    for (const notice of ['No comments at the moment.', 'There are no comments yet'])
      expect(labelsOf([...STORY, notice]).at(-1)).not.toBeNull();
  });

  it('labels a head and a notice, and a comment under a single commenter and a sign-in notice', () => {
    const head = [
      'Comment Blog - Note: All Comments Subject To Approval',
      'Comments are limited to 200 words or less.',
    ];
    expect(labelsOf([...STORY, ...head]).slice(STORY.length)).toEqual(head.map(byText));
    const one = [
      'Posted by Slaytanic40oz - Tuesday, January 08, 2008 1:32 PM',
      'This is like a reverse of the blu-ray to psp. Low-def on hi-def, yay.',
      'You must Login or Register to post.',
    ];
    const labels = labelsOf([...STORY, ...one]);
    expect(labels.slice(0, STORY.length)).toEqual(STORY.map(() => null));
    expect(labels.slice(STORY.length + 1)).toEqual(one.slice(1).map(byText));
  });

  it('labels a blog’s thread: its head, and commenters whose date stands under their name', () => {
    const thread = [
      '2 thoughts on “Talks to continue”',
      'Jane says:\nMarch 3, 2024 at 10:21 am',
      'Great summary, thanks. I had not seen the figures on quotas before.',
      'Reply',
      'Omar says:\nMarch 4, 2024 at 8:02 pm',
      'The tariffs will matter more than the quotas, I think.',
      'Leave a Reply',
    ];
    const labels = threadOf(labelsOfBlocks([...STORY, ...thread]));
    expect([labels[2], labels[5]]).toEqual(['comment', 'comment']);
  });

  it('labels a thread whose comments are signed below them, in the same block', () => {
    const thread = [
      'Comments',
      'Why not try and go for a season without a manager? A decent computer programme would suffice.',
      'Especially at Newcastle.\nPosted by Derek Dean on January 10, 2008 4:39 PM\nReport this comment',
      'They can have ours for free, and the physio too, if they ask nicely before the window shuts.',
      'And the kit man.\nPosted by rupert on January 10, 2008 5:15 PM\nReport this comment',
    ];
    const labels = labelsOfBlocks([...STORY, ...thread]);
    expect(labels.slice(0, STORY.length)).toEqual(STORY.map(() => null));
    expect(labels.slice(STORY.length + 1)).toEqual(thread.slice(1).map(() => 'comment'));
  });

  it('labels a thread told by its stamps: a name, a date with a link to the comment, a comment', () => {
    const thread = [
      'Camaleont',
      'Posted October 28, 2012 at 10:31 pm | Permalink',
      'These pictures look good. I will be curious to see a comparison with the older lens.',
      'hunt',
      'Posted October 28, 2012 at 10:32 pm | Permalink',
      'looks good so far.',
      'Owen',
      'September 28, 2012 | Reply',
      'Took a look at the larger versions. Definitely a sharp lens.',
    ];
    const labels = threadOf(labelsOf([...STORY, ...thread]));
    for (const i of [2, 3, 5, 6, 8]) expect([i, labels[i]]).toEqual([i, 'comment']);
  });

  it('leaves a story alone whose entries are stamped without a link, or stamped twice', () => {
    // A live blog stamps its entries with a time, not a link to each; two stamped entries are
    // not yet a thread.
    const live = [
      'October 28, 2012 at 10:31 pm',
      'The storm made landfall near Atlantic City, forecasters said.',
      'October 28, 2012 at 10:52 pm',
      'Power is out for more than a million homes across the state, the utility said.',
      'October 28, 2012 at 11:14 pm',
      'The governor urged residents to stay indoors until the winds die down overnight.',
    ];
    const labels = labelsOf([...STORY, ...live]);
    for (const i of [1, 3, 5]) expect([i, labels[STORY.length + i]]).toEqual([i, null]);
    const two = [
      'Posted October 28, 2012 at 10:31 pm | Permalink',
      'The storm made landfall near Atlantic City, forecasters said.',
      'Posted October 28, 2012 at 10:52 pm | Permalink',
      'Power is out for more than a million homes across the state, the utility said.',
    ];
    const twice = labelsOf([...STORY, ...two]);
    expect([twice[STORY.length + 1], twice[STORY.length + 3]]).toEqual([null, null]);
  });

  it('labels the bare word "Comments" as the head of a thread under it', () => {
    const labels = threadOf(labelsOf([...STORY, 'Comments', ...THREAD], [STORY.length]));
    expect(labels.at(-1)).toBe('comment');
  });

  it('ends the section at a heading of another part of the page, which keeps its own label', () => {
    const after = ['Weather', ...PROSE];
    const lines = [...STORY, ...THREAD, ...after];
    const labels = labelsOf(lines, [STORY.length + THREAD.length]);
    expect(labels.slice(STORY.length, STORY.length + THREAD.length).every((l) => l !== null)).toBe(
      true,
    );
    expect(labels.slice(STORY.length + THREAD.length)).not.toContain('comment');
  });

  it('does not take a story’s byline under its summary for a commenter’s line', () => {
    const lines = [
      PROSE[0]!,
      'Posted by: Jane Doe | January 14, 2008 06:24 PM',
      ...STORY.slice(1),
      ...THREAD,
    ];
    const labels = labelsOf(lines);
    expect(labels.slice(2, 2 + STORY.length - 1)).toEqual(STORY.slice(1).map(() => null));
    expect(labels.at(-1)).toBe('comment');
  });
});

describe('what is left alone', () => {
  const story = (middle: readonly string[]) => [PROSE[0]!, PROSE[1]!, ...middle, PROSE[2]!];
  const none = (lines: readonly string[], headings: readonly number[] = []) =>
    expect(labelsOf(lines, headings)).not.toContain('comment');

  it('a story that quotes what someone wrote, with or without a date', () => {
    none(
      story([
        'In a letter to the council, the mayor wrote:',
        '"We cannot go on spending money we do not have, and I will not ask the town to do so."',
        'On January 2, 2008, the mayor wrote:',
        '"The budget is balanced for the first time in a decade, and the credit goes to the staff."',
        'Jane Smith wrote at 9:15 am on Tuesday:',
        '"We will not sign anything until the quotas are settled."',
        'Tom Jones replied at 10:02 am:',
        '"Then we will wait."',
      ]),
    );
  });

  it('an interview in questions and answers', () => {
    none(
      story([
        'Q: When did you first start writing about the region?',
        'A: In 2008, after I moved there to cover the elections for a local paper.',
        'Q: What changed?',
        'A: Everything. The roads, the markets, and above all the way people talk about the future.',
      ]),
    );
  });

  it('a how-to whose "Comments" subheading is followed by more of it', () => {
    const lines = story([
      'Comments',
      'Write a comment above each function that says why it exists, not what it does, since the code already says that.',
    ]);
    none(lines, [2]);
  });

  it('a story about a site’s comment rules', () => {
    none(
      story([
        'Comments are limited to 200 words under the new rules, which take effect next month.',
        'The company said the change followed a year of complaints from advertisers about abuse on its pages.',
      ]),
    );
  });

  it('a page of letters to the editor, each signed with a name and a town', () => {
    none([
      'Letters to the editor',
      'I was shocked to read that the council plans to close the library on Sundays, when so many families depend on it.',
      'John Smith, Bolton',
      'The new bus timetable has made it impossible for my mother to get to her hospital appointments on time.',
      'Mary Jones, Bury',
      'Thank you to the volunteers who cleared the park after the storm last week; the children are grateful.',
      'Ann Brown, Farnworth',
    ]);
  });

  it('a comment count under the summary, before the story', () => {
    none([PROSE[0]!, '12 comments', ...STORY.slice(1)]);
  });
});

describe('the reason "comment" where a reader meets it', () => {
  it('is the reason of comment blocks in `verbatim read`’s JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-comments-'));
    const file = join(dir, 'talks.html');
    const paragraphs = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('');
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Talks to continue</title></head><body><article>
      <h1>Talks to continue</h1>${paragraphs(STORY)}${paragraphs(THREAD)}</article></body></html>`,
    );
    let stdout = '';
    const status = await runVerbatim(['read', file], {
      out: (t) => (stdout += t),
      err: () => {},
      corpus: bundledSources,
    });
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as ReadJson;
    const labelOf = (needle: string) =>
      json.blocks.find((b) => json.text.slice(b.start, b.end).includes(needle))?.boilerplate;
    expect(labelOf('lolll for once')).toBe('comment');
    expect(labelOf("I'm bitter that")).toBe('comment');
    expect(labelOf('The ministry said on Tuesday')).toBeNull();
  });

  it('is named in the report, labelled or hidden', () => {
    const a = plain('a', [...STORY, ...THREAD].join('\n'));
    const b = plain('b', STORY.join('\n'));
    const labels = boilerplateOf(a);
    expect(labels).toContain('comment');
    const comparison = compareSources([a, b]);
    const shown = comparisonReport(comparison, [a, b], 'today');
    expect(shown).toContain(boilerplateLabel('comment'));
    const hidden = comparisonReport(comparison, [a, b], 'today', { hideBoilerplate: true });
    // The thread is one run of hidden paragraphs after the story, named for what it holds.
    expect(labels.slice(0, STORY.length)).toEqual(STORY.map(() => null));
    const run = labels.length - STORY.length;
    const reasons = [...new Set(labels.slice(STORY.length) as string[])];
    expect(hidden).toContain(boilerplateRunHidden(run, reasons));
  });
});

describe('properties (seeded)', () => {
  /**
   * Blocks a story's body holds, tricky ones included: quotes of what someone wrote (dated or
   * not), an interview, a "Comments" subheading, a site's comment rules reported as news.
   */
  const storyBlock = fc.constantFrom(
    ...STORY,
    'In a letter to the council, the mayor wrote:',
    'On January 2, 2008, the mayor wrote:',
    'Jane Smith wrote at 9:15 am on Tuesday:',
    'Tom Jones replied at 10:02 am:',
    '"Then we will wait."',
    'Q: When did you first start writing about the region?',
    'A: In 2008, after I moved there to cover the elections for a local paper.',
    'Comments',
    'Comments are limited to 200 words under the new rules, which take effect next month.',
    'The site said readers who post abuse will be banned, and that comments are moderated.',
    'Reporting from the capital',
  );
  /** Blocks of a comment section, and of the page's parts after it. */
  const commentBlock = fc.constantFrom(
    ...THREAD,
    'Comments',
    '12 Comments',
    'Comments are limited to 200 words or less.',
    'You must Login or Register to post.',
    'King Eric wrote:',
    'ZZzzzz give it a rest about him all you jealous bitter ones.',
    'Related articles',
    'Share this',
  );
  const pages = fc.record({
    byline: fc.boolean(),
    body: fc.array(storyBlock, { maxLength: 12 }),
    comments: fc.array(commentBlock, { maxLength: 12 }),
    headings: fc.array(fc.nat(30), { maxLength: 4 }),
  });

  it('never labels a block before the story’s end as a comment, and never changes the text', () => {
    checkProperty(
      fc.property(pages, ({ byline, body, comments, headings }) => {
        // A story opens with its summary (perhaps with its byline under it) and ends with a
        // paragraph of running prose.
        const story = [
          PROSE[0]!,
          ...(byline ? ['Posted by: Jane Doe | January 14, 2008 06:24 PM'] : []),
          ...body,
          PROSE[2]!,
        ];
        const lines = [...story, ...comments];
        const source = page(lines, headings);
        const text = source.text;
        const labels = classifyBlocks(source);
        expect(source.text).toBe(text);
        expect(labels).toHaveLength(lines.length);
        expect(labels.slice(0, story.length)).not.toContain('comment');
      }),
      { numRuns: 500 },
    );
  });

  /** Blocks with their own markup, lines of one block apart by a line break. */
  function labelsOfMarked(blocks: readonly [string, BlockMarkup][]) {
    let at = 0;
    const made = blocks.map(([t, markup]): Block => {
      const block: Block = { start: at, end: at + t.length, type: 'paragraph', markup };
      at += t.length + 2;
      return block;
    });
    const text = blocks.map(([t]) => t).join('\n\n');
    return classifyBlocks({ ...plain('c', ''), text, blocks: made });
  }
  const ASIDE: BlockMarkup = { links: 0, part: 'aside' };
  const story = STORY.map((t): [string, BlockMarkup] => [t, PARAGRAPH]);
  const NUMBERED: [string, BlockMarkup][] = [
    ['1. I always love how the coasts find the Midwest once every four years.', ASIDE],
    ['2. Walters:', ASIDE],
    ['I hope you are not referring to the author, who hardly fits that profile.', ASIDE],
    ['4. Ignoring the biggest fundraiser in the race does not make the analysis complete.', ASIDE],
  ];

  it('names a commenter’s name the markup calls an author as the comment’s, not a byline', () => {
    const AUTHOR: BlockMarkup = { links: 0, part: 'credit' };
    const thread: [string, BlockMarkup][] = [
      ['Camaleont', AUTHOR],
      ['Posted October 28, 2012 at 10:31 pm | Permalink', PARAGRAPH],
      ['These pictures look good. I will be curious to see a comparison.', PARAGRAPH],
      ['hunt', AUTHOR],
      ['Posted October 28, 2012 at 10:32 pm | Permalink', PARAGRAPH],
      ['looks good so far.', PARAGRAPH],
      ['Owen', AUTHOR],
      ['September 28, 2012 | Reply', PARAGRAPH],
      ['Took a look at the larger versions. Definitely a sharp lens.', PARAGRAPH],
    ];
    const labels = labelsOfMarked([...story, ...thread]).slice(story.length);
    // The names (0, 3, 6) with the stamps and comments after the first stamp, which opens it.
    for (const i of [0, 2, 3, 4, 5, 6, 7, 8]) expect([i, labels[i]]).toEqual([i, 'comment']);
    // The story's own writer, named by the same markup, is still its byline.
    const byline = labelsOfMarked([['Jane Roe', AUTHOR], ...story]);
    expect(byline[0]).toBe('credit or byline');
  });

  it('labels numbered comments that count up in an aside, a deleted one leaving a gap', () => {
    const labels = labelsOfMarked([...story, ...NUMBERED]);
    expect(labels.slice(0, story.length)).toEqual(story.map(() => null));
    expect(labels.slice(story.length)).toEqual(NUMBERED.map(() => 'comment'));
  });

  it('reads numbered points as comments only in an aside, and only when they count up', () => {
    const inStory = NUMBERED.map(([t]): [string, BlockMarkup] => [t, PARAGRAPH]);
    expect(labelsOfMarked([...story, ...inStory]).slice(story.length)).toEqual(
      inStory.map(() => null),
    );
    const jumbled: [string, BlockMarkup][] = [
      ['1. The first point is that turnout decides everything in the caucuses.', ASIDE],
      ['7. The seventh is that the polls have been wrong before, and by a lot.', ASIDE],
      ['12. The twelfth is that money matters less than it used to.', ASIDE],
    ];
    // Still set apart by the markup (a sidebar), but not a thread of comments.
    expect(labelsOfMarked([...story, ...jumbled]).slice(story.length + 1)).toEqual([
      'sidebar',
      'sidebar',
    ]);
  });

  it('reads comments under name lines as a thread when a notice opens it, not otherwise', () => {
    const comments = [
      'Stephen B\nThe time has come for the government to start cutting some of the fat from its budget.',
      'Frank @ Toronto\nThe premier has a great financial record, and the deficit is coming down every year.',
      'J-F (Ottawa)\nI was going to comment, but Ralph summed it up exactly. No further words are needed.',
    ].map((t): [string, BlockMarkup] => [t, PARAGRAPH]);
    const notice: [string, BlockMarkup] = ['Comments are now closed for this story', PARAGRAPH];
    const labels = labelsOfMarked([...story, notice, ...comments]);
    expect(labels.slice(story.length + 1)).toEqual(comments.map(() => 'comment'));
    expect(labelsOfMarked([...story, ...comments]).slice(story.length)).toEqual(
      comments.map(() => null),
    );
  });
});
