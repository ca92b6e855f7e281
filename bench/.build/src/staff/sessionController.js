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
var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
var __decorateParam = (index, decorator) => (target, key) => decorator(target, key, index);
var sessionController_exports = {};
__export(sessionController_exports, {
  SessionController: () => SessionController
});
module.exports = __toCommonJS(sessionController_exports);
var import_tsoa = require("tsoa");
var import_staffService = require("./staffService");
let SessionController = class extends import_tsoa.Controller {
  async signIn(body, req) {
    const session = await (0, import_staffService.signIn)(body.email, body.password, req.ip);
    this.setStatus(201);
    return session;
  }
  async whoAmI(req) {
    const staff = req.user;
    return { staffId: staff.staffId, email: staff.email, role: staff.role };
  }
  async signOut(req) {
    const token = (0, import_staffService.sessionTokenOf)(req);
    if (token) await (0, import_staffService.signOut)(token);
    this.setStatus(204);
  }
  async changePassword(body, req) {
    await (0, import_staffService.changePassword)(req.user, body.currentPassword, body.newPassword);
    this.setStatus(204);
  }
};
__decorateClass([
  (0, import_tsoa.Post)(),
  (0, import_tsoa.SuccessResponse)(201, "Signed in"),
  (0, import_tsoa.Response)(401, "The email address or password is not right"),
  (0, import_tsoa.Response)(429, "Locked after repeated failures; see Retry-After"),
  __decorateParam(0, (0, import_tsoa.Body)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], SessionController.prototype, "signIn", 1);
__decorateClass([
  (0, import_tsoa.Get)(),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.Response)(401, "Not signed in"),
  __decorateParam(0, (0, import_tsoa.Request)())
], SessionController.prototype, "whoAmI", 1);
__decorateClass([
  (0, import_tsoa.Delete)(),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.SuccessResponse)(204, "Signed out"),
  (0, import_tsoa.Response)(401, "Not signed in"),
  __decorateParam(0, (0, import_tsoa.Request)())
], SessionController.prototype, "signOut", 1);
__decorateClass([
  (0, import_tsoa.Put)("password"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.SuccessResponse)(204, "Changed"),
  (0, import_tsoa.Response)(400, "The current password is not right, or the new one is too short"),
  (0, import_tsoa.Response)(401, "Not signed in"),
  __decorateParam(0, (0, import_tsoa.Body)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], SessionController.prototype, "changePassword", 1);
SessionController = __decorateClass([
  (0, import_tsoa.Route)("api/v1/session"),
  (0, import_tsoa.Tags)("Staff sign-in")
], SessionController);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SessionController
});
