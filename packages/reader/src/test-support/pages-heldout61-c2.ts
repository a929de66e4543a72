import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 61, file c2: a Notion page published to the web (notion.site), as the browser has rendered it: the app
 * shell with inline styles everywhere, the top bar with the parent and page breadcrumbs, icon buttons and "Get Notion free",
 * the cover and page icon, the title h1, then the page blocks as nested divs (text, callout, table of contents, headings as
 * h2/h3, bulleted and numbered lists whose marks live in CSS, a quote, a divider and a closed toggle), the overlay container,
 * the live region and the <noscript> line.
 */
const ntTitle = 'How we run meetings';
const ntCallout = 'This page is the agreed default for internal meetings at Fernwood. Client meetings follow the client’s habits, not ours.';
const ntH1 = 'Why we have rules at all';
const ntWhy =
  'Two years ago a typical designer here spent eleven hours a week in meetings, and most of them could not say what the last ' +
  'one had decided. We tried cutting meetings outright and it did not work: decisions moved into long chat threads that half ' +
  'the team never read. So instead of fewer meetings we aimed for shorter, clearer ones.';
const ntH2 = 'Before the meeting';
const ntBefore = [
  'Every meeting has an owner, and the owner writes the agenda in the calendar invite at least a day ahead.',
  'If there is nothing to decide or discuss, send an update in writing instead and cancel the slot.',
  'Invite the people who must be there. Everyone else can read the notes.',
];
const ntH3 = 'During the meeting';
const ntDuring =
  'Start on time, even if someone is missing. The owner opens by saying what the meeting needs to produce, whether that is a ' +
  'decision, a list of options or simply a shared understanding of a problem.';
const ntSteps = [
  'Spend the first five minutes on anything urgent that is not on the agenda.',
  'Work through the agenda in order, and move anything that overruns to a follow-up.',
  'Leave the last five minutes to read back the decisions and who owns each one.',
];
const ntQuote = 'If it is not written down, it was not decided.';
const ntH4 = 'After the meeting';
const ntAfter =
  'Notes go in the meeting database within a day, with decisions at the top. Anyone who missed the meeting should be able to ' +
  'read the first three lines and know what changed. If a decision affects another team, the owner posts a link to the notes ' +
  'in that team’s channel.';
const ntH5 = 'Recurring meetings';
const ntRecurring =
  'Every recurring meeting is reviewed at the end of each quarter. If nobody can explain what it has produced in the last three ' +
  'months, it is cancelled. In the first year this removed nine standing meetings, and nobody asked for any of them back.';
const ntToggle = 'What about stand-ups?';
const ntIds = ['1f3c0a2e', '1f3c0a2f', '1f3c0a30', '1f3c0a31', '1f3c0a32', '1f3c0a33', '1f3c0a34', '1f3c0a35', '1f3c0a36', '1f3c0a37'];
let ntN = 0;
const ntBid = (): string => `${ntIds[ntN++ % ntIds.length]}-8d1e-80b4-${(9000 + ntN).toString(16)}-e2f7c4b1a9d0`;
const ntLeaf = (text: string, placeholder = ' ', tag = 'div'): string =>
  `<${tag} spellcheck="true" placeholder="${placeholder}" data-content-editable-leaf="true" contenteditable="false" class="notranslate" style="max-width: ` +
  `100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">${text}</${tag}>`;
const ntBlock = (type: string, inner: string, margin = '1px'): string =>
  `<div data-block-id="${ntBid()}" class="notion-selectable notion-${type}-block" style="width: 100%; max-width: 100%; margin-top: ${margin}; ` +
  `margin-bottom: 1px;"><div style="color: inherit; fill: inherit;"><div style="display: flex;">${inner}</div></div></div>`;
const ntText = (t: string): string => ntBlock('text', ntLeaf(t));
const ntHead = (t: string, level: 2 | 3): string =>
  ntBlock(level === 2 ? 'header' : 'sub_header', ntLeaf(t, level === 2 ? 'Heading 1' : 'Heading 2', `h${level}`), level === 2 ? '2em' : '1.4em');
const ntMark = (mark: string): string =>
  `<div class="pseudoBefore" style="width: 24px; display: flex; align-items: center; justify-content: center; min-height: calc(1.5em + 6px); ` +
  `--pseudoBefore--content: &quot;${mark}&quot;;"></div>`;
