// Placeholder for one case (/cases/:id) until the cases feature replaces this route.
// A deep link to a case that is not on this device lands here.
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ButtonLink } from '../components/Button.tsx';

export default function CaseScreen() {
  const t = useT('shell');
  return (
    <Page title={t('case.title')}>
      <EmptyState
        title={t('case.notHereTitle')}
        action={
          <ButtonLink href="/cases" variant="secondary">
            {t('case.backToCases')}
          </ButtonLink>
        }
      >
        <p>{t('case.notHereText')}</p>
      </EmptyState>
    </Page>
  );
}
