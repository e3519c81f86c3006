// Cases, notes, search, drafts and storage errors in real Chromium, on a phone-sized
// screen: what a counselor does in the field, with the network gone and the server stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  addNote,
  type AppSession,
  createCase,
  cspViolations,
  demoData,
  goOffline,
  heading,
  launchBrowser,
  openApp,
  runAxe,
  screenshot,
  waitForScreen,
  waitForServiceWorkerActivated,
  unregisterServiceWorkers,
} from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** What the cases here are created with, besides their name. */
async function withStatusAndLanguages(page: Page): Promise<void> {
  await page.getByLabel('Legal status').selectOption('ip_applicant');
  await page.getByLabel('Languages spoken').fill('Arabic, French');
}

/** The app on its own server and a new phone (or desktop); every page records CSP violations. */
function open(options: { path?: string; locale?: string; desktop?: boolean; init?: () => void } = {}): Promise<AppSession> {
  return openApp(browser, { ...options, watchCsp: true });
}

async function noteTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="note"] .note__body').allTextContents();
}

/** Whether the app's draft store holds `key` (read straight from IndexedDB). */
function hasDraft(page: Page, key: string): Promise<boolean> {
  return page.evaluate(
    (draftKey) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('terenski-zvezek');
        request.addEventListener('error', () => resolve(false));
        request.addEventListener('success', () => {
          const db = request.result;
          const get = db.transaction('drafts').objectStore('drafts').get(draftKey);
          get.addEventListener('success', () => {
            db.close();
            resolve(get.result !== undefined);
          });
          get.addEventListener('error', () => resolve(false));
        });
      }),
    key,
  );
}

/** Resolves once the autosave has stored (or, with `present` false, removed) the draft `key`. */
async function waitForDraft(page: Page, key: string, present = true): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await hasDraft(page, key)) !== present) {
    if (Date.now() > deadline) throw new Error(`draft ${key} never ${present ? 'appeared' : 'went away'}`);
    await page.waitForTimeout(50);
  }
}

