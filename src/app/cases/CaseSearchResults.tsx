// Search results: the cases whose name, summary, tags or notes match every word typed (by
// prefix, ignoring case and diacritics), best first, each with the matching words of its
// best note. A result links to its case.
import { useEffect, useState } from 'preact/hooks';
import type { CaseFields, NoteFields } from '../../domain/records.ts';
import type { RecordView } from '../../store/queries/decode.ts';
import { getRecord } from '../../store/queries/records.ts';
import type { SearchIndex } from '../../store/search.ts';
import type { Store } from '../../store/store.ts';
import { useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { searchIndex } from './search-index.ts';
import { snippetAround } from './search-snippet.ts';

const MAX_RESULTS = 50;

interface Found {
  kase: RecordView<CaseFields>;
  note: RecordView<NoteFields> | null;
  hits: number;
}

async function loadResults(store: Store, index: SearchIndex, query: string): Promise<Found[]> {
  const results = index.searchCases(query, { limit: MAX_RESULTS });
  const found = await Promise.all(
    results.map(async (result) => {
      const noteHit = result.hits.find((hit) => hit.type === 'note');
      const [kase, note] = await Promise.all([
        getRecord<CaseFields>(store, result.caseId),
        noteHit ? getRecord<NoteFields>(store, noteHit.id) : Promise.resolve(null),
      ]);
      return kase ? { kase, note, hits: result.hits.length } : null;
    }),
  );
  return found.filter((item): item is Found => item !== null);
}

export function CaseSearchResults({ store, query }: { store: Store; query: string }) {
  const t = useT('cases');
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    let live = true;
    void searchIndex(store).then((opened) => live && setIndex(opened));
    return () => {
      live = false;
    };
  }, [store]);
  const results = useLiveQuery(index ? () => loadResults(store, index, query) : null, [index, query]);

  if (!index || results.value === undefined) {
    return (
      <p class="case-count" aria-live="polite">
        {t('search.preparing')}
      </p>
    );
  }
  const found = results.value;
  return (
    <>
      <p class="case-count" aria-live="polite" data-testid="search-count">
        {t('search.count', { count: found.length })}
      </p>
      {found.length === 0 ? (
        <EmptyState title={t('search.noneTitle')}>
          <p>{t('search.noneText')}</p>
        </EmptyState>
      ) : (
        <ul class="case-list" aria-label={t('search.resultsLabel')}>
          {found.map(({ kase, note }) => (
            <li key={kase.id} class="case-list__item">
              <a class="case-row" href={`/cases/${kase.id}`}>
                <span class="case-row__top">
                  <bdi class="case-row__name">{kase.fields.displayName || t('case.unnamed')}</bdi>
                  {kase.fields.status === 'closed' && <span class="badge">{t('case.closed')}</span>}
                </span>
                {kase.fields.legalStatus && <span class="case-row__meta">{t(`legalStatus.${kase.fields.legalStatus}`)}</span>}
                {note?.fields.body && (
                  <span class="case-row__snippet">
                    <span class="case-row__snippet-label">{t('search.inNote')} </span>
                    <bdi>
                    {snippetAround(note.fields.body, query).map((part, i) =>
                      part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                    )}
                    </bdi>
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
