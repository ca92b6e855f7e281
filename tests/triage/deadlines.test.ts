import { decisionDeadline, isWorkingDay } from '../../src/triage/deadlines';

const CONFIG = { immediateRiskHours: 4 };
/** London wall-clock time of an instant, e.g. "Mon 2026-11-09 15:30". */
function london(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe('the decision deadline: one working day, London time', () => {
  it('received on a Tuesday afternoon, due at the same time on Wednesday', () => {
    expect(london(decisionDeadline(new Date('2026-11-10T14:20:00Z'), 'child-protection', CONFIG))).toBe('Wed 2026-11-11 14:20');
  });

  it('received on a Friday, due on Monday at the same time', () => {
    expect(london(decisionDeadline(new Date('2026-11-06T15:30:00Z'), 'early-help', CONFIG))).toBe('Mon 2026-11-09 15:30');
  });

  it('received at the weekend, counted from 09:00 Monday and due 09:00 Tuesday', () => {
    expect(london(decisionDeadline(new Date('2026-11-07T22:00:00Z'), 'child-protection', CONFIG))).toBe('Tue 2026-11-10 09:00');
  });

  it('received on Christmas Eve 2026, skips Christmas, the weekend and the Boxing Day substitute (Monday 28th)', () => {
    expect(london(decisionDeadline(new Date('2026-12-24T11:00:00Z'), 'child-protection', CONFIG))).toBe('Tue 2026-12-29 11:00');
  });

  it('received on Christmas Day, counted from 09:00 on the 29th and due 09:00 on the 30th', () => {
    expect(london(decisionDeadline(new Date('2026-12-25T10:00:00Z'), 'early-help', CONFIG))).toBe('Wed 2026-12-30 09:00');
  });

  it('received the Thursday before Easter 2026, skips Good Friday, the weekend and Easter Monday', () => {
    expect(london(decisionDeadline(new Date('2026-04-02T13:00:00Z'), 'child-in-care', CONFIG))).toBe('Tue 2026-04-07 14:00');
  });

  it('keeps the London clock time across the change to summer time', () => {
    expect(london(decisionDeadline(new Date('2026-03-27T10:00:00Z'), 'child-protection', CONFIG))).toBe('Mon 2026-03-30 10:00');
  });

  it('skips a closure day the council configured', () => {
    const deadline = decisionDeadline(new Date('2026-11-10T14:00:00Z'), 'early-help', { ...CONFIG, extraHolidays: ['2026-11-11'] });
    expect(london(deadline)).toBe('Thu 2026-11-12 14:00');
  });

  describe('immediate risk', () => {
    it('is due the configured number of hours after receipt on a working day', () => {
      expect(decisionDeadline(new Date('2026-11-09T10:00:00Z'), 'immediate-risk', CONFIG).toISOString()).toBe('2026-11-09T14:00:00.000Z');
    });

    it('uses the configured hours', () => {
      expect(decisionDeadline(new Date('2026-11-09T10:00:00Z'), 'immediate-risk', { immediateRiskHours: 2 }).toISOString()).toBe('2026-11-09T12:00:00.000Z');
    });

    it('received on a bank holiday, counts from 09:00 on the next working day', () => {
      expect(london(decisionDeadline(new Date('2026-12-26T10:00:00Z'), 'immediate-risk', CONFIG))).toBe('Tue 2026-12-29 13:00');
    });
  });

  describe('isWorkingDay', () => {
    it.each([
      ['a Monday', '2026-11-09', true],
      ['a Saturday', '2026-11-07', false],
      ['Easter Monday 2026', '2026-04-06', false],
      ['the Boxing Day substitute, Monday 28 December 2026', '2026-12-28', false],
      ['the early May bank holiday 2027', '2027-05-03', false],
    ])('%s', (_label, date, working) => {
      expect(isWorkingDay(date)).toBe(working);
    });

    it('reads an instant on the London calendar: 23:30 UTC on a Sunday in summer is already Monday in London', () => {
      expect(isWorkingDay(new Date('2026-06-07T23:30:00Z'))).toBe(true);
    });

    it('honours extra closure days', () => {
      expect(isWorkingDay('2026-11-10', ['2026-11-10'])).toBe(false);
    });
  });
});
