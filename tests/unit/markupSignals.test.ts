import { boilerplateOf, classifyBlocks, isBlockNote } from '@/core/boilerplate';
import { checkSource } from '@/core/sources/schema';
import { contentId } from '@/core/sources/contentId';
import type { Block, BlockMarkup, PagePart, Source } from '@/core/types';
import { PAGE_PARTS } from '@/core/types';
import { readHtmlInNode } from '@/html/readHtmlNode';
import { nodeDigest } from '@/node/digest';
import { decodeShare, encodeShare } from '@/url/share';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAsyncProperty, checkProperty } from '../support/property';
import { plain } from '../support/sources';

const PROSE = [
  'The ministry said on Tuesday that the talks would continue next week in Moscow, where officials from both sides are expected to sign a trade agreement.',
  'Analysts said the agreement could change the balance of trade in the region, although they cautioned that many of its terms had not been made public.',
  'The two governments have met several times this year, and each meeting has been followed by new promises of cooperation in energy and transport.',
];

/** A page whose article Readability finds: the prose, and `around` inside the article. */
const page = (around: string) =>
  `<html><head><title>Talks go on</title></head><body><article>
   <h1>Talks go on</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${around}</article></body></html>`;

/** The markup of the block whose text starts with `start`. */
function markupOf(html: string, start: string): BlockMarkup | undefined {
  const source = readHtmlInNode('own-00000001', html);
  const block = source.blocks.find((b) => source.text.slice(b.start, b.end).startsWith(start));
  expect(block, `a block starting "${start}"`).toBeDefined();
  return block!.markup;
}

