// The app's button. `variant` picks the look; everything else goes to <button>.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  variant?: 'primary' | 'secondary' | 'danger';
  children: ComponentChildren;
};

export function Button({ variant = 'primary', type = 'button', children, ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`button button--${variant}`}>
      {children}
    </button>
  );
}

/** A link that looks like a button (for navigation, e.g. "New case"). */
export function ButtonLink({
  href,
  variant = 'primary',
  children,
}: {
  href: string;
  variant?: 'primary' | 'secondary';
  children: ComponentChildren;
}) {
  return (
    <a href={href} class={`button button--${variant}`}>
      {children}
    </a>
  );
}
