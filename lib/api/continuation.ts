import { z } from "zod";
import { reason, wholeNumberOr } from "@/lib/validation";

/** Why a page size is refused: the API's pages hold 1 to 500 items (the catalogue says so in words). */
const sizeReason = reason("developers.errors.size");

/** A list's `size` query parameter: 1 to 500 items a page, 100 when absent; digits only (`size=0x10` is refused). */
export const pageSize = wholeNumberOr(100, { whole: sizeReason }, { min: 1, max: 500 });

/**
 * Partner Center's continuation tokens: opaque to clients, here the keyset position after a page's last item,
 * base64url-encoded JSON. A token that does not decode to the expected shape is bad input, never a 500.
 */
export function continuationToken(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

export function readContinuationToken<T extends z.ZodType>(token: string, shape: T): z.output<T> | null {
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The collection answer, with the next page's link when there is one. */
export function collectionOf<T>(items: T[], next: string | null, request: Request) {
  const url = new URL(request.url);
  url.searchParams.delete("continuationToken");
  return {
    totalCount: items.length,
    items,
    ...(next && {
      continuationToken: next,
      links: {
        next: {
          uri: `${url.pathname}${url.search}`,
          method: "GET" as const,
          headers: [{ key: "MS-ContinuationToken" as const, value: next }],
        },
      },
    }),
    attributes: { objectType: "Collection" as const },
  };
}

/** The token a client sent back: Partner Center's MS-ContinuationToken header, or a continuationToken parameter. */
export function presentedContinuationToken(request: Request): string | null {
  return request.headers.get("ms-continuationtoken") ?? new URL(request.url).searchParams.get("continuationToken");
}
