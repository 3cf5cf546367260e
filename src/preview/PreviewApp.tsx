import { Button, FluentProvider, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { Pane } from "../taskpane/App";
import type { PaneController } from "../taskpane/pane-controller";
import { DocumentView } from "./DocumentView";
import type { PreviewDocument } from "./preview-document";
import { openPreviewDocument } from "./open-document";

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  grow: { flexGrow: 1 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  document: { flexGrow: 1, overflowY: "auto", padding: tokens.spacingHorizontalXL },
  pane: {
    flexShrink: 0,
    boxSizing: "border-box",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function PreviewApp(props: {
  doc: PreviewDocument;
  controller: PaneController;
  theme: Theme;
  blank: boolean;
  openDiagnostics?: boolean;
  paneWidth: number;
}) {
  const styles = useStyles();
  const { doc } = props;
  return (
    // Layout lives on an inner div: FluentProvider copies its own classes onto popups' portals.
    <FluentProvider theme={props.theme}>
      <div className={styles.app}>
      <header className={styles.bar} role="banner">
        <Text weight="semibold" size={400} as="h1" style={{ margin: 0 }}>
          Preview — not connected to Word
        </Text>
        <Text className={styles.grow} size={200}>
          Try the add-in on {props.blank ? "a blank document" : "a sample half-written 8580-500 draft"}. Nothing is saved.
        </Text>
        <Button size="small" onClick={() => openPreviewDocument(!props.blank)}>
          {props.blank ? "Open the sample draft" : "Start a blank document"}
        </Button>
      </header>
      <main className={styles.main}>
        <section className={styles.document} aria-label="Document (preview)">
          <DocumentView doc={doc} />
        </section>
        <section className={styles.pane} style={{ width: `${props.paneWidth}px` }} aria-label="Task pane">
          <Pane controller={props.controller} theme={props.theme} embedded openDiagnostics={props.openDiagnostics} />
        </section>
      </main>
      </div>
    </FluentProvider>
  );
}
