/** `npm run --silent check -- [--json] FILE_OR_FOLDER...` (shared/spec/model.md, "Command line"). */
import { runCli } from "./run";

// Piped into `head`, the reader may leave early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
});
