import { positions } from "./address";
import { editCell, type FakeCell } from "./model";
import type { FakeSession } from "./session";
import { assertUnprotected, type Target } from "./target";

/** Queues a change to every cell of a range-like proxy's target, refused on a protected sheet. */
function queueCellChange(
  session: FakeSession,
  path: string,
  member: string,
  value: unknown,
  target: () => Target,
  change: (cell: FakeCell) => void,
): void {
  session.queue(path, member, [value], () => {
    const { sheet, rects } = target();
    assertUnprotected(sheet, `${path}.${member}`);
    for (const rect of rects) for (const { row, col } of positions(rect)) change(editCell(sheet, row, col));
  });
}

/** `Range.format` / `RangeAreas.format`: the setters the host uses. */
export class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly target: () => Target,
  ) {
    this.fill = new FakeRangeFill(session, `${path}.fill`, target);
    this.font = new FakeRangeFont(session, `${path}.font`, target);
  }

  set wrapText(wrap: boolean) {
    queueCellChange(this.session, this.path, "wrapText", wrap, this.target, (cell) => {
      cell.wrap = wrap;
    });
  }

  /** Column width in points, for every column the target spans. */
  set columnWidth(points: number) {
    this.session.queue(this.path, "columnWidth", [points], () => {
      const { sheet, rects } = this.target();
      assertUnprotected(sheet, `${this.path}.columnWidth`);
      for (const rect of rects)
        for (let col = rect.left; col <= rect.right; col += 1) sheet.columnWidths.set(col, points);
    });
  }
}

export class FakeRangeFill {
  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly target: () => Target,
  ) {}

  /** A solid fill of this colour ("#RRGGBB"; Excel also takes names, which the host never sends). */
  set color(color: string) {
    if (!/^#[0-9A-F]{6}$/i.test(color)) throw new Error(`The fake takes fill colours as #RRGGBB, not ${color}.`);
    queueCellChange(this.session, this.path, "color", color, this.target, (cell) => {
      cell.fill = color.toUpperCase();
    });
  }

  clear(): void {
    queueCellChange(this.session, this.path, "clear", null, this.target, (cell) => {
      cell.fill = null;
    });
  }
}

export class FakeRangeFont {
  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly target: () => Target,
  ) {}

  set bold(bold: boolean) {
    queueCellChange(this.session, this.path, "bold", bold, this.target, (cell) => {
      cell.bold = bold;
    });
  }

  set size(size: number) {
    queueCellChange(this.session, this.path, "size", size, this.target, (cell) => {
      cell.size = size;
    });
  }
}
