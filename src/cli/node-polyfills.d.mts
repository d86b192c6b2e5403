/** Types of node-polyfills.mjs (plain JavaScript, loaded before pdf.js). */
export function restoreNativeBuiltins(): void;
