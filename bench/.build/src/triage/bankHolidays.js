"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var bankHolidays_exports = {};
__export(bankHolidays_exports, {
  bankHolidaysIn: () => bankHolidaysIn,
  isBankHoliday: () => isBankHoliday
});
module.exports = __toCommonJS(bankHolidays_exports);
var import_date_holidays = __toESM(require("date-holidays"));
let calendar;
const byYear = /* @__PURE__ */ new Map();
function bankHolidaysIn(year) {
  let dates = byYear.get(year);
  if (!dates) {
    calendar ??= new import_date_holidays.default("GB", "ENG");
    dates = new Set(
      calendar.getHolidays(year).filter((holiday) => holiday.type === "public" || holiday.type === "bank").map((holiday) => holiday.date.slice(0, 10))
    );
    byYear.set(year, dates);
  }
  return dates;
}
function isBankHoliday(isoDate) {
  return bankHolidaysIn(Number(isoDate.slice(0, 4))).has(isoDate);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bankHolidaysIn,
  isBankHoliday
});