describe('markup signals of an HTML block', () => {
  it('measure link density: the share of its letters inside links', () => {
    const html = page(
      `<p>Plain words only here, with nothing linked at all in this line of text.</p>
       <p>Half <a href="/a">linked words</a> here.</p>`,
    );
    expect(markupOf(html, 'Plain words')?.links).toBe(0);
    const half = markupOf(html, 'Half')!.links;
    expect(half).toBeGreaterThan(0.4);
    expect(half).toBeLessThan(0.8);
  });

  it('name the part of the page by tag, role, or a word of the class or id', () => {
    // What Readability keeps of a page's furniture inside the article it finds.
    const html = page(
      `<nav><p>Home and world news and sport</p></nav>
       <div class="more-stories"><p>Other talks in other places</p><p>And more talks</p></div>
       <p class="articleDate">Tuesday 12 June</p>
       <form><p>Your e-mail address please</p></form>
       <p class="navigationless">A word that only contains a part name</p>`,
    );
    expect(markupOf(html, 'Home and')?.part).toBe('navigation');
    expect(markupOf(html, 'Other talks')?.part).toBe('related');
    expect(markupOf(html, 'And more')?.part).toBe('related');
    expect(markupOf(html, 'Tuesday')?.part).toBe('date');
    expect(markupOf(html, 'Your e-mail')?.part).toBe('form');
    expect(markupOf(html, 'A word that')?.part).toBeUndefined();
    expect(markupOf(html, PROSE[0]!.slice(0, 20))?.part).toBeUndefined();
  });

  it('tell a sidebar from readers’ comments, and label both after the story, prose or not', () => {
    const html = page(
      `<div class="widget"><p>Welcome to the blog, where we write each week about the science of sport and what it tells us about ourselves.</p></div>
       <div class="comment-body"><p>I read this twice and I still think the ministry has it wrong about the trade terms, frankly.</p></div>`,
    );
    expect(markupOf(html, 'Welcome')?.part).toBe('aside');
    expect(markupOf(html, 'I read this')?.part).toBe('comments');
    const source = readHtmlInNode('own-00000001', html);
    const labelOf = (start: string) =>
      classifyBlocks(source)[
        source.blocks.findIndex((b) => source.text.slice(b.start, b.end).startsWith(start))
      ];
    expect(labelOf('Welcome')).toBe('sidebar');
    expect(labelOf('I read this')).toBe('comment');
    expect(labelOf(PROSE[1]!.slice(0, 20))).toBeNull();
  });

  it('read a gallery, a media player, a promotion and a pop-up by their class words', () => {
    const html = page(
      `<section class="external-gallery v2-cta"><h3>Storm latest pictures as it leaves four dead</h3>
         <span>Tue, October 24, 2017</span></section>
       <div class="video-player"><p>Why the bank of the future will look like a shop</p></div>
       <div class="promo-box"><p>The latest on the investigation tonight at ten</p></div>
       <div class="follow-modal"><p>The inside track on the city's politics.</p></div>
       <div class="newsCarousel"><p>Five rockets launched from the coast this year</p></div>
       <div class="video-container"><blockquote class="twitter-tweet">
         <p>Interesting to see the game running at an unstable sixty frames a second.</p></blockquote></div>`,
    );
    // A "video-container" wraps any embed: a tweet the story quotes is the story's.
    expect(markupOf(html, 'Interesting to see')?.part).toBeUndefined();
    expect(markupOf(html, 'Storm latest')?.part).toBe('caption');
    expect(markupOf(html, 'Tue, October')?.part).toBe('caption');
    expect(markupOf(html, 'Why the bank')?.part).toBe('caption');
    expect(markupOf(html, 'The latest on')?.part).toBe('related');
    expect(markupOf(html, 'The inside track')?.part).toBe('form');
    expect(markupOf(html, 'Five rockets')?.part).toBe('caption');
  });

  it('label a gallery card inside the story: its title, date and summary, not the story', () => {
    const card = `<section class="external-gallery"><header>
         <h3>Storm latest pictures as powerful storm leaves four dead</h3>
         <span>Tue, October 24, 2017</span>
         <h2>A powerful storm left four dead and dozens injured and is moving north along the coast after millions went to the polls</h2>
       </header></section>`;
    const html = `<html><head><title>Talks go on</title></head><body><article>
      <h1>Talks go on</h1><p>${PROSE[0]}</p>${card}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>
      </article></body></html>`;
    const source = readHtmlInNode('own-00000001', html);
    const labels = boilerplateOf(source);
    const labelOf = (start: string) =>
      labels[source.blocks.findIndex((b) => source.text.slice(b.start, b.end).startsWith(start))];
    expect(labelOf('Storm latest')).toBe('caption');
    // Its date reads as a date line by its words alone: hidden either way.
    expect(labelOf('Tue, October')).not.toBeNull();
    expect(labelOf('A powerful storm')).toBe('caption');
    for (const p of PROSE) expect(labelOf(p.slice(0, 30))).toBeNull();
  });

  it('do not take the element that holds the article for a part of the page around it', () => {
    // A blog's post wrapper is classed by its tags: "tag-news" does not make the post a tag list.
    const html = `<html><body><div class="post tag-news category-related">
      <h1>Talks go on</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const source = readHtmlInNode('own-00000001', html);
    expect(source.blocks.every((b) => b.markup?.part === undefined)).toBe(true);
  });

  it('do not read a heading’s anchor, its own words as a slug, for a part of the page', () => {
    // "id=more-consistent-logging" names the heading, not a list of "more" stories.
    const html = page(
      `<h2 id="more-consistent-logging-and-monitoring">More consistent logging and monitoring</h2>
       <div class="more-stories-from-us"><p>Other talks in other places</p><p>And more talks</p></div>`,
    );
    expect(markupOf(html, 'More consistent')?.part).toBeUndefined();
    // A name with words of its own still says what the part is.
    expect(markupOf(html, 'Other talks')?.part).toBe('related');
  });

  it('keep the part a wrapper named when Readability takes the wrapper away', () => {
    // Readability sets a caption's wrapper around one paragraph as the bare paragraph.
    const html = page(
      `<div class="embedded-image"><img src="kim.jpg" alt="">
         <div class="embedded-image--caption"><p>The leader with a model of a device.</p></div>
       </div>`,
    );
    expect(markupOf(html, 'The leader')?.part).toBe('caption');
    // The wrapper that holds the whole article still names no part of the page around it.
    const post = `<html><body><div class="post widget"><div class="entry">
      <h1>Talks go on</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const source = readHtmlInNode('own-00000001', post);
    expect(source.blocks.every((b) => b.markup?.part === undefined)).toBe(true);
  });

  it('keep the part of a bare text that Readability moves into a paragraph of its own', () => {
    // An old news page's picture: its caption is a div's own text, which Readability puts in a
    // new <p>, leaving the div and its class behind.
    const html = page(
      `<table align="right"><tr><td><div><img src="nano.jpg" alt="iPod Nano">
         <div class="cap">The iPod Nano wowed fans with its sleek design</div></div></td></tr></table>
       <div><img src="jobs.jpg" alt=""><div class="caption">Steve Jobs also announced a new iPod</div></div>`,
    );
    expect(markupOf(html, 'The iPod Nano')?.part).toBe('caption');
    expect(markupOf(html, 'Steve Jobs')?.part).toBe('caption');
    // A paragraph with a drop cap is no caption.
    for (const cls of ['graf graf--p graf--hasDropCapModel', 'has-drop-cap', 'drop_cap'])
      expect(
        markupOf(
          page(`<p class="${cls}">Officials will meet again in the spring.</p>`),
          'Officials',
        )?.part,
      ).toBeUndefined();
  });

  it('name a block by the inline part that holds most of its letters, not by a word of it', () => {
    const html = page(
      `<div class="image"><img src="mayor.jpg" alt="">
         <span class="caption">The mayor at a press conference on Monday.</span></div>
       <p>The talks resumed on <span class="date">Tuesday</span> after a week of delays and a
         change of venue that both sides had asked for.</p>`,
    );
    expect(markupOf(html, 'The mayor')?.part).toBe('caption');
    expect(markupOf(html, 'The talks resumed')?.part).toBeUndefined();
  });

  it('ignore a part the page writes in the attribute Verbatim notes parts in', () => {
    const html = page(
      `<p data-verbatim-part="navigation 10">Officials will meet again in the spring, the ministry said, to review how the agreement works.</p>`,
    );
    expect(markupOf(html, 'Officials will')?.part).toBeUndefined();
  });

  it('say when a block is a list item', () => {
    const html = page('<ul><li>First point of the list</li></ul>');
    expect(markupOf(html, 'First point')?.listItem).toBe(true);
    expect(markupOf(html, PROSE[1]!.slice(0, 20))?.listItem).toBeUndefined();
  });
});

