// Small pieces every checklist screen shows the same way: a template text that may be an
// English fallback (marked, never silent), the "verify" badge with the sources, and a due
// date together with the rule that produced it (DOMAIN-SI.md: no deadline without its rule).
import type { TFunction } from 'i18next';
import type { MessagePart } from '../../domain/deadlines.ts';
import type { DateMeaning, LocalizedText, Source, TemplateItem } from '../../domain/template-definition.ts';
import { daysLeftKey, formatDate } from '../format.ts';
import { renderExplanation, type Translate } from './explanation.ts';

/** i18next's t as the plain function the pure helpers take. */
export function asTranslate(t: TFunction): Translate {
  return (key, options) => t(key, options as never) as unknown as string;
}

/**
 * A template text in the reader's language, or the English text marked as such: the
 * marker is in the reader's language, the text itself is tagged `lang="en"` (and left to
 * right) so screen readers and right-to-left layouts treat it right.
 */
export function LocalText({ text, t, marker = 'short' }: { text: LocalizedText; t: TFunction; marker?: 'short' | 'long' }) {
  if (!text.fallback) return <>{text.text}</>;
  return (
    <>
      <span lang="en" dir="ltr">
        {text.text}
      </span>{' '}
      {marker === 'short' ? (
        <span class="cl-lang-tag" title={t('checklists:inEnglishLong')}>
          <span aria-hidden="true">{t('checklists:inEnglishShort')}</span>
          <span class="cl-visually-hidden">{t('checklists:inEnglishLong')}</span>
        </span>
      ) : (
        <span class="cl-fallback-note" data-testid="fallback-marker">
          {t('deadlines:translationFallback')}
        </span>
      )}
    </>
  );
}

/**
 * A choice in a list (a template, a kind of decision) in the reader's language. An option
 * holds text only, so an English fallback is tagged `lang="en"` and marked "(EN)" in it.
 */
export function LocalOption({ value, text, t }: { value: string; text: LocalizedText | null; t: TFunction }) {
  if (!text) return <option value={value}>{value}</option>;
  return (
    <option value={value} lang={text.fallback ? 'en' : undefined}>
      {text.fallback ? `${text.text} (${t('checklists:inEnglishShort')})` : text.text}
    </option>
  );
}

/** The "verify" badge of an item marked M or L, with its confidence and source links. */
export function VerifyNote({ item, t }: { item: Pick<TemplateItem, 'confidence' | 'sources'>; t: TFunction }) {
  return (
    <div class="cl-verify" data-testid="verify">
      <span class="cl-badge cl-badge--verify">{t('deadlines:verify')}</span>
      <span class="cl-verify__text">{t(`deadlines:confidence.${item.confidence}`)}</span>
      <SourceLinks sources={item.sources} />
    </div>
  );
}

export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="cl-sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">
            {source.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

export interface DueLike {
  meaning: DateMeaning;
  dueDate: string;
  daysLeft: number;
  overdue: boolean;
  explanation: readonly MessagePart[];
}

/** "Due by Mon, 4 May 2026 · in 6 days" and, under it, the rule that made the date. */
export function DueDate({ due, t, language }: { due: DueLike; t: TFunction; language: string }) {
  const left = daysLeftKey(due.daysLeft, due.overdue);
  return (
    <div class={`cl-due${due.overdue ? ' cl-due--overdue' : ''}`} data-due-date={due.dueDate}>
      <p class="cl-due__date">
        {due.overdue && <span class="cl-badge cl-badge--overdue">{t('checklists:items.overdue')}</span>}{' '}
        <strong>
          {t('checklists:dueLine', { meaning: t(`deadlines:meaning.${due.meaning}`), date: formatDate(due.dueDate, language) })}
        </strong>
        <span class="cl-due__left"> · {t(left.key, { count: left.count })}</span>
      </p>
      <p class="cl-rule" data-testid="due-rule">
        {renderExplanation(due.explanation, asTranslate(t), language)}
      </p>
    </div>
  );
}
