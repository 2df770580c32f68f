import { looksLikeMarkdown } from '@/core/sources/markdown';
import { mostSimilarPair } from '@/core';
import { CORPUS, DEFAULT_PAIR } from '@/corpus/manifest';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '@/corpus/bundled';

const here = (file: string) => new URL(`../../src/corpus/articles/${file}`, import.meta.url);
// CI and developers have the shared folder beside the clone. The check always runs: a missing
// folder fails it loudly rather than skipping it, so CI can never pass without comparing.
const shared = (file: string) => new URL(`../../../shared/articles/${file}`, import.meta.url);

describe('the bundled corpus', () => {
  it('is byte for byte the shared articles', () => {
    for (const entry of CORPUS) {
      if (!existsSync(shared(entry.file)))
        throw new Error(
          `${shared(entry.file).pathname} is missing: the shared articles must stand beside the clone (../shared/articles) for this check`,
        );
      expect(readFileSync(here(entry.file)).equals(readFileSync(shared(entry.file)))).toBe(true);
    }
  });

  it('opens, with no link, on the pair that shares the most (fixed, so the page compares nothing to know it)', () => {
    expect(DEFAULT_PAIR).toEqual(mostSimilarPair(bundledSources()));
  });

  it('has short, unique, link-safe ids', () => {
    const ids = CORPUS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,40}$/);
  });

  it('declares Markdown exactly where the text reads as Markdown', () => {
    for (const entry of CORPUS) {
      expect(looksLikeMarkdown(readFileSync(here(entry.file), 'utf8'))).toBe(
        entry.format === 'markdown',
      );
    }
  });

  it('shows reading text: no Markdown syntax, no empty paragraphs', () => {
    for (const source of bundledSources()) {
      expect(source.text).not.toMatch(/^#+\s|\*\*|\]\(|<https?:/m);
      expect(source.blocks.length).toBeGreaterThan(3);
      for (const block of source.blocks) {
        expect(source.text.slice(block.start, block.end).trim()).not.toBe('');
      }
    }
  });

  it('titles each source by its own first heading or line', () => {
    const titles = bundledSources().map((s) => s.title);
    expect(titles[0]).toBe(
      'Kim Jong Un Praises Relationship with Russia Amid Speculation of Putin Visit',
    );
    expect(titles[3]).toBe(
      "North Korea's Kim Hails Ties With Russia Ahead of Reported Putin Visit",
    );
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(141);
  });
});
