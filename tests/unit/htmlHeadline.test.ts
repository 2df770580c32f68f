import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '@/core/boilerplate';
import { readHtmlPageInNode } from '@/html/readHtmlNode';
import { withoutSiteName } from '@/html/htmlSource';

/*
 * Older pages set the headline in a styled paragraph, and their <title> is often the site's name
 * with sections: the headline is the line the page prints, not the title put back over it.
 */

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The ministry said on Tuesday that talks would resume in round ${i + 1}, and officials from both sides expect to sign a trade agreement that has been prepared for many months by their negotiators.</p>`,
).join('');

const page = (title: string, head: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><div class="story">${head}${STORY}</div></body></html>`;

function firstBlocks(html: string) {
  const { source } = readHtmlPageInNode('own-1', html);
  const labels = classifyBlocks(source);
  return source.blocks.slice(0, 2).map((b, i) => ({
    text: source.text.slice(b.start, b.end),
    type: b.type,
    label: labels[i],
  }));
}

describe("an HTML page's headline", () => {
  it('is the paragraph that is a part of the title, not the title put back over it', () => {
    const blocks = firstBlocks(
      page(
        'Northwest Herald - Local News - To USC, Williams poses threat',
        '<p>To USC, Williams poses threat</p>',
      ),
    );
    expect(blocks[0]).toEqual({
      text: 'To USC, Williams poses threat',
      type: 'heading',
      label: 'headline',
    });
    expect(blocks[1]!.text).not.toContain('Northwest Herald');
  });

  it('is the short line over the byline when the title is only the site’s name', () => {
    const blocks = firstBlocks(
      page(
        'Example.com: Japan',
        '<p>Envoy Arrives in North Korea to Inspect Nuclear Plant</p><p>By Jane Doe</p>',
      ),
    );
    expect(blocks.map((b) => [b.text, b.type, b.label])).toEqual([
      ['Envoy Arrives in North Korea to Inspect Nuclear Plant', 'heading', 'headline'],
      ['By Jane Doe', 'paragraph', 'credit or byline'],
    ]);
  });

  it('is never a kicker of two words over the byline, however it is punctuated', () => {
    const blocks = firstBlocks(
      page(
        'Activists sue over searches at the border',
        '<p>Law &amp; Disorder —</p><p>By Jane Doe</p>',
      ),
    );
    expect(blocks[0]).toMatchObject({
      text: 'Activists sue over searches at the border',
      type: 'heading',
    });
  });

  it('is the title put back when no line of the page is it', () => {
    const blocks = firstBlocks(page('Talks to resume - Example News', '<p>Analysis</p>'));
    expect(blocks[0]).toMatchObject({ type: 'heading', label: 'headline' });
    expect(blocks[0]!.text).toContain('Talks to resume');
  });

  it('is never a sentence of the story, even one the title repeats', () => {
    const blocks = firstBlocks(
      page(
        'Talks will resume next week in Moscow.',
        '<p>Talks will resume next week in Moscow.</p>',
      ),
    );
    // The title is put back over it; the page's own line stays a paragraph of the story.
    expect(blocks.map((b) => [b.text, b.type])).toEqual([
      ['Talks will resume next week in Moscow.', 'heading'],
      ['Talks will resume next week in Moscow.', 'paragraph'],
    ]);
  });
});

