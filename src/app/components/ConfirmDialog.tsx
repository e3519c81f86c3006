// "Delete this note?": a modal <dialog> (focus is trapped inside and returns to the button
// that opened it; Escape cancels). The safe choice, Cancel, has the focus first.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { Button } from './Button.tsx';

interface ConfirmDialogProps {
  open: boolean;
  title: ComponentChildren;
  children?: ComponentChildren;
  confirmLabel: ComponentChildren;
  /** Default `danger`: most confirmations here are about deleting. */
  variant?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, variant = 'danger', busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useT('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLButtonElement>('[data-cancel]')?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-text` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} class="confirm__title">
        {title}
      </h2>
      {children && (
        <div id={`${id}-text`} class="confirm__text">
          {children}
        </div>
      )}
      <div class="confirm__actions">
        <button type="button" class="button button--secondary" data-cancel onClick={onCancel}>
          {t('cancel')}
        </button>
        <Button variant={variant} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
