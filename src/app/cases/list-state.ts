// What the case list shows: search text, filters, sort and how many rows. Kept in memory
// for the running app (so coming back from a case finds the list as it was), never in the
// URL: a tag or a legal status can say something about a person (ARCHITECTURE.md).
import type { LegalStatus } from '../../domain/case.ts';
import type { CaseListQuery, CaseListSort } from '../../store/queries/case-list.ts';

export const PAGE_SIZE = 50;

export interface CaseListState {
  search: string;
  status: 'open' | 'closed' | 'all';
  legalStatus: LegalStatus | '';
  tag: string;
  mine: boolean;
  sort: CaseListSort;
  /** Rows shown; "Show more" adds a page. */
  shown: number;
}

export const initialListState: CaseListState = {
  search: '',
  status: 'open',
  legalStatus: '',
  tag: '',
  mine: false,
  sort: 'deadline',
  shown: PAGE_SIZE,
};

let remembered: CaseListState = initialListState;

export function rememberedListState(): CaseListState {
  return remembered;
}

export function rememberListState(state: CaseListState): void {
  remembered = state;
}

/** How many filters differ from the defaults (shown on the "Filters" toggle). */
export function activeFilterCount(state: CaseListState): number {
  return [state.status !== 'open', state.legalStatus !== '', state.tag !== '', state.mine].filter(Boolean).length;
}

export function listQuery(
  state: CaseListState,
  today: string,
  me: string | null,
  overdueSince: ReadonlyMap<string, string> = new Map(),
): CaseListQuery {
  return {
    sort: state.sort,
    today,
    overdueSince,
    status: state.status,
    ...(state.legalStatus ? { legalStatus: state.legalStatus } : {}),
    ...(state.tag ? { tag: state.tag } : {}),
    ...(state.mine && me ? { assignedTo: me } : {}),
    offset: 0,
    limit: state.shown,
  };
}
