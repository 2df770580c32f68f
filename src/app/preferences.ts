import type { ReaderStore } from '@/store/reader';

const LINKED_SCROLL = 'verbatim.linkedScroll';
const HIDE_BOILERPLATE = 'verbatim.hideBoilerplate';

/** The reader's remembered choices; storage may be unavailable (private mode), which is fine. */
function load(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

export const loadLinkedScroll = () => load(LINKED_SCROLL);
/** Boilerplate is collapsed unless the reader chose to show it. */
export const loadHideBoilerplate = () => {
  try {
    return localStorage.getItem(HIDE_BOILERPLATE) !== 'false';
  } catch {
    return true;
  }
};

export function rememberPreferences(store: ReaderStore): () => void {
  const save = (key: string, value: boolean) => {
    try {
      localStorage.setItem(key, String(value));
    } catch {
      // Not remembered this time; the toggle still works for the session.
    }
  };
  return store.subscribe((state, previous) => {
    if (state.linkedScroll !== previous.linkedScroll) save(LINKED_SCROLL, state.linkedScroll);
    if (state.hideBoilerplate !== previous.hideBoilerplate)
      save(HIDE_BOILERPLATE, state.hideBoilerplate);
  });
}
