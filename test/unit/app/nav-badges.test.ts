import { describe, expect, it } from 'vitest';
import { navBadge, setNavBadge } from '../../../src/app/nav-badges.ts';

describe('nav badges', () => {
  it('shows nothing for a tab no feature has fed', () => {
    expect(navBadge('viewings-never-set')).toBe(0);
  });

  it('keeps the last count a feature set, as a whole non-negative number', () => {
    setNavBadge('deadlines', 3);
    expect(navBadge('deadlines')).toBe(3);
    setNavBadge('deadlines', 2.7);
    expect(navBadge('deadlines')).toBe(2);
    setNavBadge('deadlines', -1);
    expect(navBadge('deadlines')).toBe(0);
  });
});
