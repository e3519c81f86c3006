// "Version N of this checklist is available": what changes, and the upgrade itself. A
// checklist keeps its version until someone chooses this (issue 4), so nobody's dates
// change under them without a person deciding it.
import { useState } from 'preact/hooks';
import { localizedText, type TemplateDefinition } from '../../domain/template-definition.ts';
import type { CatalogEntry } from '../../domain/template.ts';
import type { ChecklistWithCase } from '../../store/queries/checklists.ts';
import { upgradeChecklist } from '../../store/repo/checklists.ts';
import type { Store } from '../../store/store.ts';
import { Button } from '../components/Button.tsx';
import { i18n, useT } from '../i18n.ts';
import { ChangesList } from './ChangesList.tsx';
import { templateChanges } from './template-changes.ts';

interface Props {
  store: Store;
  checklist: ChecklistWithCase;
  current: TemplateDefinition;
  newer: CatalogEntry;
}

export function UpgradeNotice({ store, checklist, current, newer }: Props) {
  const t = useT('checklists');
  const language = i18n.language;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const version = newer.template.version;
  const changes = templateChanges(current, newer.template);
  const variant = checklist.view.variant;
  const variantGone = variant !== null && !(newer.template.variants ?? []).some((candidate) => candidate.id === variant);
  const variantLabel = (current.variants ?? []).find((candidate) => candidate.id === variant);
  const upgrade = async () => {
    setBusy(true);
    const result = await upgradeChecklist(store, checklist.id, newer, variant);
    setBusy(false);
    setError(result.ok ? null : t(result.error.messageKey));
  };
  return (
    <section class="cl-panel cl-panel--notice" aria-labelledby="checklist-upgrade" data-testid="upgrade-notice">
      <h2 id="checklist-upgrade" class="cl-panel__title">
        {t('upgrade.heading', { version })}
      </h2>
      <p>{t('upgrade.intro', { current: current.version })}</p>
      <details>
        <summary>{t('upgrade.changesHeading')}</summary>
        <ChangesList changes={changes} t={t} />
      </details>
      {variantGone && (
        <p class="cl-warning">
          {t('upgrade.variantCleared', {
            variant: variantLabel ? (localizedText(variantLabel.text, language, 'label')?.text ?? variant) : variant,
            version,
          })}
        </p>
      )}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      <div>
        <Button onClick={() => void upgrade()} disabled={busy}>
          {t('upgrade.button', { version })}
        </Button>
      </div>
    </section>
  );
}
