import { describe, expect, it } from 'vitest';
import { readHtmlPageInNode } from '@/html/readHtmlNode';

/*
 * A page streamed by React's server renderer sends its late parts hidden at the end, and a
 * script that would move each into its placeholder. Scripts never run here; the reader moves them.
 */

const STORY = [
  'The council voted on Tuesday to close the old bridge to traffic from next month, after engineers found cracks in two of its supports.',
  'Residents said the closure would add half an hour to their journeys, and the council promised a ferry service until the repairs are finished.',
  'The repairs are expected to take a year and to cost more than four million pounds, the council said in a statement.',
].map((p) => `<p>${p}</p>`);

const streamed = (script: string, fallback = '<p>Loading…</p>') =>
  `<html><head><title>Bridge to close</title></head><body><header><p>Site header</p></header>` +
  `<!--$?--><template id="B:0"></template>${fallback}<!--/$-->` +
  `<footer><p>Site footer</p></footer>` +
  `<div hidden id="S:0"><article><h1>Bridge to close</h1>${STORY.join('')}</article></div>` +
  `<script>${script}</script></body></html>`;

describe("a streamed page's late parts", () => {
  it('are read in the place its script names, and the fallback they replace is not', () => {
    const { source } = readHtmlPageInNode('s', streamed('$RC("B:0","S:0")'));
    expect(source.text).toContain('engineers found cracks');
    expect(source.text).toContain('four million pounds');
    expect(source.text).not.toContain('Loading…');
  });

  it('are read when the script is gone, by the placeholder of the same number', () => {
    const { source } = readHtmlPageInNode('s', streamed(''));
    expect(source.text).toContain('engineers found cracks');
    expect(source.text).not.toContain('Loading…');
  });

  it('were dropped as hidden before: the page read as nothing', () => {
    // The same page with its part's id changed is an ordinary hidden element, still dropped.
    const hidden = streamed('').replace('id="S:0"', 'id="later"');
    expect(readHtmlPageInNode('s', hidden).source.text).not.toContain('engineers found cracks');
  });

  it('keep what follows a segment placeholder, which has no fallback', () => {
    const page =
      `<html><body><article><h1>Bridge to close</h1><template id="P:1"></template>${STORY.join('')}` +
      `<p>Follow-up: the ferry starts on Monday, the council said in its statement.</p></article>` +
      `<div hidden id="S:1"><p>The bridge was built in 1890 and carries eight thousand cars a day, the council said.</p></div>` +
      `<script>$RS("S:1","P:1")</script></body></html>`;
    const text = readHtmlPageInNode('s', page).source.text;
    expect(text).toContain('built in 1890');
    expect(text).toContain('the ferry starts on Monday');
    expect(text.indexOf('built in 1890')).toBeLessThan(text.indexOf('engineers found cracks'));
  });

  it('leave a page alone that nests a placeholder in its own part, or has no end marker', () => {
    const nested =
      `<html><body>${STORY.join('')}<div hidden id="S:0"><template id="B:0"></template>` +
      `<p>Inner text of the part, which stays where it stands in the page.</p></div>` +
      `<script>$RC("B:0","S:0")</script></body></html>`;
    const read = readHtmlPageInNode('s', nested).source.text;
    expect(read).toContain('engineers found cracks');
    const unmarked =
      `<html><body><article><!--$?--><template id="B:0"></template>${STORY.join('')}</article>` +
      `<div hidden id="S:0"><p>The bridge was built in 1890 and carries eight thousand cars a day, the council said.</p></div>` +
      `</body></html>`;
    const text = readHtmlPageInNode('s', unmarked).source.text;
    expect(text).toContain('engineers found cracks');
    expect(text).toContain('built in 1890');
  });
});
