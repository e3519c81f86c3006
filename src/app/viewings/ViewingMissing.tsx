// A link to a viewing that is not on this phone (deleted, or not synced yet).
import { ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';

export function ViewingMissing({ title }: { title: string }) {
  const t = useT('viewings');
  return (
    <Page title={title}>
      <EmptyState
        title={t('missing.title')}
        action={
          <ButtonLink href="/viewings" variant="secondary">
            {t('missing.backToAgenda')}
          </ButtonLink>
        }
      >
        <p>{t('missing.text')}</p>
      </EmptyState>
    </Page>
  );
}
