// The service worker installs the app with English texts and every language's handout
// texts, and keeps the rest of a language's texts once a device uses it: the split of the
// precache manifest.
import { describe, expect, it } from 'vitest';
import { languageOfFile, splitLanguageFiles } from '../../../sw/language-files.ts';

const manifest = [
  { url: 'index.html', revision: 'a1' },
  { url: 'assets/index-Bx1.js', revision: null },
  { url: 'assets/locale-en-shell-C2a.js', revision: null },
  { url: 'assets/locale-en-cases-D3b.js', revision: null },
  { url: 'assets/locale-uk-shell-E4c.js', revision: null },
  { url: 'assets/locale-uk-cases-F5d.js', revision: null },
  { url: 'assets/locale-uk-checklists-J8h.js', revision: null },
  { url: 'assets/locale-ps-deadlines-K9i.js', revision: null },
  { url: 'assets/locale-ru-shell-G6e.js', revision: null },
  { url: 'assets/locales-overview-H7f.js', revision: null },
];

describe('languageOfFile', () => {
  it('reads the language from a built locale file, relative or absolute', () => {
    expect(languageOfFile('assets/locale-uk-shell-E4c.js')).toBe('uk');
    expect(languageOfFile('/assets/locale-sq-checklists-x_Y.js')).toBe('sq');
  });

  it('says null for the app’s other files', () => {
    expect(languageOfFile('assets/index-Bx1.js')).toBeNull();
    expect(languageOfFile('assets/locales-overview-H7f.js')).toBeNull();
    expect(languageOfFile('index.html')).toBeNull();
  });
});

describe('splitLanguageFiles', () => {
  it('installs the app, English and every language’s handout texts, and lists the rest by language', () => {
    const { precached, byLanguage } = splitLanguageFiles(manifest);
    expect(precached.map((entry) => entry.url)).toEqual([
      'index.html',
      'assets/index-Bx1.js',
      'assets/locale-en-shell-C2a.js',
      'assets/locale-en-cases-D3b.js',
      'assets/locale-uk-checklists-J8h.js',
      'assets/locale-ps-deadlines-K9i.js',
      'assets/locales-overview-H7f.js',
    ]);
    expect(Object.fromEntries(byLanguage)).toEqual({
      uk: ['/assets/locale-uk-shell-E4c.js', '/assets/locale-uk-cases-F5d.js'],
      ru: ['/assets/locale-ru-shell-G6e.js'],
    });
  });

  it('loses no file: every entry is installed or kept for its language', () => {
    const { precached, byLanguage } = splitLanguageFiles(manifest);
    expect(precached.length + [...byLanguage.values()].flat().length).toBe(manifest.length);
  });
});
