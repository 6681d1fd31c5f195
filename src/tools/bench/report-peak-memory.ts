/**
 * Preloaded (`node --require`) into a tool the benchmark runs: prints the process's peak
 * resident memory when it exits, which the parent cannot read once the child is gone.
 */
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
