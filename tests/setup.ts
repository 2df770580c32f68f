import '@testing-library/jest-dom/vitest';

// jsdom does no layout, so it has no scrolling to do; the real thing is tested in Chromium.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}
