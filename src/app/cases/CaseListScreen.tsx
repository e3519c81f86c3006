// The Cases tab (/ and /cases): search over cases and notes, filters, sort, a count, and
// the cases one page at a time ("Show more"), so thousands of cases stay smooth on a phone.
import './cases.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { caseCount, caseList, type CaseListPage } from '../../store/queries/case-list.ts';
import type { Store } from '../../store/store.ts';
import { useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { overdueCases } from '../overdue-cases.ts';
import { useSmallStore } from '../small-store.ts';
import { Page } from '../components/Page.tsx';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { CasesIcon } from '../components/icons.tsx';
import { useCurrentUser } from './current-user.ts';
import { Flash } from '../components/Flash.tsx';
import { initialListState, listQuery, PAGE_SIZE, rememberedListState, rememberListState, type CaseListState } from './list-state.ts';
import { CaseListFilters } from './CaseListFilters.tsx';
import { CaseRows } from './CaseRows.tsx';
import { CaseSearchResults } from './CaseSearchResults.tsx';
import { useFirstCaseList } from './first-list.ts';
import { searchIndex } from './search-index.ts';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useToday } from '../hooks/use-today.ts';

const SEARCH_AFTER_MS = 150;
const STORE_AT_LATEST_MS = 2000;

interface ListData {
  page: CaseListPage;
  /** Any case at all on this phone (to tell "no cases yet" from "none match"). */
  anyCase: boolean;
}

async function loadList(store: Store, query: ReturnType<typeof listQuery>): Promise<ListData> {
  const page = await caseList(store, query);
  const anyCase = page.total > 0 || (await caseCount(store, { status: 'all' })) > 0;
  return { page, anyCase };
}

export default function CaseListScreen() {
  const t = useT('cases');
  // The store (and Dexie) opens once the first page is on the screen (first-list.ts).
  const [firstShown, setFirstShown] = useState(false);
  const { store, error: openError, retry } = useStore(!firstShown);
  const me = useCurrentUser(store);
  const [state, setState] = useState<CaseListState>(rememberedListState);
  const [typed, setTyped] = useState(state.search);
  const today = useToday();

  const update = (patch: Partial<CaseListState>) => {
    setState((previous) => {
      // A new filter or sort starts again at the first page.
      const next = { ...previous, shown: 'shown' in patch ? previous.shown : PAGE_SIZE, ...patch };
      rememberListState(next);
      return next;
    });
  };

  // Search as the person types, a moment after the last key.
  useEffect(() => {
    if (typed === state.search) return undefined;
    const timer = window.setTimeout(() => update({ search: typed }), SEARCH_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const overdue = useSmallStore(overdueCases);
  const query = listQuery(state, today, me?.id ?? null, overdue);
  const searching = state.search.trim() !== '';
  // The list stays subscribed while a search shows, so clearing the search is instant.
  const queryDeps = [query.sort, query.status, query.legalStatus, query.tag, query.assignedTo, query.limit, today, overdue];
  const list = useLiveQuery(store ? () => loadList(store, query) : null, [store, ...queryDeps]);
  // Until the store is open (its code loads after the first screen), the first page comes
  // from a read without Dexie.
  const first = useFirstCaseList(store ? null : query, queryDeps);
  useEffect(() => {
    if (first.done) setFirstShown(true);
  }, [first.done]);
  useEffect(() => {
    // Should that read stall (another tab upgrading the database), the store opens anyway.
    const timer = window.setTimeout(() => setFirstShown(true), STORE_AT_LATEST_MS);
    return () => window.clearTimeout(timer);
  }, []);

  const data = list.value ?? first.value;
  const total = data?.page.total ?? 0;
  const shownItems = useMemo(() => data?.page.items ?? [], [data]);

  if (openError && !store) {
    return (
      <StorageProblemScreen title={t('list.title')} error={openError} onRetry={retry} />
    );
  }

  const noCasesAtAll = data !== undefined && !data.anyCase && !searching;
  return (
    <Page
      title={t('list.title')}
      actions={
        <ButtonLink href="/cases/new">
          <PlusIcon />
          {t('list.newCase')}
        </ButtonLink>
      }
    >
      <Flash />
      {noCasesAtAll ? (
        <EmptyState
          title={me?.role === 'volunteer' ? t('list.nothingAssigned') : t('list.emptyTitle')}
          icon={<CasesIcon />}
          action={
            <ButtonLink href="/cases/new">
              <PlusIcon />
              {t('list.newCase')}
            </ButtonLink>
          }
        >
          {me?.role === 'volunteer' ? (
            <p>{t('list.nothingAssignedText')}</p>
          ) : (
            <p>{t('list.emptyText')}</p>
          )}
          {me === null && (
            <p>
              {t('list.emptyDemoBefore')} <a href="/settings#demo-data">{t('list.emptyDemoLink')}</a>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <div class="case-search" role="search">
            <label class="visually-hidden" for="case-search">
              {t('search.label')}
            </label>
            <input
              id="case-search"
              class="field__input case-search__input"
              type="search"
              dir="auto"
              enterKeyHint="search"
              autoComplete="off"
              spellcheck={false}
              placeholder={t('search.placeholder')}
              value={typed}
              aria-describedby="case-search-hint"
              onInput={(event) => setTyped(event.currentTarget.value)}
              // Build the in-memory index while the person starts typing.
              onFocus={() => store && void searchIndex(store)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') update({ search: typed });
              }}
            />
            <p id="case-search-hint" class="visually-hidden">
              {t('search.hint')}
            </p>
          </div>
          {searching && store ? (
            <CaseSearchResults store={store} query={state.search} />
          ) : (
            <>
              <CaseListFilters store={store} state={state} me={me} onChange={update} />
              <p class="case-count" aria-live="polite" data-testid="case-count">
                {data === undefined ? '\u00a0' : t('list.count', { count: total })}
              </p>
              {data !== undefined && total === 0 ? (
                <EmptyState
                  title={t('list.noMatchTitle')}
                  action={
                    <Button variant="secondary" onClick={() => update({ ...initialListState, search: state.search })}>
                      {t('list.clearFilters')}
                    </Button>
                  }
                >
                  <p>{t('list.noMatchText')}</p>
                </EmptyState>
              ) : (
                <CaseRows items={shownItems} today={today} sort={state.sort} />
              )}
              {shownItems.length < total && (
                <div class="case-list__more">
                  <p class="case-list__shown">{t('list.shown', { shown: shownItems.length, count: total })}</p>
                  <Button variant="secondary" onClick={() => update({ shown: state.shown + PAGE_SIZE })}>
                    {t('list.showMore')}
                  </Button>
                </div>
              )}
            </>
          )}
        </>
      )}
    </Page>
  );
}

function PlusIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" aria-hidden="true" focusable="false">
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}
