import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Focus you can see. Fluent's text boxes show focus only as a 2 px line under them and its links as
 * a double underline; at a task pane's size both are easy to miss. This adds Fluent's own focus
 * outline (the colorStrokeFocus2 ring its buttons and tabs use) around a focused text box, and
 * around a link focused from the keyboard. Put on the pane's root, and on a dialog's surface (a
 * dialog renders outside the pane).
 */
const ring = { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 } as const;

export const useFocusRingStyles = makeStyles({
  root: {
    "& .fui-Input:focus-within": { ...ring, outlineOffset: "1px" },
    "& .fui-Textarea:focus-within": { ...ring, outlineOffset: "1px" },
    "& .fui-Select:focus-within": { ...ring, outlineOffset: "1px", borderRadius: tokens.borderRadiusMedium },
    "& .fui-SearchBox:focus-within": { ...ring, outlineOffset: "1px" },
    "& .fui-Link:focus-visible": { ...ring, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall },
  },
});
