import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { customers, reservations } from "@/db/schema";
import { actorRef, customerActorRef, demo } from "@/db/testing/fixtures";
import { changeReservation } from "./change-reservation";

function reservationOf(companyName: string): string {
  return getDb()
    .select({ id: reservations.reservationId })
    .from(reservations)
    .innerJoin(customers, eq(customers.id, reservations.customerId))
    .where(eq(customers.companyName, companyName))
    .get()!.id;
}

describe("changeReservation", () => {
  it.each(["exchange", "cancel", "renew", "change_scope"])(
    "refuses a customer who asks to %s, naming their partner",
    (change) => {
      const result = changeReservation(customerActorRef("lynne@fourthcoffee.onmicrosoft.com"), {
        reservationId: reservationOf("Fourth Coffee"),
        change,
      });
      expect(result).toMatchObject({
        ok: false,
        error: "forbidden",
        message: expect.stringMatching(/^Contact your partner, Contoso CSP, to /),
      });
    },
  );

  it("answers not found for another customer's reservation", () => {
    const result = changeReservation(customerActorRef("alex@wingtiptoys.onmicrosoft.com"), {
      reservationId: reservationOf("Fourth Coffee"),
      change: "cancel",
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
  });

  it("tells a partner user it is not in Partner Console yet, and another partner it does not exist", () => {
    const input = { reservationId: reservationOf("Fourth Coffee"), change: "cancel" };
    expect(changeReservation(actorRef(demo.contosoAdmin), input)).toMatchObject({
      ok: false,
      error: "forbidden",
      message: expect.stringContaining("make the change in Partner Center"),
    });
    expect(changeReservation(actorRef(demo.fabrikamAdmin), input)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("rejects an unknown change", () => {
    expect(
      changeReservation(customerActorRef("lynne@fourthcoffee.onmicrosoft.com"), {
        reservationId: reservationOf("Fourth Coffee"),
        change: "refund",
      }),
    ).toMatchObject({ ok: false, error: "invalid_input" });
  });
});
