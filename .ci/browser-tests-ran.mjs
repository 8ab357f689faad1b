// Fails CI unless the console's browser tests (test/console/*.browser.test.ts) ran and passed in the vitest JSON report given.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const browser = report.testResults.filter((file) => /\/test\/console\/.+\.browser\.test\.ts$/.test(file.name));
const passed = browser.flatMap((file) => file.assertionResults).filter((test) => test.status === 'passed').length;
if (browser.length === 0 || passed === 0) {
  console.error('The browser tests (test/console/*.browser.test.ts) did not run');
  process.exit(1);
}
console.log(`browser tests: ${passed} passed in ${browser.length} files`);
