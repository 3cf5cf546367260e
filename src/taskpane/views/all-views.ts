export { StartView } from "./StartView";
export { CheckView } from "./CheckView";
export { SubmitView } from "./SubmitView";
