// @vitest-environment jsdom
import { PageMenu } from '@/components/PageMenu';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(cleanup);

// The menu's contents are a chunk fetched when the menu is first opened; here the fetch fails.
vi.mock('@/components/MenuPanel', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

it('says so in the menu when its contents cannot be loaded, instead of an empty panel', async () => {
  render(
    <div>
      <p>The rest of the page</p>
      <PageMenu onHelp={() => {}} />
    </div>,
  );
  await userEvent.setup().click(screen.getByRole('button', { name: /^Menu/ }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    /^This part of the page could not be loaded \(.*\)\. Reload the page to try again; your sources are safe\.$/,
  );
  expect(screen.getByText('The rest of the page')).toBeInTheDocument();
});
