import { createPaneController, type PaneAdapter } from '@/components/paneController';
import { alignDelta, revealDelta, windowDelta } from '@/components/paneGeometry';
import type { Focus } from '@/store/reader';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';

describe('the geometry of following a passage', () => {
  it('levels the counterpart with the passage: after scrolling by alignDelta both stand as far below their pane’s top', () => {
    const rect = fc.record({ top: fc.integer({ min: -5000, max: 5000 }), height: fc.nat(2000) });
    checkProperty(
      fc.property(rect, rect, rect, rect, (here, herePane, there, therePane) => {
        const delta = alignDelta(here, herePane, there, therePane);
        // Scrolling a pane down by `delta` moves its content up by `delta`.
        expect(there.top - delta - therePane.top).toBe(here.top - herePane.top);
      }),
    );
  });

  it('reveals a target a third of the way down its pane', () => {
    const pane = { top: 100, height: 600 };
    const target = { top: 1500, height: 20 };
    expect(target.top - revealDelta(target, pane)).toBe(pane.top + 200);
  });

  it('scrolls the window only when the target is off screen, preferring to fill it with the panel', () => {
    expect(windowDelta(300, 120, 800)).toBe(0); // shows already
    expect(windowDelta(900, 300, 800)).toBe(284); // the panel's top to 16 px: target at 616
    expect(windowDelta(2000, 300, 800)).toBe(2000 - 800 / 3); // too far for that: a third down
    expect(windowDelta(-50, -400, 800)).toBe(-416);
  });
});

/** A page made of numbers: each element is a name with a rectangle; scrolling moves them. */
function fakePage(options: { stacked?: boolean } = {}) {
  const log: string[] = [];
  const tops = new Map<string, number>();
  const paneOf = (element: string) => (element.startsWith('A') ? 'paneA' : 'paneB');
  const attributes = new Map<string, Set<string>>();
  const adapter: PaneAdapter<string> = {
    rect: (element) => ({ top: tops.get(element) ?? 0, height: 20 }),
    paneRect: (pane) => ({ top: tops.get(pane) ?? 0, height: 600 }),
    scrollsItself: () => !options.stacked,
    scrollPaneBy: (pane, delta) => {
      log.push(`scroll ${pane} by ${delta}`);
      for (const [element, top] of tops)
        if (element !== pane && paneOf(element) === pane && !element.startsWith('pane'))
          tops.set(element, top - delta);
    },
    panelTop: () => 0,
    windowHeight: () => 800,
    scrollWindowBy: (delta) => log.push(`scroll window by ${delta}`),
    revealInPage: (element) => log.push(`reveal ${element} in the page`),
    focus: (element) => log.push(`focus ${element}`),
    mark: (element, attribute, on) => {
      const set = attributes.get(element) ?? new Set();
      if (on) set.add(attribute);
      else set.delete(attribute);
      attributes.set(element, set);
    },
    passageNearTop: () => ({ index: 2, element: 'A-p2' }),
  };
  const chosen: (Focus | null)[] = [];
  const controller = createPaneController(adapter, (focus) => chosen.push(focus));
  const marksOf = (element: string) => [...(attributes.get(element) ?? [])].sort();
  return { controller, log, tops, chosen, marksOf };
}

