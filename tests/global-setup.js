/**
 * Jest's global set-up: builds the command-line tool (build/cli/ilm-check.js) from the current
 * sources once, before any test file runs, so the tests that run ilm-check as a process
 * (node bin/ilm-check.js, as a user does) never run a stale build.
 */
module.exports = async function globalSetup() {
  await require("../scripts/build-cli.js").buildCli();
};
