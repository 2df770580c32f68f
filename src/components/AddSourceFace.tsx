import { PAGE } from '@/core';
import { Narrow } from './Narrow';

/**
 * What the "Add your own source…" button shows. In the first chunk, so that the bar's unseen
 * stand-in (while the button's own chunk loads) and the button cannot drift apart in size.
 */
export function AddSourceFace() {
  return <Narrow short={PAGE.addOwnSourceShort} long={PAGE.addOwnSource} />;
}
