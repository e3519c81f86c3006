import { describe, expect, it } from 'vitest';
import { examplePath, firstMatchingRoute } from '../../../src/app/route-match.ts';
import { navItems, routes } from '../../../src/app/routes.tsx';

describe('routes table', () => {
  it('opens a deep link to one case on the case route', () => {
    expect(firstMatchingRoute('/cases/123', routes)?.path).toBe('/cases/:id');
  });

  it('opens the case list at / and /cases', () => {
    expect(firstMatchingRoute('/', routes)?.path).toBe('/');
    expect(firstMatchingRoute('/cases', routes)?.path).toBe('/cases');
    expect(firstMatchingRoute('/cases/', routes)?.path).toBe('/cases');
  });

  it('has a route for every tab of the bottom navigation', () => {
    for (const item of navItems) expect(firstMatchingRoute(item.href, routes), item.href).toBeDefined();
  });

  it('leaves unknown paths to the not-found screen', () => {
    expect(firstMatchingRoute('/no-such-page', routes)).toBeUndefined();
  });

  it('lists no route after one that already catches all its paths', () => {
    for (const route of routes) {
      const path = examplePath(route.path);
      expect(firstMatchingRoute(path, routes)?.path, `${route.path} is hidden`).toBe(route.path);
    }
  });

  it('has each path once', () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('firstMatchingRoute', () => {
  const table = [{ path: '/a/new' }, { path: '/a/:id' }, { path: '/a/:id/edit' }];

  it('takes the first match in table order', () => {
    expect(firstMatchingRoute('/a/new', table)?.path).toBe('/a/new');
    expect(firstMatchingRoute('/a/7', table)?.path).toBe('/a/:id');
    expect(firstMatchingRoute('/a/7/edit', table)?.path).toBe('/a/:id/edit');
  });

  it('fills parameters for an example path', () => {
    expect(examplePath('/a/:id/edit')).toBe('/a/param-id/edit');
  });
});
