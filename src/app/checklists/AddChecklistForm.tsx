// "Add a checklist": pick a template (newest version of each) and, where it has them, the
// variant that applies (e.g. the kind of decision); the checklist starts on that version.
import { useState } from 'preact/hooks';
import { latestTemplates, type CatalogEntry } from '../../domain/template.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { addChecklist } from '../../store/repo/checklists.ts';
import type { Store } from '../../store/store.ts';
import { Button } from '../components/Button.tsx';
import { SelectField } from '../components/Field.tsx';
import { i18n, useT } from '../i18n.ts';
import { inOfferOrder } from './catalog-order.ts';
import { LocalOption } from './parts.tsx';

interface Props {
  store: Store;
  caseId: string;
  catalog: readonly CatalogEntry[];
  onAdded(checklistId: string): void;
}

export function AddChecklistForm({ store, caseId, catalog, onAdded }: Props) {
  const t = useT('checklists');
  const language = i18n.language;
  const offered = inOfferOrder(latestTemplates(catalog));
  const [templateId, setTemplateId] = useState('');
  const [variant, setVariant] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = offered.find((entry) => entry.template.id === templateId) ?? null;
  const variants = chosen?.template.variants ?? [];

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setError(null);
    const result = await addChecklist(store, caseId, chosen, { variant: variant || null });
    setBusy(false);
    if (!result.ok) {
      setError(t(result.error.messageKey));
      return;
    }
    setTemplateId('');
    setVariant('');
    onAdded(result.value.id);
  };

  return (
    <form class="cl-add" onSubmit={submit} aria-labelledby="checklists-add-heading">
      <h3 id="checklists-add-heading" class="cl-add__title">
        {t('add.heading')}
      </h3>
      <SelectField
        label={t('add.template')}
        value={templateId}
        onChange={(event) => {
          setTemplateId((event.currentTarget as HTMLSelectElement).value);
          setVariant('');
        }}
        required
      >
        <option value="">{t('add.choose')}</option>
        {offered.map((entry) => (
          <LocalOption key={entry.template.id} value={entry.template.id} text={localizedText(entry.template.text, language, 'title')} t={t} />
        ))}
      </SelectField>
      {chosen && localizedText(chosen.template.text, language, 'summary') && (
        <p class="cl-muted cl-small">{localizedText(chosen.template.text, language, 'summary')?.text}</p>
      )}
      {variants.length > 0 && (
        <SelectField
          label={t('variant.label')}
          hint={t('variant.hint')}
          value={variant}
          onChange={(event) => setVariant((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t('variant.all')}</option>
          {variants.map((option) => (
            <LocalOption key={option.id} value={option.id} text={localizedText(option.text, language, 'label')} t={t} />
          ))}
        </SelectField>
      )}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" disabled={!chosen || busy}>
          {busy ? t('add.adding') : t('add.submit')}
        </Button>
      </div>
    </form>
  );
}