describe('a title without the site’s name', () => {
  it('drops the outlet the page names, before or after the headline', () => {
    expect(
      withoutSiteName(
        "LinkNaija | Nigeria's popular news platform: BREAKING NEWS: Chelsea sign a keeper",
        "LinkNaija | Nigeria's popular news platform",
      ),
    ).toBe('BREAKING NEWS: Chelsea sign a keeper');
    expect(withoutSiteName('Talks to resume next week - Example News', 'Example News')).toBe(
      'Talks to resume next week',
    );
  });

  it('drops a first or last part that is the site’s address, or its name as the address spells it', () => {
    expect(withoutSiteName('Forbes.com: Lexus Readies Another Hybrid', null)).toBe(
      'Lexus Readies Another Hybrid',
    );
    expect(withoutSiteName('Smear tactics in the park - latimes.com', null)).toBe(
      'Smear tactics in the park',
    );
    expect(
      withoutSiteName(
        'Review: New remake is a disappointment | The Ithacan',
        'theithacan.org',
        'https://theithacan.org/life/review/',
      ),
    ).toBe('Review: New remake is a disappointment');
    expect(
      withoutSiteName('A remake is a disappointment | Review', null, 'https://www.example.com/a'),
    ).toBe('A remake is a disappointment | Review');
    // Too little would be left: the title stays whole.
    expect(withoutSiteName('Forbes.com: Home', null)).toBe('Forbes.com: Home');
    // A headline of two words is a headline.
    expect(
      withoutSiteName('Pickled Peaches « Example Foodie', null, 'http://www.examplefoodie.com/p/'),
    ).toBe('Pickled Peaches');
  });

  it('drops a last part that holds the site’s name among other words, where the name is long', () => {
    expect(
      withoutSiteName(
        'Today, I only care that you vote. | Jo Shankwell',
        null,
        'http://shankwell.com/a/',
      ),
    ).toBe('Today, I only care that you vote.');
    expect(
      withoutSiteName(
        'Example Photos Blog: You asked, we listened',
        null,
        'http://examplephotos.blogspot.com/a',
      ),
    ).toBe('Example Photos Blog: You asked, we listened');
    // Before the headline, such a part is its kicker; a short name may be a word of one.
    expect(
      withoutSiteName('Paris Talks: ministers meet again', null, 'http://paris.example/a'),
    ).toBe('Paris Talks: ministers meet again');
  });

  it('leaves a title of three parts to be read by size, whichever part is the site’s', () => {
    const html = `<!doctype html><html><head><title>Talks to resume in round two | Think Tank | Big Think</title><link rel="canonical" href="https://bigthink.com/think-tank/talks"></head><body><div class="story">${STORY}</div></body></html>`;
    expect(readHtmlPageInNode('own-1', html).meta.title).toBe('Talks to resume in round two');
  });

  it('drops the name the page’s own links give its home or a top part of it', () => {
    const title = (head: string, links: string) =>
      readHtmlPageInNode(
        'own-1',
        `<!doctype html><html><head><title>${head}</title></head><body><nav>${links}</nav><div class="story">${STORY}</div></body></html>`,
      ).meta.title;
    // No address stated: the page's own host is the one most of its links go to.
    expect(
      title(
        'Web Ink Now: When interruption marketing harms a brand',
        '<a href="http://www.webinknow.com/">Web Ink Now</a><a href="http://www.webinknow.com/bio.html">Bio</a>',
      ),
    ).toBe('When interruption marketing harms a brand');
    expect(
      title(
        'Making Email More Scalable « Rand’s Blog',
        '<a href="/blog"><img alt="Rand’s Blog" src="logo.png"></a><a href="/blog/about">About</a>',
      ),
    ).toBe('Making Email More Scalable');
    // A section's name before the headline is its kicker, and stays.
    expect(
      title(
        'Ask Readers: What now for the trade talks?',
        '<a href="/ask-readers">Ask Readers</a><a href="/">Home</a>',
      ),
    ).toBe('Ask Readers: What now for the trade talks?');
    // Another site's home, where most links are the page's own, names nothing of this one.
    expect(
      title(
        'Making Email More Scalable « Other Blog',
        '<a href="http://other.example/">Other Blog</a><a href="/a">A</a><a href="/b">B</a>',
      ),
    ).toBe('Making Email More Scalable « Other Blog');
  });

  it('keeps a title the name does not stand apart from, or that would leave too little', () => {
    for (const [title, outlet] of [
      ['Example Newsroom cuts staff', 'Example News'],
      ['Example News - Home', 'Example News'],
      ['Talks resume', null],
      ['The Times they are a-changing', 'The Times'],
    ] as const)
      expect(withoutSiteName(title, outlet)).toBe(title);
  });

  it('puts the headline back without the site’s name', () => {
    const html = `<!doctype html><html><head><title>Example Daily | News for all: Talks to resume next week</title><meta property="og:site_name" content="Example Daily | News for all"></head><body><div>${STORY}</div></body></html>`;
    const { source, meta } = readHtmlPageInNode('own-1', html);
    expect(source.text.slice(source.blocks[0]!.start, source.blocks[0]!.end)).toBe(
      'Talks to resume next week',
    );
    expect(meta.title).toBe('Talks to resume next week');
  });
});

