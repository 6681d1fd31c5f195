/**
 * Runs a command-line tool's main: its exit code on success, 1 with the message on stderr on an
 * uncaught error. `process.exit` comes after main has flushed what it writes.
 */
export function runCli(name: string, main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`${name}: ${e instanceof Error ? e.message : e}\n`);
      process.exit(1);
    },
  );
}
