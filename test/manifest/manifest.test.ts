/**
 * @jest-environment jsdom
 */
// jsdom is here for its namespace-aware DOMParser; the schema check itself is xmllint compiled to WebAssembly.
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";

const repoRoot = path.resolve(__dirname, "../..");
const xsdDir = path.resolve(__dirname, "../../../shared/office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const manifestText = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

function readXsd(fileName: string): { fileName: string; contents: string } {
  return { fileName, contents: readFileSync(path.join(xsdDir, fileName), "utf8") };
}

function validate(xml: string): Promise<XMLValidationResult> {
  const others = readdirSync(xsdDir).filter((f) => f.endsWith(".xsd") && f !== MAIN_XSD);
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [readXsd(MAIN_XSD)],
    preload: others.map(readXsd),
  });
}

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("manifest.xml is not well-formed");
  return doc;
}

function elements(ns: string, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, localName));
}

function first(ns: string, localName: string): Element {
  const element = doc.getElementsByTagNameNS(ns, localName)[0];
  if (!element) throw new Error(`manifest.xml has no <${localName}>`);
  return element;
}

function attr(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.tagName}> has no ${name}`);
  return value;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const doc = parse(manifestText);
const sourceOrigin = new URL(attr(first(NS.app, "SourceLocation"), "DefaultValue")).origin;

/** A manifest URL → the repo file it serves. Pages come from src/<name>/<name>.html, the rest is copied as is. */
function repoFileFor(url: string): string {
  const { origin, pathname } = new URL(url);
  expect(origin).toBe(sourceOrigin);
  const page = /^\/([a-z]+)\.html$/.exec(pathname);
  return page ? path.join(repoRoot, "src", page[1], `${page[1]}.html`) : path.join(repoRoot, pathname);
}

/** The resource list each kind of referencing element must draw from. */
const RESOURCE_KIND: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function resourcesOf(kind: string): Map<string, Element> {
  const list = elements(NS.bt, kind)[0];
  return new Map(Array.from(list?.children ?? []).map((e) => [attr(e, "id"), e]));
}

describe("manifest.xml against the Office XSDs", () => {
  it("is valid", async () => {
    const result = await validate(manifestText);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each([
    ["without the required <Permissions>", "<Permissions>ReadWriteDocument</Permissions>", "", "}Permissions )"],
    [
      "with an unknown element",
      "<Hosts>\n    <Host Name",
      "<Runtimes/>\n  <Hosts>\n    <Host Name",
      "}Runtimes': This element is not expected",
    ],
    [
      "with a five-part version",
      "<Version>1.0.0.0</Version>",
      "<Version>1.0.0.0.0</Version>",
      "'1.0.0.0.0' is not accepted",
    ],
    [
      "with a made-up permission",
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Full</Permissions>",
      "'Full' is not an element of the set",
    ],
    [
      "with a button lacking its supertip",
      /<Supertip>\s*<Title resid="Recalculate.Label"\/>[\s\S]*?<\/Supertip>/,
      "",
      "}Supertip )",
    ],
    ["with a GUID that is not one", "<Id>39d92b7d-", "<Id>39d92b7d", "}Id': [facet 'pattern']"],
  ])("rejects a copy %s", async (_case, from, to, mentioned) => {
    const broken = manifestText.replace(from, to);
    expect(broken).not.toBe(manifestText);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join("\n")).toContain(mentioned);
  });
});

describe("manifest.xml content", () => {
  it("is an Excel task-pane add-in, zh-CN by default, needing ExcelApi 1.9", () => {
    expect(doc.documentElement.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
    expect(first(NS.app, "DefaultLocale").textContent).toBe("zh-CN");
    expect(elements(NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const sets = elements(NS.app, "Set").map((s) => `${attr(s, "Name")} ${attr(s, "MinVersion")}`);
    expect(sets).toEqual(["ExcelApi 1.9"]);
  });

  it("offers 打开助手 and 一键计算 in the 绩效自评 group of the Home tab", () => {
    const label = (el: Element): string | null => {
      const resid = el.getElementsByTagNameNS(NS.overrides, "Label")[0]?.getAttribute("resid") ?? "";
      return resourcesOf("ShortStrings").get(resid)?.getAttribute("DefaultValue") ?? null;
    };
    expect(first(NS.overrides, "OfficeTab").getAttribute("id")).toBe("TabHome");
    expect(label(first(NS.overrides, "Group"))).toBe("绩效自评");
    const controls = elements(NS.overrides, "Control");
    expect(controls.map(label)).toEqual(["打开助手", "一键计算"]);
    expect(controls[1]?.getElementsByTagNameNS(NS.overrides, "FunctionName")[0]?.textContent).toBe("recalculate");
  });

  it("names a ribbon function that commands.ts registers", () => {
    const commands = readFileSync(path.join(repoRoot, "src/commands/commands.ts"), "utf8");
    const names = elements(NS.overrides, "FunctionName").map((e) => e.textContent ?? "");
    expect(names).toEqual(["recalculate"]);
    expect(commands).toContain("Office.actions.associate");
    for (const name of names) expect(commands).toContain(`"${name}"`);
  });

  it("points every icon at a PNG in assets/ of the stated size", () => {
    const images = resourcesOf("Images");
    const icons: Array<[url: string, size: number]> = [
      [attr(first(NS.app, "IconUrl"), "DefaultValue"), 64],
      [attr(first(NS.app, "HighResolutionIconUrl"), "DefaultValue"), 128],
      ...elements(NS.bt, "Image")
        .filter((image) => image.hasAttribute("resid"))
        .map((image): [string, number] => {
          const resource = images.get(attr(image, "resid"));
          return [resource ? attr(resource, "DefaultValue") : "(undefined resid)", Number(attr(image, "size"))];
        }),
    ];
    expect(icons.length).toBeGreaterThan(2);
    const problems = icons.flatMap(([url, size]) => {
      if (!url.startsWith(`${sourceOrigin}/assets/`)) return [`${url}: not in assets/`];
      const actual = pngSize(readFileSync(repoFileFor(url)));
      return actual?.width === size && actual.height === size
        ? []
        : [`${url}: ${JSON.stringify(actual)}, not ${size}×${size}`];
    });
    expect(problems).toEqual([]);
  });

  it("serves every other URL from a page the build makes", () => {
    const urls = [
      ...elements(NS.app, "SourceLocation").map((e) => attr(e, "DefaultValue")),
      ...elements(NS.app, "SupportUrl").map((e) => attr(e, "DefaultValue")),
      ...Array.from(resourcesOf("Urls").values()).map((e) => attr(e, "DefaultValue")),
    ];
    expect(urls.length).toBeGreaterThan(2);
    expect(urls.filter((url) => !existsSync(repoFileFor(url)))).toEqual([]);
  });

  it("defines every resid it uses, in the list its element needs, and uses every resource it defines", () => {
    const references = Array.from(doc.querySelectorAll("[resid]")).map((e) => ({
      resid: attr(e, "resid"),
      kind: RESOURCE_KIND[e.localName] ?? `(no resource list for <${e.localName}>)`,
    }));
    expect(references.length).toBeGreaterThan(5);
    expect(references.filter(({ resid, kind }) => !resourcesOf(kind).has(resid))).toEqual([]);
    const defined = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((kind) => [...resourcesOf(kind).keys()]);
    expect(defined.sort()).toEqual([...new Set(references.map((r) => r.resid))].sort());
  });

  it("has every user-visible string in zh-CN and en-US", () => {
    const localised = [
      ...elements(NS.app, "DisplayName"),
      ...elements(NS.app, "Description"),
      ...resourcesOf("ShortStrings").values(),
      ...resourcesOf("LongStrings").values(),
    ];
    expect(localised.length).toBeGreaterThan(4);
    const pairs = localised.map((element) => {
      const english = Array.from(element.children).find(
        (o) => o.localName === "Override" && o.getAttribute("Locale") === "en-US",
      );
      return `${attr(element, "DefaultValue")} → ${english?.getAttribute("Value") ?? "∅"}`;
    });
    expect(pairs.filter((pair) => !/^.*\p{Script=Han}.* → [\x20-\x7e]+$/u.test(pair))).toEqual([]);
  });
});
