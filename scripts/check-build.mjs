// After the builds: fails when mock code reached a product bundle or a product's first load is
// over its budget, and prints gzip sizes (scripts/build-report.mjs does the reading; npm run
// bench prints the same sizes).
import { buildReport, overBudget, printSizes } from './build-report.mjs';

const { problems, sizes } = await buildReport();
if (problems.length) {
  console.error(`The production build is not clean:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nProduction build: no mock code in any product bundle; no MSW anywhere in dist.');
printSizes(sizes);
const over = overBudget(sizes);
if (over.length) {
  console.error(`\nThe build is over its size budget (scripts/build-report.mjs, BUDGETS):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
