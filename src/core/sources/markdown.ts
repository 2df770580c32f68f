import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import type { Block, Source } from '../types';
import { guardMarkdown } from './markdownGuard';
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
    // A match opens only where a run of spaces does: tried from inside a long run of spaces
    // with no line break after it, `[ \t]+` read the rest of the run again from every place.
    const trimmed = content.replace(/(?<![ \t])[ \t]+\n/g, '\n').trim();
    if (trimmed.length === 0) return;
    if (text.length > 0) text += '\n\n';
    blocks.push({ start: text.length, end: text.length + trimmed.length, type });
    text += trimmed;
  };
  const { input, literals } = withoutLiterals(markdown);
  // Walked with a stack of our own, not by recursion: emphasis and links nest as deep as the
  // guard lets them.
  const pending: Nodes[] = [fromMarkdown(input)];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'heading') addBlock(inlineText(node), 'heading');
    else if (node.type === 'paragraph') {
      const kept = literals.get(node.position?.start.offset ?? -1);
      if (kept === undefined) addBlock(inlineText(node), 'paragraph');
      else for (const text of kept) addBlock(text, 'paragraph');
    } else if (node.type === 'code') addBlock(node.value, 'paragraph');
    else if ('children' in node && node.type !== 'table')
      for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return { id, title: titleFrom(text, blocks), text, blocks };
}

/**
 * The Markdown the parser is given: each chunk the guard keeps literal stands as a one-letter
 * paragraph at column 0 (after a blank line, so nothing continues into it), found again by its
 * offset and read as the chunk's own text; a run of blank lines it keeps out is left out.
 * Markdown the guard passes is given unchanged.
 */
function withoutLiterals(markdown: string): { input: string; literals: Map<number, string[]> } {
  const literals = new Map<number, string[]>();
  const parts: string[] = [];
  let at = 0;
  let length = 0;
  // Literal chunks with nothing but blank lines between them share one placeholder, so a flood
  // of short paragraphs kept literal is not a flood of paragraphs for the parser either.
  let run: string[] | null = null;
  for (const chunk of guardMarkdown(markdown)) {
    if (!chunk.literal) {
      if (!chunk.blank) run = null;
      continue;
    }
    if (chunk.blank) {
      // Blank lines past the first of a run say nothing: left out.
      const before = markdown.slice(at, chunk.start);
      parts.push(before);
      length += before.length;
      at = chunk.end;
      continue;
    }
    const text = markdown.slice(chunk.start, chunk.end).replace(/\r\n?/g, '\n');
    if (run !== null && isBlank(markdown, at, chunk.start)) {
      run.push(text);
      at = chunk.end;
      continue;
    }
    const before = markdown.slice(at, chunk.start);
    parts.push(before, 'x');
    length += before.length;
    run = [text];
    literals.set(length, run);
    length += 1;
    at = chunk.end;
  }
  if (parts.length === 0) return { input: markdown, literals };
  parts.push(markdown.slice(at));
  return { input: parts.join(''), literals };
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

/** The text a reader sees of an inline tree, in order; without recursion (emphasis nests too). */
function inlineText(root: Nodes): string {
  let out = '';
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'html':
        break;
      default:
        if ('children' in node)
          for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    }
  }
  return out;
}

export { looksLikeMarkdown } from './looksLikeMarkdown';
