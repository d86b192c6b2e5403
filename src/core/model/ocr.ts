/** Said of every finding on text read by character recognition. */
export const OCR_CAVEAT = "识别结果，请对照原件核实";
