/**
 * The pane's first view is drawn before React and Fluent UI are fetched (src/taskpane/first-view):
 * nothing the entry or the preview's start imports statically may pull them in, or they are back
 * on the start path (issue 12). Their chunk is fetched once the first view is on screen.
 */
import { join, resolve } from "path";
import { reachablePackages } from "../helpers/reachable-packages";

const root = resolve(__dirname, "../..");
const UI = /^(react|scheduler|@fluentui\/|@griffel\/)/;
const ui = (file: string) => [...reachablePackages(join(root, file))].filter((p) => UI.test(p)).sort();

describe("the first view's code pulls in no React or Fluent UI", () => {
  it.each(["src/taskpane/boot.ts", "src/preview/start.ts", "src/taskpane/first-view/render.ts", "src/taskpane/engine.ts"])("%s", (file) => {
    expect(ui(file)).toEqual([]);
  });

  it("the walker does find them in the full pane, which is fetched after (so the test can fail)", () => {
    expect(ui("src/taskpane/full-pane.tsx")).toEqual(expect.arrayContaining(["react", "react-dom/client", "@fluentui/react-components"]));
    expect(ui("src/preview/mount-preview-app.tsx")).toEqual(expect.arrayContaining(["react-dom/client", "@fluentui/react-components"]));
  });
});
