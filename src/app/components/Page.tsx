// The frame of every screen: one <h1> and the content. It also marks the first screen
// shown after start ("tz:first-screen"), which test/bench measures.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { markFirstScreen } from '../when-idle.ts';

let firstScreenMarked = false;

interface PageProps {
  title: ComponentChildren;
  /** Buttons or links next to the heading (e.g. "New case"). */
  actions?: ComponentChildren;
  children?: ComponentChildren;
}

export function Page({ title, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstScreenMarked) {
      firstScreenMarked = true;
      markFirstScreen();
    } else {
      // After navigating, move focus to the new heading so screen readers announce it.
      heading.current?.focus({ preventScroll: true });
    }
  }, []);
  return (
    <div class="page" data-screen>
      <header class="page__header">
        <h1 class="page__title" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {actions && <div class="page__actions">{actions}</div>}
      </header>
      <div class="page__body">{children}</div>
    </div>
  );
}
