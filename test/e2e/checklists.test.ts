// Procedure checklists and deadlines in real Chromium: add a checklist to a case, enter
// a service date, see the due date the domain computes (moved off a holiday weekend), tick
// items, keep everything with the network cut and the server stopped; the client handout
// in Arabic, right to left; the Deadlines screen and its badge; a coordinator's template
// correction and the upgrade of a checklist; axe and screenshots in English and Arabic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addLegalDays, computeDeadline, explainDeadline } from '../../src/domain/deadlines.ts';
import { renderExplanation } from '../../src/app/checklists/explanation.ts';
import { formatDate } from '../../src/app/format.ts';
import en from '../../locales/en/deadlines.json' with { type: 'json' };
import enChecklists from '../../locales/en/checklists.json' with { type: 'json' };
import {
  createCase,
  dateField,
  dateFieldValue,
  demoData,
  go,
  goOffline,
  heading,
  launchBrowser,
  openApp,
  runAxe,
  screenshot,
  waitForScreen,
  waitForServiceWorkerActivated,
} from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** On a case page: add a checklist from a template (and variant); ends on the checklist. */
async function addChecklist(page: Page, template: string, variant?: string): Promise<string> {
  const section = page.getByTestId('checklists-section');
  await section.waitFor();
  await section.getByLabel('Procedure').selectOption({ label: template });
  if (variant) await section.getByLabel('Kind of decision or situation').selectOption({ label: variant });
  await section.getByRole('button', { name: 'Add checklist' }).click();
  await page.waitForURL(/\/checklists\/[^/]+$/);
  await page.getByTestId('checklist-progress').waitFor();
  return new URL(page.url()).pathname.split('/')[4]!;
}

async function enterKeyDate(page: Page, keyDate: string, date: string): Promise<void> {
  const input = page.locator(`input[data-key-date="${keyDate}"]`);
  await input.fill(date);
  await input.blur();
}

function item(page: Page, key: string) {
  return page.locator(`[data-item="${key}"]`);
}

/** The explanation exactly as the domain and the English locale make it. */
function expectedRule(from: string, days: number, basis: { act: string; article: string }[]): string {
  const deadline = computeDeadline({ from, rule: { kind: 'legalDaysAfter', days }, keyDate: 'decisionServedOn', basis });
  const tables = { deadlines: en, checklists: enChecklists } as Record<string, unknown>;
  const lookup = (key: string): string => {
    const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['checklists', key];
    return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tables[ns]) as string;
  };
  const t = (key: string, options: Record<string, unknown> = {}) => {
    const count = options.count;
    const text = (typeof count === 'number' && lookup(`${key}_${count === 1 ? 'one' : 'other'}`)) || lookup(key);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
  return renderExplanation(explainDeadline(deadline), t, 'en');
}

