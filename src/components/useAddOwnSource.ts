import { addOwnFiles, addOwnText } from './addOwnSource';
import { useReader } from './readerContext';

/** The add form's adders, bound to the reader's store; `onAdded` runs once a source was added. */
export function useAddOwnSource(onAdded: () => void = () => {}) {
  const addSources = useReader((s) => s.addSources);
  const report = useReader((s) => s.report);
  const sink = { addSources, report, onAdded };
  return {
    addFiles: (files: readonly File[], title = '') => addOwnFiles(sink, files, title),
    addText: (text: string, title: string) => addOwnText(sink, text, title),
  };
}
