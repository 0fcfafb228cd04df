import { main } from "../../src/cli/main";

/**
 * `selfeval` as the benchmark runs it in a child process: the CLI's own `main`, then the process's peak resident
 * memory on stderr's last line (`{"maxRssKb":…}`), which the benchmark reads back.
 */
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
