#!/usr/bin/env bash
# Every check, in order: types, lint, format, unit + property + component (Vitest),
# end-to-end in real Chromium (Playwright). Ends with one line: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json
failed_checks=0
passed_checks=0
check() {
  local name="$1"
  shift
  echo "== $name"
  if "$@"; then passed_checks=$((passed_checks + 1)); else failed_checks=$((failed_checks + 1)); echo "!! $name failed"; fi
}
check "type check" npm run -s typecheck
check "lint" npm run -s lint
check "format" npm run -s format:check
echo "== unit, property and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
unit_exit=$?
echo "== end-to-end tests in Chromium"
e2e_exit=1
if bash scripts/ensure-chromium.sh && npx vite build --logLevel warn; then
  npx playwright test
  e2e_exit=$?
else
  echo "!! could not build or find Chromium: end-to-end tests not run"
fi
node scripts/totals.mjs "$passed_checks" "$failed_checks" "$unit_exit" "$e2e_exit"
