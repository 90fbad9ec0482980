import { run } from "./run";

// A reader that stops early (`impact report | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  process.stderr.write(`impact: cannot write the output: ${error.message}\n`);
  process.exit(1);
});

process.exitCode = await run(process.argv.slice(2));
