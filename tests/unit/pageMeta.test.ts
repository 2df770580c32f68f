import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pageMeta } from '@/html/pageMeta';

const doc = (head: string, body = '<p>Story.</p>') =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;

describe('what a page states about itself', () => {
  it('trusts JSON-LD first, then Open Graph and named metadata, then what Readability found', () => {
    const page = doc(
      `<title>Site title</title>
       <meta property="og:title" content="Open Graph title">
       <meta name="author" content="Meta Author">
       <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Structured headline",
          "author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Ben Ode"}],
          "datePublished":"2024-06-12T09:00:00Z","publisher":{"name":"Example News"}}]}</script>`,
    );
    expect(pageMeta(page, { title: 'Readability title', byline: 'By someone' })).toEqual({
      title: 'Structured headline',
      byline: 'Ana Ruiz, Ben Ode',
      date: '2024-06-12T09:00:00Z',
      outlet: 'Example News',
      url: null,
    });
    expect(pageMeta(doc('<title>Site title</title>'), { byline: 'By someone' })).toMatchObject({
      title: 'Site title',
      byline: 'By someone',
    });
  });

  it('decodes what a page encoded twice, and drops the markup it spelled', () => {
    const page = doc(
      `<meta property="og:title" content="Apple&amp;#x2019;s guru on the next &amp;lt;i&amp;gt;Deadpool&amp;lt;/i&amp;gt;">
       <meta property="og:site_name" content="Tom &amp;amp; Jerry News">
       <script type="application/ld+json">{"@type":"Article","author":"Ana &#8216;Sky&#8217; Ruiz"}</script>`,
    );
    expect(pageMeta(page)).toMatchObject({
      title: 'Apple’s guru on the next Deadpool',
      byline: 'Ana ‘Sky’ Ruiz',
      outlet: 'Tom & Jerry News',
    });
    // Text without a reference is left as it is, ampersands and angle brackets included.
    expect(pageMeta(doc('<title>Q&amp;A: 3 < 4 & more</title>')).title).toBe('Q&A: 3 < 4 & more');
  });

  it('takes no web address for a byline: a profile is not a name to print after "By"', () => {
    const page = doc(
      `<meta property="article:author" content="https://www.facebook.com/bbcnews">
       <meta name="author" content="www.example.com/staff/jo">`,
    );
    expect(pageMeta(page, { byline: 'By Jo Doe' }).byline).toBe('By Jo Doe');
    expect(pageMeta(page).byline).toBeNull();
    const named = doc(
      `<meta name="author" content="https://example.com/a"><meta name="dc.creator" content="Jo Doe">`,
    );
    expect(pageMeta(named).byline).toBe('Jo Doe');
  });

  it('reads names, properties and types however the page capitalises them', () => {
    const page = doc(
      `<meta NAME="Author" content="Dana Field">
       <meta name="DATEPUBLISHED" content="2019-11-19">
       <meta Property="OG:Site_Name" content="The Gazette">
       <link rel="Canonical" href="https://example.com/story">
       <script type="Application/LD+JSON">{"@type":"Article","headline":"Cased"}</script>`,
    );
    expect(pageMeta(page)).toEqual({
      title: 'Cased',
      byline: 'Dana Field',
      date: '2019-11-19',
      outlet: 'The Gazette',
      url: 'https://example.com/story',
    });
  });

  it('takes the first element of a name, skips broken JSON-LD, and falls back to <time>', () => {
    const page = doc(
      `<meta name="author" content="First Writer"><meta name="author" content="Second Writer">
       <script type="application/ld+json">{ not json</script>
       <link rel="canonical nofollow" href="https://example.com/not-canonical">
       <meta property="og:url" content="https://example.com/og">`,
      '<article><time>no date here</time><time datetime="2024-06-12">12 June</time></article>',
    );
    expect(pageMeta(page)).toEqual({
      title: null,
      byline: 'First Writer',
      date: '2024-06-12',
      outlet: 'example.com',
      url: 'https://example.com/og',
    });
  });
});
