/** The names next-auth gives its return-address cookie, over HTTP and over HTTPS. */
const callbackCookie = /^(__Secure-)?next-auth\.callback-url$/;

/** next-auth's own test of a return address (core/lib/assert.js): one it fails makes next-auth answer 500. */
export function isUsableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth refuses a malformed return address, in the query or in its cookie, with a bare 500 "server
 * configuration" error before our redirect callback could pick a safe one. Such a value is no instruction worth
 * keeping: these say what to drop, so that next-auth falls back to its default and the redirect callback keeps the
 * rest on this site.
 */
export function unusableCallbackQuery(url: URL): boolean {
  const value = url.searchParams.get("callbackUrl");
  return value !== null && !isUsableCallbackUrl(value, url.origin);
}

export function unusableCallbackCookies(cookies: { name: string; value: string }[], base: string): string[] {
  return cookies
    .filter(({ name, value }) => callbackCookie.test(name) && !isUsableCallbackUrl(value, base))
    .map(({ name }) => name);
}
