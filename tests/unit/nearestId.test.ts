import { editDistance, nearestId } from '@/url/nearestId';
import { suggestionFor } from '@/url/suggestion';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../support/property';

const IDS = [
  'kim-praises-relationship',
  'growing-partnership',
  'kim-hails-russia-ties',
  'kim-hails-ties-ahead',
  'putin-two-day-visit',
];

describe('the nearest known id', () => {
  it('suggests the id a typo was meant to be', () => {
    expect(nearestId('kim-hails-russia-tie', IDS)).toBe('kim-hails-russia-ties');
    expect(nearestId('kim-hails-rusia-ties', IDS)).toBe('kim-hails-russia-ties');
    expect(nearestId('growing-partnersihp', IDS)).toBe('growing-partnership');
    expect(nearestId('putin-2-day-visit', IDS)).toBe('putin-two-day-visit');
  });

  it('suggests nothing for an id far from every known one, or equally near two', () => {
    expect(nearestId('weather-report', IDS)).toBeNull();
    expect(nearestId('x', IDS)).toBeNull();
    expect(nearestId('ab-c', ['ab-d', 'ab-e'])).toBeNull();
  });

  it('finds any known id again after one edit, unless another is as near', () => {
    checkProperty(
      fc.property(
        fc.constantFrom(...IDS),
        fc.nat(),
        fc.constantFrom('a', 'z', '-', '7'),
        fc.constantFrom('insert', 'delete', 'replace'),
        (id, at, char, edit) => {
          const i = at % id.length;
          const typed =
            edit === 'insert'
              ? id.slice(0, i) + char + id.slice(i)
              : edit === 'delete'
                ? id.slice(0, i) + id.slice(i + 1)
                : id.slice(0, i) + char + id.slice(i + 1);
          const others = IDS.filter((o) => o !== id).map((o) => editDistance(typed, o));
          const expected = Math.min(...others) <= editDistance(typed, id) ? null : id;
          if (expected !== null) expect(nearestId(typed, IDS)).toBe(id);
          else expect(nearestId(typed, IDS)).not.toBe(id);
        },
      ),
    );
  });

  it('measures edit distance symmetrically, zero only for equal strings', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    checkProperty(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('a bad link’s suggestion', () => {
  it('corrects the mistyped side and keeps the good one', () => {
    expect(suggestionFor('?a=kim-praises-relationship&b=kim-hails-rusia-ties', IDS)).toEqual({
      pair: ['kim-praises-relationship', 'kim-hails-russia-ties'],
      ids: ['kim-hails-russia-ties'],
    });
    expect(suggestionFor('?a=Kim-Praises-Relationship&b=growing-partnership', IDS)?.pair).toEqual([
      'kim-praises-relationship',
      'growing-partnership',
    ]);
  });

  it('suggests nothing when nothing is near, a side is missing, or both would be one source', () => {
    expect(suggestionFor('?a=kim-praises-relationship&b=weather', IDS)).toBeNull();
    expect(suggestionFor('?a=kim-hails-rusia-ties', IDS)).toBeNull();
    expect(suggestionFor('?a=kim-hails-russia-ties&b=kim-hails-rusia-ties', IDS)).toBeNull();
  });
});
