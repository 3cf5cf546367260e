import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useFocusRingStyles } from "../components/focus-styles";
import { CREDITS } from "./credits";
import { VERSION } from "./version";

const useStyles = makeStyles({
  surface: { maxWidth: "min(480px, calc(100vw - 24px))", boxSizing: "border-box" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Help / About: what the add-in does, where its data stays, its version, and the credits its licences require. */
export default function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useStyles();
  const focus = useFocusRingStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={mergeClasses(styles.surface, focus.root)} aria-describedby="about-what">
        <DialogBody>
          <DialogTitle>About ILM Assignment Assistant</DialogTitle>
          <DialogContent className={styles.content}>
            <section className={styles.section} aria-labelledby="about-what-title">
              <Subtitle2 as="h3" id="about-what-title">
                What it does
              </Subtitle2>
              <Body1 id="about-what">
                It helps you write an ILM coaching or mentoring assignment in Word: it inserts your unit's template with every
                assessment criterion as a side-heading in the mark sheet's exact wording, checks that each one is answered, counts
                the words, and checks your Harvard citations against your reference list, which it can build for you.
              </Body1>
              <Body1>
                Unit: choose your unit and insert the template. Check: a card for every criterion, with what to fix. Submit: whether
                the draft is ready to hand in. References: your sources, citations and the reference list.
              </Body1>
            </section>
            <section className={styles.section} aria-labelledby="about-data-title">
              <Subtitle2 as="h3" id="about-data-title">
                Where your data stays
              </Subtitle2>
              <Body1>
                On your computer. Your ticks and your sources are saved inside your document; your choices (your unit, the template
                options, learner or tutor) are kept by Word for this add-in. The add-in makes no network calls while it runs and sends
                no telemetry: your draft never leaves your computer.
              </Body1>
            </section>
            <section className={styles.section} aria-labelledby="about-credits-title">
              <Subtitle2 as="h3" id="about-credits-title">
                Credits
              </Subtitle2>
              <ul className={styles.list} aria-label="Credits">
                {CREDITS.map((c) => (
                  <li key={c.name}>
                    <Body1>{c.name}</Body1>
                    <br />
                    <Caption1>{c.attribution}</Caption1>
                    <br />
                    <Caption1 className={styles.muted}>
                      Licence: {c.licence}.{" "}
                      <Link href={c.url} target="_blank" rel="noreferrer" inline>
                        Source
                      </Link>
                    </Caption1>
                  </li>
                ))}
              </ul>
            </section>
            <Caption1 className={styles.muted} data-testid="about-version">
              Version {VERSION}
            </Caption1>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
