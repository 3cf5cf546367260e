import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload16Regular, ArrowUpload16Regular, DocumentAdd16Regular } from "../icons";
import { openUserStore, type UserStore } from "../../office/storage";
import type { CentreTemplate } from "../../centre/schema";
import { usePane } from "../state";
import { CoverSheetFields, GuidanceFields, HarvardFields, MarkSheetFields, SectionsAndLengthFields, UnitAndCentreFields } from "./CentreFields";
import { centreTemplateFacts } from "./describe";
import { downloadFile, DOCX_TYPE, JSON_TYPE } from "./download";
import { editorReducer, emptyForm, formFromTemplate, templateFromForm, type CentreForm } from "./editor-model";
import { TemplatePreview } from "./TemplatePreview";
import { UseForLearners } from "./UseForLearners";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const DRAFT_KEY = "draft";

/** Where the editor keeps the centre's unfinished template between sessions (this user's browser storage only). */
function useDraftStore(): UserStore<CentreForm> | null {
  const [store, setStore] = useState<UserStore<CentreForm> | null>(null);
  useEffect(() => {
    let live = true;
    void openUserStore<CentreForm>("ilm-assistant-centre").then((s) => live && setStore(s));
    return () => {
      live = false;
    };
  }, []);
  return store;
}

type Parse = (input: unknown) => CentreTemplate;

/** The template reader (the schema and zod), fetched when Centre mode opens rather than with the pane. */
function useCentreParser(engine: ReturnType<typeof usePane>["state"]["engine"]): { parse: Parse | null; problem: string | null } {
  const [reader, setReader] = useState<{ parse: Parse | null; problem: string | null }>({ parse: null, problem: null });
  useEffect(() => {
    let live = true;
    if (engine) {
      engine.centre.parser().then(
        (parse) => live && setReader({ parse, problem: null }),
        () => live && setReader({ parse: null, problem: "The template checker could not be loaded. Check your connection, then close Centre mode and open it again." }),
      );
    }
    return () => {
      live = false;
    };
  }, [engine]);
  return reader;
}

/**
 * The Centre mode: an editor for the centre's template with a live preview of what it inserts,
 * saved to and opened from a JSON file, handed out as a Word file, and tried in this document.
 */
