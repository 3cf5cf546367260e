import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Add16Regular, ArrowDownload16Regular, ArrowUpload16Regular, Delete16Regular, Edit16Regular, MoreHorizontal20Regular } from "../icons";
import type { CslItem } from "../../harvard/library/csl";
import { addSource, newSourceId, removeSource, updateSource } from "../../harvard/library/library";
import { blockingErrors, validateSource } from "../../harvard/library/validate";
import { plural } from "../model/summary";
import { usePane } from "../state";
import type { LibraryState } from "./ReferencesView";
import { Runs } from "./Runs";
import { SourceForm } from "./SourceForm";
import { ImportPreview } from "./ImportPreview";
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
    minWidth: 0,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
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

/** Where focus goes when the panel next renders: back to the button that opened a form, or to a source just saved. */
type FocusTarget = "add" | "import" | "import-start" | { source: string };

export function SourcesPanel({ lib }: { lib: LibraryState }) {
  const styles = useStyles();
  const { actions } = usePane();
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [pasted, setPasted] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const chooseFile = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const items = lib.library.items;

  // Fluent's convention: a form that closes hands focus back to what opened it (or to what it made).
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === "add") addButton.current?.focus();
    else if (target === "import") importButton.current?.focus();
    else if (target === "import-start") chooseFile.current?.focus();
    else list.current?.querySelector<HTMLElement>(`[data-source="${CSS.escape(target.source)}"]`)?.focus();
  });
  const closeImport = () => {
    focusNext.current = "import";
    setPending(null);
    setImportError(null);
    setMode({ kind: "list" });
  };

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
        onCancel={() => {
          focusNext.current = mode.kind === "edit" ? { source: mode.item.id } : "add";
          setMode({ kind: "list" });
        }}
        onSave={(item) => {
          const added = mode.kind === "edit" ? { library: updateSource(lib.library, item), id: item.id } : addSource(lib.library, item);
          focusNext.current = { source: added.id };
          void lib.save(added.library);
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
        <Button ref={addButton} size="small" appearance="primary" icon={<Add16Regular />} onClick={() => setMode({ kind: "add" })}>
          Add a source
        </Button>
        <Button
          ref={importButton}
          size="small"
          icon={<ArrowUpload16Regular />}
          onClick={() => {
            if (mode.kind === "import") closeImport();
            else {
              focusNext.current = "import-start";
              setMode({ kind: "import" });
            }
          }}
          aria-expanded={mode.kind === "import"}
        >
          Import
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            {/* Icon only, so the row fits Word's narrowest pane on one line; the name says what it holds. */}
            <Button size="small" icon={<MoreHorizontal20Regular />} disabled={!items.length} aria-label="Export your sources" title="Export your sources" />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<ArrowDownload16Regular />} onClick={async () => download("sources.json", (await loadExport()).exportCslJson(lib.library), "application/json")}>
                Export CSL-JSON (Zotero, Mendeley)
              </MenuItem>
              <MenuItem icon={<ArrowDownload16Regular />} onClick={async () => download("sources.bib", (await loadExport()).exportBibtex(lib.library), "application/x-bibtex")}>
                Export BibTeX
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>

      {mode.kind === "import" && (
        <section
          className={styles.panel}
          aria-label="Import sources"
          onKeyDown={(e: KeyboardEvent) => {
            // Escape cancels, as in any Fluent form; a menu or list box open inside handles its own Escape first.
            if (e.key === "Escape" && !e.defaultPrevented) {
              e.preventDefault();
              closeImport();
            }
          }}
        >
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
            <Button ref={chooseFile} size="small" onClick={() => file.current?.click()}>
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
            <ImportPreview
              key={pending.items.map((it) => it.id).join(" ")}
              items={pending.items}
              from={pending.from}
              duplicates={pending.duplicates}
              format={lib.format}
              onCancel={() => setPending(null)}
              onAdd={async (chosen) => {
                void lib.save((await loadImport()).addImported(lib.library, chosen));
                setPasted("");
                closeImport();
                actions.confirm(`Added ${plural(chosen.length, "source")} to your library.`);
              }}
            />
          )}
        </section>
      )}

      {items.length === 0 ? (
        <Body1>No sources yet. Add the books, articles and web pages you read; the add-in formats them in Harvard style.</Body1>
      ) : (
        <ul ref={list} className={styles.list} aria-label="Your sources">
          {order.map((entry) => {
            const item = items.find((x) => x.id === entry.id);
            if (!item) return null;
            const problems = blockingErrors(validateSource(item));
            return (
              <li key={item.id} className={styles.item} data-source={item.id} tabIndex={-1}>
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
