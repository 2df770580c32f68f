// Sums the checks and every suite's results into the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

let passed = Number(process.argv[2] ?? 0);
let failed = Number(process.argv[3] ?? 0);

const unitFile = 'test-results/unit.json';
if (existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
} else {
  console.log('unit tests wrote no results');
  failed += 1;
}

const e2eFile = 'test-results/e2e.json';
if (existsSync(e2eFile)) {
  const { stats } = JSON.parse(readFileSync(e2eFile, 'utf8'));
  passed += stats.expected + (stats.flaky ?? 0);
  failed += stats.unexpected;
} else {
  console.log('end-to-end tests wrote no results');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
