/**
 * A date as ISO `YYYY-MM-DD` (or the `YYYY-MM` / `YYYY` prefix a record gives), so dates sort
 * as strings; null when the value is not a date we can read without guessing.
 */
export function isoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(text);
  if (iso) return [iso[1], iso[2], iso[3]].filter((x) => x !== undefined).join('-');
  // "June 12, 2024", "12 June 2024": read as a calendar day, not a moment in some time zone.
  // Only with the month named: 06/12/2024 is June or December depending on who wrote it.
  if (!MONTH_NAMED.test(text)) return null;
  const parsed = Date.parse(`${text.replace(/^[A-Za-z]+day,?\s+/, '')} 12:00 UTC`);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

const MONTH_NAMED =
  /^(?:[A-Za-z]+day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$/i;
