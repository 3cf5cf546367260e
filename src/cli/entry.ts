/**
 * What scripts/build-cli.js bundles into build/cli/ilm-check.js: the command-line tool and the
 * worker it starts for --jobs. bin/ilm-check.js loads the bundle and calls one or the other.
 */
export { main } from "./main";
export { runWorker, WORKER_ARG } from "./worker";
