// The shell: top bar, update banner, the routed screen, and the bottom navigation.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useT } from './i18n.ts';
import { afterFirstScreen, navItems, NotFoundScreen, routes, shellBanners, topStatus } from './routes.tsx';
import { BottomNav } from './components/BottomNav.tsx';
import { TopBar } from './components/TopBar.tsx';
import { UpdateBanner } from './components/UpdateBanner.tsx';
import { StorageProblemBanner } from './components/StorageProblemBanner.tsx';
import { whenIdleAfterFirstScreen } from './when-idle.ts';

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}

function Shell() {
  const t = useT('shell');
  const { path } = useLocation();
  useEffect(() => {
    whenIdleAfterFirstScreen(() => afterFirstScreen.forEach((load) => void load().catch((error) => console.error(error))));
  }, []);
  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <TopBar status={topStatus} />
      <UpdateBanner />
      <main id="main" class="app__main">
        <StorageProblemBanner />
        <ShellBanners />
        <ErrorBoundary>
          <Router>
            {[
              ...routes.map((route) => <Route key={route.path} path={route.path} component={route.component} />),
              <Route key="not-found" default component={NotFoundScreen} />,
            ]}
          </Router>
        </ErrorBoundary>
      </main>
      <BottomNav items={navItems} path={path} />
    </div>
  );
}

/** The banners of routes.tsx `shellBanners`, loaded when the browser is idle after the first screen (within a second of it). */
function ShellBanners() {
  const [banners, setBanners] = useState<ComponentType[]>([]);
  useEffect(() => {
    const load = () =>
      void Promise.all(shellBanners.map((loadBanner) => loadBanner().then((module) => module.default))).then(
        setBanners,
        (error: unknown) => console.error(error),
      );
    whenIdleAfterFirstScreen(load);
  }, []);
  return <>{banners.map((Banner, index) => <Banner key={index} />)}</>;
}
