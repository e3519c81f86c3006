// The template catalog on this device (built-in and template records), live.
import type { CatalogEntry } from '../../domain/template.ts';
import { templateCatalogOnDevice } from '../../store/queries/checklists.ts';
import type { Store } from '../../store/store.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';

export function useCatalog(store: Store | null): CatalogEntry[] | undefined {
  return useLiveQuery(store ? () => templateCatalogOnDevice(store) : null, [store]).value;
}
