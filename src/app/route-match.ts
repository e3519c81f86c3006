// Which route of a table a path opens: the first whose pattern matches, exactly as
// preact-iso's <Router> picks among its children. Used by tests to keep routes.tsx in
// an order where no route hides another.
import { exec } from 'preact-iso/router';

export function firstMatchingRoute<T extends { path: string }>(path: string, routes: readonly T[]): T | undefined {
  return routes.find((route) => exec(path, route.path) !== undefined);
}

/** A path that `pattern` matches, with every :param filled in ("/cases/:id" -> "/cases/param-id"). */
export function examplePath(pattern: string): string {
  return pattern.replace(/:(\w+)[?*+]?/g, (_, name: string) => `param-${name}`);
}

/**
 * Starts fetching the code and translation files of the screen `path` opens (a screen
 * made with routes.tsx `screen()`), so they download while the language is settled
 * instead of after the first render. `preloadLocale` is i18n.ts's.
 */
export function preloadScreen(
  path: string,
  routes: readonly { path: string; component: unknown }[],
  languages: readonly string[],
  preloadLocale: (language: string, namespace: string) => void,
): void {
  const component = firstMatchingRoute(path, routes)?.component as
    | { preloadCode?: () => Promise<unknown>; namespaces?: readonly string[] }
    | undefined;
  void component?.preloadCode?.().catch(() => {}); // a failure shows up again when the screen renders
  for (const language of languages) {
    for (const namespace of ['shell', ...(component?.namespaces ?? [])]) preloadLocale(language, namespace);
  }
}
