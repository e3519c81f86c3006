// /viewings/:id: the viewing packet, what a volunteer reads in the stairwell before
// ringing: when, where (copy, map app, OpenStreetMap: plain links, nothing loads until
// tapped), whom to call, what to bring and check (viewing-packet.ts, from DOMAIN-SI.md),
// and the outcome once logged. Everything comes from IndexedDB: it works offline.
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { startsWithinNextHour } from '../../domain/agenda.ts';
import { viewingPacket, type PacketItem } from '../../domain/viewing-packet.ts';
import { currentUserId, viewingById, type ViewingItem } from '../../store/queries/viewings.ts';
import { deleteViewing } from '../../store/repo/viewings.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { i18n, useT } from '../i18n.ts';
import { CalendarLink } from './CalendarLink.tsx';
import { CopyButton } from './CopyButton.tsx';
import { Flash } from '../components/Flash.tsx';
import { formatDate, formatEuros, formatPhone, formatTime } from '../format.ts';
import { minutesUntil } from './viewing-state.ts';
import { Joined } from './Joined.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useStore } from '../hooks/use-store.ts';
import { useNow } from '../hooks/use-now.ts';
import { needsOutcome, upcomingForCalendar } from './viewing-state.ts';
import { ViewingMissing } from './ViewingMissing.tsx';
import './viewings.css';

export default function ViewingScreen({ id }: { id: string }) {
  const t = useT('viewings');
  const tStore = useT('store');
  const { store, error } = useStore();
  const loaded = useLiveQuery(
    store ? async () => ({ viewing: await viewingById(store, id), me: await currentUserId(store) }) : null,
    [store, id],
  );
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { route } = useLocation();
  const now = useNow();

  const title = t('packet.title');
  if (error || loaded.error) return <StorageProblemScreen title={title} error={(error ?? loaded.error)!} />;
  if (loaded.loading && !loaded.value) return <Page title={title} />;
  const viewing = loaded.value?.viewing;
  if (!viewing || !store) return <ViewingMissing title={title} />;
  const me = loaded.value?.me ?? null;

  const remove = async () => {
    const result = await deleteViewing(store, id);
    if (!result.ok) {
      setDeleteError(tStore(result.error.messageKey));
      return;
    }
    route(`/cases/${viewing.caseId}`, true);
  };

  const planned = (viewing.fields.status ?? 'planned') === 'planned';
  return (
    <Page
      title={title}
      actions={
        <>
          <ButtonLink href={`/viewings/${id}/outcome`} variant={planned ? 'primary' : 'secondary'}>
            {t('actions.logOutcome')}
          </ButtonLink>
          <ButtonLink href={`/viewings/${id}/edit`} variant="secondary">
            {t('actions.edit')}
          </ButtonLink>
        </>
      }
    >
      <Flash />
      <p class="vw-muted">
        <a href={`/cases/${viewing.caseId}`}>{viewing.caseName ?? t('packet.openCase')}</a>
      </p>
      <Packet viewing={viewing} me={me} now={now} />
      <p class="vw-small vw-muted">{t('packet.offline')}</p>
      <DeleteViewing onDelete={() => void remove()} error={deleteError} />
    </Page>
  );
}

