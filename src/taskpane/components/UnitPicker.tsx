import { useMemo } from "react";
import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { UnitSummary } from "../../units/catalogue";
import type { Unit } from "../../units/types";
import { groupUnits, pickerOption } from "../model/units";

const useStyles = makeStyles({
  // A native select is as wide as its longest option unless told otherwise: the pane's width instead.
  root: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

/**
 * The catalogue, grouped by level, as Fluent's Select: the browser's own list, which screen readers,
 * the keyboard (type the first characters of a unit number to jump to it) and touch all know, and
 * far lighter on the pane's start path than a searchable Combobox with its pop-up positioning.
 */
export function UnitPicker(props: { units: UnitSummary[]; value: Unit | null; onChange(id: string): void; hint?: string }) {
  const styles = useStyles();
  const groups = useMemo(() => groupUnits(props.units), [props.units]);
  return (
    <Field label="Your unit" hint={props.hint}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        value={props.value?.id ?? ""}
        onChange={(_, d) => {
          if (d.value) props.onChange(d.value);
        }}
      >
        {!props.value && (
          <option value="" disabled>
            Choose your unit
          </option>
        )}
        {groups.map((g) => (
          <optgroup key={g.level} label={`Level ${g.level}`}>
            {g.units.map((u) => (
              <option key={u.id} value={u.id}>
                {pickerOption(u, props.value)}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}
