import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { CalendarEntry } from './calendar.build.ts';
import { calendarEntries } from './calendar.data.ts';
import { festivals, type FestivalKey } from './festivals.catalog.ts';
import { addDays, daysBetween, dhakaToday } from './festivals.dates.ts';
import { iftarOn } from './iftar.ts';
import './festivals.errors.ts';

/** The storefront takes a festival's theme from this many days before it until the day after. */
export const THEME_LEAD_DAYS = 3;

export type FestivalDates = Pick<CalendarEntry, 'startsOn' | 'mainDay' | 'endsOn'>;

export type Festival = CalendarEntry & {
  nameBn: string;
  nameEn: string;
  kind: (typeof festivals)[FestivalKey]['kind'];
  theme: (typeof festivals)[FestivalKey]['theme'];
  campaign: boolean;
  /** `calendar`: Haat's built-in dates; `admin`: an admin set them (a sighted moon). */
  source: 'calendar' | 'admin';
  note: string | null;
};

async function adminDates(db: Executor) {
  return db
    .selectFrom('festival_dates')
    .select([
      'festival_key as key',
      'year',
      sql<string>`starts_on::text`.as('startsOn'),
      sql<string>`main_day::text`.as('mainDay'),
      sql<string>`ends_on::text`.as('endsOn'),
      'note',
    ])
    .execute();
}

/** Every festival Haat knows, built-in dates with the admins' corrections, by start date. */
export async function allFestivals(db: Executor): Promise<Festival[]> {
  const byId = new Map<string, Festival>();
  const describe = (e: CalendarEntry, source: Festival['source'], note: string | null) => {
    const def = festivals[e.key];
    byId.set(`${e.key}:${e.year}`, {
      ...e,
      nameBn: def.nameBn,
      nameEn: def.nameEn,
      kind: def.kind,
      theme: def.theme,
      campaign: def.campaign,
      source,
      note,
    });
  };
  for (const e of calendarEntries) describe(e, 'calendar', null);
  for (const row of await adminDates(db)) {
    if (!(row.key in festivals)) continue;
    const key = row.key as FestivalKey;
    describe(
      {
        key,
        year: row.year,
        startsOn: row.startsOn,
        mainDay: row.mainDay,
        endsOn: row.endsOn,
        moonDependent: true,
        estimated: false,
      },
      'admin',
      row.note,
    );
  }
  return [...byId.values()].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.key.localeCompare(b.key),
  );
}

export type FestivalQuery = { year?: number | undefined; upcoming?: number | undefined };

/**
 * The calendar for a year, or (`upcoming`) the festivals under way or starting within that many
 * days; with the festival whose theme the storefront wears today, and today's iftar in Ramadan.
 */
export async function listFestivals(db: Executor, query: FestivalQuery, now = new Date()) {
  const today = dhakaToday(now);
  const all = await allFestivals(db);
  let items = all;
  if (query.upcoming !== undefined) {
    const until = addDays(today, query.upcoming);
    items = all.filter((f) => f.endsOn >= today && f.startsOn <= until);
  } else if (query.year !== undefined) {
    items = all.filter((f) => f.year === query.year);
  }
  return {
    today,
    items: items.map((f) => present(f, today)),
    theme: storefrontTheme(all, today),
    iftar: all.some((f) => f.key === 'ramadan' && f.startsOn <= today && today <= f.endsOn)
      ? iftarOn(today)
      : null,
  };
}

function present(f: Festival, today: string) {
  return { ...f, daysUntil: Math.max(0, daysBetween(today, f.startsOn)) };
}

/**
 * The festival the storefront dresses for today: the nearest one whose days (with a few days'
 * lead and the day after) include today. Festivals without a theme of their own are skipped.
 */
