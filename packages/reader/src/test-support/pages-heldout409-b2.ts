/** Held-out batch 409, file b2: the Notion block markup helpers of file b's notion.site page. */
export const nBlock = (cls: string, inner: string): string =>
  `<div data-block-id="${cls.length}a7f${inner.length}" class="notion-selectable notion-${cls}-block"
style="width: 100%; max-width: 708px; margin-top: 2px;">${inner}</div>`;
export const nLeaf = (t: string): string =>
  `<div style="display: flex;"><div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false"
style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;">${t}</div></div>`;
export const nText = (t: string): string => nBlock('text', `<div style="color: inherit; fill: inherit;">${nLeaf(t)}</div>`);
export const nHead = (t: string): string =>
  nBlock(
    'header',
    `<div style="display: flex;"><h2 spellcheck="true" placeholder="Heading 1" contenteditable="false"
style="max-width: 100%; font-weight: 600; font-size: 1.875em; margin: 0px;">${t}</h2></div>`,
  );
export const nItem = (cls: string, t: string, mark: string): string =>
  nBlock(
    cls,
    `<div style="display: flex; align-items: flex-start;"><div class="pseudoBefore" style="--pseudoBefore--content: '${mark}';"></div>
<div style="flex: 1 1 0px; min-width: 1px;">${nLeaf(t)}</div></div>`,
  );
export const nRow = (cells: readonly string[]): string =>
  `<tr class="notion-table-row">${cells.map((c) => `<td style="border: 1px solid rgb(233, 233, 231); padding: 7px 9px;">${nLeaf(c)}</td>`).join('')}</tr>`;