describe('cases and notes', () => {
  it('keeps cases and notes through a reload with the network cut and the server stopped', async () => {
    const session = await open();
    const { page, context, server } = session;
    try {
      await waitForServiceWorkerActivated(page);
      const caseId = await createCase(page, 'Demo: Amina Primer', withStatusAndLanguages);
      await addNote(page, 'First visit: explained the asylum procedure.');
      await addNote(page, 'Called the Ministry; interview date still open.');
      // Newest first.
      expect(await noteTexts(page)).toEqual(['Called the Ministry; interview date still open.', 'First visit: explained the asylum procedure.']);

      await goOffline(context, server);
      await page.reload();
      await waitForScreen(page);
      await page.getByTestId('case-summary').waitFor();
      expect(await heading(page)).toBe('Demo: Amina Primer');
      expect(await page.getByTestId('case-summary').textContent()).toContain('Applicant for international protection');
      expect(await noteTexts(page)).toEqual(['Called the Ministry; interview date still open.', 'First visit: explained the asylum procedure.']);

      // The list too, opened by a deep link offline.
      await page.goto(`${server.url}/cases`);
      await waitForScreen(page);
      await page.locator(`a[href="/cases/${caseId}"]`).waitFor();
      expect(await page.getByTestId('case-count').textContent()).toBe('1 case');

      // A note written offline is kept as well.
      await page.locator(`a[href="/cases/${caseId}"]`).click();
      await page.getByTestId('case-summary').waitFor();
      await addNote(page, 'Offline: met at the day centre.');
      await page.reload();
      await page.getByTestId('note').first().waitFor();
      expect((await noteTexts(page))[0]).toBe('Offline: met at the day centre.');

      // Negative control: without the service worker the same offline reload fails.
      expect(await unregisterServiceWorkers(page)).toBe(true);
      const reload = await page.reload().then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await session.close();
    }
  });

  it('keeps a half-typed note through a reload, and through closing the app', async () => {
    const session = await open();
    const { page, context, server } = session;
    try {
      const caseId = await createCase(page, 'Demo: Jonas Vzorec', withStatusAndLanguages);
      await page.getByLabel('New note').fill('Landlord in Šiška wants a deposit of two mon');
      await waitForDraft(page, `note:new:${caseId}`);
      await page.reload();
      await page.getByTestId('case-summary').waitFor();
      const box = page.getByLabel('New note');
      await page.waitForFunction(() => (document.querySelector('[data-testid="note-capture"] textarea') as HTMLTextAreaElement | null)?.value !== '');
      expect(await box.inputValue()).toBe('Landlord in Šiška wants a deposit of two mon');
      expect(await page.getByTestId('note-capture').textContent()).toContain('Your unsaved note was restored.');

      // Closed without any warning (as when the phone kills the app), then opened again.
      await box.fill('Landlord in Šiška wants a deposit of two months');
      await waitForDraft(page, `note:new:${caseId}`);
      await page.close({ runBeforeUnload: false });
      const again = await context.newPage();
      await again.goto(`${server.url}/cases/${caseId}`);
      await again.getByTestId('case-summary').waitFor();
      await again.waitForFunction(() =>
        (document.querySelector('[data-testid="note-capture"] textarea') as HTMLTextAreaElement | null)?.value.endsWith('months'),
      );

      // Saved with one tap: the draft is gone and the box is empty.
      await again.getByRole('button', { name: 'Save note' }).click();
      await again.getByTestId('note').first().waitFor();
      expect(await again.getByLabel('New note').inputValue()).toBe('');
      await waitForDraft(again, `note:new:${caseId}`, false);
      await again.getByTestId('capture-status').filter({ hasText: 'Note saved.' }).waitFor();
    } finally {
      await session.close();
    }
  });

  it('edits a note, and deletes one only after asking', async () => {
    const session = await open();
    const { page } = session;
    try {
      await createCase(page, 'Demo: Olena Zrazok', withStatusAndLanguages);
      await addNote(page, 'CV written together.');
      await addNote(page, 'Registered at the employment service.');

      const newest = page.getByTestId('note').first();
      await newest.getByRole('button', { name: 'Edit' }).click();
      await newest.getByLabel('Note', { exact: true }).fill('Registered at the employment service (ZRSZ).');
      await newest.getByLabel('Kind').selectOption('employment');
      await newest.getByRole('button', { name: 'Save note' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="note"] .note__body')?.textContent?.includes('ZRSZ'));
      expect(await newest.locator('.note__kind').textContent()).toBe('Employment');
      // Focus goes back to the note's Edit button (on the next frame after the form closes).
      await page.waitForFunction(() => document.activeElement?.textContent === 'Edit');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="note"]') === document.querySelector('[data-testid="note"]'))).toBe(true);

      const oldest = page.getByTestId('note').nth(1);
      await oldest.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete this note?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByTestId('note').count()).toBe(2);

      await oldest.getByRole('button', { name: 'Delete' }).click();
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="note"]').length === 1);
      expect(await noteTexts(page)).toEqual(['Registered at the employment service (ZRSZ).']);
      await page.waitForFunction(() => document.activeElement?.id === 'notes-title');
      await page.getByTestId('notes-status').filter({ hasText: 'Note deleted.' }).waitFor();

      // After a reload the change and the deletion are still there.
      await page.reload();
      await page.getByTestId('note').first().waitFor();
      expect(await noteTexts(page)).toEqual(['Registered at the employment service (ZRSZ).']);
    } finally {
      await session.close();
    }
  });

  it('finds a note by the beginning of a word typed without diacritics, and opens its case', async () => {
    const session = await open();
    const { page } = session;
    try {
      const caseId = await createCase(page, 'Demo: Karim Nemune', withStatusAndLanguages);
      await addNote(page, 'Odločba o predaji je vročena; tožba v 8 dneh.');
      await createCase(page, 'Demo: Marija Vzorec', withStatusAndLanguages);
      await page.goto(new URL('/cases', page.url()).href);
      await waitForScreen(page);
      await page.getByRole('searchbox', { name: 'Search cases and notes' }).fill('ODLOC');
      await page.getByTestId('search-count').waitFor();
      expect(await page.getByTestId('search-count').textContent()).toBe('1 case found');
      const result = page.locator(`a[href="/cases/${caseId}"]`);
      expect(await result.locator('mark').textContent()).toBe('Odločba');
      await result.click();
      await page.getByTestId('case-summary').waitFor();
      expect(await heading(page)).toBe('Demo: Karim Nemune');
    } finally {
      await session.close();
    }
  });

  it('checks the case form with messages next to the fields, and offers a draft back after a reload', async () => {
    const session = await open({ path: '/cases/new' });
    const { page } = session;
    try {
      await page.getByRole('button', { name: 'Create case' }).click();
      const name = page.getByLabel('Name', { exact: true });
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
      const described = (await name.getAttribute('aria-describedby')) ?? '';
      const messages = await Promise.all(described.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(messages).toContain('Please fill this in.');
      expect(messages.join(' ')).toContain('pseudonym');

      await name.fill('Demo: Sara Example');
      await page.getByLabel('Household size').fill('60');
      await page.getByLabel('Short summary').fill('Needs a flat near the school.');
      await page.getByRole('button', { name: 'Create case' }).click();
      await page.getByText('This number is outside the allowed range.').waitFor();
      await waitForDraft(page, 'case:new');

      await page.reload();
      await waitForScreen(page);
      const offer = page.getByRole('region', { name: 'Restore your unsaved draft?' });
      await offer.waitFor();
      expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
      await offer.getByRole('button', { name: 'Restore draft' }).click();
      expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Demo: Sara Example');
      expect(await page.getByLabel('Short summary').inputValue()).toBe('Needs a flat near the school.');

      await page.getByLabel('Household size').fill('4');
      await page.getByRole('button', { name: 'Create case' }).click();
      await page.getByTestId('case-summary').waitFor();
      expect(await page.getByTestId('case-summary').textContent()).toContain('4 people');
      await waitForDraft(page, 'case:new', false);
      // Focus is on the new page's heading, and the page says the case was created.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await page.locator('.flash').textContent()).toBe('Case created.');

      // Edit writes the change; the case page shows it.
      await page.getByRole('link', { name: 'Edit case' }).click();
      await page.getByLabel('Phone').fill('+386 40 000 000');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByTestId('case-summary').waitFor();
      expect(await page.getByTestId('case-summary').textContent()).toContain('+386 40 000 000');
    } finally {
      await session.close();
    }
  });

  it('loads demo data, filters it, and removes exactly the demo data', async () => {
    const session = await open();
    const { page } = session;
    try {
      await page.getByText('No cases yet').waitFor();
      const ownId = await createCase(page, 'Demo: My Own Case', withStatusAndLanguages);
      await demoData(page, 'load');
      await page.goto(new URL('/cases', page.url()).href);
      await page.getByTestId('case-count').filter({ hasText: 'cases' }).waitFor();
      expect(await page.getByTestId('case-count').textContent()).toBe('5 cases');

      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByLabel('Show', { exact: true }).selectOption('closed');
      await page.getByTestId('case-count').filter({ hasText: '1 case' }).waitFor();
      expect(await page.locator('.case-row__name').allTextContents()).toEqual(['Demo: Marija Vzorec']);
      await page.getByLabel('Show', { exact: true }).selectOption('open');
      await page.getByLabel('Legal status').selectOption('dublin');
      await page.getByTestId('case-count').filter({ hasText: '1 case' }).waitFor();
      expect(await page.locator('.case-row__name').allTextContents()).toEqual(['Demo: Omar Example']);
      await page.getByLabel('Legal status').selectOption('');
      await page.getByLabel('Tag', { exact: true }).selectOption('housing');
      await page.getByTestId('case-count').filter({ hasText: '1 case' }).waitFor();
      expect(await page.locator('.case-row__name').allTextContents()).toEqual(['Demo: Ana Primer']);
      // Sorted by next deadline: cases with something overdue first, flagged (once the
      // Deadlines badge has counted), then the one with a follow-up tomorrow.
      await page.getByLabel('Tag', { exact: true }).selectOption('');
      await page.getByTestId('case-count').filter({ hasText: '5 cases' }).waitFor();
      await page.locator('.case-row').first().filter({ hasText: 'Overdue since' }).waitFor();
      const rows = await page.locator('.case-row').evaluateAll((links) =>
        links.map((link) => ({ name: link.querySelector('.case-row__name')?.textContent, overdue: link.textContent?.includes('Overdue since') })),
      );
      const firstNotOverdue = rows.findIndex((row) => !row.overdue);
      expect(rows.slice(firstNotOverdue).some((row) => row.overdue)).toBe(false);
      expect(rows[firstNotOverdue]?.name).toBe('Demo: Omar Example');

      await demoData(page, 'remove');
      await page.goto(new URL('/cases', page.url()).href);
      await page.getByTestId('case-count').filter({ hasText: '1 case' }).waitFor();
      expect(await page.locator('.case-row').getAttribute('href')).toBe(`/cases/${ownId}`);
    } finally {
      await session.close();
    }
  });

  it('deletes a case after asking, with its notes, and lands on the list', async () => {
    const session = await open();
    const { page } = session;
    try {
      const caseId = await createCase(page, 'Demo: To Be Deleted', withStatusAndLanguages);
      await addNote(page, 'A note that goes with the case.');
      await page.getByRole('button', { name: 'Delete case' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete “Demo: To Be Deleted”?' });
      await dialog.getByRole('button', { name: 'Delete case' }).click();
      await page.waitForURL((url) => url.pathname === '/cases');
      await page.getByText('Case deleted.').waitFor();
      await page.getByText('No cases yet').waitFor();
      await page.goto(new URL(`/cases/${caseId}`, page.url()).href);
      await page.getByText('This case is not on this phone').waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('storage failures', () => {
  it('says clearly when the browser gives the app no storage (private mode)', async () => {
    const session = await open({
      init: () => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      },
    });
    const { page } = session;
    try {
      const banner = page.getByTestId('storage-problem');
      await banner.waitFor();
      expect(await banner.getAttribute('data-code')).toBe('storage_unavailable');
      expect(await banner.textContent()).toContain('private or incognito');
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    } finally {
      await session.close();
    }
  });

  it('when the disk is full, saves nothing, keeps the typed note and everything stored before', async () => {
    const session = await open({
      init: () => {
        // A switch the test flips (window.diskFull): from then on IndexedDB refuses writes
        // as a full disk does. (Self-contained: this function runs inside the page.)
        for (const method of ['add', 'put'] as const) {
          const original = IDBObjectStore.prototype[method];
          IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
            if ((window as unknown as { diskFull?: boolean }).diskFull === true) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return original.apply(this, args);
          } as (typeof IDBObjectStore.prototype)[typeof method];
        }
      },
    });
    const { page } = session;
    try {
      await createCase(page, 'Demo: Full Disk', withStatusAndLanguages);
      await addNote(page, 'Saved before the disk filled up.');
      await page.evaluate(() => {
        (window as unknown as { diskFull: boolean }).diskFull = true;
      });
      await page.getByLabel('New note').fill('Typed while the disk is full.');
      await page.getByRole('button', { name: 'Save note' }).click();
      const banner = page.getByTestId('storage-problem');
      await banner.waitFor();
      expect(await banner.getAttribute('data-code')).toBe('quota_exceeded');
      expect(await banner.textContent()).toContain('out of storage space');
      expect(await page.getByLabel('New note').inputValue()).toBe('Typed while the disk is full.');
      expect(await noteTexts(page)).toEqual(['Saved before the disk filled up.']);

      // Space freed: the same tap saves it.
      await page.evaluate(() => {
        (window as unknown as { diskFull: boolean }).diskFull = false;
      });
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="note"]').length === 2);
      await page.reload();
      await page.getByTestId('note').first().waitFor();
      expect(await noteTexts(page)).toEqual(['Typed while the disk is full.', 'Saved before the disk filled up.']);
    } finally {
      await session.close();
    }
  });
});

/** axe finds nothing, and the app's strict Content-Security-Policy refused nothing on this page. */
async function expectAccessibleAndClean(page: Page): Promise<void> {
  expect(await runAxe(page)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
}

describe('accessibility and looks, English and Arabic, phone and desktop', () => {
  for (const locale of ['en', 'ar'] as const) {
    for (const device of ['phone', 'desktop'] as const) {
      it(`${locale} ${device}: no axe violations on the case list, the case form and the case page`, async () => {
        const session = await open({ locale, desktop: device === 'desktop' });
        const { page } = session;
        const shot = (name: string, fullPage = false) => screenshot(page, `cases-${name}-${locale}-${device}`, { fullPage });
        try {
          expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
          await page.locator('.empty-state').waitFor();
          await expectAccessibleAndClean(page);
          await shot('list-empty');

          await page.goto(new URL('/settings', page.url()).href);
          await page.locator('#demo-data button').click();
          await page.locator('#demo-data [role="status"]').filter({ hasText: /./ }).waitFor();
          await page.locator('#demo-data').scrollIntoViewIfNeeded();
          await shot('settings-demo');

          await page.goto(new URL('/cases', page.url()).href);
          await page.locator('.case-row').first().waitFor();
          await expectAccessibleAndClean(page);
          await shot('list');
          await page.locator('.case-filters__toggle').click();
          await expectAccessibleAndClean(page);
          await shot('list-filters');

          await page.locator('.case-row', { hasText: 'Omar' }).click();
          await page.getByTestId('case-summary').waitFor();
          await page.getByTestId('note').first().waitFor();
          await expectAccessibleAndClean(page);
          await shot('case');
          await shot('case-full', true);
          await page.getByTestId('note').first().locator('button').nth(1).click();
          await page.getByRole('dialog').waitFor();
          await expectAccessibleAndClean(page);
          await shot('case-delete-note');
          await page.keyboard.press('Escape');

          await page.goto(new URL('/cases/new', page.url()).href);
          await page.locator('form.case-form').waitFor();
          await expectAccessibleAndClean(page);
          await shot('form');
          await shot('form-full', true);
          await page.locator('form.case-form button[type="submit"]').click();
          await page.locator('.field__error').first().waitFor();
          await expectAccessibleAndClean(page);
          await shot('form-errors');

          await page.goto(new URL('/cases', page.url()).href);
          await page.locator('#case-search').fill('cour');
          await page.getByTestId('search-count').waitFor();
          await expectAccessibleAndClean(page);
          await shot('search');
        } finally {
          await session.close();
        }
      });
    }
  }
});
