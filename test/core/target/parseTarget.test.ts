import { parseTarget } from "../../../src/core/target/parseTarget";
import type { ParsedTarget, TargetNote } from "../../../src/core/target/types";

type Expected = Record<string, unknown>;

const noMeta = { period: null, rider: null, notes: [] as TargetNote[] };
const quantitative = (kind: string, operator: string, value: number, unit: string | null, meta: Expected = {}) => ({
  ...noMeta,
  kind,
  operator,
  value,
  unit,
  ...meta,
});
const zero = (unit: string | null, meta: Expected = {}) => ({ ...noMeta, kind: "zero", unit, ...meta });
const comparative = (relation: string, percent: number | null, baseYear: number | null, direction: string) => ({
  ...noMeta,
  kind: "comparative",
  relation,
  percent,
  baseYear,
  direction,
});
const qualitative = (meta: Expected = {}) => ({ ...noMeta, kind: "qualitative", ...meta });
const bare: Expected = { notes: ["bare-number"] };
const fromName: Expected = { notes: ["direction-from-name"] };

describe("parseTarget", () => {
  describe("reads the 22 phrasings of domain-rules §2", () => {
    it.each<[number, string, string, Expected]>([
      [
        1,
        "100%处置，不留隐患",
        "处置突发性信访维稳应急事件",
        quantitative("equality", "=", 100, "%", { rider: "不留隐患", notes: ["rider"] }),
      ],
      [
        2,
        "每年不少于 2000 件",
        "分类录入办理信访案件数",
        quantitative("positive", ">=", 2000, "件", { period: "每年" }),
      ],
      [3, "每年不少于 4 次", "排查信访矛盾纠纷专项行动", quantitative("positive", ">=", 4, "次", { period: "每年" })],
      [4, "不低于 95%", "越级进京到省市上访人员接返劝返率", quantitative("positive", ">=", 95, "%")],
      [
        5,
        "每批不少于3件",
        "每批专员督办督查重点案件数",
        quantitative("positive", ">=", 3, "件", { period: "每批", notes: ["per-batch"] }),
      ],
      [6, "低于20%", "全区信访业务系统故障率", quantitative("reverse", "<", 20, "%")],
      [7, "与2023年持平", "公务接待费", comparative("flat", null, 2023, "reverse")],
      [8, "只减不增", "“三公”经费", comparative("no-increase", null, null, "reverse")],
      [9, "“四零”/“三零”（零进京、零非访、零登记、零事故）", "特护期", zero(null)],
      [10, "零登记", "进京非接待场所上访", zero(null)],
      [
        11,
        "确保今年80%的乡镇、街道…村（社）创建为“三无”单位",
        "“三无”创建",
        quantitative("positive", ">=", 80, "%", { ...bare, period: "今年" }),
      ],
      [
        12,
        "全年项目绩效总目标96.16万",
        "项目绩效总目标",
        quantitative("reverse", "<=", 96.16, "万元", { ...bare, period: "全年" }),
      ],
      [13, "各项工作完成及时率100%", "完成及时率", quantitative("equality", "=", 100, "%")],
      [13, "及时受理率达100%", "及时受理率", quantitative("positive", ">=", 100, "%")],
      [14, "满意度可达到95%", "上访群众满意度", quantitative("positive", ">=", 95, "%")],
      [15, "95.16%", "公用经费控制率", quantitative("reverse", "<=", 95.16, "%", fromName)],
      [15, "控制率100%", "三公经费控制率", quantitative("reverse", "<=", 100, "%", fromName)],
      [15, "100%", "固定资产利用率", quantitative("equality", "=", 100, "%")],
      [16, "严格控制各项经费的开支", "经济效益", qualitative()],
      [17, "保障信访维稳工作的开展，促进社会和谐稳定", "社会效益", qualitative()],
      [18, "按规定内容、时限公开了预决算信息和绩效信息", "信息公开", qualitative()],
      [19, "创建全省“信访工作示范区”", "创建目标", qualitative()],
      [20, "全力争创2021年省级“三无”区县", "创建目标", qualitative()],
      [21, "国省“两会”等特护期实现了信访工作预期目标", "特护期", qualitative({ period: "特护期" })],
      [22, "创新开展“周四大接访”；依法依规办理信访事项；探索“枫桥经验”盐田实践", "三个履职目标", qualitative()],
    ])("row %i: %s", (_row, text, name, expected) => {
      expect(parseTarget(text, name)).toEqual({ text, ...expected });
    });
  });

  describe("reads the phrasings of SPEC §3.2 and the operator words of §2a", () => {
    it.each<[string, Expected]>([
      ["≥95%", quantitative("positive", ">=", 95, "%")],
      ["不低于95%", quantitative("positive", ">=", 95, "%")],
      ["每年不少于2000件", quantitative("positive", ">=", 2000, "件", { period: "每年" })],
      ["每批不少于3件", quantitative("positive", ">=", 3, "件", { period: "每批", notes: ["per-batch"] })],
      ["低于20%", quantitative("reverse", "<", 20, "%")],
      ["≤90万元", quantitative("reverse", "<=", 90, "万元")],
      ["=100%", quantitative("equality", "=", 100, "%")],
      ["等于98%", quantitative("equality", "=", 98, "%")],
      ["95%", quantitative("positive", ">=", 95, "%", bare)],
      ["控制在5%以内", quantitative("reverse", "<=", 5, "%")],
      ["控制在90%以上", quantitative("positive", ">=", 90, "%")],
      ["保持在95%以上", quantitative("positive", ">=", 95, "%")],
      ["3个工作日内办结", quantitative("reverse", "<=", 3, "工作日")],
      ["不超过90万元", quantitative("reverse", "<=", 90, "万元")],
      ["不高于5%", quantitative("reverse", "<=", 5, "%")],
      ["高于90%", quantitative("positive", ">", 90, "%")],
      ["超过3次", quantitative("positive", ">", 3, "次")],
      ["大于80%", quantitative("positive", ">", 80, "%")],
      ["大于等于80%", quantitative("positive", ">=", 80, "%")],
      ["至少2场", quantitative("positive", ">=", 2, "场")],
      ["少于5次", quantitative("reverse", "<", 5, "次")],
      ["小于10%", quantitative("reverse", "<", 10, "%")],
      [">=95%", quantitative("positive", ">=", 95, "%")],
      ["<=5%", quantitative("reverse", "<=", 5, "%")],
      [">90%", quantitative("positive", ">", 90, "%")],
      ["<3起", quantitative("reverse", "<", 3, "起")],
      ["≧95%", quantitative("positive", ">=", 95, "%")],
      ["≦5%", quantitative("reverse", "<=", 5, "%")],
      ["≥９５％", quantitative("positive", ">=", 95, "%")],
      ["＞＝９５％", quantitative("positive", ">=", 95, "%")],
      ["≥1,000件", quantitative("positive", ">=", 1000, "件")],
      ["≥ 1.2万人次", quantitative("positive", ">=", 12000, "人次")],
      ["不少于两次", quantitative("positive", ">=", 2, "次")],
      ["每季度不少于十五篇", quantitative("positive", ">=", 15, "篇", { period: "每季度" })],
      ["每月≥3期", quantitative("positive", ">=", 3, "期", { period: "每月" })],
      ["年度完成6个月以上", quantitative("positive", ">=", 6, "月", { period: "年度" })],
      ["2023年12月底前完成不少于20户", quantitative("positive", ">=", 20, "户")],
      ["“12345”热线办结率≥95%", quantitative("positive", ">=", 95, "%")],
      [
        "受理3个乡镇，办结率达到95%",
        quantitative("positive", ">=", 95, "%", { rider: "受理3个乡镇", notes: ["rider"] }),
      ],
      ["变动率≥-5%", quantitative("positive", ">=", -5, "%")],
    ])("%s", (text, expected) => {
      expect(parseTarget(text)).toEqual({ text, ...expected });
    });
  });

  describe("reads zero targets", () => {
    it.each<[string, Expected]>([
      ["零登记", zero(null)],
      ["“四零”（零进京、零非访、零登记、零事故）", zero(null)],
      ["特护期实现“四零”", zero(null, { period: "特护期" })],
      ["0次", zero("次")],
      ["=0", zero(null)],
      ["≤0起", zero("起")],
      ["0%", zero("%")],
      ["不发生", zero(null)],
      ["不发生重大安全事故", zero(null)],
      ["零投诉，不留隐患", zero(null, { rider: "不留隐患", notes: ["rider"] })],
    ])("%s", (text, expected) => {
      expect(parseTarget(text)).toEqual({ text, ...expected });
    });
  });

  describe("reads targets measured against the prior year", () => {
    it.each<[string, Expected]>([
      ["与2023年持平", comparative("flat", null, 2023, "reverse")],
      ["与上年持平", comparative("flat", null, null, "reverse")],
      ["只减不增", comparative("no-increase", null, null, "reverse")],
      ["零增长", comparative("no-increase", null, null, "reverse")],
      ["不超过上年", comparative("no-increase", null, null, "reverse")],
      ["较上年下降5%", comparative("decrease", 5, null, "reverse")],
      ["较上年增长10%", comparative("increase", 10, null, "positive")],
      ["比2022年减少2.5%", comparative("decrease", 2.5, 2022, "reverse")],
      ["同比提高3%", comparative("increase", 3, null, "positive")],
      [
        "只减不增，严格控制",
        { ...comparative("no-increase", null, null, "reverse"), rider: "严格控制", notes: ["rider"] },
      ],
    ])("%s", (text, expected) => {
      expect(parseTarget(text)).toEqual({ text, ...expected });
    });
  });

  describe("reads words without a number as qualitative", () => {
    it.each([
      "好",
      "较好",
      "有效",
      "明显",
      "显著",
      "持续改善",
      "达成预期",
      "是",
      "在项目计划完成时间内完成",
      "在12月底前完成",
      "工作保持平稳",
      "较上年有所下降",
      "一次性办结",
    ])("%s", (text) => {
      expect(parseTarget(text)).toEqual({ text, ...qualitative() });
    });
  });

  describe("takes the direction of a bare number or = from a less-is-better name", () => {
    it.each<[string, string, Expected]>([
      ["5%", "全区信访业务系统故障率", quantitative("reverse", "<=", 5, "%", fromName)],
      ["=100%", "三公经费控制率", quantitative("reverse", "<=", 100, "%", fromName)],
      ["90万元", "项目成本", quantitative("reverse", "<=", 90, "万元", fromName)],
      ["100%", "在职人员控制率", quantitative("reverse", "<=", 100, "%", fromName)],
      ["≥95%", "投诉率", quantitative("positive", ">=", 95, "%")],
      ["95%", "越级上访人员劝返率", quantitative("positive", ">=", 95, "%", bare)],
    ])("%s for %s", (text, name, expected) => {
      expect(parseTarget(text, name)).toEqual({ text, ...expected });
    });
  });

  describe("explains in Chinese what it cannot read", () => {
    it.each<[string, RegExp]>([
      ["", /指标值为空/],
      ["  \n ", /指标值为空/],
      ["2000-3000件", /区间/],
      ["80%~90%", /区间/],
      ["3至5次", /区间/],
      ["1/3", /分数/],
      ["每年不少于4次，每次不少于2人", /多个数值/],
      ["≥", /没有数值/],
      ["较上年增加10件", /不是百分比/],
      ["=2000-3000件", /区间/],
    ])("%j", (text, reason) => {
      const parsed: ParsedTarget = parseTarget(text);
      expect(parsed).toEqual({ kind: "unparseable", text, reason: expect.stringMatching(reason) });
    });
  });

  describe("takes text that begins like a formula for no target a person wrote", () => {
    it.each([
      "=1+1",
      "@SUM(A1)",
      "=SUM(D6:D8)",
      "=A1",
      "+A1",
      "-B2",
      "=$D$6*95%",
      "=项目自评表!D6",
      "='项目 自评表'!D6",
      '=HYPERLINK("http://example.com","点击")',
      '="≥95%"',
      "=(1+1)",
      "= 2000*2",
      "＝ＳＵＭ（Ａ１）",
      "@_xlfn.CONCAT(A1)",
    ])("%j", (text) => {
      expect(parseTarget(text)).toEqual({ kind: "unparseable", text, reason: expect.stringMatching(/公式/) });
    });

    it.each<[string, Expected]>([
      ["=100%", quantitative("equality", "=", 100, "%")],
      ["=95%", quantitative("equality", "=", 95, "%")],
      ["= 100%", quantitative("equality", "=", 100, "%")],
      ["＝１００％", quantitative("equality", "=", 100, "%")],
      ["+5%", quantitative("positive", ">=", 5, "%", bare)],
      ["-5%", quantitative("positive", ">=", -5, "%", bare)],
      ["=0", zero(null)],
    ])("keeps %j a target", (text, expected) => {
      expect(parseTarget(text)).toEqual({ text, ...expected });
    });
  });
});
