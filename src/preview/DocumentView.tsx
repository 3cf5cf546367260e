import { Fragment, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type CSSProperties, type KeyboardEvent } from "react";
import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { commentsSnapshot, type CommentSnapshot, type ParaData } from "../word-memory/memory-word";
import { isLocked, roleOf, type PreviewDocument } from "./preview-document";

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow8,
    padding: "48px 56px",
    maxWidth: "720px",
    margin: "0 auto",
    fontFamily: "Calibri, 'Segoe UI', system-ui, sans-serif",
    fontSize: "15px",
    lineHeight: 1.5,
  },
  para: {
    margin: "0 0 10px 0",
    minHeight: "1.5em",
    padding: "2px 6px",
    borderRadius: tokens.borderRadiusSmall,
    outlineStyle: "none",
    whiteSpace: "pre-wrap",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  title: { fontSize: "26px", fontWeight: 600, margin: "0 0 8px 0" },
  bold: { fontWeight: 600 },
  h1: { fontSize: "20px", fontWeight: 600, color: tokens.colorBrandForeground1, margin: "20px 0 8px 0" },
  h2: { fontSize: "16px", fontWeight: 600, color: tokens.colorBrandForeground2, margin: "14px 0 6px 0" },
  guidance: {
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  cover: { backgroundColor: tokens.colorNeutralBackground3 },
  empty: {
    "::before": { content: "'Type your answer here'", color: tokens.colorNeutralForeground4 },
  },
  selected: { backgroundColor: tokens.colorPaletteLightTealBackground2, boxShadow: `inset 3px 0 0 ${tokens.colorPaletteLightTealBorderActive}` },
  // Where the add-in left Word's cursor (nothing selected): a bar at the paragraph's edge.
  cursor: { boxShadow: `inset 3px 0 0 ${tokens.colorNeutralForeground1}` },
  locked: { cursor: "default" },
  legend: { display: "flex", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM, flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", margin: "0 0 10px 0", fontSize: "13px" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: "top", padding: "2px" },
  comments: { display: "flex", flexDirection: "column", gap: "4px", margin: "-6px 0 10px 24px" },
  comment: {
    fontSize: "13px",
    lineHeight: 1.4,
    padding: "4px 8px",
    borderLeft: `3px solid ${tokens.colorPaletteBerryBorderActive}`,
    backgroundColor: tokens.colorPaletteBerryBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
  resolved: { opacity: 0.7 },
  who: { fontWeight: 600 },
});

/** Names for the editable paragraphs; their text is their value. */
const LABELS: Record<ReturnType<typeof roleOf>, string> = {
  body: "Your text",
  guidance: "Template guidance",
  cover: "Cover sheet",
  heading: "Heading",
  references: "Reference",
  "mark-sheet": "Mark sheet",
};

function classFor(p: ParaData, styles: ReturnType<typeof useStyles>): string | undefined {
  switch (p.style) {
    case "Title":
      return styles.title;
    case "Heading 1":
      return styles.h1;
    case "Heading 2":
    case "Heading 3":
      return styles.h2;
    default:
      return undefined;
  }
}

/** Word's paragraph indents (points) as CSS: left indent as a margin, first-line or hanging indent as text-indent. */
function indentStyle(p: ParaData): CSSProperties | undefined {
  if (!p.leftIndent && !p.firstLineIndent) return undefined;
  return {
    ...(p.leftIndent ? { marginLeft: `${p.leftIndent}pt` } : {}),
    ...(p.firstLineIndent ? { textIndent: `${p.firstLineIndent}pt` } : {}),
  };
}

/** Hands focus to a paragraph the learner just created with Enter, once it has rendered. */
interface FocusHandoff {
  request(uid: number): void;
  /** True once, for the paragraph that asked for focus. */
  take(uid: number): boolean;
}

function Paragraph(props: { doc: PreviewDocument; para: ParaData; selected: boolean; cursor: boolean; reveal: number; focus: FocusHandoff }) {
  const { doc, para, selected, cursor, reveal } = props;
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const role = roleOf(para);
  const locked = isLocked(para);

  // Uncontrolled text so the caret stays put while typing; refreshed when the document changes elsewhere.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.textContent !== para.text && document.activeElement !== el) el.textContent = para.text;
    if (el && props.focus.take(para.uid)) el.focus();
  });
  useLayoutEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [selected]);
  // The add-in put the selection or cursor here (Go to, Insert missing sections, the reference list): scroll to it, as Word does.
  useLayoutEffect(() => {
    if (reveal > 0) ref.current?.scrollIntoView?.({ block: "center" });
  }, [reveal]);

  // Word's cursor follows the caret, so Insert citation lands where the learner clicked.
  const trackCaret = () => {
    const el = ref.current;
    const sel = window.getSelection();
    if (!el || !sel || sel.rangeCount === 0 || !el.contains(sel.anchorNode)) {
      doc.placeCursor(para, para.text.length);
      return;
    }
    const offsetOf = (node: Node, offset: number) => {
      const r = document.createRange();
      r.selectNodeContents(el);
      r.setEnd(node, offset);
      return r.toString().length;
    };
    const range = sel.getRangeAt(0);
    doc.placeCursor(para, offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      doc.setText(para, ref.current?.textContent ?? "");
      props.focus.request(doc.splitAfter(para).uid);
    }
  };

  return (
    <div
      ref={ref}
      className={mergeClasses(
        styles.para,
        classFor(para, styles),
        role === "guidance" && styles.guidance,
        role === "cover" && styles.cover,
        para.bold === true && styles.bold,
        para.text === "" && !locked && styles.empty,
        selected && styles.selected,
        cursor && styles.cursor,
        locked && styles.locked,
      )}
      style={indentStyle(para)}
      contentEditable={!locked}
      suppressContentEditableWarning
      role={locked ? undefined : "textbox"}
      aria-multiline={locked ? undefined : false}
      aria-label={locked ? undefined : LABELS[role]}
      tabIndex={locked ? -1 : 0}
      data-uid={para.uid}
      data-role={role}
      data-style={para.style}
      data-selected={selected ? "true" : undefined}
      data-cursor={cursor ? "true" : undefined}
      onInput={(e) => doc.setText(para, (e.target as HTMLElement).textContent ?? "")}
      onFocus={trackCaret}
      onKeyUp={trackCaret}
      onMouseUp={trackCaret}
      onKeyDown={onKeyDown}
    />
  );
}

