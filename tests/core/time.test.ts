/** Whole seconds (src/core/time.ts): what HTTP dates can carry. */
import { describe, expect, it } from "vitest";
import { wholeSecondDate, wholeSecondsMs } from "../../src/core/time";

describe("whole seconds", () => {
  it("cuts to the start of the second", () => {
    expect(wholeSecondsMs(1_700_000_000_999)).toBe(1_700_000_000_000);
    expect(wholeSecondsMs(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(wholeSecondDate(1_700_000_000_500).toISOString()).toBe("2023-11-14T22:13:20.000Z");
  });

  it("cuts before the epoch towards the earlier second, as Date's toUTCString does", () => {
    expect(wholeSecondsMs(-1)).toBe(-1000);
    expect(new Date(wholeSecondsMs(-1)).toUTCString()).toBe(new Date(-1).toUTCString());
  });
});
