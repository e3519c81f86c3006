// Which bottom-navigation tab a path belongs to. Pure, so it is unit-tested.

export interface NavMatchItem {
  key: string;
  href: string;
  /** Extra path prefixes that belong to this tab (e.g. "/" for the home tab). */
  alsoMatches?: readonly string[];
}

function pathIsUnder(path: string, prefix: string): boolean {
  if (prefix === '/') return path === '/';
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function activeNavKey(path: string, items: readonly NavMatchItem[]): string | undefined {
  const clean = path.split(/[?#]/)[0]?.replace(/\/+$/, '') || '/';
  for (const item of items) {
    const prefixes = [item.href, ...(item.alsoMatches ?? [])];
    if (prefixes.some((prefix) => pathIsUnder(clean, prefix))) return item.key;
  }
  return undefined;
}
