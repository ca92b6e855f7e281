"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var deadlines_exports = {};
__export(deadlines_exports, {
  decisionDeadline: () => decisionDeadline,
  isWorkingDay: () => isWorkingDay
});
module.exports = __toCommonJS(deadlines_exports);
var import_bankHolidays = require("./bankHolidays");
const LONDON = "Europe/London";
const START_OF_WORKING_DAY = { hour: 9, minute: 0, second: 0, millisecond: 0 };
const HOUR_MS = 36e5;
const DAY_MS = 864e5;
const londonFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit"
});
function londonTime(instant) {
  const parts = {};
  for (const part of londonFormat.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: instant.getUTCMilliseconds()
  };
}
function fromLondonTime(time) {
  const asIfUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, time.millisecond);
  let instant = asIfUtc;
  for (let i = 0; i < 2; i++) {
    const shown = londonTime(new Date(instant));
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second, shown.millisecond);
    instant += asIfUtc - shownAsUtc;
  }
  return new Date(instant);
}
function isoDateOf(time) {
  return `${time.year}-${String(time.month).padStart(2, "0")}-${String(time.day).padStart(2, "0")}`;
}
function nextDay(time) {
  const next = new Date(Date.UTC(time.year, time.month - 1, time.day) + DAY_MS);
  return { ...time, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}
function isWorkingLondonDay(time, extraHolidays) {
  const weekday = new Date(Date.UTC(time.year, time.month - 1, time.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const iso = isoDateOf(time);
  return !(0, import_bankHolidays.isBankHoliday)(iso) && !extraHolidays.has(iso);
}
function isWorkingDay(date, extraHolidays = []) {
  const time = typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), hour: 12, minute: 0, second: 0, millisecond: 0 } : londonTime(new Date(date));
  return isWorkingLondonDay(time, new Set(extraHolidays));
}
function nextWorkingDay(time, extraHolidays) {
  let day = nextDay(time);
  while (!isWorkingLondonDay(day, extraHolidays)) day = nextDay(day);
  return day;
}
function decisionDeadline(receivedAt, queue, options) {
  const extraHolidays = new Set(options.extraHolidays ?? []);
  const received = londonTime(receivedAt);
  const counted = isWorkingLondonDay(received, extraHolidays) ? received : { ...nextWorkingDay(received, extraHolidays), ...START_OF_WORKING_DAY };
  if (queue === "immediate-risk") {
    const countedFrom = counted === received ? receivedAt.getTime() : fromLondonTime(counted).getTime();
    return new Date(countedFrom + options.immediateRiskHours * HOUR_MS);
  }
  return fromLondonTime(nextWorkingDay(counted, extraHolidays));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  decisionDeadline,
  isWorkingDay
});
