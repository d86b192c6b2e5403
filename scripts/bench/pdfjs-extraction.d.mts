/** Types of pdfjs-extraction.mjs (plain JavaScript, run on its own by the benchmark). */
export function pdfjsExtraction(bytes: Uint8Array, withOperators: boolean): Promise<number>;
