// "Add to calendar": a plain link to an .ics file made on the phone (a Blob), with the
// download attribute, so the browser saves or opens it in the calendar app. Nothing is sent.
import { useEffect, useMemo } from 'preact/hooks';
import { ICS_MIME_TYPE } from '../../domain/ics.ts';
import type { ViewingFields } from '../../domain/viewing.ts';
import { useT } from '../i18n.ts';
import { calendarFile } from './calendar-export.ts';

interface CalendarLinkProps {
  viewings: readonly { id: string; fields: ViewingFields }[];
  label: string;
  testId?: string;
}

export function CalendarLink({ viewings, label, testId }: CalendarLinkProps) {
  const t = useT('viewings');
  // Rebuilt only when what goes into the file changes.
  const signature = JSON.stringify(viewings.map((viewing) => [viewing.id, viewing.fields]));
  const file = useMemo(() => calendarFile(viewings, (key, values) => t(key, values ?? {}), Date.now()), [signature, t]);
  const url = useMemo(
    () => (file ? URL.createObjectURL(new Blob([file.text], { type: ICS_MIME_TYPE })) : null),
    [file],
  );
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  if (!file || !url) return null;
  return (
    <a class="button button--secondary" href={url} download={file.fileName} data-testid={testId}>
      {label}
    </a>
  );
}
