import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { useFormat } from '../format';

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** '2026-03-21' as "21 March" / "২১ মার্চ" (one formatter per language). */
export function festivalDay(language: string, date: string) {
  const locale = language === 'en' ? 'en-BD' : 'bn-BD';
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  return f.format(new Date(`${date}T00:00:00Z`));
}

/** Festivals under way or this close: enough for the banner and the theme around today. */
const UPCOMING_DAYS = 7;

export const festivalKeys = { upcoming: ['festivals', 'upcoming'] as const };

export function fetchUpcomingFestivals() {
  return ok(client.GET('/api/v1/festivals', { params: { query: { upcoming: UPCOMING_DAYS } } }));
}

/**
 * The home page's festival greeting in the days around a festival (the server decides which), with
 * today's approximate iftar time in Ramadan. Its class names the theme the stylesheet dresses for.
 */
export function FestivalBanner() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const festivals = useQuery({
    queryKey: festivalKeys.upcoming,
    queryFn: fetchUpcomingFestivals,
    staleTime: 60 * 60_000,
  });
  const theme = festivals.data?.theme;
  if (!theme) return null;
  const name = i18n.language === 'en' ? theme.nameEn : theme.nameBn;
  const iftar = festivals.data?.iftar;
  return (
    <aside
      className={`festival-banner festival-${theme.theme}`}
      data-testid="festival-banner"
      data-festival={theme.key}
    >
      <strong>{t(`festival.greeting.${theme.theme}`, { name })}</strong>
      <span>{t('festival.onDay', { date: festivalDay(i18n.language, theme.mainDay) })}</span>
      {iftar && (
        <span data-testid="iftar-time">
          {t('festival.iftarToday', { time: format.time(iftar.time) })}
        </span>
      )}
    </aside>
  );
}
