// After the builds: fails when mock code reached a product bundle, and prints gzip sizes
// (scripts/build-report.mjs does the reading; npm run bench prints the same sizes).
import { buildReport, printSizes } from './build-report.mjs';

const { problems, sizes } = await buildReport();
if (problems.length) {
  console.error(`The production build is not clean:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('\nProduction build: no mock code in any product bundle; no MSW anywhere in dist.');
printSizes(sizes);
