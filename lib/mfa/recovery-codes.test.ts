import { describe, expect, it } from "vitest";
import { asRecoveryCode, newRecoveryCodes, recoveryCodeCount, recoveryCodeHash } from "./recovery-codes";

describe("recovery codes", () => {
  it("come ten at a time, as five letters or digits, a hyphen and five more, none that reads as another", () => {
    const codes = newRecoveryCodes();
    expect(recoveryCodeCount).toBe(10);
    expect(codes).toHaveLength(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(code).not.toMatch(/[01oli]/);
    }
  });

  it("are all different, within a set and from one set to the next", () => {
    const codes = [...newRecoveryCodes(), ...newRecoveryCodes()];
    expect(new Set(codes).size).toBe(20);
  });

  it("are read whatever the case, the spaces and the hyphen", () => {
    for (const typed of ["k7m2p-x9c4r", "K7M2P-X9C4R", "k7m2px9c4r", " k7m2p x9c4r ", "K7m2P - x9C4r"]) {
      expect(asRecoveryCode(typed)).toBe("k7m2px9c4r");
    }
  });

  it("are not read when too short, too long or with a letter they never have", () => {
    for (const typed of ["k7m2p-x9c4", "k7m2p-x9c4rr", "k7m2p-x9c40", "k7m2p-x9c4l", "123456", ""]) {
      expect(asRecoveryCode(typed)).toBeNull();
    }
  });

  it("are kept as a hash that is the same however the code was typed, and differs from code to code", () => {
    const hash = recoveryCodeHash("k7m2p-x9c4r");
    expect(hash).not.toContain("k7m2p");
    expect(recoveryCodeHash("K7M2P X9C4R")).toBe(hash);
    expect(recoveryCodeHash("k7m2px9c4r")).toBe(hash);
    expect(recoveryCodeHash("k7m2p-x9c4s")).not.toBe(hash);
  });
});
