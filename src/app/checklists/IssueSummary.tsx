// The list of what to fix before a template can be saved, each issue named by step,
// field and language (template-editor.ts `issuePlace`).
import type { TFunction } from 'i18next';
import { localizedText, type TemplateDefinition } from '../../domain/template-definition.ts';
import type { TemplateIssue } from '../../store/repo/templates.ts';
import { i18n } from '../i18n.ts';
import { validationText } from './template-text.ts';
import { issuePlace } from './template-editor.ts';

export function IssueSummary({ issues, template, t }: { issues: readonly TemplateIssue[]; template: TemplateDefinition; t: TFunction }) {
  const uiLanguage = i18n.language;
  const names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  return (
    <div class="cl-errors" id="editor-errors" tabIndex={-1} role="alert">
      <p>
        <strong>{t('editor.errors.heading')}</strong>
      </p>
      <ul>
        {issues.map((issue, index) => {
          const place = issuePlace(issue.path);
          const where = place.item !== null ? t('editor.errors.item', { number: place.item + 1 }) : t('editor.errors.template');
          const fieldName = t(`editor.fieldNames.${place.field}`, { defaultValue: place.field });
          const language = place.language ? ` (${names.of(place.language) ?? place.language})` : '';
          const label = place.item !== null ? template.items[place.item] : undefined;
          return (
            <li key={index}>
              {where}
              {label ? ` “${localizedText(label.text, uiLanguage, 'label')?.text || t('editor.newItem')}”` : ''}: {fieldName}
              {language}: {validationText(issue.message, t)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
