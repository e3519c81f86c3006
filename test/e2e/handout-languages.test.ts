// Handouts in the later handout languages, in real Chromium: Pashto and Urdu right to
// left in their self-hosted fonts, every text in the language (no English fallback, no
// raw key), the "not yet reviewed" notice, axe, screenshots; the language picker names
// each language in its own script and leaves the app's language alone. Then a
// coordinator marks Pashto reviewed and corrects a text in the template editor, and both
// reach a second device through the endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  builtAppDir,
  createCase,
  go,
  goOffline,
  launchBrowser,
  openApp,
  openDevice,
  runAxe,
  screenshot,
  waitForScreen,
  waitForServiceWorkerActivated,
  type Device,
} from './support.ts';
import { syncNow, teamOfTwo, teamServer } from './team.ts';
import ps from '../../src/domain/templates/handouts/ps.ts';
import ur from '../../src/domain/templates/handouts/ur.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const COURT_ACTION = 'Decision and court action';
const INADMISSIBLE = 'Dismissed as inadmissible (incl. Dublin, safe third country)';

/** On a new case: a court-action checklist with a served date; ends on its handout. */
async function openHandout(page: Page, name: string): Promise<void> {
  await createCase(page, name);
  const section = page.getByTestId('checklists-section');
  await section.waitFor();
  await section.getByLabel('Procedure').selectOption({ label: COURT_ACTION });
  await section.getByLabel('Kind of decision or situation').selectOption({ label: INADMISSIBLE });
  await section.getByRole('button', { name: 'Add checklist' }).click();
  await page.waitForURL(/\/checklists\/[^/]+$/);
  const served = page.locator('input[data-key-date="decisionServedOn"]');
  await served.fill('2026-04-17');
  await served.blur();
  await page.locator('[data-due-date]').first().waitFor();
  await page.getByRole('link', { name: 'Handout for the client' }).click();
  await page.getByTestId('handout').waitFor();
}

async function chooseHandoutLanguage(page: Page, language: string) {
  await page.getByLabel('Language of the handout').selectOption(language);
  const handout = page.locator(`[data-testid="handout"][lang="${language}"]`);
  await handout.waitFor();
  return handout;
}

/** Whether the page has a font face of `family` loaded (not only declared). */
function fontLoaded(page: Page, family: string): Promise<boolean> {
  return page.evaluate((name) => [...document.fonts].some((face) => face.family.replaceAll('"', '') === name && face.status === 'loaded'), family);
}

