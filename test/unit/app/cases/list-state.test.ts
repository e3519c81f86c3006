import { describe, expect, it } from 'vitest';
import { activeFilterCount, initialListState, listQuery } from '../../../../src/app/cases/list-state.ts';

describe('case list state', () => {
  it('starts with open cases by next deadline, one page, no filters', () => {
    expect(listQuery(initialListState, '2026-11-21', null)).toEqual({
      sort: 'deadline',
      today: '2026-11-21',
      overdueSince: new Map(),
      status: 'open',
      offset: 0,
      limit: 50,
    });
    expect(activeFilterCount(initialListState)).toBe(0);
  });

  it('asks the store for the filters set, "assigned to me" only when someone is signed in', () => {
    const state = { ...initialListState, status: 'all' as const, legalStatus: 'dublin' as const, tag: 'housing', mine: true, sort: 'activity' as const, shown: 150 };
    const overdue = new Map([['c_1', '2026-11-10']]);
    expect(listQuery(state, '2026-11-21', 'u_ana', overdue)).toEqual({
      sort: 'activity',
      today: '2026-11-21',
      overdueSince: overdue,
      status: 'all',
      legalStatus: 'dublin',
      tag: 'housing',
      assignedTo: 'u_ana',
      offset: 0,
      limit: 150,
    });
    expect(listQuery(state, '2026-11-21', null).assignedTo).toBeUndefined();
    expect(activeFilterCount(state)).toBe(4);
  });
});
