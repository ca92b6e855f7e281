/**
 * Regenerates src/triage/bankHolidays.json, England and Wales bank holidays (substitute days included), from the
 * date-holidays package: `npm run bank-holidays` (optionally `-- 2020 2045` for the years). Run it when the
 * government announces a one-off bank holiday (after updating date-holidays), and commit the file. A council's own
 * closure days go in BANK_HOLIDAYS_EXTRA instead.
 */
import Holidays from 'date-holidays';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [from = 2020, to = 2045] = process.argv.slice(2).map(Number);
const calendar = new Holidays('GB', 'ENG');
const dates: string[] = [];
for (let year = from; year <= to; year++) {
  for (const holiday of calendar.getHolidays(year)) {
    if (holiday.type === 'public' || holiday.type === 'bank') dates.push(holiday.date.slice(0, 10));
  }
}
const file = join(__dirname, '..', 'src', 'triage', 'bankHolidays.json');
writeFileSync(file, `${JSON.stringify({ region: 'England and Wales', from, to, source: 'date-holidays GB/ENG', dates: [...new Set(dates)].sort() }, null, 1)}\n`);
console.log(`Wrote ${dates.length} bank holidays for ${from}-${to} to ${file}`);
