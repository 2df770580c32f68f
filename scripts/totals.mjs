// Sums the checks and every suite's results into the one closing line CI reads. A runner that
// exited with an error but reported no failed test (it could not start, say) counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = Number(process.argv[2] ?? 0);
let failed = Number(process.argv[3] ?? 0);
const unitExit = Number(process.argv[4] ?? 0);
const e2eExit = Number(process.argv[5] ?? 0);

function suite(name, file, exitCode, read) {
  const counts = existsSync(file) ? read(JSON.parse(readFileSync(file, 'utf8'))) : null;
  if (counts === null || counts.passed + counts.failed === 0) {
    console.log(`${name}: no tests ran`);
    failed += 1;
    return;
  }
  passed += counts.passed;
  failed += counts.failed;
  if (exitCode !== 0 && counts.failed === 0) {
    console.log(`${name}: the runner failed (exit ${exitCode})`);
    failed += 1;
  }
}

suite('unit, property and component tests', 'test-results/unit.json', unitExit, (unit) => ({
  passed: unit.numPassedTests,
  failed: unit.numFailedTests + (unit.numFailedTestSuites ?? 0),
}));
suite('end-to-end tests', 'test-results/e2e.json', e2eExit, ({ stats }) => ({
  passed: stats.expected + (stats.flaky ?? 0),
  failed: stats.unexpected,
}));

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
