// `npm start`: build the task pane, serve it over https on localhost with the Office
// development certificates, and sideload the add-in into Word desktop where Word is
// installed. Elsewhere (Linux, CI, a machine without Word) it keeps serving and prints
// what to do with Word on the web. Stop with Ctrl+C or `npm run stop`.
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.join(root, "manifest.xml");
const port = Number(process.env.PORT || 3000);
const pidFile = path.join(root, "build", "dev-server.pid");

function say(line) {
  process.stdout.write(`${line}\n`);
}

/** Office's dev certificates; where they cannot be trusted without sudo, an untrusted copy plus advice. */
async function httpsOptions() {
  const certs = require("office-addin-dev-certs");
  try {
    return { ...(await certs.getHttpsServerOptions()), trusted: true };
  } catch (error) {
    // Trusting the CA runs a sudo command on Linux and may prompt on macOS: when that is not
    // possible, generate the same certificates without installing them so serving still works.
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt"), cert = path.join(dir, "localhost.crt"), key = path.join(dir, "localhost.key");
    if (!existsSync(cert) || !existsSync(key)) {
      mkdirSync(dir, { recursive: true });
      await certs.generateCertificates(ca, cert, key, 30);
    }
    say(`Note: the development certificate is not trusted on this machine (${String(error.message || error).split("\n")[0]}).`);
    say(`      To trust it, add ${ca} to your system's trusted certificates, or open https://localhost:${port} once and accept it.`);
    return { ca: readFileSync(ca), cert: readFileSync(cert), key: readFileSync(key), trusted: false };
  }
}

async function serve(options) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  let config = require(path.join(root, "webpack.config.js"));
  if (typeof config === "function") config = await config({}, { mode: "development" });
  const compiler = webpack({ ...config, mode: "development" });
  const server = new WebpackDevServer(
    {
      ...(config.devServer || {}),
      port,
      server: { type: "https", options: { ca: options.ca, cert: options.cert, key: options.key } },
      headers: { "Access-Control-Allow-Origin": "*" },
      open: false,
    },
    compiler,
  );
  await server.start();
  mkdirSync(path.dirname(pidFile), { recursive: true });
  writeFileSync(pidFile, String(process.pid));
  return server;
}

/** Word desktop exists on Windows and macOS only; office-addin-dev-settings is optional for that reason. */
async function sideload() {
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  let devSettings;
  try {
    devSettings = require("office-addin-dev-settings");
  } catch {
    say("Sideloading needs the optional package office-addin-dev-settings (npm install office-addin-dev-settings).");
    return false;
  }
  try {
    await devSettings.sideloadAddIn(manifestPath, "word", true, "desktop");
    return true;
  } catch (error) {
    say(`Word desktop could not be started with the add-in: ${String(error.message || error).split("\n")[0]}`);
    return false;
  }
}

async function main() {
  say("Building and serving the task pane ...");
  const certs = await httpsOptions();
  await serve(certs);
  const url = `https://localhost:${port}/taskpane.html`;
  say("");
  say(`Task pane: ${url}`);
  say(`Manifest:  ${manifestPath}`);
  if (await sideload()) {
    say("Word has been opened with the add-in: find ILM Assistant on the Home tab.");
  } else {
    say("");
    say("Word desktop is not available here. To use the add-in with Word on the web:");
    say("  1. Open a document at https://www.office.com in a browser on this machine.");
    say("  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, and choose the manifest above.");
    say(`Or open ${url} in a browser to try the pane in preview mode, with a built-in sample draft.`);
  }
  say("");
  say("Serving until you press Ctrl+C (or run npm run stop).");
}

main().catch((error) => {
  process.stderr.write(`npm start failed: ${String(error && error.message ? error.message : error).split("\n")[0]}\n`);
  process.exit(1);
});
