import { paletteProperties } from '@/core';

/**
 * Sets the marks' colours on the document as custom properties (through the CSSOM, which the
 * page's Content-Security-Policy allows, unlike an inline style sheet).
 */
export function applyPalette(root: HTMLElement): void {
  for (const [name, value] of paletteProperties()) root.style.setProperty(name, value);
}