describe('the headline the page prints, where its title adds a site’s or a section’s name', () => {
  // The page's <h1> stands outside the story Readability finds, so the headline is put back.
  const printed = (title: string, header: string, head = '') => {
    const html = `<!doctype html><html><head><title>${title}</title>${head}</head><body><header>${header}</header><div class="story">${STORY}</div></body></html>`;
    const { source, meta } = readHtmlPageInNode('own-1', html);
    return { headline: source.text.slice(0, source.blocks[0]!.end), title: meta.title };
  };

  it('is the <h1> that is one or more whole parts of the title, as the page sets it', () => {
    for (const [title, h1] of [
      [
        'BBC NEWS | Technology | Apple unveils iPod phone hybrid',
        'Apple unveils iPod phone hybrid',
      ],
      [
        'Typhoon Lan Strikes Japan, Cancels Flights | Travel Agent Central',
        'Typhoon Lan Strikes Japan, Cancels Flights',
      ],
      [
        'Star Wars review - shoots for the moon, lands among the stars - VG247',
        'Star Wars review – shoots for the moon, lands among the stars',
      ],
      ['Opinion | Is Football Violence a Crime?', 'Is Football Violence a Crime?'],
      [
        'Cyclone Strikes Coastline as Thousands Flee - The Boston Globe',
        'Cyclone strikes coastline as thousands flee',
      ],
    ] as const)
      expect(printed(title, `<h1>${h1}</h1>`)).toEqual({ headline: h1, title: h1 });
  });

  it('is never the site’s name, however the page sets it', () => {
    // [title, the page's header, its head, the post's own title]
    for (const [title, header, head, post] of [
      // A link home (the logo).
      [
        'The Morning Wrap - The BLT: The Blog of Legal Times',
        '<h1><a href="/blt/">The BLT: The Blog of Legal Times</a></h1>',
        '',
        'The Morning Wrap',
      ],
      // In more than one <h1>.
      [
        'Get To Know Vitra | Hatch: The Design Public Blog',
        '<h1>Hatch: The Design Public Blog</h1><h1>Hatch: The Design Public Blog</h1>',
        '',
        'Get To Know Vitra',
      ],
      // The site its address names.
      [
        'Summary | The GiveWell Blog',
        '<h1>The GiveWell Blog</h1>',
        '<link rel="canonical" href="https://blog.givewell.org/2018/summary">',
        'Summary',
      ],
      // Shorter than the rest of the title.
      [
        'September 2018 open thread | The GiveWell Blog',
        '<h1>The GiveWell Blog</h1>',
        '',
        'September 2018 open thread',
      ],
      // Two words: a section's name, even beside a one-word headline.
      ['Talks | World News', '<h1>World News</h1>', '', 'Talks'],
    ]) {
      const { headline } = printed(title!, header!, head);
      expect(headline).toContain(post);
      expect(header).not.toContain(headline);
    }
  });

  it('is left alone when the <h1> is the whole title, or no part of it nor the story’s', () => {
    expect(
      printed('Talks to resume next week', '<h1>Talks to resume next week</h1>').headline,
    ).toBe('Talks to resume next week');
    expect(
      printed('Talks to resume - Example News', '<h1>Weather forecast: the week ahead</h1>')
        .headline,
    ).toBe('Talks to resume - Example News');
  });

  it('is the <h1> that words the story’s headline otherwise than the titles do', () => {
    // The title is the headline for sharing; the page prints its own.
    const h1 = 'Negotiators agree to resume trade talks in a second round';
    expect(printed('Trade talks to resume', `<h1>${h1}</h1>`)).toEqual({
      headline: h1,
      title: h1,
    });
    // Without its buttons: a watch-list link that goes nowhere.
    expect(
      printed('Trade talks to resume', `<h1>${h1} <a href="#" class="add">Add to ...</a></h1>`)
        .headline,
    ).toBe(h1);
    // Not a heading sharing no word with the titles, however the story's its words are, nor one
    // in a part around the story, nor one that holds a byline.
    for (const header of [
      '<h1>Officials and negotiators expect many months</h1>',
      `<aside class="partners"><h1>${h1}</h1></aside>`,
      `<h1>${h1} By Jo Doe</h1>`,
    ])
      expect(printed('Trade talks to resume', header).headline).toBe('Trade talks to resume');
  });
});

