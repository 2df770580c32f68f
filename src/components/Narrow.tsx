/**
 * A label in two lengths: the short one at a phone's width, so the bar's controls share a row,
 * the long one from `sm` up. Its control takes the long one as its name (`aria-label`), the same
 * at every width; the short one's words stand in the long one, so speaking them still finds it.
 */
export function Narrow({ short, long }: { short: string; long: string }) {
  return (
    <>
      <span className="sm:hidden" aria-hidden="true">
        {short}
      </span>
      <span className="hidden sm:inline" aria-hidden="true">
        {long}
      </span>
    </>
  );
}
