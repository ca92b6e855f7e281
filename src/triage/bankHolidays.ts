import Holidays from 'date-holidays';

/** England and Wales bank holidays (including substitute days), one lookup per year, cached. */
let calendar: Holidays | undefined;
const byYear = new Map<number, Set<string>>();

export function bankHolidaysIn(year: number): Set<string> {
  let dates = byYear.get(year);
  if (!dates) {
    calendar ??= new Holidays('GB', 'ENG');
    dates = new Set(
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    byYear.set(year, dates);
  }
  return dates;
}

export function isBankHoliday(isoDate: string): boolean {
  return bankHolidaysIn(Number(isoDate.slice(0, 4))).has(isoDate);
}
