import type { FakeChart, FakeSheet } from "./model";
import type { FakeRange } from "./range";
import type { FakeSession } from "./session";
import { assertUnprotected } from "./target";

/** `Worksheet.charts`: adding a chart records its type, data range and series orientation. */
export class FakeChartCollection {
  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly sheetOf: () => FakeSheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    let created: FakeChart | null = null;
    this.session.queue(this.path, "add", [type, source.path, seriesBy], () => {
      const sheet = this.sheetOf();
      assertUnprotected(sheet, `${this.path}.add`);
      created = { type, source: source.resolvedAddress(), seriesBy, title: "", position: null };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.session, `${this.path}.add()`, () => {
      if (!created) throw new Error("A chart's add call must run before calls on the chart.");
      return created;
    });
  }
}

/** `Excel.Chart`: its title and position. */
export class FakeChartProxy {
  readonly title: { text: string };

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly chart: () => FakeChart,
  ) {
    const titlePath = `${path}.title`;
    this.title = {
      set text(text: string) {
        session.queue(titlePath, "text", [text], () => {
          chart().title = text;
        });
      },
      get text(): string {
        throw new Error("The fake does not load chart titles.");
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.session.queue(this.path, "setPosition", [startCell, endCell ?? null], () => {
      this.chart().position = endCell === undefined ? startCell : `${startCell}:${endCell}`;
    });
  }
}
