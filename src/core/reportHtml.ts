import { boilerplateOf } from './boilerplate';
import { piecesByBlock } from './layout';
import { extractMetadata } from './metadata';
import { PALETTE } from './palette';
import { summarize } from './summary';
import { checkedSources } from './publish';
import type { Comparison, Pair, Source } from './types';
import {
  boilerplateHidden,
  boilerplateLabel,
  LEGEND,
  sideHeading,
  summarySentence,
} from './wording';

/** What a source states about itself, for the report's heading: " · by … · outlet · date". */
function statedOf(source: Source): string {
  const meta = extractMetadata(source);
  const parts = [
    meta.byline && `by ${meta.byline}`,
    meta.agency !== meta.byline && meta.agency,
    meta.outlet,
    meta.date,
  ];
  return parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => ` · ${p}`)
    .join('');
}

/**
 * The report's own policy: opened from disk, it can never run or load anything, whatever a
 * source's text holds (the text is escaped as well; this is the second wall).
 */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The marks' rules, with the palette's (light) colours: the same shapes as in the page. */
const MARKS = `.shared{background:${PALETTE.light.shared}}
.moved{background:${PALETTE.light.moved};text-decoration:underline dotted ${PALETTE.light.movedLine} 2px;text-underline-offset:.25em}
.reworded{background:${PALETTE.light.reworded};text-decoration:underline wavy ${PALETTE.light.rewordedLine} 1px;text-underline-offset:.25em}
.unique{text-decoration:underline ${PALETTE.light.uniqueLine} 1px;text-underline-offset:.25em}
.quote{background:${PALETTE.light.quote};font-style:italic}
.repeat{text-decoration:underline double ${PALETTE.light.uniqueLine} 1px;text-underline-offset:.25em}
.boilerplate{font:11px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;border:1px solid #d6d3d1;border-radius:3px;padding:0 .25rem;color:#57534e}
.muted{color:#57534e}.hidden-note{font:12px system-ui,sans-serif;color:#78716c}`;

const STYLE = `
body{font:17px/1.65 Georgia,'Iowan Old Style',serif;color:#1c1917;background:#fff;margin:2rem auto;max-width:80rem;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;line-height:1.35;margin:.25rem 0}
.meta,.summary,.legend{font:14px/1.5 system-ui,sans-serif;color:#44403c}
.legend span{margin-right:.25rem;padding:0 .25rem}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:2rem;margin-top:1.5rem}
article{min-width:0}
${MARKS}
@media (max-width:50rem){.panes{grid-template-columns:1fr}}
@media print{body{margin:0;max-width:none;font-size:11pt}.panes{grid-template-columns:1fr 1fr}p{break-inside:avoid}
.shared,.moved,.reworded,.quote{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

export interface ReportOptions {
  /** Boilerplate is collapsed and left out of the figures, as the reader chose in the page. */
  hideBoilerplate?: boolean;
}

/**
 * A standalone HTML report of a comparison: both texts with their marks, the legend and the
 * summary, in the page's words (from the wording module). No script and no outside resource,
 * so it reads offline, in any browser and in print.
 */
export function comparisonReport(
  c: Comparison,
  pair: Pair<Source>,
  generatedAt: string,
  { hideBoilerplate = false }: ReportOptions = {},
): string {
  const sources = checkedSources(c, pair);
  const labels = [boilerplateOf(sources[0]), boilerplateOf(sources[1])] as const;
  const hidden = hideBoilerplate
    ? ([labels[0].map(Boolean), labels[1].map(Boolean)] as const)
    : null;
  const summary = summarize(c, hidden);
  const side = (s: 0 | 1) => {
    const source = sources[s];
    const { lead, rest } = summarySentence(summary[s], s, hideBoilerplate);
    const paragraphs = piecesByBlock(source.blocks, c.segments[s])
      .map((pieces, b) => {
        const reason = labels[s][b] ?? null;
        if (reason && hideBoilerplate)
          return `<p class="hidden-note">⋯ ${escape(boilerplateHidden(reason))}</p>`;
        const inner = pieces
          .map(({ start, end, segment }) => {
            const cls =
              segment.repeatOf !== null ? 'repeat' : segment.quote ? 'quote' : segment.kind;
            return `<span class="${cls}">${escape(source.text.slice(start, end))}</span>`;
          })
          .join('');
        const tag = source.blocks[b]!.type === 'heading' ? 'strong' : 'span';
        const label = reason
          ? `<span class="boilerplate">${escape(boilerplateLabel(reason))}</span> `
          : '';
        return `<p dir="auto"${reason ? ' class="muted"' : ''}>${label}<${tag}>${inner}</${tag}></p>`;
      })
      .join('\n');
    return `<article>
<p class="meta">${escape(sideHeading(s, summary[s].words))}${escape(statedOf(source))}</p>
<h2 dir="auto">${escape(source.title)}</h2>
<p class="summary"><strong>${escape(lead)}</strong>${escape(rest)}</p>
${paragraphs}
</article>`;
  };
  const legend = LEGEND.map(
    (e) => `<span class="${e.key}">${escape(e.label)}</span> ${escape(e.description)}`,
  ).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verbatim: ${escape(sources[0].title)} / ${escape(sources[1].title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Verbatim comparison</h1>
<p class="meta">Made by Verbatim on ${escape(generatedAt)}. Text is shown exactly as each source has it.</p>
<p class="legend">${legend}</p>
<div class="panes">
${side(0)}
${side(1)}
</div>
</body>
</html>
`;
}
