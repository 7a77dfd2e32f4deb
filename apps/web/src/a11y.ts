/**
 * A table wider than a phone scrolls inside its own box (`scroll={{ x: 'max-content' }}`), and a
 * box that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable):
 * Ant Design's table does not make it so, so every table's scrolling box is given a tab stop.
 */
export function keyboardScrollableTables(root: HTMLElement): () => void {
  const mark = () => {
    for (const box of root.querySelectorAll<HTMLElement>('.ant-table-content:not([tabindex])')) box.tabIndex = 0;
  };
  mark();
  const observer = new MutationObserver(mark);
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
