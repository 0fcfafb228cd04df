import { Loaded } from "./loaded";
import { type FakeHost, FakeSession, jsonBytes } from "./session";
import { FakeWorksheetCollection } from "./worksheets";

/** `Excel.Application`: only the calculation switch the host uses. */
export class FakeApplication {
  constructor(private readonly session: FakeSession) {}

  suspendApiCalculationUntilNextSync(): void {
    this.session.suspendCalculation("application");
  }
}

/** `Workbook.protection`: structure protection. */
export class FakeWorkbookProtection {
  private readonly loaded = new Loaded<{ protected: boolean }>("WorkbookProtection");

  constructor(private readonly session: FakeSession) {}

  get protected(): boolean {
    return this.loaded.get("protected");
  }

  load(_properties: "protected"): this {
    this.session.queue("workbook.protection", "load", ["protected"], () => {
      const data = { protected: this.session.workbook.protected };
      return { bytes: jsonBytes(data), deliver: () => this.loaded.deliver(data) };
    });
    return this;
  }
}

/** `Excel.RequestContext`: a queue of calls sent by `sync()`. */
export class FakeRequestContext {
  readonly workbook: {
    readonly worksheets: FakeWorksheetCollection;
    readonly protection: FakeWorkbookProtection;
    readonly application: FakeApplication;
  };
  readonly application: FakeApplication;
  private readonly session: FakeSession;

  constructor(host: FakeHost) {
    this.session = new FakeSession(host);
    this.application = new FakeApplication(this.session);
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this.session, "workbook.worksheets"),
      protection: new FakeWorkbookProtection(this.session),
      application: this.application,
    };
  }

  sync(): Promise<void> {
    return this.session.sync();
  }

  /** Calls queued since the last sync: `Excel.run` sends them when the batch returns. */
  get pending(): boolean {
    return this.session.pending;
  }
}
