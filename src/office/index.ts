export { detectHost } from "./environment";
export type { HostInfo, HostKind } from "./environment";
export { openUserStore } from "./storage";
export type { UserStore } from "./storage";
