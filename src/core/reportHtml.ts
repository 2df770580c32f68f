import { boilerplateOf, type BoilerplateReason } from './boilerplate';
import { DEFAULT_OPTIONS } from './compare';
import { embeddedPostStarts } from './embeddedPosts';
import { piecesByBlock } from './layout';
import { hiddenRunAt } from './hiddenRuns';
import { extractMetadata } from './metadata';
import { caseSpan, casesLongestFirst } from './navigation';
import { PALETTE } from './palette';
import { relationOf } from './relation';
import { summarize } from './summary';
import { checkedSources } from './publish';
import type { CompareOptions, Comparison, Pair, Side, Source } from './types';
import { ENGINE_VERSION } from './version';
import { foldSpace } from './whiteSpace';
import {
  boilerplateLabel,
  EMBEDDED_POST,
  boilerplateRunHidden,
  caseFigures,
  evidenceHeading,
} from './wording/common';
import { LEGEND } from './wording/onDemand';
import { summarySentence } from './wording/verdict';
import { boilerplateCount, REPORT, sideHeading, type SourceOrigin } from './wording/report';

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
.boilerplate,.post{font:11px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;border:1px solid #d6d3d1;border-radius:3px;padding:0 .25rem;color:#57534e}
.muted{color:#57534e}.hidden-note{font:12px system-ui,sans-serif;color:#78716c}`;

// Printed, the report is landscape A4 with the two texts side by side, as on screen; the
// analysis above them runs the full width. Marks keep their tints on paper.
const STYLE = `
body{font:17px/1.65 Georgia,'Iowan Old Style',serif;color:#1c1917;background:#fff;margin:2rem auto;max-width:80rem;padding:0 1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;line-height:1.35;margin:1.25rem 0 .25rem}h3{font-size:1rem;margin:.25rem 0}
.meta,.summary,.legend,.facts,.small{font:14px/1.5 system-ui,sans-serif;color:#44403c}
.verdict{font-size:1.2rem;margin:.5rem 0 1rem;padding:.5rem .75rem;border-left:4px solid #0369a1;background:#f0f9ff}
.legend span{margin-right:.25rem;padding:0 .25rem}
.facts{margin:.25rem 0 0;padding:0}.facts dt{font-weight:600}.facts dd{margin:0 0 .25rem;overflow-wrap:anywhere}
code{font:13px/1.4 ui-monospace,monospace;overflow-wrap:anywhere}
.sources,.panes{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
.panes{margin-top:1rem}
ol.cases{padding-left:1.25rem}ol.cases li{margin-bottom:.75rem}
.excerpts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid #d6d3d1;font-size:15px}
blockquote b{font:600 12px system-ui,sans-serif;color:#57534e;margin-right:.25rem}
article,section{min-width:0}
${MARKS}
@media (max-width:50rem){.panes,.sources,.excerpts{grid-template-columns:1fr}}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt;padding:0}
.panes,.sources,.excerpts{grid-template-columns:1fr 1fr}p,li,blockquote{break-inside:avoid}
.verdict,.shared,.moved,.reworded,.quote{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** What the report says about one source beyond its text: facts the core cannot compute. */
export interface SourceFacts {
  /** Hex SHA-256 of the source's text in UTF-8 (node:crypto, Web Crypto or its plain fallback). */
  readonly sha256: string;
  readonly origin: SourceOrigin;
}

export interface ReportOptions {
  /** Boilerplate is collapsed and left out of the figures, as the reader chose in the page. */
  hideBoilerplate?: boolean;
  /** Each side's boilerplate labels, as the page labels them; by default `boilerplateOf`. */
  labels?: Pair<readonly (BoilerplateReason | null)[]>;
  /** Digests and origins, per side. */
  facts?: Pair<SourceFacts>;
  /** The options the comparison was made with (the engine's defaults unless given). */
  options?: CompareOptions;
}

/** At most this many shared quotations are listed; the texts below mark every one. */
const MAX_QUOTATIONS = 40;
/** A case's excerpt shows its first and last words when it is longer than their sum. */
const HEAD_WORDS = 40;
const TAIL_WORDS = 15;

/**
 * A standalone HTML report of a comparison, built to hold up as evidence: the verdict, the
 * reuse cases longest first with their text, the quotations both texts share, each source's
 * metadata and SHA-256, the legend, both texts with their marks and boilerplate labels, and the
 * engine's version and options, so anyone can recompute it. Every sentence comes from the
 * wording module the page uses. No script and no outside resource: it reads offline, in any
 * browser and in print (landscape A4, the texts side by side).
 */
export function comparisonReport(
  c: Comparison,
  pair: Pair<Source>,
  generatedAt: string,
  { hideBoilerplate = false, labels: given, facts, options = DEFAULT_OPTIONS }: ReportOptions = {},
): string {
  const sources = checkedSources(c, pair);
  const labels = given ?? [boilerplateOf(sources[0]), boilerplateOf(sources[1])];
  const hidden = hideBoilerplate
    ? ([labels[0].map(Boolean), labels[1].map(Boolean)] as const)
    : null;
  const summary = summarize(c, hidden);
  const relation = relationOf(c, hidden);

  const side = (s: Side) => {
    const source = sources[s];
    const { lead, rest } = summarySentence(summary[s], s, hideBoilerplate);
    const posts = embeddedPostStarts(source, labels[s]);
    const paragraphs = piecesByBlock(source.blocks, c.segments[s])
      .map((pieces, b) => {
        const reason = labels[s][b] ?? null;
        if (reason && hideBoilerplate) {
          // One line per run of hidden paragraphs, where the run begins, as the page says it.
          const run = hiddenRunAt(labels[s], b);
          return run
            ? `<p class="hidden-note">⋯ ${escape(boilerplateRunHidden(run.end - b + 1, run.reasons))}</p>`
            : '';
        }
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
          : posts[b]
            ? `<span class="post">${escape(EMBEDDED_POST)}</span> `
            : '';
        return `<p dir="auto"${reason ? ' class="muted"' : ''}>${label}<${tag}>${inner}</${tag}></p>`;
      })
      .join('\n');
    return `<article data-side="${s === 0 ? 'a' : 'b'}">
<p class="meta">${escape(sideHeading(s, summary[s].words))}</p>
<h3 dir="auto">${escape(source.title)}</h3>
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
<title>${escape(REPORT.title)}: ${escape(sources[0].title)} / ${escape(sources[1].title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(REPORT.title)}</h1>
<p class="meta">${escape(REPORT.made(generatedAt))}</p>
<section aria-labelledby="verdict">
<h2 id="verdict">${escape(REPORT.verdict)}</h2>
<p class="verdict" data-testid="relation">${escape(relation.text)}</p>
</section>
<section aria-labelledby="sources">
<h2 id="sources">${escape(REPORT.sources)}</h2>
<div class="sources">
${sourceFacts(sources[0], 0, summary[0].words, labels[0], hideBoilerplate, facts?.[0])}
${sourceFacts(sources[1], 1, summary[1].words, labels[1], hideBoilerplate, facts?.[1])}
</div>
</section>
${evidence(c, sources)}
${quotations(c, sources[0])}
<section aria-labelledby="legend">
<h2 id="legend">${escape(REPORT.legend)}</h2>
<p class="legend">${legend}</p>
</section>
<section aria-labelledby="texts">
<h2 id="texts">${escape(REPORT.texts)}</h2>
<div class="panes">
${side(0)}
${side(1)}
</div>
</section>
<section aria-labelledby="recompute">
<h2 id="recompute">${escape(REPORT.recompute)}</h2>
<p class="small">${escape(REPORT.engine(ENGINE_VERSION, options, hideBoilerplate))}</p>
<p class="small"><code>${escape(REPORT.command(argOf(sources[0], facts?.[0]), argOf(sources[1], facts?.[1]), hideBoilerplate))}</code>, ${escape(REPORT.commandNote)}</p>
</section>
</main>
</body>
</html>
`;
}

/** What names a source on the command line: its bundled id, its path, or a file to save it to. */
function argOf(source: Source, facts: SourceFacts | undefined): string {
  const origin = facts?.origin;
  if (origin?.kind === 'file') return origin.path;
  if (origin?.kind === 'bundled' || origin === undefined) return source.id;
  return `${source.id}.txt`;
}

/** One source's card: heading, title, what it states about itself, origin, digest, labels. */
function sourceFacts(
  source: Source,
  s: Side,
  words: number,
  labels: readonly (BoilerplateReason | null)[],
  hideBoilerplate: boolean,
  facts: SourceFacts | undefined,
): string {
  const meta = extractMetadata(source);
  const lines = [
    meta.byline && REPORT.byline(meta.byline),
    meta.agency !== meta.byline && meta.agency,
    meta.outlet,
    meta.date && REPORT.stated(meta.date),
    facts && REPORT.origin(facts.origin, meta.url),
    !facts && meta.url && meta.url,
    source.added && REPORT.added(source.added),
    boilerplateCount(s, labels.filter(Boolean).length, hideBoilerplate),
  ].filter((line): line is string => typeof line === 'string' && line !== '');
  const digest = facts ? REPORT.sha256(facts.sha256) : null;
  return `<div data-source="${s === 0 ? 'a' : 'b'}">
<p class="meta">${escape(sideHeading(s, words))}</p>
<h3 dir="auto">${escape(source.title)}</h3>
<ul class="facts">${lines.map((l) => `<li>${escape(l)}</li>`).join('')}${
    digest ? `<li><code data-sha256>${escape(digest)}</code></li>` : ''
  }</ul>
</div>`;
}

/**
 * A case's text on one side, its first and last words with an ellipsis between when it is long
 * (a whole copied article would otherwise fill the evidence list).
 */
function excerpt(text: string): string {
  const words = text.match(/\S+\s*/g) ?? [];
  if (words.length > HEAD_WORDS + TAIL_WORDS)
    return `${words.slice(0, HEAD_WORDS).join('').trimEnd()} … ${words.slice(-TAIL_WORDS).join('')}`;
  // A script written without spaces: cut by characters instead.
  if (text.length > 1200) return `${text.slice(0, 600)} … ${text.slice(-200)}`;
  return text;
}

function evidence(c: Comparison, sources: Pair<Source>): string {
  const order = casesLongestFirst(c);
  const items = order.map((index) => {
    const k = c.cases[index]!;
    const words = [k.words[0][1] - k.words[0][0], k.words[1][1] - k.words[1][0]] as const;
    const side = (s: Side) => {
      const [start, end] = caseSpan(c, index, s);
      return escape(excerpt(sources[s].text.slice(start, end)));
    };
    return `<li data-case="${index}"><p class="small">${escape(caseFigures(words[0], words[1], k.kind))}</p>
<div class="excerpts"><blockquote dir="auto"><b>A</b>${side(0)}</blockquote><blockquote dir="auto"><b>B</b>${side(1)}</blockquote></div></li>`;
  });
  return `<section aria-labelledby="evidence">
<h2 id="evidence">${escape(evidenceHeading(order.length))}</h2>
${items.length > 0 ? `<ol class="cases">\n${items.join('\n')}\n</ol>` : ''}
</section>`;
}

/**
 * The quotations both texts share, as A has them: neighbouring shared-quotation segments with
 * nothing but spaces and punctuation between them read as one; each distinct one listed once.
 */
export function sharedQuotations(c: Comparison, a: Source): string[] {
  const text = a.text;
  const runs: [number, number][] = [];
  for (const s of c.segments[0]) {
    if (!s.quote) continue;
    const last = runs.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(last[1], s.start))) last[1] = s.end;
    else runs.push([s.start, s.end]);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [start, end] of runs) {
    const quote = foldSpace(text.slice(start, end));
    const key = quote.toLowerCase();
    if (quote === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(quote);
  }
  return out;
}

function quotations(c: Comparison, a: Source): string {
  const all = sharedQuotations(c, a);
  const listed = all.slice(0, MAX_QUOTATIONS);
  const more = all.length - listed.length;
  return `<section aria-labelledby="quotations">
<h2 id="quotations">${escape(REPORT.quotations(all.length))}</h2>
${
  all.length > 0
    ? `<p class="small">${escape(REPORT.quotationsNote)}</p>
<ul class="quotes">${listed.map((q) => `<li dir="auto"><span class="quote">${escape(q)}</span></li>`).join('')}${
        more > 0 ? `<li class="small">${escape(REPORT.moreQuotations(more))}</li>` : ''
      }</ul>`
    : ''
}
</section>`;
}
