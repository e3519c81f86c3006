// THE place where features plug into the shell. Several engineers edit this file: make
// small targeted edits and commit them at once.
//
// Add a screen:
//   1. write src/app/<feature>/<Something>Screen.tsx with a default export component
//      (wrap it in <Page title=...>, see components/Page.tsx);
//   2. add `{ path: '/cases/:id/notes', component: screen(() => import('./cases/NotesScreen.tsx'), ['cases']) }`
//      below, more specific paths before less specific ones. The component gets the path
//      parameters as props (`{ id }`) and via `useRoute().params`. Each screen is its own
//      chunk, so the first load stays small; the second argument lists i18n namespaces
//      to load together with the code.
// A nav badge: call `setNavBadge('deadlines', n)` (nav-badges.ts) from your feature; to
// start your code without waiting for its screen, add a loader to `afterFirstScreen`.
// A status in the top bar (sync): set `topStatus` to a lazy component.
import type { AnyComponent, ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { loadNamespaces } from './i18n.ts';
import type { NavMatchItem } from './nav-match.ts';
import { CasesIcon, DeadlinesIcon, SettingsIcon, ViewingsIcon } from './components/icons.tsx';
import { TopStatusSlot } from './sync/TopStatusSlot.tsx';

/** A lazily loaded screen whose i18n namespaces load in parallel with its code. */
export function screen<T>(load: () => Promise<{ default: T }>, namespaces: readonly string[] = []): T {
  const component = lazy(() => Promise.all([load(), loadNamespaces(['shell', ...namespaces])]).then(([module]) => module.default));
  // main.tsx fetches the first screen's code and texts while i18n starts (route-match.ts preloadScreen).
  return Object.assign(component, { preloadCode: load, namespaces });
}

export interface AppRoute {
  path: string;
  // Screens take their own route params as props, so the table holds any component.
  component: AnyComponent<any>;
}

const caseNamespaces = ['cases', 'common', 'store'];
const CaseListScreen = screen(() => import('./cases/CaseListScreen.tsx'), caseNamespaces);
const CaseFormScreen = screen(() => import('./cases/CaseFormScreen.tsx'), caseNamespaces);
const checklistNamespaces = ['checklists', 'deadlines', 'store'];
const syncNamespaces = ['sync', 'common', 'store'];

export const routes: AppRoute[] = [
  { path: '/', component: CaseListScreen },
  { path: '/cases', component: CaseListScreen },
  { path: '/cases/new', component: CaseFormScreen },
  { path: '/cases/:id/edit', component: CaseFormScreen },
  { path: '/cases/:id', component: screen(() => import('./cases/CaseScreen.tsx'), caseNamespaces) },
  { path: '/cases/:id/viewings/new', component: screen(() => import('./viewings/PlanViewingScreen.tsx'), ['viewings', 'store']) },
  { path: '/viewings', component: screen(() => import('./viewings/AgendaScreen.tsx'), ['viewings', 'store']) },
  { path: '/viewings/:id/outcome', component: screen(() => import('./viewings/OutcomeScreen.tsx'), ['viewings', 'store']) },
  { path: '/viewings/:id/edit', component: screen(() => import('./viewings/EditViewingScreen.tsx'), ['viewings', 'store']) },
  { path: '/viewings/:id', component: screen(() => import('./viewings/ViewingScreen.tsx'), ['viewings', 'store']) },
  { path: '/cases/:id/checklists/:checklistId/handout', component: screen(() => import('./checklists/HandoutScreen.tsx'), checklistNamespaces) },
  { path: '/cases/:id/checklists/:checklistId', component: screen(() => import('./checklists/ChecklistScreen.tsx'), checklistNamespaces) },
  { path: '/deadlines', component: screen(() => import('./checklists/DeadlinesScreen.tsx'), [...checklistNamespaces, 'viewings']) },
  { path: '/settings/templates/:id', component: screen(() => import('./checklists/TemplateEditScreen.tsx'), checklistNamespaces) },
  { path: '/settings/templates', component: screen(() => import('./checklists/TemplatesScreen.tsx'), checklistNamespaces) },
  { path: '/settings', component: screen(() => import('./screens/SettingsScreen.tsx'), ['checklists']) },
  { path: '/welcome', component: screen(() => import('./sync/WelcomeScreen.tsx'), syncNamespaces) },
  { path: '/join', component: screen(() => import('./sync/WelcomeScreen.tsx'), syncNamespaces) },
  { path: '/sync/conflicts', component: screen(() => import('./sync/ConflictsScreen.tsx'), syncNamespaces) },
  { path: '/sync', component: screen(() => import('./sync/SyncScreen.tsx'), syncNamespaces) },
  { path: '/team', component: screen(() => import('./sync/TeamScreen.tsx'), syncNamespaces) },
  { path: '/reports', component: screen(() => import('./reports/ReportsScreen.tsx'), ['reports', 'viewings', 'cases']) },
];

/** Shown for any path no route matches. */
export const NotFoundScreen = screen(() => import('./screens/NotFoundScreen.tsx'));

export interface NavItem extends NavMatchItem {
  /** Key in the shell namespace for the tab's label. */
  labelKey: string;
  icon: ComponentType;
}

/** The bottom navigation, in order. The badge of a tab is `setNavBadge(key, n)`. */
export const navItems: NavItem[] = [
  { key: 'cases', href: '/cases', alsoMatches: ['/'], labelKey: 'nav.cases', icon: CasesIcon },
  { key: 'viewings', href: '/viewings', labelKey: 'nav.viewings', icon: ViewingsIcon },
  { key: 'deadlines', href: '/deadlines', labelKey: 'nav.deadlines', icon: DeadlinesIcon },
  { key: 'settings', href: '/settings', labelKey: 'nav.settings', icon: SettingsIcon },
];

/**
 * Loaded once the first screen is on the page (so they never slow it down): e.g. a
 * module that watches due deadlines and calls setNavBadge, or the sync engine's start.
 */
export const afterFirstScreen: Array<() => Promise<unknown>> = [
  () => import('./checklists/deadline-badge.ts').then((module) => module.startDeadlineBadge()),
  () => import('./sync/start-sync.ts').then((module) => module.startSync()),
];

/**
 * Shown above every screen (inside <main>), loaded once the first screen is on the page:
 * e.g. the reminder of a viewing that starts within the hour, or of a court action's last
 * days. Each renders null when it
 * has nothing to say.
 */
export const shellBanners: Array<() => Promise<{ default: ComponentType }>> = [
  () => import('./viewings/ReminderBanner.tsx'),
  () => import('./checklists/LegalReminderBanner.tsx'),
];

/** Mounted at the end of the top bar: the sync status (its code loads once the browser is idle). */
export const topStatus: ComponentType | null = TopStatusSlot;
