import { useMemo, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, ArrowDownload16Regular, ArrowUpload16Regular, Delete16Regular, Edit16Regular } from "../icons";
import type { CslItem } from "../../harvard/library/csl";
import { addSource, newSourceId, removeSource, updateSource } from "../../harvard/library/library";
import { blockingErrors, validateSource } from "../../harvard/library/validate";
import { plural } from "../model/summary";
import { usePane } from "../state";
import type { LibraryState } from "./ReferencesView";
import { Runs } from "./Runs";
import { SourceForm } from "./SourceForm";
import { sourcesFromTypedList } from "../../harvard/library/from-typed";
import { sourceKey } from "../../harvard/library/normalise";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hidden: { display: "none" },
});

type Mode = { kind: "list" } | { kind: "add" } | { kind: "edit"; item: CslItem } | { kind: "import" };

interface Pending {
  items: CslItem[];
  duplicates: number;
  from: string;
}

// citation-js (BibTeX and RIS) is loaded only when the learner imports or exports.
const loadImport = () => import(/* webpackChunkName: "import-export" */ "../../harvard/library/import");
const loadExport = () => import(/* webpackChunkName: "import-export" */ "../../harvard/library/export");

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SourcesPanel({ lib }: { lib: LibraryState }) {
  const styles = useStyles();
  const { actions } = usePane();
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [pasted, setPasted] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const items = lib.library.items;

  // The list in reference-list order, formatted as it will appear.
  const formatted = useMemo(() => {
    try {
      return lib.format.createFormatter(items).bibliography();
    } catch {
      return [];
    }
  }, [lib.format, items]);
  const order = formatted.length === items.length ? formatted : items.map((x) => ({ id: x.id, runs: [{ text: x.title ?? x.id }], text: "", html: "" }));

  const readText = async (text: string, from: string) => {
    setImportError(null);
    setPending(null);
    const { ImportError, detectFormat, importSources } = await loadImport();
    try {
      if (detectFormat(text, from) === null) {
        // Not an export file: read it as a reference list typed one entry per line.
        const typed = sourcesFromTypedList(text.split(/\r?\n/), items.map((x) => x.id));
        if (!typed.length) throw new ImportError("No references were found: paste one reference per line, or a BibTeX, RIS or CSL-JSON export.");
        setPending({ items: typed.map((t) => t.item), duplicates: 0, from: "your typed list" });
        return;
      }
      const result = importSources(text, lib.library, from);
      setPending({ items: result.items, duplicates: result.duplicates.length, from: from || result.format });
    } catch (err) {
      setImportError(err instanceof ImportError ? err.message : "The references could not be read. Check the file is BibTeX, RIS or CSL-JSON.");
    }
  };

  // The reference list the learner typed under References, each line offered as a source to confirm.
  const readDocumentList = async () => {
    setImportError(null);
    setPending(null);
    const lines = await actions.run("Read your reference list", () => lib.backend.readReferenceList());
    if (lines === undefined) return;
    const typed = sourcesFromTypedList(lines, items.map((x) => x.id));
    const known = new Set(items.map(sourceKey));
    const fresh = typed.map((t) => t.item).filter((it) => !known.has(sourceKey(it)));
    if (!typed.length) setImportError("No typed reference list was found under a References heading in your document.");
    else setPending({ items: fresh, duplicates: typed.length - fresh.length, from: "your document's reference list" });
  };

  if (mode.kind === "add" || mode.kind === "edit") {
    return (
      <SourceForm
        initial={mode.kind === "edit" ? mode.item : undefined}
        newId={(item) => newSourceId(item, items.map((x) => x.id))}
        onCancel={() => setMode({ kind: "list" })}
        onSave={(item) => {
          void lib.save(mode.kind === "edit" ? updateSource(lib.library, item) : addSource(lib.library, item).library);
          setMode({ kind: "list" });
        }}
      />
    );
  }

  return (
    <div className={styles.panel}>
      {!lib.stored && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This version of Word cannot keep your sources in the document: export them before you close the pane.</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button size="small" appearance="primary" icon={<Add16Regular />} onClick={() => setMode({ kind: "add" })}>
          Add a source
        </Button>
        <Button size="small" icon={<ArrowUpload16Regular />} onClick={() => setMode({ kind: mode.kind === "import" ? "list" : "import" })} aria-expanded={mode.kind === "import"}>
          Import
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} disabled={!items.length} onClick={async () => download("sources.json", (await loadExport()).exportCslJson(lib.library), "application/json")}>
          Export CSL-JSON
        </Button>
        <Button size="small" icon={<ArrowDownload16Regular />} disabled={!items.length} onClick={async () => download("sources.bib", (await loadExport()).exportBibtex(lib.library), "application/x-bibtex")}>
          Export BibTeX
        </Button>
      </div>

      {mode.kind === "import" && (
        <section className={styles.panel} aria-label="Import sources">
          <Body1>Import a BibTeX, RIS or CSL-JSON file from Zotero, Mendeley or EndNote, or paste a reference list you typed.</Body1>
          <input
            ref={file}
            className={styles.hidden}
            type="file"
            accept=".bib,.bibtex,.ris,.json,.txt"
            aria-label="Reference file"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) await readText(await f.text(), f.name);
              e.target.value = "";
            }}
          />
          <div className={styles.row}>
            <Button size="small" onClick={() => file.current?.click()}>
              Choose a file…
            </Button>
            <Button size="small" onClick={() => void readDocumentList()}>
              Use the list in my document
            </Button>
          </div>
          <Field label="Or paste references" hint="One reference per line, or the contents of an export file.">
            <Textarea value={pasted} rows={4} resize="vertical" onChange={(_, d) => setPasted(d.value)} />
          </Field>
          <div className={styles.row}>
            <Button size="small" disabled={!pasted.trim()} onClick={() => void readText(pasted, "")}>
              Read pasted references
            </Button>
          </div>
          {importError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{importError}</MessageBarBody>
            </MessageBar>
          )}
          {pending && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                Found {plural(pending.items.length, "new source")} in {pending.from}
                {pending.duplicates ? ` (${plural(pending.duplicates, "source")} already in your library)` : ""}.
              </MessageBarBody>
            </MessageBar>
          )}
          {pending && pending.items.length > 0 && (
            <div className={styles.row}>
              <Button
                size="small"
                appearance="primary"
                onClick={async () => {
                  void lib.save((await loadImport()).addImported(lib.library, pending.items));
                  setPending(null);
                  setPasted("");
                  setMode({ kind: "list" });
                }}
              >
                Add {plural(pending.items.length, "source")}
              </Button>
              <Button size="small" onClick={() => setPending(null)}>
                Cancel
              </Button>
            </div>
          )}
        </section>
      )}

      {items.length === 0 ? (
        <Body1>No sources yet. Add the books, articles and web pages you read; the add-in formats them in Harvard style.</Body1>
      ) : (
        <ul className={styles.list} aria-label="Your sources">
          {order.map((entry) => {
            const item = items.find((x) => x.id === entry.id);
            if (!item) return null;
            const problems = blockingErrors(validateSource(item));
            return (
              <li key={item.id} className={styles.item} data-source={item.id}>
                <Caption1>
                  <Runs runs={entry.runs} />
                </Caption1>
                {problems.length > 0 && (
                  <span className={styles.row}>
                    <Badge appearance="tint" color="warning" size="small">
                      Incomplete
                    </Badge>
                    <Caption1>{problems[0].message}</Caption1>
                  </span>
                )}
                <span className={styles.row}>
                  <Button size="small" appearance="subtle" icon={<Edit16Regular />} onClick={() => setMode({ kind: "edit", item })} aria-label={`Edit ${item.title ?? item.id}`}>
                    Edit
                  </Button>
                  <Button size="small" appearance="subtle" icon={<Delete16Regular />} onClick={() => void lib.save(removeSource(lib.library, item.id))} aria-label={`Remove ${item.title ?? item.id}`}>
                    Remove
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