export default function CentrePane() {
  const { state, actions } = usePane();
  const styles = useStyles();
  const engine = state.engine;
  const units = useMemo(() => engine?.catalogue.listUnits() ?? [], [engine]);
  const [form, dispatch] = useReducer(editorReducer, undefined, () => emptyForm(state.unit?.id ?? units[0]?.id ?? "8580-500"));
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = useDraftStore();
  const reader = useCentreParser(engine);
  const restored = useRef(false);

  // The unfinished template comes back when the pane opens again; then every change is kept.
  useEffect(() => {
    if (!store) return;
    if (!restored.current) {
      restored.current = true;
      const saved = store.get(DRAFT_KEY);
      if (saved && typeof saved === "object" && typeof saved.unit === "string" && engine?.catalogue.getUnit(saved.unit)) {
        dispatch({ type: "loaded", form: { ...emptyForm(saved.unit), ...saved } });
        return;
      }
    }
    store.set(DRAFT_KEY, form);
  }, [store, form, engine]);

  const catalogueUnit = engine?.catalogue.getUnit(form.unit) ?? null;
  const unconfirmed = catalogueUnit?.wordingStatus === "to-be-confirmed";
  const checked = useMemo((): { template: CentreTemplate | null; problem: string | null } => {
    if (!engine || !reader.parse) return { template: null, problem: reader.problem };
    const { template, problem } = templateFromForm(form, unconfirmed);
    if (problem) return { template: null, problem };
    try {
      return { template: reader.parse(template), problem: null };
    } catch (e) {
      return { template: null, problem: e instanceof Error ? e.message : String(e) };
    }
  }, [engine, reader, form, unconfirmed]);
  const template = checked.template;
  const unit = template && engine ? engine.centre.unitFor(template) : catalogueUnit;
  const blocks = useMemo(() => (template && engine ? engine.centre.blocks(template) : []), [template, engine]);

  if (!engine) return null;

  const open = async (file: File) => {
    setDone(null);
    try {
      const t = (await engine.centre.parser())(await file.text());
      dispatch({ type: "loaded", form: formFromTemplate(t) });
      setFileError(null);
      setDone(`Opened ${file.name}.`);
    } catch (e) {
      setFileError(`${file.name} was not opened, and nothing in the editor changed. ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const saveJson = () => {
    if (!template) return;
    downloadFile(`${template.id}.json`, engine.centre.toJson(template), JSON_TYPE);
    setDone(`Saved ${template.id}.json to your downloads.`);
  };
  const saveDocx = async () => {
    if (!template) return;
    const bytes = await actions.run("Make the Word file", () => engine.centre.docx(template));
    if (!bytes) return;
    downloadFile(`${template.id}.docx`, bytes, DOCX_TYPE);
    setDone(`Saved ${template.id}.docx to your downloads.`);
  };

  return (
    <div className={styles.view}>
      <Body1>
        Make your centre's template: what your learners' Unit tab inserts and what their checks follow. The assessment criteria keep the unit's exact wording; you set the
        cover sheet, guidance, extra sections, word range and Harvard style.
      </Body1>
      <div className={styles.toolbar} role="toolbar" aria-label="Centre template file">
        <Button icon={<ArrowUpload16Regular />} onClick={() => fileInput.current?.click()}>
          Open template file
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Centre template file to open"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void open(f);
          }}
        />
        <Button icon={<ArrowDownload16Regular />} disabled={!template} onClick={saveJson}>
          Save template file
        </Button>
        <Button icon={<ArrowDownload16Regular />} disabled={!template || !!state.busy} onClick={() => void saveDocx()}>
          Download as Word file
        </Button>
        <Button appearance="primary" icon={<DocumentAdd16Regular />} disabled={!template} onClick={() => template && void actions.useCentreTemplate(template)}>
          Try it in this document
        </Button>
      </div>
      {fileError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>File not opened</MessageBarTitle>
            {fileError}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-live="polite">
        {checked.problem ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not ready yet</MessageBarTitle>
              {checked.problem}
            </MessageBarBody>
          </MessageBar>
        ) : done ? (
          <MessageBar intent="success">
            <MessageBarBody>{done}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Accordion multiple collapsible defaultOpenItems={["centre"]}>
        <AccordionItem value="centre">
          <AccordionHeader as="h2">Unit and centre</AccordionHeader>
          <AccordionPanel>
            <UnitAndCentreFields form={form} dispatch={dispatch} units={units} unit={catalogueUnit} />
          </AccordionPanel>
        </AccordionItem>
        {unconfirmed && catalogueUnit && (
          <AccordionItem value="mark-sheet">
            <AccordionHeader as="h2">Wording from your mark sheet</AccordionHeader>
            <AccordionPanel>
              <MarkSheetFields form={form} dispatch={dispatch} unit={catalogueUnit} />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="cover">
          <AccordionHeader as="h2">Cover sheet</AccordionHeader>
          <AccordionPanel>
            <CoverSheetFields form={form} dispatch={dispatch} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="guidance">
          <AccordionHeader as="h2">Guidance and side-headings</AccordionHeader>
          <AccordionPanel>
            <GuidanceFields form={form} dispatch={dispatch} unit={unit} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="sections">
          <AccordionHeader as="h2">Extra sections and word range</AccordionHeader>
          <AccordionPanel>
            <SectionsAndLengthFields form={form} dispatch={dispatch} unit={catalogueUnit} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="harvard">
          <AccordionHeader as="h2">Harvard referencing</AccordionHeader>
          <AccordionPanel>
            <HarvardFields form={form} dispatch={dispatch} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="preview">
          <AccordionHeader as="h2">Preview</AccordionHeader>
          <AccordionPanel>
            {template && unit ? (
              <>
                <ul className={styles.facts}>
                  {centreTemplateFacts(template, unit).map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
                <TemplatePreview blocks={blocks} />
              </>
            ) : (
              <Body1>The preview shows once the template is complete.</Body1>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="learners">
          <AccordionHeader as="h2">Use for my learners</AccordionHeader>
          <AccordionPanel>
            <UseForLearners id={form.id} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
