import type { Side } from '@/core/types';
import { useLayoutEffect, type RefObject } from 'react';
import { useReader } from './readerContext';

interface Props {
  root: RefObject<HTMLElement | null>;
  side: Side;
  /** Changes whenever more of the text is drawn, so new spans get their marks too. */
  drawn: number;
}

/**
 * Marks the hovered passage (`data-hover`) and the chosen passage or stretch (`aria-current`)
 * on the rendered spans. It sets attributes on the few elements concerned, and is the only
 * part that re-renders on hover: a long text is never re-rendered to move a highlight.
 */
export function Highlighter({ root, side, drawn }: Props) {
  const hover = useReader((s) => s.hover);
  const focus = useReader((s) => s.focus);
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const marked: HTMLElement[] = [];
    const mark = (selector: string, attribute: string) => {
      element.querySelectorAll<HTMLElement>(selector).forEach((el) => {
        el.setAttribute(attribute, 'true');
        marked.push(el);
      });
    };
    if (hover !== null) mark(`[data-passage="${hover}"]`, 'data-hover');
    if (focus?.kind === 'passage') mark(`[data-passage="${focus.index}"]`, 'aria-current');
    if (focus?.kind === 'unique' && focus.side === side)
      mark(`[data-unique="${focus.segment}"]`, 'aria-current');
    return () => {
      for (const el of marked) {
        el.removeAttribute('data-hover');
        el.removeAttribute('aria-current');
      }
    };
  }, [root, side, hover, focus, drawn]);
  return null;
}
