import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Role } from "../model/pane-reducer";

const useStyles = makeStyles({
  roles: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

const LABELS: Record<Role, string> = { learner: "Learner", tutor: "Tutor", centre: "Centre" };

/** Who is using the pane; each role has its own views. Remembered per user by the controller. */
export function RoleSwitch(props: { role: Role; onChange(role: Role): void; disabled?: boolean }) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.roles}
      appearance="subtle"
      size="small"
      selectedValue={props.role}
      onTabSelect={(_, d) => props.onChange(d.value as Role)}
      aria-label="I am using the assistant as a"
      disabled={props.disabled}
    >
      {(Object.keys(LABELS) as Role[]).map((r) => (
        <Tab key={r} value={r} data-role={r}>
          {LABELS[r]}
        </Tab>
      ))}
    </TabList>
  );
}
