/** `npm run --silent check -- [--json | --jsonl] FILE_OR_FOLDER...` (shared/spec/model.md, "Command line"). */
import { text } from "node:stream/consumers";
import { setFlagsFromString } from "node:v8";
import { runCli } from "./run";
import { V8_FLAGS } from "./v8-flags";

for (const flag of V8_FLAGS) setFlagsFromString(flag);

// Piped into `head`, the reader may leave early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (chunk) => process.stdout.write(chunk),
  err: (chunk) => process.stderr.write(chunk),
  progress: process.stderr.isTTY === true,
  readInput: () => text(process.stdin),
});
