import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import type { Block, Source } from '../types';
import { titleFrom } from './title';

/**
 * A Markdown source, read with a real Markdown parser (mdast-util-from-markdown, CommonMark):
 * the reading text is what a reader of the rendered page sees — no `#`, `**`, link targets or
 * angle brackets — one block per heading, paragraph or list item, separated by a blank line.
 * Raw HTML inside Markdown is dropped, never rendered.
 */
export function parseMarkdown(id: string, markdown: string): Source {
  const blocks: Block[] = [];
  let text = '';
  const addBlock = (content: string, type: Block['type']) => {
    const trimmed = content.replace(/[ \t]+\n/g, '\n').trim();
    if (trimmed.length === 0) return;
    if (text.length > 0) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + trimmed.length, type });
    text += trimmed;
  };
  const walkBlocks = (node: Parents) => {
    for (const child of node.children) {
      if (child.type === 'heading') addBlock(inlineText(child), 'heading');
      else if (child.type === 'paragraph') addBlock(inlineText(child), 'paragraph');
      else if (child.type === 'code') addBlock(child.value, 'paragraph');
      else if ('children' in child && child.type !== 'table') walkBlocks(child);
    }
  };
  walkBlocks(fromMarkdown(markdown));
  return { id, title: titleFrom(text, blocks), text, blocks };
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : '';
  }
}

export { looksLikeMarkdown } from './looksLikeMarkdown';
