/**
 * Stands in, in the pane's bundle only, for sync-fetch and fetch-ponyfill (webpack.config.js
 * aliases them here). citation-js imports them to fetch an input that is a URL or a DOI; the pane
 * only ever hands it a file's text or parsed objects (import.ts), so they are never called. With
 * this stand-in their XMLHttpRequest and fetch code is not shipped at all, and if anything ever
 * did ask, it would fail here rather than go to the network.
 */
class Headers {}

function noNetwork(): never {
  throw new Error("ILM Assignment Assistant makes no network requests.");
}
// citation-js reads syncFetch.Headers when comparing header objects.
noNetwork.Headers = Headers;

export default noNetwork;
