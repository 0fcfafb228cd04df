import fc from "fast-check";
import { joinAddresses, type Position, rectAddress, toRectangles } from "../../../src/hosts/office/rectangles";

const key = (row: number, col: number) => `${row}:${col}`;

describe("toRectangles", () => {
  it("covers exactly the given cells, each once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.nat(30), col: fc.nat(12) }), { maxLength: 200 }),
        (cells: Position[]) => {
          const wanted = new Set(cells.map((cell) => key(cell.row, cell.col)));
          const covered: string[] = [];
          for (const rect of toRectangles(cells)) {
            for (let row = rect.top; row <= rect.bottom; row += 1) {
              for (let col = rect.left; col <= rect.right; col += 1) covered.push(key(row, col));
            }
          }
          expect(covered.length).toBe(wanted.size);
          expect(new Set(covered)).toEqual(wanted);
        },
      ),
    );
  });

  it("makes one rectangle of highlighted consecutive rows, and one per separate block", () => {
    const rows = (top: number, bottom: number) =>
      Array.from({ length: (bottom - top + 1) * 8 }, (_, i) => ({ row: top + Math.floor(i / 8), col: 1 + (i % 8) }));
    expect(toRectangles([...rows(4, 9), ...rows(12, 12)]).map(rectAddress)).toEqual(["B5:I10", "B13:I13"]);
  });
});

describe("joinAddresses", () => {
  it("joins addresses into chunks no longer than the limit, losing none", () => {
    const addresses = Array.from({ length: 500 }, (_, i) => `B${i * 3 + 1}:I${i * 3 + 2}`);
    const chunks = joinAddresses(addresses, 100);
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(addresses);
  });
});
