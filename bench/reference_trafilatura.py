#!/usr/bin/env python3
"""Trafilatura's article text for each page of an extraction data directory, as a reference for
`npx tsx bench/extraction.ts <dir> --reference trafilatura=<out.json>`.

    python3 bench/reference_trafilatura.py <dir> <out.json>

<dir> holds html/<key>.html.gz, as the Article Extraction Benchmark lays out its pages. The call
is the one the benchmark's own script makes, trafilatura.extract(html, include_comments=False);
the output is the benchmark's format, {"<key>": {"articleBody": "…"}}. Needs trafilatura
(`pip install trafilatura`); not part of the test run or of `npm run bench`.
"""
import gzip
import json
import sys
from pathlib import Path

import trafilatura


def main(src: str, out: str) -> None:
    result = {}
    for path in sorted(Path(src, 'html').glob('*.html.gz')):
        raw = gzip.open(path).read()
        try:
            html = raw.decode('utf-8')
        except UnicodeDecodeError:
            # As Verbatim reads a page that is not UTF-8: Windows-1252.
            html = raw.decode('cp1252', 'replace')
        text = trafilatura.extract(html, include_comments=False)
        result[path.name.split('.')[0]] = {'articleBody': text or ''}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding='utf-8')
    print(f'{len(result)} pages, trafilatura {trafilatura.__version__}: {out}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
