// A viewing's status as a small badge: planned stands out, done is quiet, cancelled and
// no-show are marked.
import { useT } from '../i18n.ts';

export function StatusBadge({ status }: { status: string }) {
  const t = useT('viewings');
  const tone = status === 'planned' ? '' : status === 'done' ? ' vw-badge--muted' : ' vw-badge--problem';
  return <span class={`vw-badge${tone}`}>{t(`status.${status}`)}</span>;
}