const ntItem = (type: string, mark: string, t: string): string =>
  ntBlock(type, `${ntMark(mark)}<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;">${ntLeaf(t, 'List')}</div>`);
const ntTocLinks = [ntH1, ntH2, ntH3, ntH4, ntH5]
  .map(
    (h, i) =>
      `<a href="#1f3c0a2e8d1e80b4a0${i}" role="button" style="display: block; color: inherit; text-decoration: none;"><div style="padding: 6px 2px; ` +
      `font-size: 14px; margin-left: ${i === 4 ? 24 : 0}px;"><div class="notranslate" style="border-bottom: 1px solid rgba(55, 53, 47,
0.16);">${h}</div></div></a>`,
  )
  .join('');
const ntHtml = `<!DOCTYPE html><html lang="en" class="notion-html"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<title>${ntTitle}</title><meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:site_name" content="Fernwood on Notion"><meta property="og:title" content="${ntTitle} | Fernwood on Notion">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://fernwood.notion.site/How-we-run-meetings-1f3c0a2e8d1e80b4">
<link rel="stylesheet" href="/_assets/ba1e3c51c0c8f2f1.css"><script>window.__webStartTime = Date.now();</script>
<script src="/_assets/app-c1a5e8d0a9a2f4b7.js" defer></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor;
 line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI Variable Display&quot;, sans-serif;">
<div style="height: 100%;"><div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%;">
<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: rgb(255, 255, 255); z-index: 1;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px; opacity: 1; transition: opacity 700ms; position: relative;">
<div style="display: flex; justify-content: space-between; align-items: center; overflow: hidden; height: 44px; padding-left: 12px; padding-right: 10px;">
<div class="notranslate shadow-cursor-breadcrumb" style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; min-width: 0px;">
<a href="/Fernwood-Handbook-1c0e5d4a8d1e8011" role="button" tabindex="0" class="notion-focusable" style="display: inline-flex; align-items: center;
 height: 24px; border-radius: 4px; padding: 0 6px;"><div class="notion-record-icon notranslate" style="width: 20px; height: 20px;"><span role="img"
 aria-label="📘">📘</span></div><div class="notranslate"
 style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">Fernwood Handbook</div></a><span
 style="margin: 0 2px; color: rgba(55, 53, 47, 0.4);">/</span><div role="button" tabindex="0" class="notion-focusable" style="display: inline-flex;
 align-items: center; height: 24px; padding: 0 6px;"><div class="notion-record-icon notranslate" style="width: 20px; height: 20px;"><span role="img"
 aria-label="🗓️">🗓️</span></div><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">${ntTitle}</div></div></div>
<div style="flex-grow: 1; flex-shrink: 1;"></div><div style="display: flex; align-items: center; gap: 2px;"><div role="button" tabindex="0" aria-label="Search"
 class="notion-focusable" style="width: 28px; height: 28px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass"
 style="width: 20px; height: 20px;"><path d="M8.75 3.75a5 5 0 1 0 0 10 5 5 0 0 0 0-10"></path></svg></div><div role="button" tabindex="0"
 aria-label="More actions" class="notion-focusable notion-topbar-more-button" style="width: 28px; height: 28px;"><svg role="graphics-symbol"
 viewBox="0 0 20 20" class="dots" style="width: 20px; height: 20px;"><path d="M4 10a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0"></path></svg></div><a
 href="https://www.notion.com/signup?utm_source=notion_site&amp;utm_medium=topbar" role="button" tabindex="0" class="notion-focusable" style="display:
inline-flex;
 align-items: center; height: 28px; padding: 0 10px; border-radius: 6px; background: rgb(35, 131, 226); color: white; font-weight: 500;">Get Notion
free</a></div>
</div></div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; overflow: hidden auto;">
<div class="whenContentEditable" style="caret-color: rgb(55, 53, 47); display: flex; flex-direction: column; align-items: center;">
<div style="width: 100%; height: 30vh; max-height: 280px;"><div role="figure" style="height: 100%;"><img
src="/image/https%3A%2F%2Fprod-files-secure.s3.us-west-2
.amazonaws.com%2Fcover-meetings.jpg?table=block&amp;cache=v2" referrerpolicy="same-origin" style="display: block; object-fit: cover; width: 100%;
 height: 30vh; opacity: 1; object-position: center 42%;"></div></div>
<div class="notion-page-controls" style="display: flex; justify-content: flex-start; flex-wrap: wrap; margin-top: 8px;"></div>
<div class="notion-record-icon notranslate" style="width: 78px; height: 78px; margin-top: -42px;"><span role="img" aria-label="🗓️"
 style="font-size: 78px; line-height: 1.1;">🗓️</span></div>
<div data-block-id="1f3c0a2e-8d1e-80b4-9d52-e2f7c4b1a900" class="notion-selectable notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700;
 line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center;"><h1 spellcheck="true" placeholder="Untitled"
 data-content-editable-leaf="true" contenteditable="false" class="notranslate" style="max-width: 100%; width: 100%; white-space: pre-wrap;
 word-break: break-word; padding: 3px 2px; font-size: 1em; font-weight: inherit; margin: 0px;">${ntTitle}</h1></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start;
 flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh;">
${ntBlock(
  'callout',
  `<div role="note" style="display: flex; width: 100%; border-radius: 10px; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;"><div
