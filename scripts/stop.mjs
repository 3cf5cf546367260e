// `npm run stop`: stop the dev server started by `npm start` and, on Windows and macOS,
// remove the sideloaded add-in from Word.
import { createRequire } from "node:module";
import { existsSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pidFile = path.join(root, "build", "dev-server.pid");

if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid);
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(pidFile, { force: true });
} else {
  console.log("No dev server started by npm start is running.");
}

if (process.platform === "win32" || process.platform === "darwin") {
  try {
    const devSettings = require("office-addin-dev-settings");
    await devSettings.unregisterAddIn(path.join(root, "manifest.xml"));
    console.log("Removed the sideloaded add-in from Word.");
  } catch {
    // Nothing was sideloaded, or the optional package is absent: nothing to undo.
  }
}
