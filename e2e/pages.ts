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
