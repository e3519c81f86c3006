// Any path no route knows (an old bookmark, a mistyped link).
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ButtonLink } from '../components/Button.tsx';

export default function NotFoundScreen() {
  const t = useT('shell');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.emptyTitle')}
        action={
          <ButtonLink href="/cases" variant="secondary">
            {t('notFound.goHome')}
          </ButtonLink>
        }
      >
        <p>{t('notFound.text')}</p>
      </EmptyState>
    </Page>
  );
}
