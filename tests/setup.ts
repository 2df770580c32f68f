import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrolling to do; the real thing is tested in Chromium.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}

// Waiting budgets, not timing assertions: a component test waits for the comparison (in a
// worker, with parts loaded on demand) as long as a loaded 2-core machine needs, and no longer
// than it must, since every wait ends as soon as its condition holds.
configure({ asyncUtilTimeout: 20_000 });
