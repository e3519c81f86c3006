// The template's own fields in the editor: title and summary in the chosen language, the
// "content checked on" date, the dates the checklist asks for, variant labels, and which
// handout languages are not yet reviewed.
import type { TFunction } from 'i18next';
import { keyDateIds } from '../../domain/key-dates.ts';
import { handoutOnlyLanguages, type ContentLanguage, type HandoutOnlyLanguage, type TemplateDefinition } from '../../domain/template-definition.ts';
import { Button } from '../components/Button.tsx';
import { DateField } from '../components/DateField.tsx';
import { TextAreaField, TextField } from '../components/Field.tsx';
import { setText, textOf, type Edit, type ErrorAt } from './template-text.ts';
import { endonym } from '../format.ts';

interface TemplateFieldsProps {
  draft: TemplateDefinition;
  language: ContentLanguage;
  edit: Edit;
  errorAt: ErrorAt;
  today: string;
  /** Handout languages not yet reviewed by a native speaker (template-editor.ts); null while the built-in texts load. */
  unreviewed: readonly HandoutOnlyLanguage[] | null;
  onReviewed(language: HandoutOnlyLanguage, reviewed: boolean): void;
  t: TFunction;
}

export function TemplateFields({ draft, language, edit, errorAt, today, unreviewed, onReviewed, t }: TemplateFieldsProps) {
  const texts = draft.text as unknown as Record<string, Record<string, string> | undefined>;
  return (
    <fieldset class="cl-fieldset">
      <legend>{t('editor.template')}</legend>
      <TextField
        label={t('editor.titleField')}
        lang={language}
        value={textOf(texts, language, 'title')}
        error={errorAt(['text', language, 'title'])}
        onValue={(value) => edit((copy) => setText(copy.text as never, language, 'title', value))}
      />
      <TextAreaField
        rows={3}
        label={t('editor.summaryField')}
        lang={language}
        value={textOf(texts, language, 'summary')}
        error={errorAt(['text', language, 'summary'])}
        onValue={(value) => edit((copy) => setText(copy.text as never, language, 'summary', value))}
      />
      <DateField
        label={t('editor.contentCheckedOn')}
        hint={t('editor.contentCheckedOnHint')}
        error={errorAt(['contentCheckedOn'])}
        value={draft.contentCheckedOn}
        onValue={(value) =>
          edit((copy) => {
            copy.contentCheckedOn = value;
          })
        }
      >
        <Button
          variant="secondary"
          onClick={() =>
            edit((copy) => {
              copy.contentCheckedOn = today;
            })
          }
        >
          {t('editor.checkedToday')}
        </Button>
      </DateField>
      <fieldset class="cl-fieldset cl-fieldset--inner">
        <legend>{t('editor.keyDates')}</legend>
        <p class="field__hint">{t('editor.keyDatesHint')}</p>
        <div class="cl-checks">
          {keyDateIds.map((keyDate) => (
            <label key={keyDate} class="cl-check-line">
              <input
                type="checkbox"
                checked={draft.keyDates.includes(keyDate)}
                onChange={(event) => {
                  const on = (event.currentTarget as HTMLInputElement).checked;
                  edit((copy) => {
                    copy.keyDates = on
                      ? keyDateIds.filter((id) => id === keyDate || copy.keyDates.includes(id))
                      : copy.keyDates.filter((id) => id !== keyDate);
                  });
                }}
              />
              <span>{t(`deadlines:keyDate.${keyDate}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {(draft.variants ?? []).length > 0 && (
        <fieldset class="cl-fieldset cl-fieldset--inner">
          <legend>{t('editor.variants')}</legend>
          {(draft.variants ?? []).map((variant, index) => (
            <TextField
              key={variant.id}
              label={t('editor.variantLabel', { number: index + 1 })}
              lang={language}
              value={textOf(variant.text as never, language, 'label')}
              error={errorAt(['variants', index, 'text', language, 'label'])}
              onValue={(value) => edit((copy) => setText(copy.variants?.[index]?.text as never, language, 'label', value))}
            />
          ))}
        </fieldset>
      )}
      {unreviewed && (
        <fieldset class="cl-fieldset cl-fieldset--inner">
          <legend>{t('editor.unreviewed')}</legend>
          <div class="cl-checks">
            {handoutOnlyLanguages.map((code) => (
              <label key={code} class="cl-check-line">
                <input
                  type="checkbox"
                  checked={unreviewed.includes(code)}
                  onChange={(event) => onReviewed(code, !(event.currentTarget as HTMLInputElement).checked)}
                />
                <span lang={code}>{endonym(code)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}
