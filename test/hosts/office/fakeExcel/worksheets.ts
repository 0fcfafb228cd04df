import { FakeErrorCode, FakeOfficeError, notLoaded } from "./fakeError";
import { loadNames, unsupported } from "./loaded";
import { type FakeSheet, findSheet, newSheet } from "./model";
import { type FakeSession, jsonBytes, quote } from "./session";
import { assertStructureUnprotected } from "./target";
import { FakeWorksheet } from "./worksheet";

const ITEM_PROPERTIES = new Set(["name", "visibility", "protection/protected"]);

/** `Workbook.worksheets`. */
export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
  ) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("WorksheetCollection.items");
    return this.loadedItems;
  }

  /** Supports `load("items/name,items/visibility,items/protection/protected")` and subsets of it. */
  load(properties: string | readonly string[]): this {
    const names = loadNames(properties).map((name) => name.replace(/^items\//, ""));
    for (const name of names) if (!ITEM_PROPERTIES.has(name)) throw unsupported(`WorksheetCollection.load("${name}")`);
    this.session.queue(this.path, "load", names, () => {
      const data = this.session.workbook.sheets.map((sheet) => ({
        sheet,
        ...(names.includes("name") && { name: sheet.name }),
        ...(names.includes("visibility") && { visibility: sheet.visibility }),
        ...(names.includes("protection/protected") && { protected: sheet.protected }),
      }));
      const wire = data.map(({ sheet: _sheet, ...properties }) => properties);
      return {
        bytes: jsonBytes(wire),
        deliver: () => {
          this.loadedItems = data.map(({ sheet, name, visibility, protected: isProtected }) => {
            const item = new FakeWorksheet(this.session, `${this.path}.getItem(${quote(sheet.name)})`, () => sheet);
            item.deliver({ ...(name !== undefined && { name }), ...(visibility !== undefined && { visibility }) });
            if (isProtected !== undefined) item.protection.deliver({ protected: isProtected });
            return item;
          });
        },
      };
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    const path = `${this.path}.getItem(${quote(name)})`;
    return new FakeWorksheet(this.session, path, () => {
      const sheet = findSheet(this.session.workbook, name);
      if (!sheet) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `The worksheet '${name}' doesn't exist.`, path);
      return sheet;
    });
  }

  /** Adds a sheet at the end, as Excel does. */
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.session.queue(this.path, "add", [name], () => {
      const workbook = this.session.workbook;
      assertStructureUnprotected(workbook, `${this.path}.add`);
      if (findSheet(workbook, name)) {
        throw new FakeOfficeError(
          FakeErrorCode.itemAlreadyExists,
          `A sheet named '${name}' already exists.`,
          `${this.path}.add`,
        );
      }
      created = newSheet(name);
      workbook.sheets.push(created);
    });
    return new FakeWorksheet(this.session, `${this.path}.add(${quote(name)})`, () => {
      if (!created) throw new Error("A sheet's add call must run before calls on the sheet.");
      return created;
    });
  }
}
