// "Restore your unsaved draft?" at the top of a form that finds text typed earlier and
// never saved (the app was closed, reloaded or crashed). It takes the focus when it
// appears, so a screen reader announces the question before anything else.
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';

export function DraftOffer({ onRestore, onDiscard }: { onRestore(): void; onDiscard(): void }) {
  const t = useT('cases');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div ref={box} class="draft-offer" role="region" aria-labelledby="draft-offer-title" tabIndex={-1} data-testid="draft-offer">
      <p id="draft-offer-title" class="draft-offer__title">
        {t('draft.offerTitle')}
      </p>
      <p class="draft-offer__text">{t('draft.offerText')}</p>
      <div class="draft-offer__actions">
        <Button onClick={onRestore}>{t('draft.restore')}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t('draft.discard')}
        </Button>
      </div>
    </div>
  );
}
