import type { Ref } from "react";
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { QuestionCircle20Regular } from "../icons";

/**
 * Help: how to use the assistant, the About box (what it does, where data stays, version, credits),
 * and the diagnostics a centre's IT team runs to check this Word.
 */
export default function HelpMenu({ onAbout, onRunDiagnostics, disabled, buttonRef }: {
  onAbout(): void;
  onRunDiagnostics(): void;
  disabled?: boolean;
  /** The menu's button, so focus can go back to it when a dialog opened from the menu closes. */
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton ref={buttonRef} appearance="subtle" size="small" icon={<QuestionCircle20Regular />}>
          Help
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => window.open("help.html", "_blank", "noopener")}>How to use the assistant</MenuItem>
          <MenuItem onClick={onAbout} aria-haspopup="dialog">
            About
          </MenuItem>
          <MenuItem disabled={disabled} onClick={onRunDiagnostics}>
            Run diagnostics
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
