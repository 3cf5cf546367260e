import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { QuestionCircle20Regular } from "../icons";

/** Help: how to use the assistant, and the diagnostics a centre's IT team runs to check this Word. */
export default function HelpMenu(props: { onRunDiagnostics(): void; disabled?: boolean }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" size="small" icon={<QuestionCircle20Regular />}>
          Help
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => window.open("help.html", "_blank", "noopener")}>How to use the assistant</MenuItem>
          <MenuItem disabled={props.disabled} onClick={props.onRunDiagnostics}>
            Run diagnostics
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
