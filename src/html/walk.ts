/**
 * Visits `root`'s subtree in document order by sibling and parent pointers, not by recursion:
 * however deep a page nests, the stack does not grow. `enter` is called on each node; when it
 * returns true the node's children are visited, then `leave` is called on it.
 */
export function walkTree(
  root: Node,
  enter: (node: Node) => boolean,
  leave: (node: Node) => void,
): void {
  let node: Node | null = root;
  while (node !== null) {
    if (enter(node)) {
      if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      leave(node);
    }
    // Done with `node`: on to its next sibling, leaving each parent whose children are done.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null) leave(node);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
}
