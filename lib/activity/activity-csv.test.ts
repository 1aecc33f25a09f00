import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { inEnglish, type Words } from "@/lib/i18n/describe";
import { activityCsvHeader, activityCsvLine } from "./activity-csv";
import type { ActivityEntryRow } from "./list-activity";

const inFrench: Words = {
  locale: "fr-FR",
  translate: createTranslator({ locale: "fr-FR", messages: catalogues["fr-FR"] }),
};

const entry: ActivityEntryRow = {
  id: 1,
  createdAt: new Date("2026-11-24T09:30:00Z"),
  customerName: "Wingtip Toys",
  customerTenantId: "e7c732af-ab74-5116-9562-01bd82245177",
  actorEmail: "admin@contoso-csp.example",
  actorPartnerUserId: 1,
  actorCustomerUserId: null,
  operationType: "create_self_serve_policy",
  resourceType: "self_serve_policy",
  oldValue: null,
  newValue: '{"id":"p_c"}',
  status: "succeeded",
};

describe("activityCsvLine", () => {
  it("writes the date in UTC, the action's name and the values", () => {
    expect(activityCsvHeader(inEnglish).join(",")).toBe(
      "Date-Time (UTC),Affected customer,Customer Microsoft ID,Action,Partner user,Status,Additional information",
    );
    expect(activityCsvLine(entry, inEnglish)).toBe(
      '2026-11-24T09:30:00.000Z,Wingtip Toys,e7c732af-ab74-5116-9562-01bd82245177,Create Customer Purchase Permissions,admin@contoso-csp.example,succeeded,"New value: {""id"":""p_c""}"\r\n',
    );
  });

  it("speaks the reader's language: headers, the action as Partner Center's French names it, the status", () => {
    expect(activityCsvHeader(inFrench)[0]).toBe("Date et heure (UTC)");
    const line = activityCsvLine({ ...entry, operationType: "delete_self_serve_policy", status: "failed" }, inFrench);
    expect(line).toContain(",Supprimer les autorisations d’achat du client,");
    expect(line).toContain(",échec,");
    expect(line).toContain('Nouvelle valeur\u00a0: {""id"":""p_c""}');
  });

  it("names Partner Console's own renewals in the reader's words, and a person by their sign-in name", () => {
    const renewal = { ...entry, operationType: "create_order", actorEmail: "Auto-renewal", actorPartnerUserId: null };
    expect(activityCsvLine(renewal, inFrench)).toContain(",Renouvellement automatique,");
    expect(activityCsvLine(renewal, inEnglish)).toContain(",Auto-renewal,");
    // A person's name is never a system actor, whatever it looks like.
    expect(activityCsvLine({ ...renewal, actorPartnerUserId: 1 }, inFrench)).toContain(",Auto-renewal,");
  });

  it("shows an action this version does not know as it is stored", () => {
    expect(activityCsvLine({ ...entry, operationType: "future_thing" }, inEnglish)).toContain(",future_thing,");
  });
});
