import { addOwnFile, addOwnText } from './addOwnSource';
import { useReader } from './readerContext';

/** The add form's adders, bound to the reader's store; `onAdded` runs once a source was added. */
export function useAddOwnSource(onAdded: () => void = () => {}) {
  const addSource = useReader((s) => s.addSource);
  const report = useReader((s) => s.report);
  const sink = { addSource, report, onAdded };
  return {
    addFile: (file: File, title = '') => addOwnFile(sink, file, title),
    addText: (text: string, title: string) => addOwnText(sink, text, title),
  };
}
