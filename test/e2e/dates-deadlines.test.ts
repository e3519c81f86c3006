// One calendar, one date style, one deadline list, end to end in Chromium: a Persian walk
// where the case list, the case page, Deadlines and the checklist show a court-action
// deadline as the same Gregorian date in the same words; an English case page with one
// date style and a 24-hour clock; a note follow-up due tomorrow on Deadlines; the outcome
// form saving rent and deposit and closing the packet's to-do; axe on Deadlines; the
// reminder of a court action running out within 3 days; a date typed into the date field
// in each UI language's order and digits; and
// screenshots of Deadlines and the case page in en, sl, ar and fa on a phone and a desktop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatDate } from '../../src/app/format.ts';
import { daysBetween } from '../../src/domain/calendar.ts';
import { addDays, addLegalDays } from '../../src/domain/deadlines.ts';
import { addNote, createCase, dateField, dateFieldValue, fillDate, go, launchBrowser, openApp, runAxe, screenshot, waitForScreen } from './support.ts';
import arCases from '../../locales/ar/cases.json' with { type: 'json' };
import enCases from '../../locales/en/cases.json' with { type: 'json' };
import faCases from '../../locales/fa/cases.json' with { type: 'json' };
import slCases from '../../locales/sl/cases.json' with { type: 'json' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Today as the calendar in Ljubljana shows it. */
function todayInLjubljana(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
}

/** On a case page: adds the court-action checklist (regular procedure) and enters the service date. */
async function addCourtAction(page: Page, servedOn: string): Promise<void> {
  const section = page.getByTestId('checklists-section');
  await section.waitFor();
  await section.getByLabel('Procedure').selectOption({ label: 'Decision and court action' });
  await section.getByLabel('Kind of decision or situation').selectOption({ label: 'Rejected in the regular procedure' });
  await section.getByRole('button', { name: 'Add checklist' }).click();
  await page.waitForURL(/\/checklists\/[^/]+$/);
  const input = page.locator('input[data-key-date="decisionServedOn"]');
  await input.fill(servedOn);
  await input.blur();
  await page.locator('[data-item="court_action_regular"] [data-due-date]').waitFor();
}

async function chooseUiLanguage(page: Page, language: string): Promise<void> {
  await go(page, '/settings', { networkIdle: true });
  await page.getByLabel(/App language|Jezik aplikacije|لغة التطبيق|زبان برنامه/).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function text(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector).first();
  await element.waitFor();
  return ((await element.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

// "Tue 8 Dec 2026", optionally with ", 17:05": the one English style.
const ENGLISH_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}(, \d{2}:\d{2})?$/;

describe('one calendar and one date style', () => {
  it('shows a court-action deadline as the same Gregorian date in Persian on the case list, case page, Deadlines and checklist', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      const today = todayInLjubljana();
      const servedOn = addDays(today, -5);
      const due = addLegalDays(servedOn, 15);
      const caseId = await createCase(page, 'Demo: Dariush Nemuna');
      await addCourtAction(page, servedOn);
      const checklistPath = new URL(page.url()).pathname;
      await chooseUiLanguage(page, 'fa');
      const persian = formatDate(due, 'fa');
      expect(persian).toMatch(/[۰-۹]/);

      await go(page, '/cases');
      const row = await text(page, `a[href="/cases/${caseId}"]`);
      expect(row).toContain(persian);

      await go(page, `/cases/${caseId}`);
      expect(await text(page, '[data-testid="checklists-section"]')).toContain(persian);

      await go(page, '/deadlines');
      expect(await text(page, `[data-testid="deadline-entry"][data-kind="checklist"][data-date="${due}"]`)).toContain(persian);
      await screenshot(page, 'deadlines-fa-walk');

      await go(page, checklistPath);
      expect(await text(page, '[data-item="court_action_regular"] .cl-due__date')).toContain(persian);
      await screenshot(page, 'checklist-fa-walk');
      // No Persian (Solar Hijri) calendar anywhere: every date shows its year, and a Solar
      // Hijri date of these days would say 1404-1406 (month names alone also occur inside words).
      for (const path of ['/cases', `/cases/${caseId}`, '/deadlines', checklistPath]) {
        await go(page, path);
        await page.waitForFunction(() => document.querySelector('[data-screen]')?.textContent?.includes('۲۰۲'));
        expect(await text(page, '[data-screen]'), path).not.toMatch(/۱۴۰[۴-۶]/);
      }
    } finally {
      await session.close();
    }
  });

  it('shows one English date style and a 24-hour clock on a case page, and a note follow-up due tomorrow on Deadlines', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      const tomorrow = addDays(todayInLjubljana(), 1);
      const caseId = await createCase(page, 'Demo: Omar Example');
      await fillDate(dateField(page, 'Follow up on'), tomorrow);
      await addNote(page, 'Demo: call Omar back about the school.');
      await addCourtAction(page, addDays(todayInLjubljana(), -5));
      await go(page, `/cases/${caseId}`);
      await page.getByTestId('note').first().waitFor();

      const noteTime = await text(page, '[data-testid="note"] time');
      expect(noteTime).toMatch(ENGLISH_DATE);
      expect(await text(page, '.note__follow-up')).toBe(`Follow up: ${formatDate(tomorrow, 'en')}`);
      const screen = await text(page, '[data-screen]');
      expect(screen).not.toMatch(/\b(AM|PM)\b/);
      // No US-style "Dec 8, 2026" and no "Tue, 8 Dec" beside the one style.
      expect(screen).not.toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/);
      expect(screen).not.toMatch(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun),/);

      await go(page, '/cases');
      expect(await text(page, `a[href="/cases/${caseId}"]`)).toContain('Due tomorrow');

      await go(page, '/deadlines');
      const line = page.locator(`[data-testid="deadline-entry"][data-kind="note"][data-date="${tomorrow}"]`);
      await line.waitFor();
      expect(await line.textContent()).toContain('Demo: Omar Example');
      expect(await line.textContent()).toContain('tomorrow');
      // The per-kind filter keeps only note follow-ups.
      await page.getByTestId('deadlines-kind').getByLabel('Note follow-ups').check();
      await page.waitForURL(/kind=note/);
      expect(await page.locator('[data-testid="deadline-entry"][data-kind="checklist"]').count()).toBe(0);
      expect(await page.locator('[data-testid="deadline-entry"][data-kind="note"]').count()).toBe(1);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** `digits` written with the zero at `zero` (U+0660 Arabic-Indic, U+06F0 Persian). */
function written(digits: string, zero: number): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
}

describe('the date field follows the UI language', () => {
  const typings = [
    // As each language writes a date: the parts in its order, its separators, its digits.
    { language: 'en', labels: enCases.notes, days: 2, typed: (y: string, m: string, d: string) => `${d}/${m}/${y}` },
    { language: 'sl', labels: slCases.notes, days: 3, typed: (y: string, m: string, d: string) => `${d}. ${m}. ${y}` },
    { language: 'ar', labels: arCases.notes, days: 4, typed: (y: string, m: string, d: string) => written(`${d}/${m}/${y}`, 0x0660) },
    { language: 'fa', labels: faCases.notes, days: 5, typed: (y: string, m: string, d: string) => written(`${y}/${m}/${d}`, 0x06f0) },
  ];

  it('saves a follow-up date typed in the order and digits of en, sl, ar and fa, and Deadlines shows that same date', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      const caseId = await createCase(page, 'Demo: Mina Primer');
      for (const { language, labels, days, typed } of typings) {
        const date = addDays(todayInLjubljana(), days);
        const [year, month, day] = date.split('-') as [string, string, string];
        await chooseUiLanguage(page, language);
        await go(page, `/cases/${caseId}`, { networkIdle: true });
        await page.getByLabel(labels.newLabel).fill(`Demo: call Mina back (${language}).`);
        const field = dateField(page, labels.followUp);
        await field.locator('input[data-part]').first().click();
        // Typed straight through, separators and all, the way the person writes it.
        await page.keyboard.type(typed(year, String(Number(month)), String(Number(day))));
        await page.keyboard.press('Tab');
        expect(await dateFieldValue(field), language).toBe(date);
        if (language === 'fa') expect(await field.locator('input[data-part="year"]').inputValue()).toBe(written(year, 0x06f0));
        expect(await runAxe(page), `case page ${language}`).toEqual([]);
        await field.scrollIntoViewIfNeeded();
        await screenshot(page, `date-field-${language}-phone`);

        await page.getByRole('button', { name: labels.save }).click();
        await page.locator('.note__follow-up', { hasText: formatDate(date, language) }).waitFor();
        await go(page, '/deadlines', { networkIdle: true });
        const line = page.locator(`[data-testid="deadline-entry"][data-kind="note"][data-date="${date}"]`);
        await line.waitFor();
        expect(await line.textContent(), language).toContain(formatDate(date, language));
      }
    } finally {
      await session.close();
    }
  });

  it('says that 31 February does not exist, keeps what was typed and saves no note until it is right', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await createCase(page, 'Demo: Mina Primer');
      const year = String(Number(todayInLjubljana().slice(0, 4)) + 1);
      await page.getByLabel('New note').fill('Demo: ask about the appeal.');
      const field = dateField(page, 'Follow up on');
      await field.locator('input[data-part]').first().click();
      await page.keyboard.type(`31/2/${year}`);
      await page.keyboard.press('Tab');
      const noSuchDay = field.getByText('There is no such day: that month has 28 days.');
      await noSuchDay.waitFor();
      await page.getByRole('button', { name: 'Save note' }).click();
      // The form refuses it; the field keeps saying what exactly is wrong.
      await page.locator('[data-part]:focus').waitFor();
      expect(await noSuchDay.isVisible()).toBe(true);
      expect(await field.locator('input[data-part="day"]').inputValue()).toBe('31');
      expect(await field.locator('input[aria-invalid="true"]').count()).toBe(3);
      expect(await page.getByLabel('New note').inputValue()).toBe('Demo: ask about the appeal.');
      expect(await page.getByTestId('note').count()).toBe(0);
      expect(await runAxe(page)).toEqual([]);

      await field.locator('input[data-part="day"]').fill('28');
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.locator('.note__follow-up', { hasText: formatDate(`${year}-02-28`, 'en') }).waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('the outcome form takes the money', () => {
  it('saves rent and deposit from the outcome form, and the packet’s costs to-do closes', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await createCase(page, 'Demo: Lejla Primer');
      await page.getByTestId('case-viewings').getByRole('link', { name: 'Plan a viewing' }).click();
      await page.locator('h1', { hasText: 'Plan a viewing' }).waitFor();
      await page.getByRole('button', { name: 'Tomorrow' }).click();
      await page.getByLabel('Start', { exact: true }).fill('10:00');
      await page.getByLabel("Landlord's phone").fill('041123456');
      await page.getByTestId('save-viewing').click();
      await page.getByTestId('packet-address').or(page.getByTestId('tel-link')).first().waitFor();
      expect(await text(page, '[data-testid="landlord-phone"]')).toBe('041 123 456');
      expect(await page.locator('[data-item="costs"]').getAttribute('data-state')).toBe('open');

      await page.getByRole('link', { name: 'Log the outcome' }).click();
      await page.locator('h1', { hasText: 'How did the viewing go?' }).waitFor();
      await page.getByLabel('Monthly rent (€)').fill('-5');
      await page.getByTestId('save-outcome').click();
      await page.locator('[data-field="rentMonthly"][aria-invalid="true"]').waitFor();
      await page.getByLabel('Monthly rent (€)').fill('450.50');
      await page.getByLabel('Deposit (€)').fill('900');
      await page.getByLabel('Utilities, estimated per month (€)').fill('80');
      await page.getByLabel('Agency fee (€)').fill('0');
      expect(await runAxe(page)).toEqual([]);
      await page.getByTestId('save-outcome').click();
      await page.waitForURL(/\/viewings\/[^/]+$/);
      await waitForScreen(page);
      await page.locator('[data-item="costs"][data-state="done"]').waitFor();
      const costs = await text(page, '[data-screen]');
      expect(costs).toContain('€450.50');
      expect(costs).toContain('€900.00');
    } finally {
      await session.close();
    }
  });
});

