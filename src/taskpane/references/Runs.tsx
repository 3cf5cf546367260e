import type { TextRun } from "../../harvard/format/harvard-format";

/** Formatted text (italics from the Harvard style) without injecting HTML. */
export function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: JSX.Element | string = r.text;
        if (r.italic) node = <i>{node}</i>;
        if (r.bold) node = <b>{node}</b>;
        if (r.superscript) node = <sup>{node}</sup>;
        if (r.subscript) node = <sub>{node}</sub>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}
