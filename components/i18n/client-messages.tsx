import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Messages } from "next-intl";

/**
 * The client components inside get these namespaces of the reader's catalogue, and only these: whatever is given here
 * is serialized into the page's payload on every request (docs/decisions/021-speed.md). Each page or layout wraps
 * its translating client components in one, naming exactly the namespaces they use; a unit test
 * (lib/i18n/catalogues.test.ts) follows the imports and holds every file to that.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]))}
    >
      {children}
    </NextIntlClientProvider>
  );
}