async function chooseUiLanguage(page: Page, language: string): Promise<void> {
  await go(page, '/settings', { networkIdle: true });
  await page.getByLabel(/App language|لغة التطبيق/).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

describe('checklists', () => {
  it('computes the court-action deadline off the 1-2 May holiday weekend, keeps ticks and dates offline', async () => {
    const session = await openApp(browser);
    const { page, context, server } = session;
    try {
      await waitForServiceWorkerActivated(page);
      const caseId = await createCase(page, 'Demo: Amira Primer');
      await addChecklist(page, 'Decision and court action', 'Rejected in the regular procedure');
      expect(await heading(page)).toBe('Decision and court action');

      // Served on Friday 17 April 2026: 15 days end on Saturday 2 May (also a holiday),
      // so the deadline moves to Monday 4 May (ZUP Art. 101(2)). Checked against the domain.
      await enterKeyDate(page, 'decisionServedOn', '2026-04-17');
      const expected = addLegalDays('2026-04-17', 15);
      expect(expected).toBe('2026-05-04');
      const courtAction = item(page, 'court_action_regular');
      const due = courtAction.locator('[data-due-date]');
      await due.waitFor();
      expect(await due.getAttribute('data-due-date')).toBe(expected);
      expect(await due.locator('.cl-due__date strong').textContent()).toBe(`Due by ${formatDate(expected, 'en')}`);
      const rule = (await courtAction.getByTestId('due-rule').textContent()) ?? '';
      expect(rule).toBe(expectedRule('2026-04-17', 15, [{ act: 'ZMZ-1', article: '70' }]));
      expect(rule).toContain('15 days from service of the decision');
      expect(rule).toContain('ZMZ-1 Art. 70');
      expect(rule).toContain('moved from Sat 2 May 2026 (Labour Day) to Mon 4 May 2026, ZUP Art. 101(2)');
      // Marked M: a visible "Verify" badge with its sources.
      const verify = courtAction.getByTestId('verify');
      expect(await verify.locator('.cl-badge').textContent()).toBe('Verify');
      expect(await verify.locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);
      // The served date was in the past: the unticked deadline is overdue, in words too.
      expect(await courtAction.getAttribute('data-overdue')).toBe('true');

      await page.getByLabel('Your name for ticks').fill('Demo: Counselor');
      await page.getByLabel('Your name for ticks').blur();
      await item(page, 'legal_help_contacted').getByRole('checkbox').check();
      await item(page, 'service_date_recorded').getByRole('checkbox').check();
      await page.waitForFunction(() => document.querySelector('[data-testid="checklist-progress"]')?.textContent?.startsWith('2 of'));
      expect(await item(page, 'legal_help_contacted').locator('.cl-done-by').textContent()).toMatch(/^Done by \u2068Demo: Counselor\u2069 on /);
      const checklistUrl = page.url();

      await goOffline(context, server);
      await page.reload();
      await waitForScreen(page);
      await page.getByTestId('checklist-progress').waitFor();
      expect(await dateFieldValue(dateField(page, 'Decision served on'))).toBe('2026-04-17');
      expect(await item(page, 'legal_help_contacted').getByRole('checkbox').isChecked()).toBe(true);
      expect(await item(page, 'service_date_recorded').getByRole('checkbox').isChecked()).toBe(true);
      expect(await item(page, 'court_action_inadmissible').count()).toBe(0); // variant: regular only
      expect(await item(page, 'court_action_regular').locator('[data-due-date]').getAttribute('data-due-date')).toBe(expected);
      expect(page.url()).toBe(checklistUrl);
      // Control: this really is offline (the page came from the service worker's cache and
      // the data from IndexedDB); a request to the server fails.
      expect(await page.evaluate(() => fetch('/v1/health', { cache: 'no-store' }).then(() => 'answered', () => 'failed'))).toBe('failed');
      expect(new URL(checklistUrl).pathname).toMatch(new RegExp(`^/cases/${caseId}/checklists/[0-9a-f-]{36}$`));
    } finally {
      await session.close();
    }
  });

  it('renders the client handout in Arabic right to left, with the unreviewed notice and visible fallbacks', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await createCase(page, 'Demo: Yusuf Example');
      await addChecklist(page, 'Decision and court action', 'Dismissed as inadmissible (incl. Dublin, safe third country)');
      await enterKeyDate(page, 'decisionServedOn', '2026-04-17');
      await page.locator('[data-due-date]').first().waitFor();
      await page.getByRole('link', { name: 'Handout for the client' }).click();
      await page.getByTestId('handout').waitFor();
      expect(await page.getByTestId('handout').getAttribute('dir')).toBe('ltr');
      expect(await runAxe(page)).toEqual([]);

      await page.getByLabel('Language of the handout').selectOption('ar');
      const handout = page.locator('[data-testid="handout"][lang="ar"]');
      await handout.waitFor();
      expect(await handout.getAttribute('dir')).toBe('rtl');
      expect(await handout.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      // The page around it stays in the UI language.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await handout.locator('h2').textContent()).toContain('القرار والدعوى أمام المحكمة');
      expect(await handout.getByTestId('unreviewed-notice').isVisible()).toBe(true);
      // The 3-day action: a date in Arabic, Gregorian calendar, and the rule in Arabic.
      const step = handout.locator('[data-item="court_action_inadmissible"]');
      expect(await step.textContent()).toContain(formatDate(addLegalDays('2026-04-17', 3), 'ar'));
      // Every step is in Arabic or carries its own "shown in English" marker.
      const steps = await handout.locator('.cl-handout__step').evaluateAll((elements) =>
        elements.map((element) => ({
          fallback: element.getAttribute('data-fallback') === 'true',
          marker: element.querySelector('[data-testid="fallback-marker"]') !== null,
          english: element.querySelector('[lang="en"]') !== null,
        })),
      );
      expect(steps.length).toBeGreaterThan(3);
      for (const entry of steps) expect(entry.marker).toBe(entry.fallback);
      for (const entry of steps) expect(entry.english).toBe(entry.fallback);
      expect(await runAxe(page)).toEqual([]);
      await screenshot(page, 'handout-ar-content-phone', { fullPage: true });

      // Printing shows the handout alone.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.bottom-nav').isVisible()).toBe(false);
      expect(await page.locator('.top-bar').isVisible()).toBe(false);
      expect(await page.locator('.cl-handout-controls').isVisible()).toBe(false);
      expect(await handout.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await session.close();
    }
  });

  it('lists overdue then upcoming deadlines across cases, with the nav badge, from demo data', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await demoData(page, 'load');
      await go(page, '/deadlines', { networkIdle: true });
      const overdue = page.getByTestId('deadlines-overdue');
      const upcoming = page.getByTestId('deadlines-upcoming');
      await overdue.waitFor();
      expect(await overdue.textContent()).toContain('Address registered within 8 days');
      expect(await upcoming.textContent()).toContain('Demo: Omar Example');
      const entries = await page.getByTestId('deadline-entry').count();
      expect(entries).toBeGreaterThan(2);
      // The badge counts what the screen lists.
      await page.waitForFunction(
        (count) => document.querySelector('a[href="/deadlines"] .bottom-nav__badge')?.textContent === String(count),
        entries,
      );
      // Entries link to their case with nothing but ids in the URL.
      const hrefs = await page.locator('[data-testid="deadline-entry"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const internal = hrefs.filter((href) => !href.startsWith('https://')); // source links of "verify" badges
      expect(internal.length).toBeGreaterThan(entries);
      for (const href of internal) expect(href).toMatch(/^\/(cases|viewings)\/[0-9a-f-]{36}(\/checklists\/[0-9a-f-]{36}|#note-[0-9a-f-]{36})?$/);
      expect(await runAxe(page)).toEqual([]);

      // The case list, by next deadline: the case with the overdue step comes first, flagged.
      const overdueCase = ((await overdue.getByTestId('deadline-entry').first().locator('a[href^="/cases/"]').first().getAttribute('href')) ?? '').split('/')[2];
      await go(page, '/cases', { networkIdle: true });
      const first = page.locator('.case-row').first();
      await first.filter({ hasText: 'Overdue since' }).waitFor();
      expect(await first.getAttribute('href')).toBe(`/cases/${overdueCase}`);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('saves a template correction as a new version; a checklist upgrades only when asked', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await createCase(page, 'Demo: Nadia Vzorec');
      const checklistId = await addChecklist(page, 'Decision and court action', 'Dismissed as inadmissible (incl. Dublin, safe third country)');
      const checklistPath = new URL(page.url()).pathname;
      await enterKeyDate(page, 'decisionServedOn', '2026-04-17');
      await page.locator('[data-item="court_action_inadmissible"] [data-due-date]').waitFor();
      expect(await page.locator('[data-item="court_action_inadmissible"] [data-due-date]').getAttribute('data-due-date')).toBe(addLegalDays('2026-04-17', 3));

      await go(page, '/settings/templates', { networkIdle: true });
      await page.locator('[data-template="decision-court-action"]').getByRole('link').click();
      await page.waitForURL(/\/settings\/templates\/decision-court-action$/);
      await waitForScreen(page);
      // A new step with nothing filled in cannot be saved; the problems are listed.
      await page.getByRole('button', { name: 'Add a step' }).click();
      await page.getByRole('button', { name: 'Save as version 2' }).click();
      const problems = page.locator('#editor-errors');
      await problems.waitFor();
      expect(await problems.textContent()).toContain('“New step”: text (English): Required.');
      await page.waitForFunction(() => document.activeElement?.id === 'editor-errors');
      // Removing the step asks first (the app's own dialog); Cancel keeps it.
      const steps = page.locator('li.cl-editor__item');
      const stepCount = await steps.count();
      const removeDialog = page.getByRole('dialog', { name: 'Remove the step “New step”? Checklists that upgrade will no longer show it.' });
      await steps.last().getByRole('button', { name: 'Remove this step' }).click();
      await removeDialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await steps.count()).toBe(stepCount);
      await steps.last().getByRole('button', { name: 'Remove this step' }).click();
      await removeDialog.getByRole('button', { name: 'Remove this step' }).click();
      await page.waitForFunction((count) => document.querySelectorAll('li.cl-editor__item').length === count - 1, stepCount);
      const step = page.locator('li[data-item="court_action_inadmissible"]');
      await step.locator('summary').click();
      await step.getByLabel('Number of days').fill('8');
      expect(await page.getByTestId('template-changes').textContent()).toContain('3 days from service of the decision → 8 days from service of the decision');
      await page.getByRole('button', { name: 'Save as version 2' }).click();
      await page.getByTestId('template-saved').waitFor();

      await go(page, checklistPath, { networkIdle: true });
      // Still version 1 until someone chooses the upgrade.
      expect(await page.getByTestId('checklist-version').textContent()).toMatch(/^Version 1,/);
      const notice = page.getByTestId('upgrade-notice');
      await notice.waitFor();
      await notice.locator('summary').click();
      expect(await notice.getByTestId('template-changes').textContent()).toContain('→ 8 days from service of the decision');
      await notice.getByRole('button', { name: 'Upgrade to version 2' }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="checklist-version"]')?.textContent?.startsWith('Version 2,'));
      expect(await page.locator('[data-item="court_action_inadmissible"] [data-due-date]').getAttribute('data-due-date')).toBe(addLegalDays('2026-04-17', 8));
      expect(await dateFieldValue(dateField(page, 'Decision served on'))).toBe('2026-04-17');
      expect(checklistId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await session.close();
    }
  });
});

/** Every checklist screen with demo data, in English then Arabic: axe, then screenshots. */
async function photographAll(device: 'phone' | 'desktop'): Promise<void> {
  const session = await openApp(browser, { desktop: device === 'desktop' });
  const { page } = session;
  try {
    await demoData(page, 'load');
    await go(page, '/cases', { networkIdle: true });
    // The case row (the legal-deadline banner above the list may name the case too).
    await page.locator('.case-row', { hasText: 'Demo: Omar Example' }).first().click();
    await page.getByTestId('checklists-section').locator('.cl-card').first().waitFor();
    const casePath = new URL(page.url()).pathname;
    const checklistPath = (await page.getByTestId('checklists-section').locator('a.cl-card__title').first().getAttribute('href')) ?? '';
    const screens = [
      { name: 'checklist-section', path: casePath, section: true },
      { name: 'checklist', path: checklistPath },
      { name: 'deadlines', path: '/deadlines' },
      { name: 'handout', path: `${checklistPath}/handout` },
      { name: 'templates', path: '/settings/templates' },
      { name: 'template-edit', path: '/settings/templates/decision-court-action' },
    ];
    for (const language of ['en', 'ar']) {
      if (language === 'ar') await chooseUiLanguage(page, 'ar');
      for (const entry of screens) {
        await go(page, entry.path, { networkIdle: true });
        if (entry.section) {
          const section = page.getByTestId('checklists-section');
          await section.locator('.cl-card').first().waitFor();
          await section.scrollIntoViewIfNeeded();
          expect({ screen: entry.name, language, violations: await runAxe(page, { exclude: ['[data-section]:not([data-section="checklists"])'] }) }).toEqual({
            screen: entry.name,
            language,
            violations: [],
          });
        } else {
          expect({ screen: entry.name, language, violations: await runAxe(page) }).toEqual({ screen: entry.name, language, violations: [] });
        }
        await screenshot(page, `${entry.name}-${language}-${device}`);
        await screenshot(page, `${entry.name}-${language}-${device}-full`, { fullPage: true });
      }
    }
  } finally {
    await session.close();
  }
}

describe('asking before deleting a checklist', () => {
  it('keeps the checklist on Cancel and deletes it on confirm, in the app’s own dialog', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      const caseId = await createCase(page, 'Demo: Iva Primer');
      const checklistPath = new URL(page.url()).pathname;
      await addChecklist(page, 'Decision and court action', 'Rejected in the regular procedure');
      const dialog = page.getByRole('dialog', { name: 'Delete this checklist with its dates, ticks and notes? This cannot be undone.' });
      await page.getByRole('button', { name: 'Delete this checklist' }).click();
      expect(await runAxe(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await heading(page)).toBe('Decision and court action');

      await page.getByRole('button', { name: 'Delete this checklist' }).click();
      await dialog.getByRole('button', { name: 'Delete this checklist' }).click();
      await page.waitForURL((url) => url.pathname === `/cases/${caseId}`);
      expect(checklistPath).toBe(`/cases/${caseId}`);
      await page.getByTestId('checklists-section').waitFor();
      expect(await page.getByTestId('checklists-section').locator('a[href*="/checklists/"]').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('checklist screens: axe and screenshots', () => {
  it('have no axe violations in English and Arabic on a phone (360x740)', async () => {
    await photographAll('phone');
  });

  it('have no axe violations in English and Arabic on a desktop', async () => {
    await photographAll('desktop');
  });
});
