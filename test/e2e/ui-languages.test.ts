// The main screens in each newer UI language, on a phone with demo data: every text comes
// from that language's locale files (no raw i18next key, no English text standing in for a
// missing translation), the document takes the language, Settings says the translation is
// not yet checked by a native speaker (in that language), and axe finds no violations.
// Screenshots go to test-results/screens/ui-<language>-<screen>.png.
// To hold another UI language to this, add it to `languages`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  demoData,
  go,
  goOffline,
  launchBrowser,
  openApp,
  repoRoot,
  runAxe,
  screenshot,
  waitForScreen,
  waitForServiceWorkerActivated,
  type AppSession,
} from './support.ts';
import { handoutNamespaces } from '../../sw/language-files.ts';

const languages = ['uk', 'ru'];

const localesDir = path.join(repoRoot, 'locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;
const namespaces = readdirSync(path.join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));

/** namespace:key -> text, plural keys by their base (every form's text under it). */
function flatten(value: unknown, prefix: string, into: Map<string, string[]>): Map<string, string[]> {
  if (typeof value === 'string') {
    const base = prefix.replace(PLURAL, '');
    into.set(base, [...(into.get(base) ?? []), value]);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, into);
  }
  return into;
}

function texts(language: string): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const namespace of namespaces) {
    try {
      flatten(JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), 'utf8')), `${namespace}:`, all);
    } catch {
      // A language without this namespace: every English text of it counts as a fallback.
    }
  }
  return all;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a page in `language` must not show: English texts the language translates
 * (placeholders match anything), and i18next keys, which i18next shows when a key is
 * missing everywhere.
 */
function forbiddenTexts(language: string): { english: { key: string; pattern: RegExp }[]; keys: Set<string> } {
  const english = texts('en');
  const translated = texts(language);
  const patterns: { key: string; pattern: RegExp }[] = [];
  const keys = new Set<string>();
  for (const [key, values] of english) {
    keys.add(key);
    const withoutNamespace = key.slice(key.indexOf(':') + 1);
    if (withoutNamespace.includes('.')) keys.add(withoutNamespace); // "title" alone may be a word
    for (const value of values) {
      const words = value.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '').replace(/[^\p{L}]/gu, '');
      if (words.length < 4 || translated.get(key)?.includes(value)) continue;
      const source = value
        .split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
        .map((part, index) => (index % 2 ? '.+?' : escape(part)))
        .join('');
      patterns.push({ key, pattern: new RegExp(`^${source}$`, 'u') });
    }
  }
  return { english: patterns, keys };
}

/** Every text the screen shows or reads out: text nodes, labels, placeholders, titles. */
function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>([document.title]);
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, template')) continue;
      // Text tagged as another language on purpose (an English template text with its
      // "EN" marker, a language's own name in the picker) is not the UI's to translate.
      const tagged = node.parentElement?.closest('[lang]');
      if (tagged && tagged.getAttribute('lang') !== document.documentElement.lang) continue;
      found.add(squash(node.nodeValue));
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) found.add(squash(element.getAttribute(name)));
    }
    found.delete('');
    return [...found];
  });
}

let browser: Browser;
let app: AppSession;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The first link on the current screen whose address matches `pattern`. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => pattern.test(candidate));
  if (!href) throw new Error(`no link like ${pattern} on ${page.url()}`);
  return href;
}

describe.each(languages)('the app in %s', (language) => {
  beforeAll(async () => {
    app = await openApp(browser);
    await demoData(app.page, 'load');
    await go(app.page, '/settings');
    await app.page.getByLabel('App language').selectOption(language);
    await app.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows every main screen in that language, with no missing text, axe clean', async () => {
    const { page } = app;
    const forbidden = forbiddenTexts(language);
    await go(page, '/cases', { networkIdle: true });
    const casePath = await firstLink(page, /^\/cases\/[^/]+$/);
    await go(page, casePath, { networkIdle: true });
    const checklistPath = await firstLink(page, /^\/cases\/[^/]+\/checklists\/[^/]+$/);
    await go(page, '/viewings', { networkIdle: true });
    const viewingPath = await firstLink(page, /^\/viewings\/[^/]+$/);
    const screens = [
      { name: 'cases', path: '/cases' },
      { name: 'case', path: casePath },
      { name: 'checklist', path: checklistPath },
      { name: 'deadlines', path: '/deadlines' },
      { name: 'viewings', path: '/viewings' },
      { name: 'viewing', path: viewingPath },
      { name: 'settings', path: '/settings' },
      { name: 'sync', path: '/sync' },
      { name: 'templates', path: '/settings/templates' },
    ];
    for (const screen of screens) {
      await go(page, screen.path, { networkIdle: true });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, 'ltr']);
      const shown = await screenTexts(page);
      expect({ screen: screen.name, rawKeys: shown.filter((text) => forbidden.keys.has(text)) }).toEqual({ screen: screen.name, rawKeys: [] });
      const inEnglish = shown.flatMap((text) => forbidden.english.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: ${text}`));
      expect({ screen: screen.name, inEnglish }).toEqual({ screen: screen.name, inEnglish: [] });
      expect({ screen: screen.name, violations: await runAxe(page) }).toEqual({ screen: screen.name, violations: [] });
      await screenshot(page, `ui-${language}-${screen.name}`);
    }
  });

  it('says in Settings, in that language, that no native speaker has checked the translation yet', async () => {
    const { page } = app;
    await go(page, '/settings', { networkIdle: true });
    const shell = JSON.parse(readFileSync(path.join(localesDir, language, 'shell.json'), 'utf8')) as {
      settings: { language: { label: string; unreviewed: string } };
    };
    await expect.poll(() => page.getByTestId('unreviewed-ui-language').textContent()).toBe(shell.settings.language.unreviewed);
    const names = await page.getByLabel(shell.settings.language.label).locator('option').allTextContents();
    expect(names).toEqual(['English', 'Slovenščina', 'العربية', 'فارسی', 'Українська', 'Русский', 'Shqip', 'Bosanski']);
  });

  it('keeps the language on the phone for offline use, every namespace, once the phone has used it', async () => {
    const { page, context, server } = app;
    await waitForServiceWorkerActivated(page);
    // The service worker installs English and the handout texts with the app, and the
    // rest of this language on request.
    await expect
      .poll(() =>
        page.evaluate(async (lang) => {
          const cache = await caches.open('tz-languages');
          return (await cache.keys()).filter((request) => request.url.includes(`/locale-${lang}-`)).length;
        }, language),
      )
      .toBe(namespaces.filter((namespace) => !handoutNamespaces.has(namespace)).length);
    await goOffline(context, server);
    await page.goto(`${server.url}/sync`);
    await waitForScreen(page);
    const sync = JSON.parse(readFileSync(path.join(localesDir, language, 'sync.json'), 'utf8')) as { title: string };
    expect(await page.locator('[data-screen] h1').textContent()).toBe(sync.title);
  });
});
