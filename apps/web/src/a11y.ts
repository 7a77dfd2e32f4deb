/** Boxes that scroll their own content: a table wider than a phone, a drawer's long body. */
const SCROLLING = '.ant-table-content:not([tabindex]), .ant-drawer-body:not([tabindex])';

/**
 * A box that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable),
 * and Ant Design's tables (`scroll={{ x: 'max-content' }}`) and drawers do not make theirs so: each
 * gets a tab stop as it appears. Drawers and modals render outside the app's root, so the whole
 * body is watched.
 */
export function keyboardScrollableBoxes(root: HTMLElement): () => void {
  const mark = () => {
    for (const box of document.querySelectorAll<HTMLElement>(SCROLLING)) box.tabIndex = 0;
  };
  mark();
  const observer = new MutationObserver(mark);
  observer.observe(root.ownerDocument.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
