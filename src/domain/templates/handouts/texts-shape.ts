// The shape of a handout language module (<lang>.ts): per built-in template, its client
// texts in that language. Apart from index.ts so the language modules import no loader.

/** One template's client texts in one language. */
export interface TemplateHandoutTexts {
  title: string;
  /** Variant id -> its label (the handout names the person's situation). */
  variants?: Record<string, string>;
  /** Item key -> the item's handout text. */
  items: Record<string, string>;
}

/** Template id -> its texts: what a language module exports. */
export type HandoutTextsByTemplate = Record<string, TemplateHandoutTexts>;
