/**
 * Big but honest drafts: checked, never refused. How their time grows with their size is measured
 * by the bench (npm run bench, "hostile input"), not here: the time-outs below only stop a hang.
 */
import { analyse } from "../../src/check/analyse";
import { readDocx, DocxReadError } from "../../src/docx/read-docx";
import type { Report } from "../../src/model/report";
import { emptyParagraphsDocx, longParagraphDocx } from "./bad-files";
import { accepted, hostileTable } from "./table";

hostileTable<Uint8Array, Report>(
  {
    name: "big drafts, read and checked (readDocx + analyse)",
    read: (bytes) => analyse(readDocx(bytes)),
    isRefusal: (e): e is Error => e instanceof DocxReadError,
  },
  [
    {
      name: "a million empty paragraphs",
      input: () => emptyParagraphsDocx(1_000_000),
      expect: accepted((report) => {
        expect(report.wordCount).toBe(0);
        expect(report.unit).toBeNull();
      }),
      timeout: 300_000,
    },
    {
      name: "a 20-million-character paragraph",
      input: () => longParagraphDocx(20_000_000),
      expect: accepted((report) => expect(report.wordCount).toBe(4_000_000)),
      timeout: 120_000,
    },
  ],
);
