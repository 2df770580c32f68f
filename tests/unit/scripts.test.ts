import { compareSources } from '@/core/compare';
import { comparisonReport } from '@/core/report';
import { countWords } from '@/core/tokenize';
import { describe, expect, it } from 'vitest';
import { pairOf } from '../support/sources';

describe('text in other scripts', () => {
  it.each([
    [
      'Cyrillic',
      'Ким Чен Ын высоко оценил отношения с Россией накануне визита Путина.',
      'Лидер КНДР Ким Чен Ын высоко оценил отношения с Россией на этой неделе.',
    ],
    [
      'Arabic',
      'أشاد الزعيم الكوري الشمالي كيم جونغ أون بالعلاقات مع روسيا قبل زيارة بوتين',
      'قال التقرير إن الزعيم الكوري الشمالي كيم جونغ أون بالعلاقات مع روسيا',
    ],
    [
      'Japanese',
      '北朝鮮の金正恩総書記はロシアとの関係を称賛した。プーチン大統領の訪問を前に。',
      '金正恩総書記はロシアとの関係を称賛した。韓国政府は懸念を表明した。',
    ],
    [
      'emoji',
      'Kim 👍🏽 praised the relationship with Russia 🇷🇺 on Wednesday',
      'Kim 👍🏽 praised the relationship with Russia 🇷🇺 in June',
    ],
  ])('compares %s sensibly: shared words are found, unrelated ones are not', (_script, a, b) => {
    const c = compareSources(pairOf(a, b));
    expect(c.stats[1].shared + c.stats[1].moved).toBeGreaterThan(3);
    expect(c.stats[1].unique).toBeGreaterThan(0);
    const self = compareSources(pairOf(a, a));
    expect(self.stats[0].unique).toBe(0);
  });

  it('finds words in text written without spaces', () => {
    expect(countWords('北朝鮮の金正恩総書記はロシアとの関係を称賛した')).toBeGreaterThan(5);
  });
});

describe('the HTML report', () => {
  it('escapes the sources’ text, carries no script, and has the legend and the summary', () => {
    const pair = pairOf(
      '<script>alert(1)</script> Kim praised the relationship with Russia.',
      'Kim praised the relationship with Russia, officials said.',
    );
    const html = comparisonReport(compareSources(pair), pair, 'today');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<span class="shared">Kim praised the relationship with Russia/);
    expect(html).toMatch(/% of A<\/strong> also appears in B/);
    expect(html).toContain('class="legend"');
  });

  it('carries its own Content-Security-Policy: opened from disk it can run and load nothing', () => {
    const pair = pairOf('Kim praised Russia.', 'Kim praised it.');
    const html = comparisonReport(compareSources(pair), pair, 'today');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(
      policy!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directives.has('script-src')).toBe(false);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
  });
});
