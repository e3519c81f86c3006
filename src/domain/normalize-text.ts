// Text folding for offline search: a counselor typing "cokolada", "ČOKOLADA" or "čokol" must
// find "Čokolada", and the same for Arabic, Persian and Cyrillic, where people often type
// without vowel marks or with a keyboard that has a different letter form.
// Pure: the same input always gives the same output, in any locale.

// Letters that carry no combining mark in Unicode, so decomposition does not fold them.
const LETTER_FOLDS: Record<string, string> = {
  // Latin
  đ: 'd',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  // Arabic: alef wasla, hamza forms already folded by NFKD + mark removal
  'ٱ': 'ا',
  // Arabic: ta marbuta is written as ha at the end of a word in everyday typing
  'ة': 'ه',
  // Arabic: alef maqsura and the Persian yeh are typed as ya
  'ى': 'ي',
  'ی': 'ي',
  // Persian keheh and Arabic kaf
  'ک': 'ك',
  // Persian heh forms
  'ۀ': 'ه',
  'ہ': 'ه',
};

const FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

// Combining marks: Latin accents (č = c + caron), Arabic harakat, shadda, sukun, superscript
// alef, the hamza above/below left over from أ إ ؤ ئ, Cyrillic breve/diaeresis (ё = е + ̈).
const MARKS = /\p{M}/gu;
// Tatweel (kashida) stretches a word for looks; zero-width (non-)joiners and the BOM are
// invisible and typed inconsistently (Persian uses ZWNJ inside words).
const INVISIBLE = /[\u0640\u200b-\u200d\u2060\ufeff]/gu;
// Arabic-Indic (U+0660..0669) and Persian (U+06F0..06F9) digits, so phone numbers match.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/gu;

/**
 * Fold text for search: lower case, no diacritics or vowel marks, one form per letter.
 * `normalizeText('Čokolada ŠĐ')` is `'cokolada sd'`; `normalizeText('مَدْرَسَة')` is `'مدرسه'`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD') // also turns Arabic presentation forms into plain letters
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(EASTERN_DIGITS, (digit) => String((digit.codePointAt(0) as number) & 0xf));
}
