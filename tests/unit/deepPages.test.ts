import { parseMarkdown } from '@/core/sources/markdown';
import { capFormatting, MAX_OPEN_FORMATTING } from '@/html/capFormatting';
import { capNesting, MAX_NESTING } from '@/html/capNesting';
import { readHtmlInNode } from '@/html/readHtmlNode';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';

type Node = DefaultTreeAdapterMap['node'];

/** The deepest element nesting of a page, measured without recursion. */
function depthOf(html: string): number {
  let deepest = 0;
  const stack: [Node, number][] = [[parse(html), 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if ('childNodes' in node) for (const c of node.childNodes) stack.push([c, depth + 1]);
  }
  return deepest;
}

const nested = (n: number, inner: string, tag = 'div') =>
  `<html><body>${`<${tag}>`.repeat(n)}${inner}${`</${tag}>`.repeat(n)}</body></html>`;

// Every walk over a page or a Markdown tree is a loop over a stack of its own: recursion
// overflowed at ten thousand nested elements.
describe('deeply nested input', () => {
  it('is flattened past the cap for jsdom, its text kept in order and its paragraphs apart', () => {
    const html = nested(
      10_000,
      '<p>First deep paragraph.</p><script>never()</script><p hidden>Hidden.</p><p>Second one.</p>',
    );
    const capped = capNesting(html);
    expect(depthOf(capped)).toBeLessThanOrEqual(MAX_NESTING + 4);
    expect(capped).toContain('First deep paragraph.');
    expect(capped).not.toMatch(/never\(\)|Hidden\./);
    expect(capped.indexOf('First deep')).toBeLessThan(capped.indexOf('Second one'));
    // A page that nests less is left exactly as it was.
    expect(capNesting(nested(20, '<p>Shallow.</p>'))).toBe(nested(20, '<p>Shallow.</p>'));
  });

  it('leaves unread past the cap what a shallow page never reads (a player’s fallback text)', () => {
    const inner =
      '<p>The story.</p><video>Your browser cannot play this video.</video><canvas>A chart.</canvas><p>More of it.</p>';
    for (const depth of [10, 10_000]) {
      const text = readHtmlInNode('own-00000001', nested(depth, inner)).text;
      expect(text).toContain('More of it.');
      expect(text).not.toMatch(/cannot play|A chart/);
    }
  }, 120_000);

  it('reads a page of 10,000 nested elements in Node', () => {
    const source = readHtmlInNode(
      'deep',
      nested(10_000, '<p>Deep inside the page, a paragraph.</p><p>And another one after it.</p>'),
    );
    expect(source.text).toBe('Deep inside the page, a paragraph.\n\nAnd another one after it.');
    expect(source.blocks).toHaveLength(2);
  }, 120_000);

  it('reads Markdown nested ten thousand deep, as its literal text (the parser would take seconds)', () => {
    expect(parseMarkdown('deep', `${'>'.repeat(10_000)} A deep quotation.`).text).toBe(
      `${'>'.repeat(10_000)} A deep quotation.`,
    );
    expect(parseMarkdown('deep', `${'['.repeat(10_000)}a${']'.repeat(10_000)}`).text).toBe(
      `${'['.repeat(10_000)}a${']'.repeat(10_000)}`,
    );
  }, 60_000);
});

describe('formatting elements left open', () => {
  it('are dropped past the most open at once, the text between them kept in order', () => {
    const page = `<p>${'<b>x'.repeat(10_000)}end</p>`;
    const capped = capFormatting(page);
    expect(capped).toBe(
      `<p>${'<b>x'.repeat(MAX_OPEN_FORMATTING)}${'x'.repeat(10_000 - MAX_OPEN_FORMATTING)}end</p>`,
    );
    expect(depthOf(capNesting(page))).toBeLessThan(MAX_OPEN_FORMATTING + 8);
    expect(readHtmlInNode('x', `<html><body>${page}</body></html>`).text).toContain(
      `${'x'.repeat(10_000)}end`,
    );
  });

  it('count each name less its end tags, so a page that closes them loses none', () => {
    const page = `${'<i>a</i><FONT color="x>y">b</font><b >c</B>'.repeat(5_000)}`;
    expect(capFormatting(page)).toBe(page);
  });

  it('leave links, other elements and a page with fewer open untouched', () => {
    const anchors = `${'<a name=x>'.repeat(1_000)}<a href="/y">link</a>`;
    expect(capFormatting(anchors)).toBe(anchors);
    const divs = '<div>'.repeat(1_000);
    expect(capFormatting(divs)).toBe(divs);
    const some = `${'<strong>'.repeat(MAX_OPEN_FORMATTING)}deep`;
    expect(capFormatting(some)).toBe(some);
    expect(capFormatting(`${some}<em>x`)).toBe(`${some}x`);
  });

  it('reads a tag to its end, a quoted `>` inside it', () => {
    const open = '<u>'.repeat(MAX_OPEN_FORMATTING);
    expect(capFormatting(`${open}<b title="a>b" id=c>text`)).toBe(`${open}text`);
    expect(capFormatting(`${open}<b title="a>b`)).toBe(open);
  });

  it('reads an unquoted value as the tokenizer does: a quote inside it opens nothing', () => {
    const open = '<b>'.repeat(MAX_OPEN_FORMATTING);
    // The parser reads `a="z` as the value of x, so the tag ends at the first `>`.
    const tag = '<b x=a="z>';
    type Element = DefaultTreeAdapterMap['element'];
    const html = parse(tag).childNodes[0] as Element;
    const parsed = (html.childNodes[1] as Element).childNodes[0] as Element;
    expect(parsed.attrs).toEqual([{ name: 'x', value: 'a="z' }]);
    expect(capFormatting(`${open}${tag}text">more`)).toBe(`${open}text">more`);
  });
});
