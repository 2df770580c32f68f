// The report's code is in reportHtml.ts, which the page loads only when a reader downloads a
// report (`loadReport` in index.ts); this name stays for callers that import it directly.
export { comparisonReport, type ReportOptions } from './reportHtml';
