// The bottom navigation (a side rail on wide screens, via CSS). Tabs and their badges
// come from routes.tsx and nav-badges.ts.
import { activeNavKey } from '../nav-match.ts';
import { useNavBadge } from '../nav-badges.ts';
import { useT } from '../i18n.ts';
import type { NavItem } from '../routes.tsx';

export function BottomNav({ items, path }: { items: readonly NavItem[]; path: string }) {
  const t = useT('shell');
  const active = activeNavKey(path, items);
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul class="bottom-nav__list">
        {items.map((item) => (
          <NavTab key={item.key} item={item} current={item.key === active} />
        ))}
      </ul>
    </nav>
  );
}

function NavTab({ item, current }: { item: NavItem; current: boolean }) {
  const t = useT('shell');
  const count = useNavBadge(item.key);
  const Icon = item.icon;
  const label = t(item.labelKey);
  return (
    <li class="bottom-nav__item">
      <a
        href={item.href}
        class="bottom-nav__link"
        aria-current={current ? 'page' : undefined}
      >
        <span class="bottom-nav__icon">
          <Icon />
          {count > 0 && (
            <span class="bottom-nav__badge" aria-hidden="true">
              {count > 99 ? '99+' : count.toLocaleString(document.documentElement.lang)}
            </span>
          )}
        </span>
        {/* With a badge, the name is read from the hidden sentence ("Viewings: 2 items need
            attention"); an aria-label instead would not contain the visible badge number
            (axe label-content-name-mismatch). */}
        <span class="bottom-nav__label" aria-hidden={count > 0 ? 'true' : undefined}>
          {label}
        </span>
        {count > 0 && <span class="bottom-nav__hidden">{t('nav.withBadge', { label, count })}</span>}
      </a>
    </li>
  );
}