describe('a heading that opens the story', () => {
  const opening = (title: string, heading: string) => {
    const html = `<!doctype html><html><head><title>${title}</title></head><body><article>${heading}${STORY}</article></body></html>`;
    const { source } = readHtmlPageInNode('own-1', html);
    return source.blocks
      .slice(0, 2)
      .map((b) => [source.text.slice(b.start, b.end), b.type] as const);
  };

  it('is the headline when half its words or more are the title’s', () => {
    // (Readability takes out a heading all of whose words are the title's.)
    expect(
      opening(
        'Officials say trade talks to resume next week',
        '<h2>Trade talks to resume in Geneva soon</h2>',
      )[0],
    ).toEqual(['Trade talks to resume in Geneva soon', 'heading']);
  });

  it('is not, when it shares none and the title is the story’s: the title is put back over it', () => {
    for (const kicker of ['Story highlights', 'By CLEMENTE LISI', 'New Since Last Visit'])
      expect(
        opening('Ministry expects trade agreement as talks resume', `<h2>${kicker}</h2>`),
      ).toEqual([
        ['Ministry expects trade agreement as talks resume', 'heading'],
        [kicker, 'heading'],
      ]);
  });

  it('is not, when it is a byline, even where the title is not the story’s', () => {
    // A title none of whose words the story holds would leave a heading that shares none.
    expect(opening('Zebra quokka marmot', '<h2>By SUSANNAH CAHALAN</h2>')[0]).toEqual([
      'Zebra quokka marmot',
      'heading',
    ]);
  });

  it('is not, when it stands under the story’s first paragraph: it heads a section', () => {
    const html = `<!doctype html><html><head><title>Trade talks to resume next week</title></head><body><article>${STORY.slice(0, STORY.indexOf('</p>') + 4)}<h2>Trade talks in 1999</h2>${STORY}</article></body></html>`;
    const { source } = readHtmlPageInNode('own-1', html);
    expect(source.title).toBe('Trade talks to resume next week');
    const texts = source.blocks.map((b) => source.text.slice(b.start, b.end));
    expect(texts[0]).toBe('Trade talks to resume next week');
    expect(texts).toContain('Trade talks in 1999');
  });

  it('stays the headline when the title is only the site’s name', () => {
    expect(opening('Local Sports Wire', '<h2>Ministry expects a trade deal</h2>')[0]).toEqual([
      'Ministry expects a trade deal',
      'heading',
    ]);
  });
});

