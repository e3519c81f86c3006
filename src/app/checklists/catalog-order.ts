// The order templates are offered in: the built-in order (the order a counselor meets the
// procedures), then templates only coordinators made, by id. Pure.
import type { CatalogEntry } from '../../domain/template.ts';
import { builtInTemplates } from '../../domain/templates/index.ts';

const builtInOrder = new Map(builtInTemplates.map((template, index) => [template.id, index]));

export function inOfferOrder(entries: readonly CatalogEntry[]): CatalogEntry[] {
  return entries.toSorted((a, b) => {
    const ia = builtInOrder.get(a.template.id) ?? Number.MAX_SAFE_INTEGER;
    const ib = builtInOrder.get(b.template.id) ?? Number.MAX_SAFE_INTEGER;
    if (ia !== ib) return ia - ib;
    return a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0;
  });
}
