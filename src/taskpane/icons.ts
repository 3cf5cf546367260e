// Icons by their per-icon modules: the package's main entry pulls in thousands of icons that
// tree-shaking does not fully remove, which would blow the first-paint budget.
export { Add16Regular } from "@fluentui/react-icons/lib/atoms/svg/add";
export { ArrowDownload16Regular } from "@fluentui/react-icons/lib/atoms/svg/arrow-download";
export { ArrowUpload16Regular } from "@fluentui/react-icons/lib/atoms/svg/arrow-upload";
export { Delete16Regular } from "@fluentui/react-icons/lib/atoms/svg/delete";
export { Edit16Regular } from "@fluentui/react-icons/lib/atoms/svg/edit";
export { TextQuote20Regular } from "@fluentui/react-icons/lib/atoms/svg/text-quote";
export { Dismiss16Regular } from "@fluentui/react-icons/lib/atoms/svg/dismiss";
export { ErrorCircle16Filled } from "@fluentui/react-icons/lib/atoms/svg/error-circle";
export { Info16Filled } from "@fluentui/react-icons/lib/atoms/svg/info";
export { Warning16Filled } from "@fluentui/react-icons/lib/atoms/svg/warning";
export { ArrowRight16Regular } from "@fluentui/react-icons/lib/atoms/svg/arrow-right";
export { DocumentAdd16Regular, DocumentAdd20Regular } from "@fluentui/react-icons/lib/atoms/svg/document-add";
export { CheckmarkCircle20Filled } from "@fluentui/react-icons/lib/atoms/svg/checkmark-circle";
export { DismissCircle20Filled } from "@fluentui/react-icons/lib/atoms/svg/dismiss-circle";
export { QuestionCircle20Regular } from "@fluentui/react-icons/lib/atoms/svg/question-circle";
export { ShieldCheckmark20Regular } from "@fluentui/react-icons/lib/atoms/svg/shield-checkmark";
export { ArrowSync20Regular } from "@fluentui/react-icons/lib/atoms/svg/arrow-sync";
export { Eraser20Regular } from "@fluentui/react-icons/lib/atoms/svg/eraser";
export { TextBulletListSquare16Regular } from "@fluentui/react-icons/lib/atoms/svg/text-bullet-list-square";
export { ChevronDown16Regular } from "@fluentui/react-icons/lib/atoms/svg/chevron-down";
export { ChevronRight16Regular } from "@fluentui/react-icons/lib/atoms/svg/chevron-right";
export { CheckmarkCircle16Filled } from "@fluentui/react-icons/lib/atoms/svg/checkmark-circle";
export { Circle16Regular } from "@fluentui/react-icons/lib/atoms/svg/circle";
export { Warning20Filled } from "@fluentui/react-icons/lib/atoms/svg/warning";
export { Info20Regular } from "@fluentui/react-icons/lib/atoms/svg/info";
export { Search20Regular } from "@fluentui/react-icons/lib/atoms/svg/search";
export { MoreHorizontal20Regular } from "@fluentui/react-icons/lib/atoms/svg/more-horizontal";
