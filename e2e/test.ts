import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect, request } from "@playwright/test";
export type { APIRequestContext, Page } from "@playwright/test";

/**
 * Playwright's test, failing any test whose pages log a Content-Security-Policy violation — in the context it
 * was given and in every context it opens itself (`browser.newContext`), so no page of the suite escapes.
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        watch(opened);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
