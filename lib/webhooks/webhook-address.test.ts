import { describe, expect, it } from "vitest";
import { addressRefusal, allowsLocalWebhooks, webhookUrlMaxLength, webhookUrlProblem } from "./webhook-address";

describe("allowsLocalWebhooks", () => {
  it.each([
    ["1", true],
    ["true", false],
    ["0", false],
    [undefined, false],
  ])("WEBHOOKS_ALLOW_LOCAL=%s → %s", (value, expected) => {
    expect(allowsLocalWebhooks({ ...process.env, WEBHOOKS_ALLOW_LOCAL: value })).toBe(expected);
  });
});

describe("webhookUrlProblem", () => {
  const longest = `https://example.com/${"a".repeat(webhookUrlMaxLength - "https://example.com/".length)}`;

  it.each([
    ["https://hooks.example.com/partner?token=abc", false, null],
    ["https://127.0.0.1:8443/hook", false, null],
    [longest, false, null],
    [`${longest}a`, false, "too_long"],
    ["", false, "invalid"],
    ["not a url", false, "invalid"],
    ["/relative/path", false, "invalid"],
    ["https://", false, "invalid"],
    ["https://user:secret@hooks.example.com/", false, "credentials"],
    ["https://user@hooks.example.com/", false, "credentials"],
    ["http://hooks.example.com/", false, "not_https"],
    ["http://hooks.example.com/", true, "not_https"],
    ["ftp://hooks.example.com/", false, "not_https"],
    ["http://localhost:3000/hook", false, "not_https"],
    ["http://localhost:3000/hook", true, null],
    ["http://127.0.0.1:3000/hook", true, null],
    ["http://[::1]:3000/hook", true, null],
    ["http://LOCALHOST:3000/hook", true, null],
    ["http://10.0.0.1/hook", true, "not_https"],
    ["http://localhost.example.com/hook", true, "not_https"],
  ] as const)("%s (local allowed: %s) → %s", (url, allowLocal, expected) => {
    expect(webhookUrlProblem(url, allowLocal)).toBe(expected);
  });
});

describe("addressRefusal", () => {
  it.each([
    ["93.184.215.14", null],
    ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", null],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["::ffff:10.1.2.3", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.0.1", "link_local"],
    ["fe80::1", "link_local"],
    ["169.254.169.254", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["0.0.0.0", "reserved"],
    ["::", "reserved"],
    ["224.0.0.1", "reserved"],
    ["ff02::1", "reserved"],
    ["255.255.255.255", "reserved"],
    ["100.64.0.1", "reserved"],
    ["192.0.2.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["64:ff9b::a9fe:a9fe", "reserved"],
    ["not an address", "reserved"],
  ] as const)("%s → %s", (address, expected) => {
    expect(addressRefusal(address, false)).toBe(expected);
  });

  it.each([
    ["127.0.0.1", null],
    ["::1", null],
    ["::ffff:127.0.0.1", null],
    ["93.184.215.14", null],
    ["10.0.0.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.0.1", "link_local"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["0.0.0.0", "reserved"],
  ] as const)("with the local allowance, only loopback opens: %s → %s", (address, expected) => {
    expect(addressRefusal(address, true)).toBe(expected);
  });
});
