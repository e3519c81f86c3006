// Sort, and the filters behind a "Filters" toggle (open/closed, legal status, tag,
// assigned to me) so the list itself stays in view on a phone.
import { useState } from 'preact/hooks';
import { legalStatuses, type LegalStatus } from '../../domain/case-values.ts';
import { caseTags } from '../../store/queries/case-list.ts';
import type { Store } from '../../store/store.ts';
import { useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { SelectField } from '../components/Field.tsx';
import type { CurrentUser } from './current-user.ts';
import { activeFilterCount, type CaseListState } from './list-state.ts';

interface Props {
  store: Store | null;
  state: CaseListState;
  me: CurrentUser | null;
  onChange(patch: Partial<CaseListState>): void;
}

export function CaseListFilters({ store, state, me, onChange }: Props) {
  const t = useT('cases');
  const active = activeFilterCount(state);
  const [open, setOpen] = useState(active > 0);
  // Every tag in use; read only while the filters are open (it decodes every case).
  const tags = useLiveQuery(store && open ? () => caseTags(store) : null, [store, open]);
  const tagOptions = tags.value ?? [];

  return (
    <div class="case-filters">
      <div class="case-filters__bar">
        <SelectField
          label={t('list.sortLabel')}
          value={state.sort}
          onChange={(event) => onChange({ sort: select(event) === 'activity' ? 'activity' : 'deadline' })}
        >
          <option value="deadline">{t('list.sortDeadline')}</option>
          <option value="activity">{t('list.sortActivity')}</option>
        </SelectField>
        <button
          type="button"
          class="button button--secondary case-filters__toggle"
          aria-expanded={open}
          aria-controls="case-filters-panel"
          onClick={() => setOpen(!open)}
        >
          <FilterIcon />
          {active > 0 ? t('list.filtersActive', { count: active }) : t('list.filters')}
        </button>
      </div>
      <div id="case-filters-panel" class="case-filters__panel" hidden={!open}>
        <SelectField
          label={t('list.statusLabel')}
          value={state.status}
          onChange={(event) => {
            const value = select(event);
            onChange({ status: value === 'closed' || value === 'all' ? value : 'open' });
          }}
        >
          <option value="open">{t('list.statusOpen')}</option>
          <option value="closed">{t('list.statusClosed')}</option>
          <option value="all">{t('list.statusAll')}</option>
        </SelectField>
        <SelectField
          label={t('list.legalStatusLabel')}
          value={state.legalStatus}
          onChange={(event) => onChange({ legalStatus: select(event) as LegalStatus | '' })}
        >
          <option value="">{t('list.anyLegalStatus')}</option>
          {legalStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`legalStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('list.tagLabel')} value={state.tag} onChange={(event) => onChange({ tag: select(event) })}>
          <option value="">{t('list.anyTag')}</option>
          {state.tag !== '' && !tagOptions.includes(state.tag) && <option value={state.tag}>{state.tag}</option>}
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <div class="check-field">
          <input
            id="case-filter-mine"
            type="checkbox"
            class="check-field__box"
            checked={state.mine && me !== null}
            disabled={me === null}
            aria-describedby={me === null ? 'case-filter-mine-hint' : undefined}
            onChange={(event) => onChange({ mine: event.currentTarget.checked })}
          />
          <label for="case-filter-mine" class="check-field__label">
            {t('list.mine')}
          </label>
          {me === null && (
            <p id="case-filter-mine-hint" class="field__hint check-field__hint">
              {t('list.mineNeedsTeam')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function select(event: Event): string {
  return (event.currentTarget as HTMLSelectElement).value;
}

function FilterIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false">
      <path d="M4 6h16M7 12h10M10 18h4" />
    </svg>
  );
}