class="notion-record-icon ` +
    `notranslate" style="width: 24px; height: 24px;"><span role="img" aria-label="💡">💡</span></div><div style="display: flex; flex-direction: column; ` +
    `min-width: 0px; margin-left: 8px; width: 100%;">${ntLeaf(ntCallout)}</div></div>`,
  '4px',
)}
${ntBlock('table_of_contents', `<div contenteditable="false" style="position: relative; width: 100%; padding: 5px 0;">${ntTocLinks}</div>`)}
${ntHead(ntH1, 2)}
${ntText(ntWhy)}
${ntHead(ntH2, 2)}
${ntBefore.map((t) => ntItem('bulleted_list', '•', t)).join('\n')}
${ntHead(ntH3, 2)}
${ntText(ntDuring)}
${ntSteps.map((t, i) => ntItem('numbered_list', `${i + 1}.`, t)).join('\n')}
${ntBlock(
  'quote',
  `<blockquote class="notion-quote-block-inner" style="display: flex; width: 100%; margin: 0px; padding-left: 14px; border-left: 3px solid ` +
    `currentcolor; font-size: 1.2em;">${ntLeaf(ntQuote, 'Empty quote')}</blockquote>`,
  '8px',
)}
${ntHead(ntH4, 2)}
${ntText(ntAfter)}
${ntHead(ntH5, 3)}
${ntText(ntRecurring)}
${ntBlock('divider', '<div role="separator" style="width: 100%; height: 13px; border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div>')}
${ntBlock(
  'toggle',
  `<div role="button" tabindex="0" aria-expanded="false" aria-label="Open" class="notion-focusable" style="width: 24px; height: 24px;"><svg ` +
    `role="graphics-symbol" viewBox="0 0 16 16" class="arrowCaretDownFillSmall" style="transform: rotateZ(-90deg);"><path d="M2.835 3.25a.8.8 0 0 0-.6 ` +
    `1.33l5.165 5.81a.8.8 0 0 0 1.2 0l5.165-5.81a.8.8 0 0 0-.6-1.33z"></path></svg></div>${ntLeaf(ntToggle, 'Toggle')}`,
)}
</div></div></div></main></div></div></div>
<div class="notion-overlay-container notion-default-overlay-container" style="position: fixed; inset: 0px; z-index: 999; pointer-events: none;"></div>
<div aria-live="polite" role="status" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px);"></div>
</div></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script>window.CONFIG = {"env":"production","isPublicDomain":true,"publicDomainName":"notion.site"};</script>
</body></html>
`;
export const notionPage: TestPage = {
  html: ntHtml,
  name: 'heldout61-notion',
  kind: 'wiki',
  // the page block's h1 is the title; the "Heading 1" blocks (h2) and the one "Heading 2" block (h3) are the headings; the
  // callout, text blocks, both lists (their bullets and numbers are CSS, not text), the quote (the studio's own rule, not a
  // quotation of anyone) and the closed toggle's title are body; the table-of-contents block repeats the headings (left out);
  // the breadcrumbs (the page's own crumb is the title), "Get Notion free" and the <noscript> line are furniture; the page has
  // no byline: Notion shows no author or date on a published page
  title: ntTitle,
  headings: [ntH1, ntH2, ntH3, ntH4, ntH5],
  body: [ntCallout, ntWhy, ...ntBefore, ntDuring, ...ntSteps, ntQuote, ntAfter, ntRecurring, ntToggle],
  bylines: [],
  furniture: ['Fernwood Handbook', 'Get Notion free', 'You need to enable JavaScript to run this app.'],
};
