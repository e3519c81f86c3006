import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../../src/app/cases/search-snippet.ts';

const marked = (text: string, query: string) =>
  snippetAround(text, query)
    .map((part) => (part.match ? `[${part.text}]` : part.text))
    .join('');

describe('search snippet', () => {
  it('marks words that start with what was typed, ignoring case and diacritics', () => {
    expect(marked('Klicali na upravno enoto, čakamo odločbo.', 'odloc')).toBe('Klicali na upravno enoto, čakamo [odločbo.]');
    expect(marked('Čakamo ODLOČBO', 'cak odl')).toBe('[Čakamo] [ODLOČBO]');
  });

  it('starts a long note shortly before the first match', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const snippet = marked(`${words} stanovanje ${words}`, 'stan');
    expect(snippet.startsWith('… w34')).toBe(true);
    expect(snippet).toContain('[stanovanje]');
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('finds Arabic words typed without vowel marks', () => {
    expect(marked('موعد في المَدْرَسَة غدا', 'المدرسه')).toBe('موعد في [المَدْرَسَة] غدا');
  });
});
