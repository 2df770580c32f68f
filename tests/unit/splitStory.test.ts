import { describe, expect, it } from 'vitest';
import { readHtmlInNode } from '@/html/readHtmlNode';

/*
 * A site that sets every story in blocks of one class between pictures, each in a wrapper of its
 * own: Readability keeps the long block and drops the short lead set apart above the picture.
 */
const LEAD =
  'Negotiators from both countries agreed on Tuesday to resume the trade talks that stalled in the spring, officials said.';
const BODY = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The ministry said that round ${i + 1} of the talks would take up the tariffs on steel and grain, and officials from both sides expect to sign an agreement that has been prepared for many months by their negotiators.</p>`,
).join('');
const picture =
  '<div class="block media"><figure><img src="a.jpg"><figcaption>The ministry in spring.</figcaption></figure><div class="ad">Advertisement</div><div class="ad">Advertisement</div></div>';

const page = (lead: string, extra = '') =>
  `<!doctype html><html><head><title>Trade talks to resume</title></head><body><nav><a href="/">Home</a></nav><article><h1>Trade talks to resume</h1>${lead}${picture}<div class="block mt-n35"><div class="article-text c-gray no-review">${BODY}</div></div>${extra}</article></body></html>`;

const blockTexts = (html: string) => {
  const source = readHtmlInNode('own-1', html);
  return source.blocks.map((b) => source.text.slice(b.start, b.end));
};

describe('a story its page splits into blocks of one class', () => {
  it('keeps the lead Readability leaves out, where it stands', () => {
    const texts = blockTexts(
      page(`<div class="block pb-15"><div class="article-text c-gray"><p>${LEAD}</p></div></div>`),
    );
    expect(texts).toContain(LEAD);
    expect(texts.indexOf(LEAD)).toBeLessThan(
      texts.findIndex((t) => t.startsWith('The ministry said that round 1')),
    );
    expect(texts.filter((t) => t === LEAD)).toHaveLength(1);
  });

  it('takes no block of another class, nor one in a part around the story', () => {
    // A block whose class names no story text.
    expect(
      blockTexts(
        page(`<div class="block pb-15"><div class="box c-gray"><p>${LEAD}</p></div></div>`),
      ),
    ).not.toContain(LEAD);
    // Other stories' teasers set in the same class, in a list of related stories.
    const related = `<div class="related-stories"><div class="article-text"><p>${LEAD}</p></div></div>`;
    expect(blockTexts(page('', related))).not.toContain(LEAD);
  });

  it('keeps a lead set in a column apart from the body, and not the block after it', () => {
    const LATER =
      'Fishermen in the north said on Monday that the new quotas would close half of the harbours on the coast by the autumn.';
    const columns = `<!doctype html><html><head><title>Trade talks to resume</title></head><body><nav><a href="/">Home</a></nav><div id="main"><div class="row"><div class="col wide"><h1>Trade talks to resume</h1><div class="story"><p>${LEAD}</p></div></div><div class="col side">${picture}</div><div class="col body"><div class="story">${BODY}</div></div><div class="col next"><div class="story"><p>${LATER}</p></div></div></div></div></body></html>`;
    const texts = blockTexts(columns);
    expect(texts.filter((t) => t === LEAD)).toHaveLength(1);
    expect(texts.indexOf(LEAD)).toBeLessThan(
      texts.findIndex((t) => t.startsWith('The ministry said that round 1')),
    );
    expect(texts).not.toContain(LATER);
    // Not a block of the class further off than a lead stands: outside the page's main part.
    const far = columns
      .replace(`<div class="story"><p>${LEAD}</p></div>`, '')
      .replace(
        '<div id="main">',
        `<div class="top"><div class="story"><p>${LEAD}</p></div></div><div id="main">`,
      );
    expect(far).not.toBe(columns);
    expect(blockTexts(far)).not.toContain(LEAD);
  });
});
