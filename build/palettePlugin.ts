import type { Plugin } from 'vite';
// The palette alone, not the core's index: the config bundle then holds only what it runs.
import { paletteProperties } from '../src/core/palette';

const ID = 'virtual:verbatim-palette.css';
const RESOLVED = `\0${ID}`;

/**
 * The marks' colours as a style sheet, written when the page is built from the core's palette
 * (the one place they are defined; the report writes them too): `virtual:verbatim-palette.css`
 * sets every colour as a custom property on the document. A style sheet of the page's own
 * origin, so the Content-Security-Policy allows it, and the first script does not carry the
 * palette to set it at run time.
 */
export function palettePlugin(): Plugin {
  return {
    name: 'verbatim-palette',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED
        ? `:root {\n${paletteProperties()
            .map(([name, value]) => `  ${name}: ${value};`)
            .join('\n')}\n}\n`
        : undefined,
  };
}
