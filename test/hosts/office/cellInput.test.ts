import { toCellInput } from "../../../src/hosts/office/cellInput";

describe("toCellInput", () => {
  it.each([
    "=SUM(A1)",
    "+1",
    "-x",
    "@x",
    "'quoted",
    "86%",
    "1,391.03",
    "2024-1-2",
    "3:45",
    "Jan 5",
    "TRUE",
    "#N/A",
    "(12)",
    " 12",
    "¥100",
  ])("marks %j as text Excel would reinterpret", (value) =>
    expect(toCellInput(value)).toEqual({ value, asText: true }),
  );

  it.each(["优", "良", "产出指标", "SCORE_MISMATCH", "【请填写：偏差原因】", "表1!H7"])("writes %j as it is", (value) =>
    expect(toCellInput(value)).toEqual({ value, asText: false }),
  );

  it("writes numbers as numbers and null as the empty string that clears a cell", () => {
    expect(toCellInput(0.9959)).toEqual({ value: 0.9959, asText: false });
    expect(toCellInput(null)).toEqual({ value: "", asText: false });
  });
});