describe('the pane controller', () => {
  it('outlines a hovered passage on both sides, and only there', () => {
    const { controller, marksOf } = fakePage();
    controller.register(0, 'p1', 10, 'A-p1');
    controller.register(1, 'p1', 50, 'B-p1');
    controller.register(1, 'p2', 90, 'B-p2');
    controller.setHover(1);
    expect([marksOf('A-p1'), marksOf('B-p1'), marksOf('B-p2')]).toEqual([
      ['data-hover'],
      ['data-hover'],
      [],
    ]);
    controller.setHover(2);
    expect([marksOf('A-p1'), marksOf('B-p2')]).toEqual([[], ['data-hover']]);
  });

  it('marks the chosen passage on both sides, and a chosen unique stretch on its own side', () => {
    const { controller, marksOf } = fakePage();
    controller.register(0, 'p3', 10, 'A-p3');
    controller.register(1, 'p3', 10, 'B-p3');
    controller.register(1, 'u4', 10, 'B-u4');
    controller.focusChanged({ kind: 'passage', index: 3, side: 1 });
    expect([marksOf('A-p3'), marksOf('B-p3')]).toEqual([['aria-current'], ['aria-current']]);
    controller.focusChanged({ kind: 'unique', segment: 4, side: 1 });
    expect([marksOf('A-p3'), marksOf('B-p3'), marksOf('B-u4')]).toEqual([[], [], ['aria-current']]);
  });

  it('levels a clicked passage’s counterpart with it, choosing it in the store', () => {
    const { controller, log, tops, chosen } = fakePage();
    tops.set('paneA', 100).set('paneB', 100).set('A-p2', 400).set('B-p2', 1300);
    controller.paneRef(0)('paneA');
    controller.paneRef(1)('paneB');
    controller.register(0, 'p2', 10, 'A-p2');
    controller.register(1, 'p2', 10, 'B-p2');
    const focus: Focus = { kind: 'passage', index: 2, side: 0 };
    controller.select(focus, { align: true });
    expect(chosen).toEqual([focus]);
    controller.focusChanged(focus); // the store reports the choice back
    expect(log).toEqual(['scroll paneB by 900']);
    expect(tops.get('B-p2')).toBe(tops.get('A-p2'));
  });

  it('waits for a chosen passage to be drawn, then brings it into view', () => {
    const { controller, log, tops } = fakePage();
    tops.set('paneA', 0).set('paneB', 0).set('A-p7', 3000).set('B-p7', 2000);
    controller.paneRef(0)('paneA');
    controller.paneRef(1)('paneB');
    controller.focusChanged({ kind: 'passage', index: 7, side: 0 }); // from a link
    expect(log).toEqual([]); // not drawn yet
    controller.register(0, 'p7', 500, 'A-p7');
    expect(log).toEqual([]); // its counterpart is not drawn yet either
    controller.register(1, 'p7', 300, 'B-p7');
    expect(log).toEqual(['scroll paneB by 1800', 'scroll paneA by 2800']);
  });

  it('brings the first element of a passage into view, and moves focus there for a shortcut', () => {
    const { controller, log, tops } = fakePage();
    tops.set('A-p1b', 900).set('A-p1a', 700).set('B-p1', 0);
    controller.paneRef(0)('paneA');
    controller.paneRef(1)('paneB');
    controller.register(0, 'p1', 80, 'A-p1b');
    controller.register(0, 'p1', 40, 'A-p1a'); // drawn later, but earlier in the text
    controller.register(1, 'p1', 10, 'B-p1');
    const focus: Focus = { kind: 'passage', index: 1, side: 0 };
    controller.select(focus, { moveFocus: true });
    controller.focusChanged(focus);
    expect(log[0]).toBe('focus A-p1a');
  });

  it('on a phone (panes stacked) lets the page bring the passage into view', () => {
    const { controller, log } = fakePage({ stacked: true });
    controller.paneRef(0)('paneA');
    controller.paneRef(1)('paneB');
    controller.register(0, 'u3', 10, 'A-u3');
    controller.focusChanged({ kind: 'unique', segment: 3, side: 0 });
    expect(log).toEqual(['reveal A-u3 in the page']);
  });

  it('forgets an element once it is gone', () => {
    const { controller, marksOf } = fakePage();
    const unregister = controller.register(0, 'p1', 10, 'A-p1');
    unregister();
    controller.setHover(1);
    expect(marksOf('A-p1')).toEqual([]);
  });

  it('follows the passage at the top of one pane with the other (linked scrolling)', () => {
    const { controller, log, tops } = fakePage();
    tops.set('paneA', 0).set('paneB', 0).set('A-p2', 40).set('B-p2', 640);
    controller.paneRef(0)('paneA');
    controller.paneRef(1)('paneB');
    controller.register(1, 'p2', 10, 'B-p2');
    expect(controller.follow(0)).toBe(true);
    expect(log).toEqual(['scroll paneB by 600']);
  });
});
