/** Limits past which a file is reported as `too-complex` rather than read (model.md, file-level errors). */
export const MAX_TABLES = 2000;
/** Largest part of a zip package (a DOCX's main document) the DOCX reader decompresses. */
export const MAX_PART_MB = 200;
