import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on any console error or uncaught page error: a reader must
 * never meet a broken page, whatever link or input brought them there.
 */
export const test = base.extend<{ consoleErrors: string[]; dialogs: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  /** Nothing a page shows may open a dialog (an `alert()` is how a hostile payload would show). */
  dialogs: [
    async ({ page }, use) => {
      const opened: string[] = [];
      page.on('dialog', (d) => {
        opened.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await use(opened);
      expect(opened, 'dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
