import { getUnit } from "../../src/units/catalogue";
import { csvCell, toCsv } from "../../src/marking/csv";
import { buildMarkSheet, footerLines, markSheetCsv } from "../../src/marking/mark-sheet";
import { formatDate, gradeText, markingProblems, type Marking } from "../../src/marking/marking";

const u700 = getUnit("8581-700")!;
const u503 = getUnit("8580-503")!;

describe("spreadsheet-safe CSV", () => {
  test.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+44 1543 266867", "'+44 1543 266867"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])("%j -> %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  test("rows end with CRLF; numbers and empties are cells too", () => {
    expect(toCsv([["a", 1, null], ["", undefined, "x"]])).toBe("a,1,\r\n,,x\r\n");
  });
});

describe("mark sheet", () => {
  const marking: Marking = {
    unit: "8581-700",
    tutor: "Dr A. Tutor",
    date: "2025-03-04",
    grades: {
      "1.1": { mark: 9, rationale: "Clear comparison of focus and roles." },
      "2.1": { mark: 7, rationale: "=Describes the methods; little critique." },
    },
  };

  test("one row per AC in unit order with its exact wording, the grade or mark, the rationale; total, outcome, tutor, date", () => {
    const sheet = buildMarkSheet(u700, marking);
    expect(sheet.table[0]).toEqual(["AC", "Assessment criterion", "Mark", "Rationale"]);
    expect(sheet.table.slice(1).map((r) => r[0])).toEqual(u700.criteria.map((c) => c.id));
    expect(sheet.table[1]).toEqual(["1.1", u700.criteria[0]!.wording, "9 / 12", "Clear comparison of focus and roles."]);
    expect(sheet.table[2]![2]).toBe("Not graded");
    expect(footerLines(sheet)).toEqual([
      "Total: 16 / 100",
      "Outcome: Referred: learning outcome 2 has 7 of 16 marks, below its pass mark of 8.",
      "Tutor: Dr A. Tutor",
      "Date: 4 March 2025",
    ]);
    expect(sheet.unitLine).toBe(`ILM 8581-700 ${u700.title}`);
  });

  test("sufficiency units show the grade and no total", () => {
    const sheet = buildMarkSheet(u503, { unit: "8580-503", tutor: "", date: "2025-01-31", grades: { "1.1": { grade: "good-pass", rationale: "" } } });
    expect(sheet.table[0]![2]).toBe("Grade");
    expect(sheet.table[1]![2]).toBe("Good Pass");
    expect(footerLines(sheet)[0]).toMatch(/^Outcome: Not complete: /);
    expect(footerLines(sheet)).toContain("Tutor: Not given");
  });

  test("as CSV: the same table, formula-like rationale neutralised, the ISO date for sorting", () => {
    const csv = markSheetCsv(buildMarkSheet(u700, marking));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(`Unit,ILM 8581-700 ${u700.title},,`);
    expect(lines[1]).toBe("AC,Assessment criterion,Mark,Rationale");
    expect(csv).toContain(`2.1,${csvCell(u700.criteria[4]!.wording)},7 / 16,'=Describes the methods; little critique.`);
    expect(csv).toContain("Date,,2025-03-04,");
    expect(csv).toContain('\r\nOutcome,,"Referred: learning outcome 2 has 7 of 16 marks, below its pass mark of 8.",\r\n');
  });
});

describe("marking checks", () => {
  test("a grade on the wrong scale, a mark out of range or an unknown AC is named", () => {
    expect(
      markingProblems(u700, {
        unit: "8581-700",
        tutor: "",
        date: "2025-01-01",
        grades: { "1.1": { grade: "pass", rationale: "" }, "1.2": { mark: 9, rationale: "" }, "9.9": { mark: 1, rationale: "" }, "2.1": { mark: 16, rationale: "" } },
      }),
    ).toEqual([
      "AC 1.1 is marked out of 12 in this unit, not graded Pass.",
      "The mark for AC 1.2 must be a whole number from 0 to 8.",
      "Unit 8581-700 has no AC 9.9.",
    ]);
    expect(markingProblems(u503, { unit: "8580-503", tutor: "", date: "2025-01-01", grades: { "1.1": { mark: 3, rationale: "" } } })).toEqual([
      "AC 1.1 is graded Referral, Pass or Good Pass in this unit, not in marks.",
    ]);
  });

  test("grade text and dates as a reader in the UK expects", () => {
    expect(gradeText(u700, "3.1", { mark: 0, rationale: "" })).toBe("0 / 16");
    expect(gradeText(u503, "1.1", { grade: "referral", rationale: "" })).toBe("Referral");
    expect(gradeText(u503, "1.1", { rationale: "x" })).toBe("");
    expect(formatDate("2025-12-01")).toBe("1 December 2025");
    expect(formatDate("not a date")).toBe("not a date");
  });
});
