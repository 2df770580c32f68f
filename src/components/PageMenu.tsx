import { PAGE, partUnavailable } from '@/core';
import { useEffect, useId, useRef, useState } from 'react';
import { BUTTON_COMPACT } from './styles';

const loadPanel = () => import('./MenuPanel');
type Panel = Awaited<ReturnType<typeof loadPanel>>;

/**
 * Everything the reader does now and then, behind one button: share and downloads, print, the
 * reader's own sources, and the options. A disclosure (not an ARIA menu): its panel holds
 * ordinary controls, reached with Tab. The panel's contents are a chunk loaded when the menu is
 * first opened; from then on the panel stays mounted while closed, so what is typed or shown in
 * it (a share link) survives closing it.
 */
export function PageMenu({ onHelp }: { onHelp: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!open || panel) return;
    let live = true;
    loadPanel().then(
      (m) => live && setPanel(m),
      // Not loaded (the network went away): said in the panel; the rest of the page works.
      (error: unknown) => live && setFailed(partUnavailable(String(error))),
    );
    return () => {
      live = false;
    };
  }, [open, panel]);

  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div ref={root} className="relative print:hidden">
      <button
        type="button"
        className={BUTTON_COMPACT}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
          setFailed(null);
        }}
      >
        <span aria-hidden="true">☰ </span>
        {PAGE.menu}
        <span className="sr-only">{PAGE.menuContents}</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 flex w-[min(26rem,calc(100vw-1.5rem))] flex-col gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-xl dark:border-stone-700 dark:bg-stone-900"
      >
        {panel ? (
          <panel.MenuPanel
            onHelp={() => {
              setOpen(false);
              onHelp();
            }}
          />
        ) : failed ? (
          <p role="alert" className="text-rose-900 dark:text-rose-200">
            {failed}
          </p>
        ) : null}
      </div>
    </div>
  );
}
