import { MAX_FILE_BYTES } from '@/core/decode';
import { fileTooLarge, unreadableText } from '@/core/wording';
import {
  formatOfFileName,
  ownSourceFromBytes,
  ownSourceFromText,
  sniffFormat,
  type FormatReaders,
  type OwnFormat,
  type OwnSourceResult,
} from '@/core/sources/own';
import { looksLikeHtml } from '@/html/looksLikeHtml';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { formatReaders } from './formatReaders';
import { useReader } from './readerContext';
import { BUTTON, FIELD } from './styles';

/** Paste text, or open or drop a file, and compare it with source A. */
export function AddSource() {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const addSource = useReader((s) => s.addSource);
  const report = useReader((s) => s.report);
  const panelId = useId();

  const accept = (result: OwnSourceResult) => {
    if (!result.ok) {
      report(result.problem);
      return;
    }
    addSource(result.source);
    setOpen(false);
    setText('');
    setTitle('');
  };

  // Whatever the input, the reader gets a source or a message, never a broken page.
  const attempt = async (
    format: OwnFormat | null,
    make: (readers: FormatReaders) => OwnSourceResult,
  ) => {
    let result: OwnSourceResult;
    try {
      result = make(await formatReaders(format ?? 'text'));
    } catch (error) {
      result = { ok: false, problem: unreadableText(error) };
    }
    accept(result);
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      report(fileTooLarge(file.name, MAX_FILE_BYTES));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    await attempt(formatOfFileName(file.name), (readers) =>
      ownSourceFromBytes(bytes, file.name, title, readers),
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const format = sniffFormat(text, looksLikeHtml);
    void attempt(format, (readers) => ownSourceFromText(text, title, format, readers));
  };

  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  };

  // A fragment: the toggle sits in the toolbar row, the form takes a row of its own below it.
  return (
    <>
      <button
        type="button"
        className={BUTTON}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Add your own source…
      </button>
      <form
        id={panelId}
        hidden={!open}
        onSubmit={onSubmit}
        aria-label="Add your own source"
        className="order-last flex basis-full flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900"
      >
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-stone-600 dark:text-stone-300">Title (optional)</span>
          <input className={FIELD} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-stone-600 dark:text-stone-300">
            Article text — paste it, or drop a .txt, .md or .html file here
          </span>
          <textarea
            className={`${FIELD} min-h-40 font-serif`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
          />
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={BUTTON}>
            Compare with source A
          </button>
          <button type="button" className={BUTTON} onClick={() => setOpen(false)}>
            Cancel
          </button>
          <label className="text-sm text-stone-600 dark:text-stone-300">
            <span className="mr-2">Or open a file (.txt, .md, .html):</span>
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              className="text-sm file:mr-2 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-stone-700 dark:file:border-stone-600 dark:file:bg-stone-900 dark:file:text-stone-200"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readFile(file);
              }}
            />
          </label>
        </div>
      </form>
    </>
  );
}
