/** Replaced with package.json's version by webpack (DefinePlugin); tests and tools run without it. */
declare const __ILM_VERSION__: string | undefined;

export const VERSION: string = typeof __ILM_VERSION__ === "string" ? __ILM_VERSION__ : "development build";
