import type { Page } from "@playwright/test";

/** The href of the first link on the page whose address matches, for pages whose ids the seed decides. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  const href = await linkIfAny(page, path, pattern);
  if (!href) throw new Error(`No link matching ${pattern} on ${path}`);
  return href;
}

async function linkIfAny(page: Page, path: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  return hrefs.find((href) => pattern.test(href));
}

/**
 * Every main page of the partner dashboard, found the way a person finds them (the seed decides the ids): the
 * lists, a customer's pages in each state that shows something else (permission on, off, refused), and the
 * detail pages behind them.
 */
export async function partnerPages(page: Page, { admin }: { admin: boolean }): Promise<string[]> {
  const fourthCoffee = (await firstLink(page, "/customers?q=Fourth%20Coffee", /^\/customers\/[^/]+\/account$/)).replace(
    /\/account$/,
    "",
  );
  const northwind = await firstLink(page, "/customers?q=Northwind", /^\/customers\/[^/]+\/account$/);
  const coho = (await firstLink(page, "/customers?q=Coho", /^\/customers\/[^/]+\/account$/)).replace(/\/account$/, "");
  const pages = [
    "/customers",
    "/customers/jobs",
    `${fourthCoffee}/account`,
    northwind,
    `${fourthCoffee}/subscriptions`,
    await firstLink(page, `${fourthCoffee}/subscriptions`, /\/subscriptions\/[^/]+\/access$/),
    `${fourthCoffee}/users`,
    `${fourthCoffee}/orders`,
    `${fourthCoffee}/reservations`,
    await firstLink(page, `${fourthCoffee}/reservations`, /\/reservations\/[^/?]+$/),
    `${coho}/savings-plans`,
    await firstLink(page, `${coho}/savings-plans`, /\/savings-plans\/[^/?]+$/),
    "/requests",
    "/expiring",
    "/pricing",
    "/notifications",
    "/settings",
    "/settings/security",
    "/settings/webhooks",
    "/activity-log",
    "/developers",
    "/change-password",
  ];
  return admin ? pages : pages.filter((path) => !/\/(reservations|savings-plans)\/[^/]+$/.test(path));
}

/** The customer area's pages, with the "ask your partner" page of what the customer has bought, if anything. */
export async function portalPages(page: Page): Promise<string[]> {
  const asks = [
    await linkIfAny(page, "/portal/reservations", /^\/portal\/reservations\/[^/]+\/ask\?kind=/),
    await linkIfAny(page, "/portal/savings-plans", /^\/portal\/savings-plans\/[^/]+\/ask/),
  ];
  return [
    "/portal/reservations",
    "/portal/reservations/purchase",
    "/portal/savings-plans",
    "/portal/savings-plans/purchase",
    "/portal/requests",
    "/portal/security",
    ...asks.filter((href): href is string => href !== undefined),
  ];
}
