// /viewings: today, upcoming and past viewings across cases, grouped by day in Slovenia
// (domain agenda.ts), with "Mine" (the viewings the signed-in user attends), export of
// all upcoming viewings to the calendar, and the switch for reminder notifications.
//
// "Mine" needs an account: attendees are team members' account ids, and a device that
// works on its own has none. A made-up device identity would be written into `attendees`
// and then synced as an id nobody on the team has, so without an account the agenda
// shows every viewing on the phone and offers no "Mine".
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { attendedBy, buildAgenda, relativeDay, type AgendaDay } from '../../domain/agenda.ts';
import { allViewings, currentUserId, type ViewingItem } from '../../store/queries/viewings.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewingsIcon } from '../components/icons.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { i18n, useT } from '../i18n.ts';
import { ViewingList, ViewingListItem } from './AgendaList.tsx';
import { CalendarLink } from './CalendarLink.tsx';
import { Choices } from '../components/Choices.tsx';
import { formatDate } from '../format.ts';
import { NotificationControl } from './NotificationControl.tsx';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useStore } from '../hooks/use-store.ts';
import { useNow } from '../hooks/use-now.ts';
import { upcomingForCalendar } from './viewing-state.ts';
import './viewings.css';

/** Past days shown before "Show earlier": the recent ones are where outcomes get logged. */
const PAST_DAYS_SHOWN = 14;

export default function AgendaScreen() {
  const t = useT('viewings');
  const { store, error } = useStore();
  const { query, route } = useLocation();
  const loaded = useLiveQuery(
    store ? async () => ({ viewings: await allViewings(store), me: await currentUserId(store) }) : null,
    [store],
  );
  const now = useNow();
  const [allPast, setAllPast] = useState(false);

  const title = t('agenda.title');
  if (error || loaded.error) return <StorageProblemScreen title={title} error={(error ?? loaded.error)!} />;
  if (!loaded.value) return <Page title={title} />;
  const { viewings: everything, me } = loaded.value;
  const mine = me !== null && query.mine === '1';
  const viewings = mine ? attendedBy(everything, me) : everything;
  const agenda = buildAgenda(viewings, now);
  const upcoming = upcomingForCalendar(viewings, now);

  if (everything.length === 0) {
    return (
      <Page title={title}>
        <EmptyState
          title={t('agenda.emptyTitle')}
          icon={<ViewingsIcon />}
          action={
            <ButtonLink href="/cases" variant="secondary">
              {t('agenda.goToCases')}
            </ButtonLink>
          }
        >
          <p>{t('agenda.emptyText')}</p>
          <p>{t('agenda.planFromCase')}</p>
        </EmptyState>
        <NotificationControl />
      </Page>
    );
  }

  const past = allPast ? agenda.past : agenda.past.slice(0, PAST_DAYS_SHOWN);
  return (
    <Page title={title}>
      <div class="vw-toolbar vw-toolbar--start">
        {me !== null && (
          <Choices
            legend={t('agenda.filterLabel')}
            kind="radio"
            options={[
              { value: 'all', label: t('agenda.all') },
              { value: 'mine', label: t('agenda.mine') },
            ]}
            selected={[mine ? 'mine' : 'all']}
            onToggle={(value) => route(value === 'mine' ? '/viewings?mine=1' : '/viewings', true)}
            testId="agenda-filter"
          />
        )}
        {upcoming.length > 0 && (
          <CalendarLink viewings={upcoming} label={t('actions.exportUpcoming')} testId="export-upcoming" />
        )}
        <NotificationControl />
      </div>

      <section class="vw-stack" aria-labelledby="agenda-today" data-testid="agenda-today">
        <h2 id="agenda-today" class="vw-group-title">
          {t('agenda.today')} <span class="vw-muted vw-small">{formatDate(agenda.today.date, i18n.language)}</span>
        </h2>
        {agenda.today.entries.length > 0 ? (
          <DayList day={agenda.today} now={now} />
        ) : (
          <p class="vw-muted">{mine ? t('agenda.emptyMine') : t('agenda.emptyToday')}</p>
        )}
      </section>

      <section class="vw-stack" aria-labelledby="agenda-upcoming" data-testid="agenda-upcoming">
        <h2 id="agenda-upcoming" class="vw-group-title">
          {t('agenda.upcoming')}
        </h2>
        {agenda.upcoming.length > 0 ? (
          agenda.upcoming.map((day) => <Day key={day.date} day={day} today={agenda.today.date} now={now} />)
        ) : (
          <p class="vw-muted">{t('agenda.emptyUpcoming')}</p>
        )}
      </section>

      {agenda.undated.length > 0 && (
        <section class="vw-stack" aria-labelledby="agenda-undated">
          <h2 id="agenda-undated" class="vw-group-title">
            {t('agenda.undated')}
          </h2>
          <ViewingList>
            {agenda.undated.map((viewing) => (
              <ViewingListItem key={viewing.id} viewing={viewing} now={now} showCase />
            ))}
          </ViewingList>
        </section>
      )}

      <section class="vw-stack" aria-labelledby="agenda-past" data-testid="agenda-past">
        <h2 id="agenda-past" class="vw-group-title">
          {t('agenda.past')}
        </h2>
        {past.length > 0 ? (
          past.map((day) => <Day key={day.date} day={day} today={agenda.today.date} now={now} />)
        ) : (
          <p class="vw-muted">{t('agenda.emptyPast')}</p>
        )}
        {past.length < agenda.past.length && (
          <div>
            <Button variant="secondary" onClick={() => setAllPast(true)}>
              {t('agenda.showEarlier')}
            </Button>
          </div>
        )}
      </section>
    </Page>
  );
}

function Day({ day, today, now }: { day: AgendaDay<ViewingItem>; today: string; now: number }) {
  const t = useT('viewings');
  const relative = relativeDay(day.date, today);
  const date = formatDate(day.date, i18n.language);
  const headingId = `agenda-day-${day.date}`;
  return (
    <section class="vw-day" aria-labelledby={headingId} data-day={day.date}>
      <h3 id={headingId} class="vw-day__title">
        {relative ? `${t(`agenda.${relative}`)} · ${date}` : date}
      </h3>
      <DayList day={day} now={now} />
    </section>
  );
}

function DayList({ day, now }: { day: AgendaDay<ViewingItem>; now: number }) {
  return (
    <ViewingList>
      {day.entries.map((entry) => (
        <ViewingListItem key={entry.viewing.id} viewing={entry.viewing} now={now} showCase />
      ))}
    </ViewingList>
  );
}