describe('handouts in the later languages', () => {
  it('shows Pashto and Urdu right to left in their own fonts, all in the language, axe clean, and offline once used', async () => {
    const session = await openApp(browser);
    const { page, context, server } = session;
    try {
      await waitForServiceWorkerActivated(page);
      await openHandout(page, 'Demo: Gul Example');
      // The picker names every language in its own name and script.
      const options = await page.getByLabel('Language of the handout').locator('option').evaluateAll((elements) =>
        Object.fromEntries(elements.map((element) => [(element as HTMLOptionElement).value, element.textContent])),
      );
      expect(options).toMatchObject({ ru: 'Русский', sq: 'Shqip', bs: 'Bosanski', fr: 'Français', tr: 'Türkçe', ps: 'پښتو', ur: 'اردو', uk: 'Українська' });
      expect(Object.keys(options)).toHaveLength(12);

      for (const [language, texts, family] of [
        ['ps', ps, 'Handout Naskh'],
        ['ur', ur, 'Handout Nastaliq'],
      ] as const) {
        const handout = await chooseHandoutLanguage(page, language);
        expect(await handout.getAttribute('dir')).toBe('rtl');
        expect(await handout.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
        // The app around the handout keeps its own language.
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await handout.locator('h2').textContent()).toBe(texts['decision-court-action'].title);
        expect(await handout.textContent()).toContain(texts['decision-court-action'].variants.inadmissible);
        expect(await handout.locator('[data-item="court_action_inadmissible"] .cl-handout__text').textContent()).toBe(
          texts['decision-court-action'].items.court_action_inadmissible,
        );
        expect(await handout.getByTestId('unreviewed-notice').isVisible()).toBe(true);
        // No English fallback, no raw key, no placeholder anywhere on the sheet.
        expect(await handout.locator('[data-fallback="true"], [data-testid="fallback-marker"], [lang="en"]').count()).toBe(0);
        expect(await handout.textContent()).not.toMatch(/handout\.|daysLeft\.|deadlines:|\{\{/);
        // Dates too are written in the language's script (Chromium has no Pashto data: the
        // nearest it has, Dari as written in Afghanistan, never English).
        const urgent = (await handout.getByTestId('handout-urgent').textContent()) ?? '';
        expect(urgent).not.toMatch(/[A-Za-z]/);
        // Pashto writes Eastern Arabic digits, in its dates and its counts alike.
        if (language === 'ps') expect(urgent).not.toMatch(/[0-9]/);
        // The self-hosted font is loaded and is the one drawing the text.
        expect(await handout.evaluate((element) => getComputedStyle(element).fontFamily)).toContain(family);
        expect(await fontLoaded(page, family)).toBe(true);
        const fontFiles = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.woff2')),
        );
        expect(fontFiles.length).toBeGreaterThan(0);
        for (const file of fontFiles) expect(new URL(file).origin).toBe(session.server.url);
        expect(await runAxe(page)).toEqual([]);
        await screenshot(page, `handout-${language}-phone`, { fullPage: true });
      }

      // The fonts are not installed with the app, but kept once used: offline, with the
      // server stopped, the next Urdu handout still has its font and its texts.
      await goOffline(context, server);
      await page.reload();
      await waitForScreen(page);
      const offline = await chooseHandoutLanguage(page, 'ur');
      expect(await offline.locator('h2').textContent()).toBe(ur['decision-court-action'].title);
      expect(await fontLoaded(page, 'Handout Nastaliq')).toBe(true);
      expect(await page.evaluate(() => fetch('/v1/health', { cache: 'no-store' }).then(() => 'answered', () => 'failed'))).toBe('failed');
    } finally {
      await session.close();
    }
  });
});

describe('reviewing and correcting a handout language', () => {
  it('a reviewed mark and a corrected Pashto text reach a second device', async () => {
    const server = await teamServer(await builtAppDir());
    const devices: Device[] = [];
    try {
      const coordinator = await openDevice(browser, { locale: 'en-US', firstRun: true });
      devices.push(coordinator);
      const counselor = await openDevice(browser, { locale: 'en-US', firstRun: true });
      devices.push(counselor);
      await teamOfTwo(server, coordinator, counselor);

      const { page } = coordinator;
      await go(page, '/settings/templates/decision-court-action', { networkIdle: true });
      await waitForScreen(page);
      await page.locator('input[name="text-language"][value="ps"]').check();
      const unreviewed = page.getByRole('group', { name: 'Translations not yet checked by a native speaker' });
      const pashto = unreviewed.getByRole('checkbox', { name: 'پښتو' });
      expect(await pashto.isChecked()).toBe(true);
      await pashto.uncheck();
      const step = page.locator('li[data-item="court_action_inadmissible"]');
      await step.locator('summary').click();
      const text = step.getByLabel('Explanation for the client (handout)');
      // The field shows the built-in Pashto text; the coordinator corrects it.
      expect(await text.inputValue()).toBe(ps['decision-court-action'].items.court_action_inadmissible);
      const corrected = `${ps['decision-court-action'].items.court_action_inadmissible} PIC ته ورشئ.`;
      await text.fill(corrected);
      await text.blur();
      expect(await runAxe(page)).toEqual([]);
      await screenshot(page, 'template-edit-ps-reviewed-phone', { fullPage: true });
      await page.getByRole('button', { name: 'Save as version 2' }).click();
      await page.getByTestId('template-saved').waitFor();
      await syncNow(page);

      await syncNow(counselor.page);
      await openHandout(counselor.page, 'Demo: Zarmina Example');
      const handout = await chooseHandoutLanguage(counselor.page, 'ps');
      expect(await handout.locator('[data-item="court_action_inadmissible"] .cl-handout__text').textContent()).toBe(corrected);
      expect(await handout.getByTestId('unreviewed-notice').count()).toBe(0);
      // Urdu, not reviewed, still says so on the same device.
      const urdu = await chooseHandoutLanguage(counselor.page, 'ur');
      expect(await urdu.getByTestId('unreviewed-notice').isVisible()).toBe(true);
    } finally {
      for (const device of devices) await device.context.close();
      await server.stop();
    }
  });
});
