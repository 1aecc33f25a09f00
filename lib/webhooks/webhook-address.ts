import ipaddr from "ipaddr.js";

/** Long enough for any real receiver's URL with a token in its query, short enough to show in a table. */
export const webhookUrlMaxLength = 2048;

/** Development and tests deliver to a receiver on this machine; nowhere else may a webhook reach loopback. */
export function allowsLocalWebhooks(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WEBHOOKS_ALLOW_LOCAL === "1";
}

export type WebhookUrlProblem = "invalid" | "not_https" | "credentials" | "too_long";

/** The only hosts plain http may reach, and only with the local allowance: a receiver under development. */
const localHostnames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * What is wrong with a receiver's URL as written, or null. Only its shape: where the host resolves to is checked
 * on every attempt (`addressRefusal`), since a name that is harmless at registration may point inside later.
 */
export function webhookUrlProblem(url: string, allowLocal: boolean): WebhookUrlProblem | null {
  if (url.length > webhookUrlMaxLength) return "too_long";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "invalid";
  }
  // Credentials in the URL would be stored and shown with it; receivers authenticate us by the signature instead.
  if (parsed.username || parsed.password) return "credentials";
  if (parsed.protocol === "https:") return null;
  if (parsed.protocol === "http:" && allowLocal && localHostnames.has(parsed.hostname)) return null;
  return "not_https";
}

export type AddressRefusal = "loopback" | "private" | "link_local" | "metadata" | "reserved";

/** Cloud instance-metadata services, which hand out credentials to whoever asks from inside: AWS, Azure, GCP, Alibaba. */
const metadataAddresses = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);

/**
 * Why a webhook may not connect to this resolved address, or null when it may: only public unicast addresses are
 * reachable, so that a receiver's URL cannot be used to probe the servers' own network. The local allowance opens
 * loopback alone; metadata, private and link-local addresses stay refused even in development.
 */
export function addressRefusal(address: string, allowLocal: boolean): AddressRefusal | null {
  if (!ipaddr.isValid(address)) return "reserved";
  // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it stands for.
  const parsed = ipaddr.process(address);
  // Metadata before link-local and private: 169.254.169.254 and fd00:ec2::254 sit inside those ranges.
  if (metadataAddresses.has(parsed.toString())) return "metadata";
  switch (parsed.range()) {
    case "unicast":
      return null;
    case "loopback":
      return allowLocal ? null : "loopback";
    case "private":
    case "uniqueLocal":
      return "private";
    case "linkLocal":
      return "link_local";
    default:
      // Unspecified, multicast, broadcast, carrier-grade NAT, documentation ranges, translation prefixes: no receiver.
      return "reserved";
  }
}
