import { loadOwnSources, PAGE } from '@/core';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { AddSourceFace } from './AddSourceFace';
import { BUTTON, FIELD } from './styles';
import { useAddOwnSource } from './useAddOwnSource';

/** Paste text, or open or drop files, and compare them with source A (or two with each other). */
export function AddSource() {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const panelId = useId();
  const { addFiles, addText } = useAddOwnSource(() => {
    setOpen(false);
    setText('');
    setTitle('');
  });
  const readFiles = (files: readonly File[]) => addFiles(files, title);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void addText(text, title);
  };

  const onDrop = (event: DragEvent) => {
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    event.preventDefault();
    void readFiles(files);
  };

  // A fragment: the toggle sits in the toolbar row, the form takes a row of its own below it.
  return (
    <>
      <button
        type="button"
        className={BUTTON}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={PAGE.addOwnSource}
        onClick={() => {
          // Fetch the code that reads a source while the reader is still typing it.
          if (!open) void loadOwnSources();
          setOpen(!open);
        }}
      >
        <AddSourceFace />
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
            <span className="mr-2">Or open a file, or two to compare (.txt, .md, .html):</span>
            <input
              type="file"
              multiple
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              className="text-sm file:mr-2 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:text-stone-700 dark:file:border-stone-600 dark:file:bg-stone-900 dark:file:text-stone-200"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void readFiles(files);
              }}
            />
          </label>
        </div>
      </form>
    </>
  );
}
