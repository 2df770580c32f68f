import { piecesByBlock } from './layout';
import { describeSource } from './metadata';
import { summarize } from './summary';
import type { Comparison } from './types';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
body{font:17px/1.65 Georgia,'Iowan Old Style',serif;color:#1c1917;background:#fff;margin:2rem auto;max-width:80rem;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;line-height:1.35;margin:.25rem 0}
.meta,.summary,.legend{font:14px/1.5 system-ui,sans-serif;color:#44403c}
.legend span{margin-right:1.5rem}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:2rem;margin-top:1.5rem}
article{min-width:0}
.shared{background:#e0f2fe}.moved{background:#fef3c7;text-decoration:underline dotted #b45309 2px;text-underline-offset:.25em}
.unique{text-decoration:underline #f43f5e 1px;text-underline-offset:.25em}
.repeat{text-decoration:underline double #f43f5e 1px;text-underline-offset:.25em}
@media (max-width:50rem){.panes{grid-template-columns:1fr}}
@media print{body{margin:0;max-width:none;font-size:11pt}.panes{grid-template-columns:1fr 1fr}p{break-inside:avoid}
.shared,.moved{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/**
 * A standalone HTML report of a comparison: both texts with their marks, the legend and the
 * summary. No script and no outside resource, so it reads offline, in any browser and in print.
 */
export function comparisonReport(c: Comparison, generatedAt: string): string {
  const summary = summarize(c);
  const side = (s: 0 | 1) => {
    const source = c.sources[s];
    const name = s === 0 ? 'A' : 'B';
    const other = s === 0 ? 'B' : 'A';
    const f = summary[s];
    const paragraphs = piecesByBlock(source.blocks, c.segments[s])
      .map((pieces, b) => {
        const inner = pieces
          .map(({ start, end, segment }) => {
            const cls = segment.repeatOf !== null ? 'repeat' : segment.kind;
            return `<span class="${cls}">${escape(source.text.slice(start, end))}</span>`;
          })
          .join('');
        const tag = source.blocks[b]!.type === 'heading' ? 'strong' : 'span';
        return `<p dir="auto"><${tag}>${inner}</${tag}></p>`;
      })
      .join('\n');
    return `<article>
<p class="meta">Source ${name} · ${escape(describeSource(source))}</p>
<h2 dir="auto">${escape(source.title)}</h2>
<p class="summary"><strong>${f.inOtherPct}% of ${name}</strong> also stands in ${other} (${f.sharedPct}% in place, ${f.movedPct}% moved); ${f.uniquePct}% is only in ${name}. ${f.passages} passages, the longest ${f.longestPassage} words.</p>
${paragraphs}
</article>`;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verbatim: ${escape(c.sources[0].title)} / ${escape(c.sources[1].title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Verbatim comparison</h1>
<p class="meta">Made by Verbatim on ${escape(generatedAt)}. Text is shown exactly as each source has it.</p>
<p class="legend"><span class="shared">Shared</span> in both, in the same order · <span class="moved">Moved</span> in both, at another place · <span class="unique">Unique</span> only in this source · <span class="repeat">Repeated</span> only here, and twice over</p>
<div class="panes">
${side(0)}
${side(1)}
</div>
</body>
</html>
`;
}