/** Word's comments on a paragraph, as the preview shows them under it (Word shows them in the margin). */
function Comments({ comments }: { comments: CommentSnapshot[] }) {
  const styles = useStyles();
  return (
    <div className={styles.comments}>
      {comments.map((c) => (
        <aside
          key={c.id}
          className={mergeClasses(styles.comment, c.resolved && styles.resolved)}
          aria-label={`Comment by ${c.author}`}
          data-testid="doc-comment"
          data-comment-author={c.author}
        >
          <span className={styles.who}>{c.author}</span>
          {c.resolved ? " (resolved)" : ""} on &ldquo;{c.quote.length > 60 ? `${c.quote.slice(0, 57)}…` : c.quote}&rdquo;: {c.content}
        </aside>
      ))}
    </div>
  );
}

/** Paragraphs in reading order, with the cells of each table grouped into rows. */
type Block = { kind: "para"; para: ParaData; index: number } | { kind: "table"; rows: Array<Array<{ para: ParaData; index: number }>> };

function blocksOf(paragraphs: readonly ParaData[]): Block[] {
  const out: Block[] = [];
  paragraphs.forEach((para, index) => {
    const t = para.table;
    const last = out[out.length - 1];
    if (!t) {
      out.push({ kind: "para", para, index });
      return;
    }
    const prev = index > 0 ? paragraphs[index - 1]!.table : undefined;
    if (last?.kind === "table" && prev && prev.table === t.table) {
      const row = last.rows[t.row] ?? (last.rows[t.row] = []);
      row.push({ para, index });
    } else {
      const rows: Array<Array<{ para: ParaData; index: number }>> = [];
      rows[t.row] = [{ para, index }];
      out.push({ kind: "table", rows });
    }
  });
  return out;
}

/** The preview's rendering of the in-memory document: headings, paragraphs, tables, comments, guidance styled, selection highlighted. */
export function DocumentView({ doc }: { doc: PreviewDocument }) {
  const styles = useStyles();
  useSyncExternalStore(doc.subscribe, doc.getVersion);
  const pending = useRef<number | null>(null);
  const focus = useMemo<FocusHandoff>(
    () => ({
      request: (uid) => {
        pending.current = uid;
      },
      take: (uid) => {
        if (pending.current !== uid) return false;
        pending.current = null;
        return true;
      },
    }),
    [],
  );
  const paragraphs = doc.memory.paragraphs;
  const sel = doc.memory.selection;
  // A collapsed selection is the cursor (the caret shows it); only a real selection is highlighted.
  const collapsed = sel && sel.start === sel.end && sel.startOffset !== undefined && sel.startOffset === sel.endOffset;
  const from = sel && !collapsed ? paragraphs.indexOf(sel.start) : -1;
  const to = sel && !collapsed ? paragraphs.indexOf(sel.end) : -1;
  const cursorAt = sel && collapsed ? paragraphs.indexOf(sel.start) : -1;
  // Only the paragraph the add-in last moved the selection to scrolls (its counter changes).
  const reveals = doc.getReveals();
  const revealedSel = doc.revealedSelection();
  const revealAt = revealedSel ? paragraphs.indexOf(revealedSel.start) : -1;
  const comments = commentsSnapshot(doc.memory);
  const commentsOn = (p: ParaData) => comments.filter((c) => c.paragraph === p.uid);
  const render = (p: ParaData, i: number) => (
    <Paragraph
      key={p.uid}
      doc={doc}
      para={p}
      selected={from >= 0 && i >= from && i <= to}
      cursor={i === cursorAt}
      reveal={i === revealAt ? reveals : 0}
      focus={focus}
    />
  );
  return (
    <article className={styles.page} aria-label="Sample document">
      <div className={styles.legend} aria-hidden="true">
        <Badge appearance="tint" color="warning">Guidance</Badge>
        <Badge appearance="tint" color="informative">Selection</Badge>
        <Badge appearance="tint" color="important">Comment</Badge>
      </div>
      {blocksOf(paragraphs).map((b) =>
        b.kind === "para" ? (
          // A fragment, not a wrapper: paragraphs stay siblings, as the page's own scripts and tests expect.
          <Fragment key={b.para.uid}>
            {render(b.para, b.index)}
            {commentsOn(b.para).length > 0 && <Comments comments={commentsOn(b.para)} />}
          </Fragment>
        ) : (
          <table key={`t-${b.rows.flat()[0]?.para.uid}`} className={styles.table}>
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map(({ para, index }) => (
                    <td key={para.uid} className={styles.cell}>
                      {render(para, index)}
                      {commentsOn(para).length > 0 && <Comments comments={commentsOn(para)} />}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </article>
  );
}