describe('screenshots', () => {
  for (const desktop of [false, true]) {
    it(`Deadlines and the case page in en, sl, ar and fa (${desktop ? 'desktop' : 'phone'})`, async () => {
      const session = await openApp(browser, { desktop });
      const { page } = session;
      try {
        const caseId = await createCase(page, 'Demo: Ana Primer');
        await fillDate(dateField(page, 'Follow up on'), addDays(todayInLjubljana(), 1));
        await addNote(page, 'Demo: ask about the school enrolment.');
        // Served so that the court action runs out within 3 days: the legal reminder shows.
        const today = todayInLjubljana();
        const servedOn = [-13, -12, -14, -11, -15].map((days) => addDays(today, days)).find((date) => {
          const left = daysBetween(today, addLegalDays(date, 15));
          return left >= 1 && left <= 3;
        })!;
        await addCourtAction(page, servedOn);
        await page.getByTestId('legal-reminder').waitFor();
        for (const language of ['en', 'sl', 'ar', 'fa']) {
          await chooseUiLanguage(page, language);
          await go(page, '/deadlines', { networkIdle: true });
          await page.getByTestId('deadline-entry').first().waitFor();
          expect(await runAxe(page), `deadlines ${language}`).toEqual([]);
          await screenshot(page, `deadlines-${language}-${desktop ? 'desktop' : 'phone'}`, { fullPage: true });
          await go(page, `/cases/${caseId}`, { networkIdle: true });
          await page.getByTestId('note').first().waitFor();
          await screenshot(page, `case-${language}-${desktop ? 'desktop' : 'phone'}`, { fullPage: true });
        }
      } finally {
        await session.close();
      }
    });
  }
});