describe('a title of a site’s and sections’ names around the headline, and no heading', () => {
  const read = (title: string) => {
    const html = `<!doctype html><html><head><title>${title}</title></head><body><div class="story">${STORY}</div></body></html>`;
    const { source, meta } = readHtmlPageInNode('own-1', html);
    return [source.text.slice(0, source.blocks[0]!.end), meta.title];
  };

  it('gives the headline its longest part, where the others are names a few words long', () => {
    const headline = 'Ministry expects trade agreement as talks resume';
    for (const title of [
      `NEWS | World | ${headline}`,
      `${headline} -- Daily Intel -- New York News Blog`,
      `Trade Daily » Archive » ${headline}`,
    ])
      expect(read(title)).toEqual([headline, headline]);
    // A headline's words are its story's with other endings ("expected", "agreements").
    const inflected = 'Ministry expected trade agreements as talk resumes';
    expect(read(`NEWS | World | ${inflected}`)).toEqual([inflected, inflected]);
    // A long dash joins a headline's own clauses: the headline is the whole of them.
    const clauses = 'Talks resume — ministry expects a trade agreement within weeks';
    expect(read(`${clauses} - Example Daily - News`)[1]).toBe(clauses);
  });

  it('keeps the whole title when the parts are not names around one headline', () => {
    for (const title of [
      // Two long parts: which is the headline is not told by size.
      'Trade talks resume next week | Ministry expects an agreement soon | Example Daily',
      // A long second part is more than a name, however much longer the first is.
      'Ministry expects trade agreement as talks resume after many months of negotiation | Talks enter their final stage | Example Daily',
      // The longest part is not the story's.
      'NEWS | World | Volcano erupts on a remote island in the Pacific',
    ])
      // Readability may still trim its copy of the title for the headline; the title stays.
      expect(read(title)[1]).toBe(title);
  });
});

describe('a title that names the site, not the story', () => {
  const read = (head: string, body: string) => {
    const html = `<!doctype html><html><head>${head}</head><body>${body}<div class="story">${STORY}</div></body></html>`;
    const { source, meta } = readHtmlPageInNode('own-1', html);
    return { first: source.text.slice(0, source.blocks[0]!.end), title: meta.title, source };
  };

  it('is not taken from Open Graph that describes the site’s home page', () => {
    const head = (ogUrl: string) =>
      `<title>Trade talks to resume in round two - ExampleSports.com</title><meta property="og:title" content="Official Blog of the Example Sports League"><meta property="og:url" content="${ogUrl}"><meta property="og:site_name" content="ExampleSports.com">`;
    for (const home of ['http://blogs.example.com/', 'http://blogs.example.com'])
      expect(read(head(home), '')).toMatchObject({
        first: 'Trade talks to resume in round two',
        title: 'Trade talks to resume in round two',
      });
    // Open Graph of the page itself is the page's.
    expect(read(head('http://blogs.example.com/2012/11/04/talks/'), '')).toMatchObject({
      first: 'Official Blog of the Example Sports League',
    });
  });

  it('gives way to the line the markup names the headline, where no title is the story’s', () => {
    const head =
      '<title>Example Post Online Edition: Breaking News</title><meta name="description" content="Example Post Online Edition: Breaking News">';
    const byline = '<p class="byline">By JO DOE</p><p class="date">Apr 5, 2:31 AM EDT</p>';
    for (const headline of [
      '<p><span class="headline">Negotiators set a date for the trade talks</span></p>',
      '<p id="story-headline">Negotiators set a date for the trade talks</p>',
      '<p itemprop="headline">Negotiators set a date for the trade talks</p>',
    ]) {
      const { title, source } = read(head, `<div class="story">${byline}${headline}</div>`);
      expect(title).toBe('Negotiators set a date for the trade talks');
      expect(source.title).toBe('Negotiators set a date for the trade talks');
      expect(source.text).not.toContain('Breaking News');
    }
    // A list of other stories' headlines ("headlines") names none of them this page's.
    const { source } = read(
      head,
      `<div class="story">${byline}<p><span class="headlines">Negotiators set a date for the trade talks</span></p></div>`,
    );
    expect(source.text).toContain('Example Post Online Edition: Breaking News');
  });

  it('is kept where it reads as the story’s, whatever element the markup names a headline', () => {
    const { first, title } = read(
      '<title>Talks to resume in round two</title>',
      '<div class="story"><p class="byline">By JO DOE</p><p><span class="headline">Markets rise on hopes of a deal</span></p></div>',
    );
    expect(first).toBe('Talks to resume in round two');
    expect(title).toBe('Talks to resume in round two');
  });
});