export function storefrontTheme(all: Festival[], today: string) {
  const around = all.filter(
    (f) =>
      f.theme !== 'general' &&
      addDays(f.startsOn, -THEME_LEAD_DAYS) <= today &&
      today <= addDays(f.endsOn, 1),
  );
  // An Eid beats the Ramadan it ends; otherwise the one that starts first.
  around.sort((a, b) => Number(b.theme === 'eid') - Number(a.theme === 'eid'));
  const f = around[0];
  return f
    ? {
        key: f.key,
        year: f.year,
        theme: f.theme,
        nameBn: f.nameBn,
        nameEn: f.nameEn,
        mainDay: f.mainDay,
      }
    : null;
}

function assertEditable(key: string): FestivalKey {
  if (!(key in festivals)) throw new AppError('FESTIVAL_NOT_FOUND');
  const k = key as FestivalKey;
  const moon = calendarEntries.some((e) => e.key === k && e.moonDependent);
  if (!moon) throw new AppError('FESTIVAL_DATE_FIXED');
  return k;
}

/**
 * Sets a moon-dependent festival's dates for one year (the sighted moon moved it, or the year is not
 * in the built-in calendar yet); audited with what it was before.
 */
export async function setFestivalDates(
  db: Executor,
  actor: AuditActor,
  key: string,
  year: number,
  body: FestivalDates & { note?: string | null | undefined },
) {
  const k = assertEditable(key);
  const { startsOn, mainDay, endsOn } = body;
  const sameYear = [startsOn, mainDay, endsOn].every((d) => Number(d.slice(0, 4)) === year);
  if (!sameYear && k !== 'ramadan')
    throw new AppError('FESTIVAL_DATES_INVALID', { reason: 'year' });
  if (!(startsOn <= mainDay && mainDay <= endsOn) || daysBetween(startsOn, endsOn) > 40)
    throw new AppError('FESTIVAL_DATES_INVALID', { reason: 'order' });
  return db.transaction().execute(async (tx) => {
    const before = (await allFestivals(tx)).find((f) => f.key === k && f.year === year);
    await tx
      .insertInto('festival_dates')
      .values({
        festival_key: k,
        year,
        starts_on: startsOn,
        main_day: mainDay,
        ends_on: endsOn,
        note: body.note ?? null,
        updated_by: actor.actorId,
      })
      .onConflict((oc) =>
        oc.columns(['festival_key', 'year']).doUpdateSet({
          starts_on: startsOn,
          main_day: mainDay,
          ends_on: endsOn,
          note: body.note ?? null,
          updated_by: actor.actorId,
          updated_at: sql`now()`,
        }),
      )
      .execute();
    await audit(tx, {
      ...actor,
      action: 'festival.dates_changed',
      targetType: 'festival',
      targetId: `${k}:${year}`,
      details: {
        before: before ? datesOf(before) : null,
        after: { startsOn, mainDay, endsOn },
      },
    });
    const after = (await allFestivals(tx)).find((f) => f.key === k && f.year === year)!;
    return present(after, dhakaToday());
  });
}

/** Drops an admin's dates: the built-in calendar's apply again (audited). */
export async function resetFestivalDates(
  db: Executor,
  actor: AuditActor,
  key: string,
  year: number,
) {
  const k = assertEditable(key);
  return db.transaction().execute(async (tx) => {
    const removed = await tx
      .deleteFrom('festival_dates')
      .where('festival_key', '=', k)
      .where('year', '=', year)
      .returning([
        sql<string>`starts_on::text`.as('startsOn'),
        sql<string>`main_day::text`.as('mainDay'),
        sql<string>`ends_on::text`.as('endsOn'),
      ])
      .executeTakeFirst();
    if (!removed) throw new AppError('FESTIVAL_NOT_FOUND');
    await audit(tx, {
      ...actor,
      action: 'festival.dates_reset',
      targetType: 'festival',
      targetId: `${k}:${year}`,
      details: { before: removed },
    });
  });
}

const datesOf = (f: FestivalDates) => ({
  startsOn: f.startsOn,
  mainDay: f.mainDay,
  endsOn: f.endsOn,
});
