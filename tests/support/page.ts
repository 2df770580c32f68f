import { PAGE } from '@/core';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Opens the page's menu (share, downloads, print, options), where its controls live, and waits
 * for its contents (a chunk loaded when the menu is first opened).
 */
export async function openMenu(user: UserEvent) {
  const button = screen.getByRole('button', { name: /^Menu/ });
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  await screen.findByRole('button', { name: PAGE.print });
}

/** Opens "What the marks mean" and returns the legend (a chunk loaded after the first paint). */
export async function openLegend(user: UserEvent) {
  await user.click(await screen.findByText('What the marks mean'));
  return screen.findByRole('region', { name: 'Legend' });
}
