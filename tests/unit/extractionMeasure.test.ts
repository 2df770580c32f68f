import { describe, expect, it } from 'vitest';
import { goldIndex, scorePage, shinglesOf, wordsOf } from '@/measure/shingles';

const GOLD =
  'Kyle Busch won the race on Sunday. The standings after the race: 1 Kyle Busch 5040, ' +
  '2 Martin Truex 5035. Busch said the car had been fast all weekend.';

describe('the extraction benchmark’s measure', () => {
  it('splits a text into lower-cased word 4-shingles, a shorter text into one shingle', () => {
    expect(shinglesOf(wordsOf('The Race on Sunday, too'))).toEqual([
      'the race on sunday',
      'race on sunday too',
    ]);
    expect(shinglesOf(wordsOf('Kyle Busch'))).toEqual(['kyle busch']);
    expect(shinglesOf(wordsOf('— · —'))).toEqual([]);
  });

  it('calls a block boilerplate when fewer than half of its 4-shingles stand in the gold body', () => {
    const isBoilerplate = goldIndex(GOLD);
    expect(isBoilerplate('Busch said the car had been fast all weekend.')).toBe(false);
    // One of its two shingles in the body: half is not fewer than half.
    expect(isBoilerplate('the car had been slow')).toBe(false);
    expect(isBoilerplate('the car was slow and loud')).toBe(true);
    expect(isBoilerplate('Sign up for our racing newsletter today')).toBe(true);
  });

  it('judges a block of fewer than four words by whether its words run in the body', () => {
    const isBoilerplate = goldIndex(GOLD);
    // Table cells of the story are story, as the issue counts them.
    expect(isBoilerplate('Kyle Busch')).toBe(false);
    expect(isBoilerplate('5040')).toBe(false);
    expect(isBoilerplate('Sign In')).toBe(true);
    expect(isBoilerplate('Busch Kyle')).toBe(true);
    expect(isBoilerplate('***')).toBeNull();
  });

  it('scores an extraction by shared shingles, normalised per page', () => {
    expect(scorePage(GOLD, GOLD)).toEqual({ tp: 1, fp: 0, fn: 0 });
    const s = scorePage(GOLD, `Home News Sports Weather. ${GOLD}`);
    expect(s.fn).toBe(0);
    expect(s.fp).toBeGreaterThan(0);
  });
});
