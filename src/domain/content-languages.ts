// The languages of template text, in a module of their own with no imports: the app's
// first screen (i18n.ts) needs the list without loading the template schema.

/**
 * Languages of template text: en and sl complete; the others for client handouts. The
 * built-in templates carry ar, fa and uk inline; the built-in texts of the later ones
 * (ru … ur) are loaded only when a handout is given in them (templates/handouts/).
 */
export const contentLanguages = ['en', 'sl', 'ar', 'fa', 'uk', 'ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];
export const handoutOnlyLanguages = ['ar', 'fa', 'uk', 'ru', 'sq', 'bs', 'fr', 'tr', 'ps', 'ur'] as const;
export type HandoutOnlyLanguage = (typeof handoutOnlyLanguages)[number];
