// @vitest-environment jsdom
import { PaneBoundary } from '@/components/PaneBoundary';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(cleanup);

function Broken(): never {
  throw new Error('segments out of order');
}

it('catches an error while drawing a comparison and offers a way back, instead of a blank page', async () => {
  // React reports the caught error on the console; that is expected here.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  const onReset = vi.fn();
  render(
    <div>
      <p>The rest of the page</p>
      <PaneBoundary onReset={onReset}>
        <Broken />
      </PaneBoundary>
    </div>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent(
    'This comparison could not be shown (segments out of order)',
  );
  expect(screen.getByText('The rest of the page')).toBeInTheDocument();
  await userEvent
    .setup()
    .click(screen.getByRole('button', { name: 'Show the first comparison instead' }));
  expect(onReset).toHaveBeenCalledOnce();
  quiet.mockRestore();
});