function Packet({ viewing, me, now }: { viewing: ViewingItem; me: string | null; now: number }) {
  const t = useT('viewings');
  const language = i18n.language;
  const packet = viewingPacket(viewing.fields);
  const { fields } = viewing;
  const soon = startsWithinNextHour([viewing], now)[0];
  const status = fields.status ?? 'planned';
  const costs = [
    ['rentMonthly', packet.costs.rentMonthlyCents],
    ['deposit', packet.costs.depositCents],
    ['utilitiesEstimate', packet.costs.utilitiesEstimateCents],
    ['agencyFee', packet.costs.agencyFeeCents],
  ] as const;
  const others = packet.attendees.filter((attendee) => attendee !== me).length;
  const iGo = me !== null && packet.attendees.includes(me);

  return (
    <>
      <section class="vw-card" aria-labelledby="packet-when" data-testid="packet-when">
        <h2 id="packet-when">{t('packet.when')}</h2>
        <p class="vw-when">
          {packet.date ? formatDate(packet.date, language) : t('agenda.undated')}
          <br />
          {packet.startTime
            ? packet.endTime
              ? t('agenda.timeRange', { start: formatTime(packet.startTime, language), end: formatTime(packet.endTime, language) })
              : formatTime(packet.startTime, language)
            : t('agenda.noTime')}
        </p>
        <p class="vw-row">
          <StatusBadge status={status} />
          {needsOutcome(viewing, now) && <span class="vw-badge vw-badge--problem">{t('agenda.needsOutcome')}</span>}
          {soon && soon.startMs !== null && (
            <span class="vw-badge vw-badge--open">
              {minutesUntil(soon.startMs, now) === 0
                ? t('reminder.startsNow')
                : t('reminder.startsIn', { count: minutesUntil(soon.startMs, now) })}
            </span>
          )}
        </p>
        {upcomingForCalendar([viewing], now).length > 0 && (
          <div class="vw-row">
            <CalendarLink viewings={[viewing]} label={t('actions.exportOne')} testId="export-one" />
          </div>
        )}
      </section>

      <Outcome fields={fields} />

      <section class="vw-card" aria-labelledby="packet-where">
        <h2 id="packet-where">{t('packet.where')}</h2>
        {packet.address && packet.mapLinks ? (
          <>
            <p class="vw-address" dir="auto" data-testid="packet-address">
              {packet.address}
            </p>
            <div class="vw-row">
              <a class="button button--secondary" href={packet.mapLinks.geo} data-testid="geo-link">
                {t('actions.openMap')}
              </a>
              <a
                class="button button--secondary vw-link-external"
                href={packet.mapLinks.openStreetMap}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="osm-link"
              >
                {t('actions.openOsm')}
              </a>
              <CopyButton text={packet.address} label={t('actions.copyAddress')} doneLabel={t('actions.copied')} />
            </div>
          </>
        ) : (
          <p class="vw-muted">{t('agenda.noAddress')}</p>
        )}
      </section>

      <section class="vw-card" aria-labelledby="packet-contacts">
        <h2 id="packet-contacts">{t('packet.contacts')}</h2>
        {packet.landlord ? (
          <>
            <dl class="vw-facts">
              <dt>{t('packet.landlord')}</dt>
              <dd dir={packet.landlord.name ? 'auto' : undefined}>{packet.landlord.name ?? t('packet.notKnown')}</dd>
              {packet.landlord.phone && (
                <>
                  <dt>{t('fields.landlordPhone')}</dt>
                  <dd>
                    <bdi dir="ltr" data-testid="landlord-phone">
                      {formatPhone(packet.landlord.phone)}
                    </bdi>
                  </dd>
                </>
              )}
            </dl>
            {packet.landlord.tel && (
              <a class="button button--primary vw-big-button" href={packet.landlord.tel} data-testid="tel-link">
                {packet.landlord.name ? t('actions.callLandlord', { name: packet.landlord.name }) : t('actions.call')}
              </a>
            )}
          </>
        ) : (
          <p class="vw-muted">{t('packet.notKnown')}</p>
        )}
        {packet.listingUrl && (
          <p>
            <a href={packet.listingUrl} target="_blank" rel="noopener noreferrer" class="vw-link-external">
              {t('actions.openListing')}
            </a>
          </p>
        )}
      </section>

      <section class="vw-card" aria-labelledby="packet-people">
        <h2 id="packet-people">{t('packet.attendees')}</h2>
        <p>
          {[
            iGo ? t('packet.attendeesYou') : null,
            others > 0 ? t('packet.attendeesOthers', { count: others }) : null,
          ]
            .filter(Boolean)
            .join(', ') || t('packet.attendeesNone')}
        </p>
        {packet.interpreterLanguage && <p>{t('packet.interpreter', { language: packet.interpreterLanguage })}</p>}
      </section>

      <section class="vw-card" aria-labelledby="packet-costs">
        <h2 id="packet-costs">{t('packet.costs')}</h2>
        <dl class="vw-facts vw-facts--money">
          {costs.map(([field, cents]) => (
            <Fragment key={field}>
              <dt>{t(`fields.${field}`)}</dt>
              <dd>{cents === null ? t('packet.notKnown') : formatEuros(cents, language)}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <PacketItems titleId="packet-bring" title={t('packet.bring')} items={packet.checklist.bring} />
      <PacketItems titleId="packet-check" title={t('packet.check')} items={packet.checklist.check} />

      <p class="vw-small vw-muted">
        {t('packet.contentVersion', { version: packet.content.version, date: formatDate(packet.content.contentCheckedOn, language) })}
      </p>
    </>
  );
}

/** What was logged (status, outcome, consent, discrimination, follow-up) and the notes. */
function Outcome({ fields }: { fields: ViewingItem['fields'] }) {
  const t = useT('viewings');
  const language = i18n.language;
  const status = fields.status ?? 'planned';
  const planned = status === 'planned';
  if (planned && !fields.outcome && !fields.notes && !fields.followUpDate) return null;
  // Before an outcome the card is the notes: its heading says "Notes", so the notes need no label of their own.
  const notesCard = planned && !fields.outcome;
  return (
    <section class="vw-card" aria-labelledby="packet-outcome" data-testid="packet-outcome">
      <h2 id="packet-outcome">{notesCard ? t('fields.notes') : t('packet.outcome')}</h2>
      <dl class="vw-facts">
        {!planned && (
          <>
            <dt>{t('fields.status')}</dt>
            <dd>{t(`status.${status}`)}</dd>
          </>
        )}
        {fields.outcome && (
          <>
            <dt>{t('fields.outcome')}</dt>
            <dd>{t(`outcome.${fields.outcome}`)}</dd>
          </>
        )}
        {fields.registrationConsent && (
          <>
            <dt>{t('packet.registrationShort')}</dt>
            <dd>{t(`registrationConsent.${fields.registrationConsent}`)}</dd>
          </>
        )}
        {fields.discrimination && (
          <>
            <dt>{t('fields.discrimination')}</dt>
            <dd>{fields.discrimination.map((kind) => t(`discrimination.${kind}`)).join('; ')}</dd>
          </>
        )}
        {fields.discriminationDescription && (
          <>
            <dt class="vw-wide">{t('fields.discriminationDescription')}</dt>
            <dd class="vw-pre vw-wide" dir="auto">
              {fields.discriminationDescription}
            </dd>
          </>
        )}
        {fields.followUpDate && (
          <>
            <dt>{t('fields.followUpDate')}</dt>
            <dd>{formatDate(fields.followUpDate, language)}</dd>
          </>
        )}
        {fields.notes && (
          <>
            {!notesCard && <dt class="vw-wide">{t('fields.notes')}</dt>}
            <dd class="vw-pre vw-wide" dir="auto" data-testid="packet-notes">
              {fields.notes}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function PacketItems({ titleId, title, items }: { titleId: string; title: string; items: readonly PacketItem[] }) {
  const t = useT('viewings');
  return (
    <section class="vw-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul class="vw-checklist">
        {items.map((item) => (
          <li key={item.id} class="vw-checklist__item" data-item={item.id} data-state={item.state}>
            <p class="vw-checklist__title">
              <span>{t(item.titleKey)}</span>
              <StateBadge state={item.state} />
              {item.verify && (
                <span class="vw-badge vw-badge--open">
                  {t('packet.verify')}
                </span>
              )}
            </p>
            <p>{t(item.detailKey)}</p>
            <p class="vw-small vw-muted">
              {item.legalBasis ? (
                <Joined
                  parts={[t('packet.legalBasis', { law: t(`packet.laws.${item.legalBasis}`) }), t(`packet.confidence.${item.confidence}`)]}
                />
              ) : (
                t('packet.practice')
              )}
            </p>
            {item.verify && <p class="vw-small vw-muted">{t('packet.verifyHint')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StateBadge({ state }: { state: PacketItem['state'] }) {
  const t = useT('viewings');
  const tone = state === 'done' ? '' : state === 'problem' ? ' vw-badge--problem' : state === 'open' ? ' vw-badge--open' : ' vw-badge--muted';
  return <span class={`vw-badge${tone}`}>{t(`packet.state.${state}`)}</span>;
}

function DeleteViewing({ onDelete, error }: { onDelete: () => void; error: string | null }) {
  const t = useT('viewings');
  const [asking, setAsking] = useState(false);
  const [focusConfirm, setFocusConfirm] = useState(false);
  useEffect(() => {
    if (focusConfirm) document.getElementById('delete-viewing-question')?.focus();
  }, [focusConfirm]);
  return (
    <section class="vw-danger-zone" aria-label={t('actions.delete')}>
      {!asking ? (
        <Button
          variant="secondary"
          onClick={() => {
            setAsking(true);
            setFocusConfirm(true);
          }}
          data-testid="delete-viewing"
        >
          {t('actions.delete')}
        </Button>
      ) : (
        <div class="vw-notice vw-notice--warn vw-stack" role="group" aria-labelledby="delete-viewing-question">
          <p id="delete-viewing-question" tabIndex={-1}>
            {t('actions.deleteConfirm')}
          </p>
          <div class="vw-row">
            <Button variant="danger" onClick={onDelete} data-testid="confirm-delete">
              {t('actions.delete')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p class="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
