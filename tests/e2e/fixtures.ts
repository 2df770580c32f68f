import { test as base, expect, type Page } from '@playwright/test';

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

export interface StoredSource {
  id: string;
  title: string;
  text: string;
  blocks: { start: number; end: number; type: string }[];
}

/** The sources kept in the browser's storage (IndexedDB), read as the page would. */
export function storedSources(page: Page): Promise<StoredSource[]> {
  return page.evaluate(
    () =>
      new Promise<StoredSource[]>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('own-sources', { keyPath: 'id' });
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('own-sources').objectStore('own-sources').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredSource[]);
          };
        };
      }),
  );
}