/** A source of the given lines whose blocks carry the given markup (null: none). */
function withMarkup(lines: string[], markup: (BlockMarkup | null)[]): Source {
  const source = plain('m', lines.join('\n'));
  return {
    ...source,
    blocks: source.blocks.map((b, i): Block => (markup[i] ? { ...b, markup: markup[i]! } : b)),
  };
}

const NONE: BlockMarkup = { links: 0 };

describe('labels from markup', () => {
  it('label a short block in a part of the page around the story by what that part is', () => {
    const lines = [
      'Talks go on',
      ...PROSE,
      'Other talks in other places',
      'Jane Roe in Moscow',
      'Tuesday',
      'Your e-mail address',
    ];
    const labels = classifyBlocks(
      withMarkup(lines, [
        NONE,
        NONE,
        NONE,
        NONE,
        { links: 0, part: 'related' },
        { links: 0, part: 'credit' },
        { links: 0, part: 'date' },
        { links: 0, part: 'form' },
      ]),
    );
    expect(labels.slice(4)).toEqual([
      'related link',
      'credit or byline',
      'date line',
      'call to action',
    ]);
  });

  it('label a gallery’s run of short captions, and not a run that holds a paragraph', () => {
    const CAPTION: BlockMarkup = { links: 0, part: 'caption' };
    const captions = [
      'Gullfoss, misty and beautiful.',
      'A break in the clouds on the Golden Circle drive.',
      'Me capturing the scene in Thingvellir.',
      'Cod miso soup at a small bar by the harbour.',
      'Reykjavik harbour',
      'Hallgrimskirkja church in Reykjavik.',
    ];
    const labels = (run: string[]) =>
      classifyBlocks(
        withMarkup(
          ['Talks go on', PROSE[0]!, ...run, PROSE[1]!, PROSE[2]!],
          ['Talks go on', PROSE[0]!, ...run.map(() => CAPTION), NONE, NONE].map((m) =>
            typeof m === 'string' ? NONE : m,
          ),
        ),
      ).slice(2, 2 + run.length);
    expect(labels(captions)).toEqual(captions.map(() => 'caption'));
    // A story the page set inside a figure: one paragraph in the run makes it the story's.
    const paragraph = `${PROSE[1]!} ${PROSE[2]!}`;
    expect(labels([...captions.slice(0, 5), paragraph])).toEqual(captions.map(() => null));
  });

  it('label a menu’s page numbers as navigation, and figures in other parts as data', () => {
    const numbers = ['1', '2', '3', '19'];
    const labels = (part: PagePart) =>
      classifyBlocks(
        withMarkup(
          ['Talks go on', PROSE[0]!, PROSE[1]!, ...numbers, PROSE[2]!],
          [NONE, NONE, NONE, ...numbers.map(() => ({ links: 0, part })), NONE],
        ),
      ).slice(3, 3 + numbers.length);
    expect(labels('navigation')).toEqual(numbers.map(() => 'navigation'));
    expect(labels('related')).toEqual(numbers.map(() => null));
  });

  it('never label running prose for the part it stands in, but an author’s box, a sidebar or a comment box', () => {
    const labels = (part: PagePart) =>
      classifyBlocks(withMarkup(['Talks go on', ...PROSE], [NONE, { links: 0, part }, NONE, NONE]));
    expect(labels('related').slice(1)).toEqual([null, null, null]);
    expect(labels('credit').slice(1)).toEqual(['credit or byline', null, null]);
    expect(labels('aside').slice(1)).toEqual(['sidebar', null, null]);
    expect(labels('comments').slice(1)).toEqual(['comment', null, null]);
  });

  it('label the summaries in a list of other stories under a head that says so, but not after a bare “Read More”', () => {
    const RELATED: BlockMarkup = { links: 0, part: 'related' };
    const list = (head: string) =>
      classifyBlocks(
        withMarkup(
          ['Talks go on', ...PROSE, head, 'Jane Roe', PROSE[0]!, 'John Doe', PROSE[1]!],
          [NONE, NONE, NONE, NONE, RELATED, RELATED, RELATED, RELATED, RELATED],
        ),
      ).slice(4);
    expect(list('More Popular Related Articles on Trade from Europe')).toEqual(
      Array(5).fill('related link'),
    );
    expect(list('Read More')[2]).toBeNull();
    expect(list('Read More')[4]).toBeNull();
  });

  it('leave a story the page set inside an aside as the story', () => {
    const aside = { links: 0, part: 'aside' as const };
    const labels = classifyBlocks(
      withMarkup(['Talks go on', ...PROSE], [NONE, aside, aside, aside]),
    );
    expect(labels.slice(1)).toEqual([null, null, null]);
  });

  it('leave a post the story embeds in a widget as the post, not a sidebar', () => {
    const widget = { links: 0, part: 'aside' as const };
    const lines = [
      'Talks go on',
      ...PROSE,
      'Gonna build that tunnel one hat at a time',
      '— Elon Musk (@elonmusk) October 18, 2017',
      PROSE[0]!,
    ];
    const labels = classifyBlocks(
      withMarkup(lines, [NONE, NONE, NONE, NONE, widget, widget, NONE]),
    );
    expect(labels.slice(4, 6)).toEqual(['embedded post', 'embedded post']);
  });

  it('keep a short line that markup does not set apart as the story’s, where position alone would not', () => {
    const lines = ['Talks go on', ...PROSE, 'Ten useful gadgets you did not know you needed'];
    // Plain text: a short line after the story is taken for a link to another story.
    expect(classifyBlocks(plain('p', lines.join('\n')))[4]).toBe('related link');
    // HTML with no link and no part around it: a list item or a closing line of the story.
    expect(
      classifyBlocks(
        withMarkup(
          lines,
          lines.map(() => NONE),
        ),
      )[4],
    ).toBeNull();
    // HTML with the line all links: another story's headline.
    const linked = lines.map((_, i) => (i === 4 ? { links: 1 } : NONE));
    expect(classifyBlocks(withMarkup(lines, linked))[4]).toBe('related link');
  });

  it('still label a heading after the story that heads the page’s own part (“Explore other money topics”)', () => {
    const lines = ['Talks go on', ...PROSE, 'Explore other money topics'];
    const source = withMarkup(
      lines,
      lines.map(() => NONE),
    );
    const headed: Source = {
      ...source,
      blocks: source.blocks.map((b, i) => (i === 4 ? { ...b, type: 'heading' } : b)),
    };
    expect(classifyBlocks(headed)[4]).not.toBeNull();
  });

  it('label a long block mostly of links as a list of other stories, prose or not', () => {
    const headlines = Array.from(
      { length: 6 },
      (_, k) => `Officials in city ${k} say the talks on trade will go on next week`,
    ).join(' ');
    const lines = ['Talks go on', ...PROSE, headlines];
    const labels = (links: number) =>
      classifyBlocks(
        withMarkup(
          lines,
          lines.map((_, i) => (i === 4 ? { links } : NONE)),
        ),
      )[4];
    expect(labels(0.9)).toBe('related link');
    expect(labels(0.1)).toBeNull();
  });

  it('never change the text and hide only blocks they name (property)', () => {
    const markup: fc.Arbitrary<BlockMarkup | null> = fc.option(
      fc.record(
        {
          links: fc.double({ min: 0, max: 1, noNaN: true }),
          part: fc.constantFrom(...PAGE_PARTS),
          listItem: fc.constant(true as const),
        },
        { requiredKeys: ['links'] },
      ),
    );
    const lines = fc.array(
      fc.tuple(
        fc.constantFrom(...PROSE, 'Home', 'Jane Roe', 'Updated 14:32 GMT', 'Other talks today'),
        markup,
      ),
      { minLength: 1, maxLength: 12 },
    );
    checkProperty(
      fc.property(lines, (ls) => {
        const source = withMarkup(
          ls.map(([t]) => t),
          ls.map(([, m]) => m),
        );
        const before = JSON.stringify(source);
        const labels = classifyBlocks(source);
        const hidden = boilerplateOf(source);
        expect(JSON.stringify(source)).toBe(before);
        expect(hidden).toHaveLength(source.blocks.length);
        hidden.forEach((reason, i) => {
          if (reason !== null) expect(labels[i]).toBe(reason);
          if (isBlockNote(labels[i] ?? null)) expect(reason).toBeNull();
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('markup across borders', () => {
  const source = withMarkup(
    ['Talks go on', ...PROSE, 'Other talks'],
    [null, NONE, { links: 0.25 }, NONE, { links: 1, part: 'related', listItem: true }],
  );

  it('passes the source schema unchanged, and a malformed one is refused', () => {
    const checked = checkSource(source);
    expect(checked.ok && checked.source.blocks).toEqual(source.blocks);
    for (const bad of [{ links: 2 }, { links: 0, part: 'menu bar' }, { part: 'navigation' }]) {
      const broken = { ...source, blocks: [{ ...source.blocks[0]!, markup: bad }] };
      expect(checkSource(broken).ok).toBe(false);
    }
  });

  it('travels in a share link, so a shared page is labelled as it was', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(fc.constant(source), async (s) => {
        const own = { ...s, id: await contentId(s.text, s.blocks, nodeDigest) };
        const decoded = await decodeShare(encodeShare([own]), nodeDigest);
        expect(decoded.ok && decoded.sources[0]!.blocks).toEqual(own.blocks);
        expect(decoded.ok && classifyBlocks(decoded.sources[0]!)).toEqual(classifyBlocks(own));
      }),
      { numRuns: 1 },
    );
  });
});
