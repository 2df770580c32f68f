import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inSideColumn, markParts } from '@/html/pageParts';

/** Whether the paragraph in `wrapper` (its opening tag) reads as under a side column. */
function paragraphInSide(wrapper: string, inner = ''): boolean {
  const tag = /^<(\w+)/.exec(wrapper)![1]!;
  const doc = new JSDOM(
    `<html><body>${wrapper}${inner}<p id="p">Words of the paragraph.</p></${tag}></body></html>`,
  ).window.document;
  const texts = markParts(doc.body);
  const p = doc.getElementById('p')!;
  const side = inSideColumn(p);
  // The paragraph's text node says the same, for a reader that moves it (Readability).
  expect(texts.get(p.firstChild!)?.side ?? false).toBe(side);
  return side;
}

describe('side columns of a page', () => {
  it('are what a page names as a sidebar and nothing else, or sets aside', () => {
    for (const wrapper of [
      '<div id="sidebar">',
      '<div id="sidebar-right-1" class="sidebar section">',
      '<div id="sidebar2">',
      '<div class="primarySidebar">',
      '<aside>',
      '<div role="complementary">',
    ])
      expect([wrapper, paragraphInSide(wrapper)]).toEqual([wrapper, true]);
  });

  it('are not a layout that holds the story beside one, a widget, or what holds an article', () => {
    for (const [wrapper, inner] of [
      ['<div class="content-sidebar-wrap">', ''],
      ['<div class="page-block and-w-sidebar">', ''],
      ['<div class="has-sidebar">', ''],
      ['<div class="widget Blog">', ''],
      ['<div id="sidebar">', '<article><p>The story.</p></article>'],
      ['<div class="sidebar">', '<main><p>The story.</p></main>'],
    ] as const)
      expect([wrapper, paragraphInSide(wrapper, inner)]).toEqual([wrapper, false]);
  });
});
