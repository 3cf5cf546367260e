/**
 * What the diagnostics report says about the Word it ran in: Office.context.diagnostics gives the
 * host, the platform ("PC", "Mac", "OfficeOnline", "iOS") and the Office build
 * (https://learn.microsoft.com/en-us/javascript/api/office/office.contextinformation).
 */
import type { HostInfo, Platform } from "./types";

interface OfficeDiagnostics {
  Office?: { context?: { diagnostics?: { host?: unknown; platform?: unknown; version?: unknown } } };
}

export function officeHostInfo(): HostInfo & { kind: Platform } {
  let info: { host?: unknown; platform?: unknown; version?: unknown } | undefined;
  try {
    info = (globalThis as OfficeDiagnostics).Office?.context?.diagnostics;
  } catch {
    info = undefined;
  }
  const text = (v: unknown) => (typeof v === "string" && v !== "" ? v : "unknown");
  const platform = text(info?.platform);
  return { host: text(info?.host), platform, version: text(info?.version), kind: platform === "OfficeOnline" ? "web" : "desktop" };
}
