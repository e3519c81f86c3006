// What a screen shows when there is nothing yet: what this place is for and the one
// thing to do next, so a new user is never left with a blank page.
import type { ComponentChildren } from 'preact';

interface EmptyStateProps {
  title: ComponentChildren;
  children?: ComponentChildren;
  /** The next step, usually a <ButtonLink> or <Button>. */
  action?: ComponentChildren;
  icon?: ComponentChildren;
}

export function EmptyState({ title, children, action, icon }: EmptyStateProps) {
  return (
    <section class="empty-state">
      {icon && (
        <div class="empty-state__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <h2 class="empty-state__title">{title}</h2>
      {children && <div class="empty-state__text">{children}</div>}
      {action && <div class="empty-state__action">{action}</div>}
    </section>
  );
}
