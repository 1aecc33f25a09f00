import type { Page } from "@playwright/test";

/** Opens a customer's Account page the way a person does: CSP → Customers → search → the customer. */
export async function openCustomerAccount(page: Page, companyName: string) {
  await page.goto("/customers");
  await page.getByRole("searchbox", { name: "Search customers" }).fill(companyName);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: companyName, exact: true }).click();
  await page.getByRole("heading", { name: "Customer permissions" }).waitFor();
}

/** A customer permission's switch, inside its card on the Account page: Azure reservations unless told otherwise. */
export function purchaseSwitch(
  page: Page,
  permission: "Azure reservations" | "Azure savings plans" = "Azure reservations",
) {
  return page.getByRole("region", { name: permission }).getByRole("switch", { name: "Allow customer to purchase" });
}

/** Follows a link of the customer menu (Account, Subscriptions, Users, Order history, Reservations). */
export async function openCustomerMenu(
  page: Page,
  label: "Account" | "Subscriptions" | "Users" | "Order history" | "Reservations" | "Savings plans",
) {
  await page.getByRole("navigation", { name: "Customer menu" }).getByRole("link", { name: label }).click();
  await page.getByRole("heading", { level: 1, name: label }).waitFor();
}

/** In the customer area: choose D2s v5 in West US 2 for a year, paid up front, shared, and review the purchase. */
export async function reviewD2sPurchase(page: Page, quantity: number) {
  await page.goto("/portal/reservations/purchase");
  const form = page.getByRole("form", { name: "Purchase reservations" });
  await form
    .getByRole("combobox", { name: "Product" })
    .selectOption({ label: "Virtual machine D2s v5 (general purpose, 2 vCPU, 8 GiB)" });
  await form.getByRole("combobox", { name: "Region" }).selectOption({ label: "West US 2" });
  await form.getByRole("combobox", { name: "Term" }).selectOption({ label: "1 year" });
  await form.getByRole("combobox", { name: "Billing frequency" }).selectOption({ label: "Upfront" });
  await form.getByRole("spinbutton", { name: /Quantity/ }).fill(String(quantity));
  await form.getByRole("radio", { name: /^Shared/ }).check();
  await form.getByRole("button", { name: "Review purchase" }).click();
  return form;
}
