// The main screens in Albanian (sq) and Bosnian (bs) in real Chromium on a phone: with demo
// data loaded, every screen speaks the chosen language (no English UI text shows through
// i18next's fallback, which is what a missing key looks like), axe finds no violations,
// and a 360x740 screenshot of each goes to test-results/screens/ (lang-<screen>-<language>).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoData, go, launchBrowser, openApp, repoRoot, runAxe, screenshot } from './support.ts';

const localesDir = path.join(repoRoot, 'locales');

function flatten(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) flatten(inner, into);
  return into;
}

function values(language: string): string[] {
  return readdirSync(path.join(localesDir, 'en'))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => flatten(JSON.parse(readFileSync(path.join(localesDir, language, file), 'utf8'))));
}

/** The built-in checklist templates' own texts, which show in English where a template has none in the UI language. */
const templatesDir = path.join(repoRoot, 'src/domain/templates');
const templateTexts = readdirSync(templatesDir, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => readFileSync(path.join(templatesDir, entry.name), 'utf8'))
  .join('\n');

/**
 * The English UI texts that must not show in `language`: whole texts, and the fixed parts
 * of texts with placeholders when long enough not to be mistaken for a name or an address.
 * Texts the language writes the same (the app's name, "iPhone") and texts that are also a
 * template's own (English) content are left out.
 */
function englishTells(language: string): { whole: Set<string>; parts: string[] } {
  const own = new Set(values(language));
  const whole = new Set<string>();
  const parts = new Set<string>();
  for (const text of values('en')) {
    if (own.has(text) || !/\p{L}{2,}/u.test(text) || templateTexts.includes(text)) continue;
    const pieces = text.split(/\{\{[^}]*\}\}|\$t\([^)]*\)/).map((piece) => piece.trim());
    if (pieces.length === 1) whole.add(text.trim());
    else for (const piece of pieces) if (piece.length >= 16) parts.add(piece);
  }
  return { whole, parts: [...parts] };
}

/** Every text node and accessible text attribute on the page that is in the page's language. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const language = document.documentElement.lang;
    const inLanguage = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? language) === language;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style') || !inLanguage(parent)) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (!inLanguage(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const text = element.getAttribute(name)?.trim();
        if (text) texts.push(text);
      }
    }
    return texts;
  });
}

/** A date the engine wrote in English for want of the language's data ("Tue, Dec 8, 2026"). */
const englishDate = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/;

async function englishOnPage(page: Page, tells: { whole: Set<string>; parts: string[] }): Promise<string[]> {
  return (await pageTexts(page)).filter((text) => tells.whole.has(text) || tells.parts.some((part) => text.includes(part)) || englishDate.test(text));
}

async function chooseUiLanguage(page: Page, language: string): Promise<void> {
  await go(page, '/settings', { networkIdle: true });
  await page.locator('section[aria-labelledby="settings-language"] select').selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('main screens in Albanian and Bosnian', () => {
  it('show no English UI text, have no axe violations, and are photographed on a phone (360x740)', async () => {
    const session = await openApp(browser);
    const { page } = session;
    try {
      await demoData(page, 'load');
      await go(page, '/cases', { networkIdle: true });
      await page.locator('.case-row', { hasText: 'Demo: Omar Example' }).first().click();
      await page.getByTestId('checklists-section').locator('.cl-card').first().waitFor();
      const casePath = new URL(page.url()).pathname;
      const checklistPath = (await page.getByTestId('checklists-section').locator('a.cl-card__title').first().getAttribute('href')) ?? '';
      await go(page, '/viewings', { networkIdle: true });
      const viewingPath = (await page.locator('[data-screen] a[href^="/viewings/"]').first().getAttribute('href')) ?? '';
      expect({ casePath, checklistPath, viewingPath }).toEqual({
        casePath: expect.stringMatching(/^\/cases\/[^/]+$/),
        checklistPath: expect.stringMatching(/^\/cases\/[^/]+\/checklists\/[^/]+$/),
        viewingPath: expect.stringMatching(/^\/viewings\/[^/]+$/),
      });
      const screens = [
        { name: 'cases', path: '/cases' },
        { name: 'case', path: casePath },
        { name: 'case-new', path: '/cases/new' },
        { name: 'checklist', path: checklistPath },
        { name: 'handout', path: `${checklistPath}/handout` },
        { name: 'viewings', path: '/viewings' },
        { name: 'viewing', path: viewingPath },
        { name: 'deadlines', path: '/deadlines' },
        { name: 'settings', path: '/settings' },
        { name: 'templates', path: '/settings/templates' },
        { name: 'sync', path: '/sync' },
        { name: 'reports', path: '/reports' },
        { name: 'not-found', path: '/no-such-page' },
      ];
      for (const language of ['sq', 'bs']) {
        await chooseUiLanguage(page, language);
        const picker = page.locator('section[aria-labelledby="settings-language"] select');
        expect(await picker.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Shqip', 'Bosanski']));
        const tells = englishTells(language);
        for (const { name, path: screenPath } of screens) {
          await go(page, screenPath, { networkIdle: true });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          expect({ screen: name, language, english: await englishOnPage(page, tells) }).toEqual({ screen: name, language, english: [] });
          expect({ screen: name, language, violations: await runAxe(page) }).toEqual({ screen: name, language, violations: [] });
          await screenshot(page, `lang-${name}-${language}`);
        }
      }
    } finally {
      await session.close();
    }
  });
});
