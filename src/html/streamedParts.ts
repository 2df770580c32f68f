/**
 * Puts a streamed page's parts where its own script would put them. A page rendered by React
 * on the server and streamed (Next.js and others) sends what was not ready at first later in the
 * same response, as a hidden `<div id="S:0">`, and a one-line script (`$RC("B:0","S:0")`)
 * moves it in place of a placeholder `<template id="B:0">`, dropping the fallback shown
 * meanwhile ("Loading…"). Scripts never run here, so without this the whole article of such a
 * page stays hidden and is dropped with every hidden element: one real page read as "no
 * article text". Nothing runs: the script's arguments are read as text, and nodes are moved.
 */
export function placeStreamedParts(doc: Document): void {
  const parts = [...doc.querySelectorAll('div[hidden][id^="S:"]')];
  if (parts.length === 0) return;
  const target = placeholders(doc);
  for (const part of parts) {
    const id = part.id;
    const at =
      doc.getElementById(target.get(id) ?? `B:${id.slice(2)}`) ??
      doc.getElementById(`P:${id.slice(2)}`);
    part.removeAttribute('hidden');
    // A placeholder inside its own part (a page made to trip this up) stays where it is.
    if (!at || at.tagName !== 'TEMPLATE' || part.contains(at)) continue;
    // A boundary's placeholder (B:) comes with a fallback; a segment's (P:) stands alone.
    if (at.id.startsWith('B:')) dropFallback(at);
    at.replaceWith(...part.childNodes);
    part.remove();
  }
}

/** A streamed part's id → its placeholder's, as the page's scripts name them. */
function placeholders(doc: Document): Map<string, string> {
  const target = new Map<string, string>();
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    // `$RC(boundary, part)` and `$RS(part, placeholder)`: the part is the one named "S:…".
    for (const [, a, b] of code.matchAll(/\$R[CS]\("([^"]{1,40})","([^"]{1,40})"\)/g)) {
      if (b!.startsWith('S:')) target.set(b!, a!);
      else if (a!.startsWith('S:')) target.set(a!, b!);
    }
  }
  return target;
}

/**
 * The fallback a boundary shows until its part arrives: the nodes after the placeholder up to
 * the boundary's end marker (`<!--/$-->`), as React's own script removes them. Without a marker
 * among the next few nodes nothing goes: what follows is the page's, not a fallback.
 */
function dropFallback(placeholder: Element): void {
  const fallback: ChildNode[] = [];
  for (let node = placeholder.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 8 && (node as Comment).data === '/$') {
      for (const n of fallback) n.remove();
      return;
    }
    if (fallback.length === FALLBACK_NODES) return;
    fallback.push(node);
  }
}

/** The most nodes a fallback is looked for in (a spinner, a skeleton, a "Loading…"). */
const FALLBACK_NODES = 50;
