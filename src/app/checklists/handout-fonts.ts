// Fonts for the handout languages a phone may not draw well on its own: Pashto in Noto
// Naskh Arabic (it has Pashto's own letters: ټ ډ ړ ږ ښ ګ ڼ ې ۍ), Urdu in Noto Nastaliq
// Urdu (the Nastaliq style Urdu readers expect). Self-hosted woff2 from the fontsource
// packages, only the Arabic-script subset at regular weight (headings are drawn bold
// from it), and loaded through the FontFace API only when a handout is shown in one of
// these languages: no request to anyone but our own endpoint.
//
// They are not precached with the app (about 210 KB together, more than every other
// handout language's text): the service worker keeps them once a handout used them
// (sw/sw.ts); until then the phone's own Arabic-script font draws the text.
const ARABIC_SCRIPT = 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+200C-200E, U+2010-2011, U+FB50-FDFF, U+FE70-FEFC';

const handoutFonts: Record<string, { family: string; url: () => Promise<{ default: string }> }> = {
  ps: { family: 'Handout Naskh', url: () => import('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url') },
  ur: { family: 'Handout Nastaliq', url: () => import('@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url') },
};

const loaded = new Map<string, Promise<void>>();

/** Loads the handout font of `language` once per page; resolves at once for other languages. */
export function loadHandoutFont(language: string): Promise<void> {
  const font = handoutFonts[language];
  if (!font || typeof FontFace === 'undefined') return Promise.resolve();
  let loading = loaded.get(language);
  if (!loading) {
    loading = font.url().then(async ({ default: url }) => {
      const face = new FontFace(font.family, `url(${url}) format('woff2')`, { unicodeRange: ARABIC_SCRIPT, display: 'swap' });
      document.fonts.add(await face.load());
    });
    // A failed load may be tried again the next time (e.g. once the network is back).
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}
