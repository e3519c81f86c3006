// Digits as people type them. Arabic and Persian keyboards type their own digits; they are
// read as the same numbers.

/** "۱۲٫۵" and "١٢٫٥" -> "12.5": Arabic-Indic and Persian digits and separators as ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.') // Arabic decimal separator
    .replace(/\u066c/g, ''); // Arabic thousands separator
}
