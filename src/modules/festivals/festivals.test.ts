import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { buildCalendar } from './calendar.build.ts';
import { calendarEntries } from './calendar.data.ts';
import { listFestivals } from './festivals.service.ts';
import { dhakaSunsetMinutes, iftarOn } from './iftar.ts';

let t: TestApp;
let admin: TestUser;
let seller: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  seller = await createUser(t.ctx, { role: 'seller' });
});
afterAll(async () => {
  await t.close();
});

const get = (url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { 'accept-language': 'en' } });
const put = (user: TestUser | null, url: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1${url}`,
    headers: { ...(user?.auth ?? {}), 'accept-language': 'en' },
    payload,
  });
const del = (user: TestUser, url: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers: user.auth });

async function auditFor(targetId: string) {
  return t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('target_type', '=', 'festival')
    .where('target_id', '=', targetId)
    .orderBy('id')
    .execute();
}

describe('the built-in calendar', () => {
  it('is built from the holiday rows: Eid blocks, the main day, an estimated Ramadan', () => {
    const csv = [
      'date,year,weekday,name_en,name_bn,category,moon_dependent,status,source,note',
      '2026-03-20,2026,Friday,Jumatul Bidaa (within Eid-ul-Fitr holiday block),জুমাতুল বিদা,general,yes,announced,x,',
      '2026-03-21,2026,Saturday,Eid-ul-Fitr,ঈদুল ফিতর,general,yes,announced,x,',
      '2026-03-22,2026,Sunday,Eid-ul-Fitr holiday,ঈদুল ফিতরের ছুটি,,yes,announced,x,"a, quoted note"',
      '2026-05-01,2026,Friday,May Day,মে দিবস,general,no,announced,x,',
      '2027-12-16,2027,Thursday,Victory Day,বিজয় দিবস,,no,expected_fixed_date,x,',
    ].join('\n');
    expect(buildCalendar(csv)).toEqual([
      {
        key: 'ramadan',
        year: 2026,
        startsOn: '2026-02-19',
        endsOn: '2026-03-20',
        mainDay: '2026-02-19',
        moonDependent: true,
        estimated: true,
      },
      {
        key: 'eid_ul_fitr',
        year: 2026,
        startsOn: '2026-03-20',
        endsOn: '2026-03-22',
        mainDay: '2026-03-21',
        moonDependent: true,
        estimated: false,
      },
      {
        key: 'victory_day',
        year: 2027,
        startsOn: '2027-12-16',
        endsOn: '2027-12-16',
        mainDay: '2027-12-16',
        moonDependent: false,
        estimated: true,
      },
    ]);
  });

  it('carries the named festivals of every year of the data', () => {
    const has = (key: string, year: number) =>
      calendarEntries.some((e) => e.key === key && e.year === year);
    for (const key of ['eid_ul_fitr', 'eid_ul_adha', 'ramadan', 'durga_puja', 'pohela_boishakh'])
      expect(has(key, 2025) && has(key, 2026)).toBe(true);
    for (const key of ['victory_day', 'independence_day', 'pohela_boishakh'])
      expect(has(key, 2027)).toBe(true);
  });
});

describe('GET /festivals', () => {
  it('is public and lists a year with Bengali and English names, kind and moon', async () => {
    const res = await get('/festivals?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const eid = body.items.find((f: { key: string }) => f.key === 'eid_ul_fitr');
    expect(eid).toMatchObject({
      year: 2026,
      nameBn: 'ঈদুল ফিতর',
      nameEn: 'Eid-ul-Fitr',
      kind: 'religious',
      theme: 'eid',
      moonDependent: true,
      mainDay: '2026-03-21',
      source: 'calendar',
    });
    const victory = body.items.find((f: { key: string }) => f.key === 'victory_day');
    expect(victory).toMatchObject({ kind: 'national', moonDependent: false });
    expect(body.items.every((f: { year: number }) => f.year === 2026)).toBe(true);
  });

  it('refuses a bad query with a stable code', async () => {
    const res = await get('/festivals?upcoming=lots');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('gives the storefront theme around a festival and iftar in Ramadan', async () => {
    const inRamadan = await listFestivals(
      t.ctx.db,
      { upcoming: 10 },
      new Date('2026-03-01T06:00:00Z'),
    );
    expect(inRamadan.theme).toMatchObject({ key: 'ramadan', theme: 'ramadan' });
    expect(inRamadan.iftar?.date).toBe('2026-03-01');
    expect(inRamadan.items.map((f) => f.key)).toContain('ramadan');

    // Two days before Eid: Eid's theme wins over the Ramadan still under way.
    const beforeEid = await listFestivals(t.ctx.db, {}, new Date('2026-03-19T06:00:00Z'));
    expect(beforeEid.theme).toMatchObject({ key: 'eid_ul_fitr', theme: 'eid' });

    const quiet = await listFestivals(t.ctx.db, {}, new Date('2026-07-15T06:00:00Z'));
    expect(quiet.theme).toBeNull();
    expect(quiet.iftar).toBeNull();
  });
});

describe('iftar time', () => {
  it('is Dhaka sunset from the solar formula, within the published range', () => {
    // Dhaka sunset is about 18:00 in early March, 18:50 at midsummer, 17:10 in early December.
    expect(dhakaSunsetMinutes('2026-03-01')).toBeGreaterThanOrEqual(17 * 60 + 55);
    expect(dhakaSunsetMinutes('2026-03-01')).toBeLessThanOrEqual(18 * 60 + 5);
    expect(dhakaSunsetMinutes('2026-06-21')).toBeGreaterThanOrEqual(18 * 60 + 45);
    expect(dhakaSunsetMinutes('2026-06-21')).toBeLessThanOrEqual(18 * 60 + 55);
    expect(dhakaSunsetMinutes('2026-12-01')).toBeGreaterThanOrEqual(17 * 60 + 5);
    expect(dhakaSunsetMinutes('2026-12-01')).toBeLessThanOrEqual(17 * 60 + 15);
    const iftar = iftarOn('2026-03-01');
    expect(Date.parse(iftar.at) + 6 * 3_600_000).toBe(
      Date.parse(`${iftar.date}T${iftar.time}:00Z`),
    );
  });

  it('is served for a date and refuses a non-date', async () => {
    const ok = await get('/festivals/iftar?date=2026-03-10');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().time).toMatch(/^18:\d\d$/);
    const bad = await get('/festivals/iftar?date=2026-02-30');
    expect(bad.statusCode).toBe(400);
  });
});

describe('admins correct moon-dependent dates', () => {
  const dates = { startsOn: '2027-03-09', mainDay: '2027-03-10', endsOn: '2027-03-13' };

  it('only admins may, and only for moon-dependent festivals, with valid dates', async () => {
    expect((await put(null, '/admin/festivals/eid_ul_fitr/2027', dates)).statusCode).toBe(401);
    expect((await put(seller, '/admin/festivals/eid_ul_fitr/2027', dates)).statusCode).toBe(403);
    const fixed = await put(admin, '/admin/festivals/victory_day/2027', {
      startsOn: '2027-12-15',
      mainDay: '2027-12-16',
      endsOn: '2027-12-16',
    });
    expect(fixed.statusCode).toBe(409);
    expect(fixed.json().error.code).toBe('FESTIVAL_DATE_FIXED');
    const unknown = await put(admin, '/admin/festivals/diwali/2027', dates);
    expect(unknown.json().error.code).toBe('FESTIVAL_NOT_FOUND');
    const backwards = await put(admin, '/admin/festivals/eid_ul_adha/2027', {
      startsOn: '2027-05-20',
      mainDay: '2027-05-17',
      endsOn: '2027-05-21',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('FESTIVAL_DATES_INVALID');
    const otherYear = await put(admin, '/admin/festivals/eid_ul_adha/2028', {
      startsOn: '2027-05-16',
      mainDay: '2027-05-17',
      endsOn: '2027-05-21',
    });
    expect(otherYear.json().error.code).toBe('FESTIVAL_DATES_INVALID');
    const notADate = await put(admin, '/admin/festivals/eid_ul_adha/2027', {
      ...dates,
      mainDay: 'soon',
    });
    expect(notADate.statusCode).toBe(400);
    expect(await auditFor('eid_ul_adha:2027')).toEqual([]);
  });

  it('adds a year the calendar lacks, audited, and shows it publicly', async () => {
    const res = await put(admin, '/admin/festivals/eid_ul_fitr/2027', {
      ...dates,
      note: 'moon sighted',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ key: 'eid_ul_fitr', year: 2027, source: 'admin', ...dates });
    const list = (await get('/festivals?year=2027')).json();
    expect(list.items.find((f: { key: string }) => f.key === 'eid_ul_fitr')).toMatchObject({
      mainDay: '2027-03-10',
      note: 'moon sighted',
    });
    const log = await auditFor('eid_ul_fitr:2027');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: 'festival.dates_changed',
      actor_id: admin.id,
      details: { before: null, after: dates },
    });
  });

  it('moves a built-in date with its before in the audit, and a reset restores it', async () => {
    const moved = { startsOn: '2026-05-27', mainDay: '2026-05-29', endsOn: '2026-05-31' };
    expect((await put(admin, '/admin/festivals/eid_ul_adha/2026', moved)).statusCode).toBe(200);
    // An edit again replaces (no second row).
    expect((await put(admin, '/admin/festivals/eid_ul_adha/2026', moved)).statusCode).toBe(200);
    const edited = (await get('/festivals?year=2026')).json();
    expect(edited.items.filter((f: { key: string }) => f.key === 'eid_ul_adha')).toMatchObject([
      { mainDay: '2026-05-29', source: 'admin' },
    ]);

    expect((await del(admin, '/admin/festivals/eid_ul_adha/2026')).statusCode).toBe(204);
    expect((await del(admin, '/admin/festivals/eid_ul_adha/2026')).statusCode).toBe(404);
    const back = (await get('/festivals?year=2026')).json();
    expect(back.items.find((f: { key: string }) => f.key === 'eid_ul_adha')).toMatchObject({
      mainDay: '2026-05-28',
      source: 'calendar',
    });
    const log = await auditFor('eid_ul_adha:2026');
    expect(log.map((r) => r.action)).toEqual([
      'festival.dates_changed',
      'festival.dates_changed',
      'festival.dates_reset',
    ]);
    expect(log[0]!.details).toMatchObject({
      before: { startsOn: '2026-05-28', mainDay: '2026-05-28', endsOn: '2026-05-28' },
      after: moved,
    });
    expect((await del(seller, '/admin/festivals/eid_ul_adha/2026')).statusCode).toBe(403);
  });
});
