import { localeFor, messagesFor } from "../../../src/taskpane/i18n";
import { en } from "../../../src/taskpane/i18n/en";
import { zh } from "../../../src/taskpane/i18n/zh";

/** Every key path of a catalogue ("severity.error"), functions as leaves. */
function keyPaths(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, entry]: [string, unknown]) =>
    typeof entry === "object" && entry !== null ? keyPaths(entry, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("message catalogues", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
  });

  it("fill every text in both languages, functions included", () => {
    for (const catalogue of [zh, en]) {
      for (const path of keyPaths(catalogue)) {
        const entry: unknown = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
        const text = typeof entry === "function" ? String((entry as (arg: unknown) => unknown)(["x"])) : entry;
        expect(typeof text === "string" && text.trim() !== "").toBe(true);
      }
    }
  });

  it("labels the primary button 一键计算 in Chinese", () => {
    expect(messagesFor("zh-CN").recalculate).toBe("一键计算");
    expect(messagesFor("en-US").recalculate).toBe("Recalculate and check");
  });
});

describe("localeFor", () => {
  it.each([
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR", "zh-CN"],
    [undefined, "zh-CN"],
  ])("gives %s → %s", (displayLanguage, locale) => {
    expect(localeFor(displayLanguage)).toBe(locale);
  });
});
