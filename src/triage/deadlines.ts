import type { Queue } from '../referrals/referralTypes';
import { isBankHoliday } from './bankHolidays';

/**
 * Decision deadlines in working days, on the Europe/London clock. First Contact works Monday to Friday, not on
 * England and Wales bank holidays, nor on any extra closure days a council configures.
 */
export interface DeadlineOptions {
  immediateRiskHours: number;
  /** ISO dates (YYYY-MM-DD) the council is also closed, e.g. a local holiday. */
  extraHolidays?: string[];
}

const START_OF_WORKING_DAY = { hour: 9, minute: 0, second: 0, millisecond: 0 };
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * UK clocks go forward at 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of October
 * (the Summer Time Order 2002). Arithmetic instead of Intl: this runs for every referral and Intl's
 * formatToParts was a measurable share of intake's CPU.
 */
function lastSundayAt1Utc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function londonOffsetMs(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayAt1Utc(year, 2) && instant < lastSundayAt1Utc(year, 9) ? HOUR_MS : 0;
}

interface LondonTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function londonTime(instant: Date): LondonTime {
  const shown = new Date(instant.getTime() + londonOffsetMs(instant.getTime()));
  return {
    year: shown.getUTCFullYear(),
    month: shown.getUTCMonth() + 1,
    day: shown.getUTCDate(),
    hour: shown.getUTCHours(),
    minute: shown.getUTCMinutes(),
    second: shown.getUTCSeconds(),
    millisecond: shown.getUTCMilliseconds(),
  };
}

/** The instant at which London clocks show this time (the later one if the clocks skip it). */
function fromLondonTime(time: LondonTime): Date {
  const asIfUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, time.millisecond);
  let instant = asIfUtc;
  // London is UTC or UTC+1: correct by the offset London shows at our guess, twice to settle across a change.
  for (let i = 0; i < 2; i++) {
    const shown = londonTime(new Date(instant));
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second, shown.millisecond);
    instant += asIfUtc - shownAsUtc;
  }
  return new Date(instant);
}

function isoDateOf(time: Pick<LondonTime, 'year' | 'month' | 'day'>): string {
  return `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

/** The next calendar day; plain date arithmetic in UTC, which has no clock changes. */
function nextDay(time: LondonTime): LondonTime {
  const next = new Date(Date.UTC(time.year, time.month - 1, time.day) + DAY_MS);
  return { ...time, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function isWorkingLondonDay(time: LondonTime, extraHolidays: ReadonlySet<string>): boolean {
  const weekday = new Date(Date.UTC(time.year, time.month - 1, time.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = isoDateOf(time);
  return !isBankHoliday(iso) && !extraHolidays.has(iso);
}

/** Is this instant on a working day in London? An ISO date string ("2026-12-28") is read as that London date. */
export function isWorkingDay(date: Date | string, extraHolidays: string[] = []): boolean {
  const time =
    typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), hour: 12, minute: 0, second: 0, millisecond: 0 }
      : londonTime(new Date(date));
  return isWorkingLondonDay(time, new Set(extraHolidays));
}

function nextWorkingDay(time: LondonTime, extraHolidays: ReadonlySet<string>): LondonTime {
  let day = nextDay(time);
  while (!isWorkingLondonDay(day, extraHolidays)) day = nextDay(day);
  return day;
}

/**
 * When the decision is due.
 * - Received on a working day: the same London clock time on the next working day.
 * - Received on a weekend or holiday: counted as received at 09:00 on the next working day.
 * - `immediate-risk`: `immediateRiskHours` after (working-day) receipt, so the same working day.
 */
export function decisionDeadline(receivedAt: Date, queue: Queue, options: DeadlineOptions): Date {
  const extraHolidays = new Set(options.extraHolidays ?? []);
  const received = londonTime(receivedAt);
  const counted = isWorkingLondonDay(received, extraHolidays)
    ? received
    : { ...nextWorkingDay(received, extraHolidays), ...START_OF_WORKING_DAY };
  if (queue === 'immediate-risk') {
    const countedFrom = counted === received ? receivedAt.getTime() : fromLondonTime(counted).getTime();
    return new Date(countedFrom + options.immediateRiskHours * HOUR_MS);
  }
  return fromLondonTime(nextWorkingDay(counted, extraHolidays));
}
