import { dhakaInstant, hhmm } from './festivals.dates.ts';

/** Dhaka (Baitul Mukarram): the point iftar times are given for. */
const DHAKA = { lat: 23.7298, lng: 90.4125 };

/**
 * Sunset in Dhaka on a date, in minutes after midnight local time: the NOAA simple solar
 * formula (fractional-year equation of time and declination, 90.833° zenith for refraction and
 * the sun's radius). It lands within about two minutes of published tables, which is why Haat
 * calls it an approximate iftar time and a restaurant's offer window is in whole minutes around it.
 */
export function dhakaSunsetMinutes(date: string): number {
  const start = Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`);
  const dayOfYear = Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000) + 1;
  const g = ((2 * Math.PI) / 365) * (dayOfYear - 1 + 0.5);
  const eqTime =
    229.18 *
    (0.000075 +
      0.001868 * Math.cos(g) -
      0.032077 * Math.sin(g) -
      0.014615 * Math.cos(2 * g) -
      0.040849 * Math.sin(2 * g));
  const decl =
    0.006918 -
    0.399912 * Math.cos(g) +
    0.070257 * Math.sin(g) -
    0.006758 * Math.cos(2 * g) +
    0.000907 * Math.sin(2 * g) -
    0.002697 * Math.cos(3 * g) +
    0.00148 * Math.sin(3 * g);
  const lat = (DHAKA.lat * Math.PI) / 180;
  const zenith = (90.833 * Math.PI) / 180;
  const hourAngle = Math.acos(
    Math.cos(zenith) / (Math.cos(lat) * Math.cos(decl)) - Math.tan(lat) * Math.tan(decl),
  );
  const sunsetUtc = 720 - 4 * (DHAKA.lng - (hourAngle * 180) / Math.PI) - eqTime;
  return Math.round(sunsetUtc + 6 * 60);
}

/** The approximate iftar time on a date: 'HH:MM' Dhaka and the instant. */
export function iftarOn(date: string) {
  const time = hhmm(dhakaSunsetMinutes(date));
  return { date, time, at: dhakaInstant(date, time).toISOString() };
}
