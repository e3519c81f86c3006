import { describe, expect, it } from 'vitest';
import { activeNavKey } from '../../../src/app/nav-match.ts';

const items = [
  { key: 'cases', href: '/cases', alsoMatches: ['/'] },
  { key: 'viewings', href: '/viewings' },
  { key: 'deadlines', href: '/deadlines' },
  { key: 'settings', href: '/settings' },
];

describe('activeNavKey', () => {
  it('marks the tab whose section the path is in, deep links included', () => {
    expect(activeNavKey('/cases', items)).toBe('cases');
    expect(activeNavKey('/cases/123', items)).toBe('cases');
    expect(activeNavKey('/cases/123/notes', items)).toBe('cases');
    expect(activeNavKey('/viewings/9/outcome', items)).toBe('viewings');
    expect(activeNavKey('/settings/', items)).toBe('settings');
  });

  it('treats the start page as the cases tab, but not every path under /', () => {
    expect(activeNavKey('/', items)).toBe('cases');
    expect(activeNavKey('/nowhere', items)).toBeUndefined();
  });

  it('does not mark a tab for a path that only starts with the same letters', () => {
    expect(activeNavKey('/casesarchive', items)).toBeUndefined();
  });

  it('ignores the query and the hash', () => {
    expect(activeNavKey('/deadlines?week=2#top', items)).toBe('deadlines');
  });
});
