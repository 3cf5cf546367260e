import { useMemo, useState } from "react";
import { Combobox, Field, Option, OptionGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { UnitSummary } from "../../units/catalogue";
import type { Unit } from "../../units/types";
import { groupUnits, matchesUnit, unitLabel, unitName } from "../model/units";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column" },
  secondary: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  warn: { color: tokens.colorPaletteMarigoldForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Searchable list of the catalogue, grouped by level: type a number or words from the title. */
export function UnitPicker(props: { units: UnitSummary[]; value: Unit | null; onChange(id: string): void; hint?: string }) {
  const styles = useStyles();
  const [query, setQuery] = useState<string | null>(null);
  const shown = query === null ? props.value ? unitLabel(props.value) : "" : query;
  const groups = useMemo(() => groupUnits(props.units.filter((u) => matchesUnit(u, query ?? ""))), [props.units, query]);
  return (
    <Field label="Your unit" hint={props.hint}>
      <Combobox
        placeholder="Type a unit number or title"
        value={shown}
        selectedOptions={props.value ? [props.value.id] : []}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onOptionSelect={(_, d) => {
          setQuery(null);
          if (d.optionValue) props.onChange(d.optionValue);
        }}
        onOpenChange={(_, d) => {
          if (!d.open) setQuery(null);
        }}
        freeform
      >
        {groups.length === 0 && <Option disabled value="none" text="No unit matches">No unit matches what you typed</Option>}
        {groups.map((g) => (
          <OptionGroup key={g.level} label={`Level ${g.level}`}>
            {g.units.map((u) => (
              <Option key={u.id} value={u.id} text={unitLabel(u)}>
                <span className={styles.option}>
                  <span>
                    <strong>{unitName(u)}</strong> {u.title}
                  </span>
                  <span className={styles.secondary}>{u.markSheet}</span>
                  {u.wordingStatus === "to-be-confirmed" && (
                    <span className={styles.warn}>Wording to be confirmed against the centre's mark sheet</span>
                  )}
                </span>
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Combobox>
    </Field>
  );
}
