import { describe, expect, it } from "vitest";
import { anyOf } from "../../src/core/patterns";

describe("anyOf", () => {
  const patterns = [/^share on\b/i, /\bsigning you up\b/i, /^Cookies on \p{Lu}/u, /^\/[a-z]{2,4}$/];
  const test = anyOf(patterns);
  const lines = ["Share on X", "SHARE ON FACEBOOK", "We had an issue signing you up.", "Cookies on Example", "cookies on example", "/atm", "/ATM", "She shared on Friday", "a/atm"];

  it("answers as testing each pattern in turn would, each with its own flags", () => {
    for (const line of lines) expect(test(line), line).toBe(patterns.some((re) => re.test(line)));
    expect(lines.filter(test)).toEqual(["Share on X", "SHARE ON FACEBOOK", "We had an issue signing you up.", "Cookies on Example", "/atm"]);
  });

  it("refuses patterns it cannot join without changing them", () => {
    expect(() => anyOf([/(a)\1/])).toThrow(/cannot join/);
    expect(() => anyOf([/a/g])).toThrow(/cannot join/);
  });
});
