// @vitest-environment jsdom
import type { SourceVault } from '@/store/library';
import { startReader } from '@/store/reader';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openMenu } from '../support/page';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSources } from '@/corpus/bundled';
import { renderWith } from '../support/renderReader';
import { plain } from '../support/sources';
import { testStores } from '../support/stores';

const ownSource = (text: string) => ({ ...plain('own-0000abcd', text), title: 'Long notes' });

const sources = bundledSources();

function renderReader(vault?: SourceVault) {
  const stores = testStores({
    sources,
    initialPair: ['kim-praises-relationship', 'kim-hails-russia-ties'],
    ...(vault ? { vault } : {}),
  });
  startReader(stores.reader);
  renderWith(stores);
  return stores;
}

afterEach(cleanup);

describe('Add your own source', () => {
  it('compares pasted text with source A and lists it in both pickers as the reader’s own', async () => {
    const user = userEvent.setup();
    renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.type(screen.getByLabelText('Title (optional)'), 'My copy');
    await user.click(screen.getByLabelText(/^Article text/));
    await user.paste(
      'North Korean leader Kim Jong Un has praised the strengthening relationship with Russia.',
    );
    await user.click(screen.getByRole('button', { name: 'Compare with source A' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'My copy' })).toBeInTheDocument(),
    );
    const pickerA = screen.getByRole('combobox', { name: 'Source A' });
    expect(within(pickerA).getByRole('group', { name: 'Your sources' })).toHaveTextContent(
      'My copy',
    );
    expect(screen.getByTestId('summary-b')).toHaveTextContent(/100% of B also appears in A/);
  });

  it('refuses empty text and binary files with a message, keeping the comparison', async () => {
    const user = userEvent.setup();
    const store = renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.click(screen.getByRole('button', { name: 'Compare with source A' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/The text is empty/);
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.txt', {
      type: 'text/plain',
    });
    await user.upload(screen.getByLabelText(/open a file/i), png);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /"photo.txt" cannot be added: it is a binary file/,
      ),
    );
    expect(store.reader.getState().pair).toEqual([
      'kim-praises-relationship',
      'kim-hails-russia-ties',
    ]);
    expect(store.library.getState().sources).toHaveLength(sources.length);
  });

  it('compares two files opened together with each other, the first as A', async () => {
    const user = userEvent.setup();
    const store = renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.upload(screen.getByLabelText(/open a file/i), [
      new File(['Wire copy\n\nKim Jong Un praised ties with Russia.'], 'wire.txt'),
      new File(['Rewrite\n\nKim Jong Un hailed the ties with Russia.'], 'rewrite.txt'),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Rewrite' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Wire copy' })).toBeInTheDocument();
    const own = store.library.getState().ownIds;
    expect(own).toHaveLength(2);
    expect(store.reader.getState().pair).toEqual(own);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds the files dropped on the page that can be read, and says why the others were not', async () => {
    const store = renderReader();
    await screen.findByRole('button', { name: 'Add your own source…' });
    const note = new File(['My note\n\nKim Jong Un praised ties with Russia.'], 'note.txt');
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'photo.txt');
    const latin1 = new File(
      [new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65])],
      'cafe.txt',
    );
    const dataTransfer = { files: [png, note, latin1], types: ['Files'] };
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.drop(window, { dataTransfer });
    const alert = await screen.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        /^2 of the 3 files were added\. "photo\.txt" cannot be added: it is a binary file.*"cafe\.txt" was read as Windows-1252/,
      ),
    );
    // The two read are compared with each other, in the order dropped.
    const titles = store.reader
      .getState()
      .pair.map((id) => store.library.getState().sources.find((s) => s.id === id)?.title);
    expect(titles).toEqual(['My note', 'Café note']);
  });

  it('says so when none of the files dropped together can be added, keeping the comparison', async () => {
    const store = renderReader();
    await screen.findByRole('button', { name: 'Add your own source…' });
    const empty = new File([' \n'], 'blank.txt');
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png');
    fireEvent.drop(window, { dataTransfer: { files: [empty, image], types: ['Files'] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^None of the 2 files were added\. "blank\.txt" .*empty.* "photo\.png" is not a text, Markdown or HTML file/,
    );
    expect(store.reader.getState().pair).toEqual([
      'kim-praises-relationship',
      'kim-hails-russia-ties',
    ]);
    expect(store.library.getState().ownIds).toEqual([]);
  });

  it('says so when a file chosen can no longer be opened (moved or deleted since)', async () => {
    const user = userEvent.setup();
    const store = renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    const gone = new File(['Some text.'], 'gone.txt');
    gone.arrayBuffer = () =>
      Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'));
    await user.upload(screen.getByLabelText(/open a file/i), gone);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"gone.txt" cannot be added: it could not be opened (NotReadableError: The file could not be read).',
    );
    expect(store.library.getState().ownIds).toEqual([]);
  });

  it('reads pasted HTML as its article text, and lists the source to remove', async () => {
    const user = userEvent.setup();
    const store = renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.click(screen.getByLabelText(/^Article text/));
    await user.paste(
      '<html><body><nav>Home | World</nav><article><h1>Kim hails ties</h1><p onclick="x()">North Korean leader Kim Jong Un has praised the strengthening relationship with Russia.</p><script>bad()</script></article></body></html>',
    );
    await user.click(screen.getByRole('button', { name: 'Compare with source A' }));
    const pane = await screen.findByRole('region', { name: 'Text of source B' });
    await waitFor(() =>
      expect(pane).toHaveTextContent('North Korean leader Kim Jong Un has praised'),
    );
    expect(pane.textContent).not.toMatch(/<|bad\(\)/);
    await openMenu(user);
    await user.click(screen.getByText('Your sources (1)'));
    const title = screen.getByRole('textbox', { name: /^Title of / });
    await user.clear(title);
    await user.type(title, 'Renamed copy{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Renamed copy' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Remove / }));
    expect(store.library.getState().ownIds).toEqual([]);
    expect(screen.queryByText(/Your sources/)).toBeNull();
    expect(screen.getByText('“Renamed copy” was removed from this browser.')).toHaveAttribute(
      'role',
      'status',
    );
    const undo = screen.getByRole('button', { name: 'Undo removing Renamed copy' });
    expect(undo).toHaveFocus(); // where keyboard focus lands once the Remove button is gone
    await user.keyboard('{Enter}');
    expect(store.library.getState().ownIds).toHaveLength(1);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Renamed copy' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('says where the reader’s own sources are kept, and when keeping them failed', async () => {
    let fail = false;
    const store = renderReader({
      save: async () => {
        if (fail) throw new Error('quota exceeded');
      },
      remove: async () => {},
    });
    store.reader.getState().addSource(ownSource('A first note of my own.'));
    // Said in the menu, where the reader's sources are listed.
    await openMenu(userEvent.setup());
    expect(await screen.findByText('· kept in this browser only')).toBeInTheDocument();
    fail = true;
    store.library.getState().add([{ ...ownSource('A second note.'), id: 'own-0000beef' }]);
    expect(await screen.findByText('· not all could be kept in this browser')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be saved in this browser/);
  });

  it('offers a share link carrying the reader’s own text in its fragment', async () => {
    const user = userEvent.setup();
    renderReader();
    await user.click(await screen.findByRole('button', { name: 'Add your own source…' }));
    await user.click(screen.getByLabelText(/^Article text/));
    await user.paste('Kremlin spokesman Dmitry Peskov mentioned that a visit is in the pipeline.');
    await user.click(screen.getByRole('button', { name: 'Compare with source A' }));
    await openMenu(user);
    await user.click(await screen.findByRole('button', { name: 'Share link' }));
    // The compressor is loaded when the link is first asked for.
    const link = (await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link' })).value;
    expect(link).toMatch(/\?a=kim-praises-relationship&b=own-[0-9a-f]{64}#src=[A-Za-z0-9+$-]+$/);
  });

  it('says plainly when the text is too long for a link, and keeps the downloads on offer', async () => {
    const user = userEvent.setup();
    const store = renderReader();
    // Text that does not compress: 9,000 pseudo-random words.
    let seed = 7;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36).slice(0, 7);
    };
    const text = Array.from({ length: 9000 }, word).join(' ');
    store.reader.getState().addSource(ownSource(text));
    await openMenu(user);
    await user.click(await screen.findByRole('button', { name: 'Share link' }));
    expect(
      await screen.findByText(/too long for a reliable link \(\d+ KB; links over 32 KB/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download report' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Link' })).toBeNull();
  });
});
