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
