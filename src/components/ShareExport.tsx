import {
  comparisonJson,
  downloadName,
  loadReport,
  COPY_REFUSED,
  LINK_COPIED,
  LINK_UNAVAILABLE,
  reportUnavailable,
  linkTooLong,
  type Comparison,
  type Pair,
  type Source,
  type SourceFacts,
} from '@/core';
import { selectOwnIds } from '@/store/selectors';
import { loadShare, MAX_LINK_CHARS } from '@/url/shareFragment';

type ShareCodec = Awaited<ReturnType<typeof loadShare>>;
import { formatLink } from '@/url/link';
import { addressOf, linkOf } from '@/url/syncUrl';
import { useMemo, useState } from 'react';
import { useReader, useLibrary } from './readerContext';
import { sha256Hex } from './digest';
import { useLabels } from './useLabels';
import { BUTTON_COMPACT } from './styles';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (sources: Pair<Source>, ext: string) =>
  downloadName([sources[0].title, sources[1].title], ext);

/**
 * A link that reopens this comparison anywhere (carrying the reader's own texts in its
 * fragment, when they fit), and downloads: a standalone HTML report and the command line's JSON.
 */
export function ShareExport({
  comparison,
  sources,
}: {
  comparison: Comparison;
  sources: Pair<Source>;
}) {
  const ownIds = useLibrary(selectOwnIds);
  const sharedIds = useLibrary((s) => s.sharedIds);
  // Labelled as the page labels them, among the reader's sources.
  const labels = useLabels(comparison.ids);
  const report = useReader((s) => s.report);
  const hideBoilerplate = useReader((s) => s.hideBoilerplate);
  // What the address bar says: this pair, the passage or case chosen, boilerplate shown or not.
  const query = useReader((s) => formatLink(linkOf(s, comparison)));
  const [shown, setShown] = useState(false);
  // The compressor for the reader's own texts in the link, loaded when the link is first asked for.
  const [codec, setCodec] = useState<ShareCodec | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const { link, tooLarge } = useMemo(() => {
    const none = { link: '', tooLarge: false };
    if (!shown) return none;
    const own = sources.filter((s) => ownIds.includes(s.id));
    if (own.length > 0 && !codec) return none;
    return {
      link: addressOf(window, query, own.length > 0 && codec ? codec.encodeShare(own) : ''),
      // A link that would unpack past what a link may (a very repetitive text compresses far)
      // is refused by the page that opens it, so it is not offered either.
      tooLarge: own.length > 0 && codec !== null && codec.shareTooLarge(own),
    };
  }, [shown, query, sources, ownIds, codec]);
  const tooLong = link.length > MAX_LINK_CHARS || tooLarge;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(LINK_COPIED);
    } catch {
      setCopied(COPY_REFUSED);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <button
        type="button"
        className={BUTTON_COMPACT}
        aria-expanded={shown}
        onClick={() => {
          setShown(!shown);
          if (!codec)
            loadShare().then(
              (share) => setCodec(share),
              () => setCopied(LINK_UNAVAILABLE),
            );
        }}
      >
        Share link
      </button>
      <button
        type="button"
        className={BUTTON_COMPACT}
        onClick={() =>
          // The report's code is loaded when a reader first asks for one.
          Promise.all([loadReport(), sha256Hex(sources[0].text), sha256Hex(sources[1].text)]).then(
            ([{ comparisonReport }, digestA, digestB]) => {
              const facts = (side: 0 | 1, sha256: string): SourceFacts => {
                const { id } = sources[side];
                const origin = sharedIds.includes(id)
                  ? ({ kind: 'shared' } as const)
                  : ownIds.includes(id)
                    ? ({ kind: 'own' } as const)
                    : ({ kind: 'bundled', id } as const);
                return { sha256, origin };
              };
              download(
                fileName(sources, 'html'),
                'text/html',
                comparisonReport(comparison, sources, new Date().toUTCString(), {
                  hideBoilerplate,
                  ...(labels ? { labels } : {}),
                  facts: [facts(0, digestA), facts(1, digestB)],
                }),
              );
            },
            (error: unknown) => report(reportUnavailable(String(error))),
          )
        }
      >
        Download report
      </button>
      <button
        type="button"
        className={BUTTON_COMPACT}
        onClick={() =>
          download(
            fileName(sources, 'json'),
            'application/json',
            JSON.stringify(comparisonJson(comparison, sources), null, 1),
          )
        }
      >
        Download JSON
      </button>
      {shown && !link && copied ? (
        <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
          {copied}
        </span>
      ) : null}
      {shown && link ? (
        tooLong ? (
          <p role="status" className="basis-full text-sm text-stone-700 dark:text-stone-300">
            {linkTooLong(link.length, MAX_LINK_CHARS)}
          </p>
        ) : (
          <div className="flex basis-full flex-wrap items-center gap-2">
            <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
              <span className="shrink-0">Link</span>
              <input
                readOnly
                value={link}
                onFocus={(e) => e.target.select()}
                className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs dark:border-stone-600 dark:bg-stone-900"
              />
            </label>
            <button type="button" className={BUTTON_COMPACT} onClick={() => void copy()}>
              Copy
            </button>
            <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
              {copied}
            </span>
          </div>
        )
      ) : null}
    </div>
  );
}
