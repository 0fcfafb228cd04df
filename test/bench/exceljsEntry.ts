import ExcelJS from "exceljs";

/**
 * The yardstick of SPEC §8: ExcelJS's own read and write of a file, nothing else, in a child process like the CLI.
 * `node exceljsEntry.js IN OUT`; prints the peak resident memory as `selfeval`'s entry does.
 */
async function roundTrip(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error("usage: exceljsEntry IN OUT");
void roundTrip(input, output).then(() => {
  process.stderr.write(`\n${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
