import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { BLOCK, UNREADABLE } from './htmlSource';
import { capFormatting } from './capFormatting';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * How deep elements nest at most in the command line. Browsers' parsers stop at 512 (Chromium);
 * jsdom and Readability slow with depth (a page capped at 512 still took 16 s to read, at 128
 * under 3 s), and news pages nest a few dozen deep, so the cap is lower here and reads the same.
 */
export const MAX_NESTING = 128;

/**
 * The page with elements nested deeper than `MAX_NESTING` flattened, their text kept in order
 * (a block leaves an empty element of its kind between its text and the next, so it still ends
 * a paragraph); the page itself when nothing nests that deep. For the command line: jsdom,
 * unlike a browser's parser, builds any depth, recursively (10,000 nested elements overflowed
 * the stack) and slowly (41 s to parse them). parse5, the parser jsdom itself uses, reads the
 * page first into plain objects, walked here without recursion. Formatting elements past the
 * most left open at once are dropped before it reads (`capFormatting`).
 */
export function capNesting(page: string): string {
  const html = capFormatting(page);
  const document = parse(html);
  let flattened = false;
  const stack: [ParentNode, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (depth + 1 >= MAX_NESTING) {
        flattenInside(child);
        flattened = true;
      } else stack.push([child, depth + 1]);
    }
  }
  return flattened ? serialize(document) : html;
}

/** Replaces everything inside `parent` by its text, in order, with markers for blocks. */
function flattenInside(parent: Element): void {
  const flat: ChildNode[] = [];
  // Reversed, so popping takes the nodes in document order; `null` closes a block.
  const stack: (ChildNode | Element | null)[] = [...parent.childNodes].reverse();
  const marker = (of: Element): Element => ({
    ...of,
    attrs: [],
    childNodes: [],
    parentNode: parent,
  });
  const closing: Element[] = [];
  // One marker between two runs of text is enough: 10,000 nested blocks leave one, not 20,000.
  const boundary = (of: Element) => {
    const last = flat.at(-1);
    if (last !== undefined && last.nodeName === '#text') flat.push(marker(of));
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      boundary(closing.pop()!);
      continue;
    }
    if (node.nodeName === '#text') {
      node.parentNode = parent;
      flat.push(node);
      continue;
    }
    if (!('tagName' in node) || UNREADABLE.has(node.tagName) || hidden(node)) continue;
    const block = BLOCK.has(node.tagName.toUpperCase());
    if (block) {
      boundary(node);
      closing.push(node);
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  parent.childNodes = flat;
}

function hidden(element: Element): boolean {
  return element.attrs.some(
    (a) =>
      a.name === 'hidden' ||
      (a.name === 'aria-hidden' && a.value === 'true') ||
      (/style$/.test(a.name) && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.value)),
  );
}
