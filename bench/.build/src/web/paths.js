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
var paths_exports = {};
__export(paths_exports, {
  followupViews: () => followupViews,
  govukDist: () => govukDist,
  projectRoot: () => projectRoot,
  webPublic: () => webPublic,
  webViews: () => webViews
});
module.exports = __toCommonJS(paths_exports);
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"));
function findRoot(start) {
  let dir = start;
  for (; ; ) {
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(dir, "package.json"))) return dir;
    const parent = import_node_path.default.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}
const projectRoot = findRoot(__dirname);
const govukDist = import_node_path.default.join(projectRoot, "node_modules", "govuk-frontend", "dist");
const webViews = import_node_path.default.join(projectRoot, "src", "web", "views");
const webPublic = import_node_path.default.join(projectRoot, "src", "web", "public");
const followupViews = import_node_path.default.join(projectRoot, "src", "followup", "views");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  followupViews,
  govukDist,
  projectRoot,
  webPublic,
  webViews
});
