import { type TestPage, texts } from './page-kit.js';
import { wikijs } from './pages-heldout257-c2.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file c: a design studio's public Notion page on notion.site (React markup: every block a div with
 * notion-*-block classes and data-block-id, no <p> at all; topbar with breadcrumb, Duplicate and "Try Notion"; page
 * properties; callout; simple table; the cookie banner) and, from file c2, a Wiki.js 2 page.
 */
const nTitle = 'Onboarding: your first week';
const nCallout = 'New here? Read this page top to bottom before your first morning. It takes about ten minutes.';
const nIntro = [
  j(
    'Welcome to Pelt &amp; Quarry. We are a small studio, eleven people at the moment, and we would rather you ask a question twice',
    'than guess once. This page covers the practical things; the people part happens over lunch.',
  ),
];
const nBefore = [
  'Send your bank details and a photo for the team board to Noor, who looks after the office.',
  'Accept the invitations to the studio calendar, the chat workspace and the file server.',
  'Choose a laptop: we order the same model for everyone, but you can pick the keyboard layout.',
];
const nWeek = [
  j(
    'Monday starts at ten, not nine, so that someone can meet you at the door and show you round. You will sit with Tobiah for',
    'the first two days; he has been here longest and knows where every file from the last eight years is kept.',
  ),
  j(
    'On Wednesday you join your first project stand-up. Nobody expects you to say much. By Friday you should have shipped one small',
    'real thing, usually a correction to the studio type specimen or a tidy-up of a client folder, so that you have used every tool',
    'once with someone beside you.',
  ),
];
const nQuote = 'Good work here is boring work done carefully, and then one surprising idea.';
const nWho = [
  ['Noor Aziel', 'Office, payroll, keys'],
  ['Tobiah Rench', 'Files, print and production'],
  ['Wen Marrow', 'Client projects and scheduling'],
];
const nTools = [
  'Figma for everything on screen, with one shared library per client.',
  'InDesign for print; the templates live on the file server, never on your desktop.',
  'The studio calendar for holidays: book them there and tell Wen, in that order.',
];
const nEnd = [
  j(
    'At the end of the week we have a short chat about how it went. Bring one thing that confused you; it usually means this page',
    'needs fixing, and you are the best person to notice.',
  ),
];
const nb = (id: string, cls: string, inner: string): string =>
  `<div data-block-id="${id}" class="notion-selectable notion-${cls}-block" style="width: 100%; max-width: 708px; margin-top: 2px; margin-bottom: 1px;">` +
  `${inner}</div>`;
const ntext = (id: string, t: string): string =>
  nb(
    id,
    'text',
    `<div style="display: flex;"><div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false"
class="notranslate" style="max-width: 100%; width: 100%; white-space: pre-wrap; padding: 3px 2px;">${t}</div></div>`,
  );
const nhead = (id: string, t: string): string =>
  nb(
    id,
    'header',
    `<div style="display: flex;"><h2 spellcheck="true" placeholder="Heading 1" data-content-editable-leaf="true" contenteditable="false"
class="notranslate" style="font-size: 1.875em; margin: 0;">${t}</h2></div>`,
  );
const nbullet = (id: string, t: string): string =>
  nb(
    id,
    'bulleted_list',
    `<div style="display: flex; align-items: flex-start;"><div class="pseudoSelection" contenteditable="false"><div
class="pseudoBefore" style="--pseudoBefore--content: '•';"></div></div><div style="flex: 1 1 0px; min-width: 1px;"><div spellcheck="true"
data-content-editable-leaf="true" contenteditable="false" class="notranslate">${t}</div></div></div>`,
  );
const nprop = (name: string, value: string): string => `<div role="row" class="notion-collection_view-property" style="display: flex;">
<div class="notion-property-name" style="width: 160px;"><div role="cell">${name}</div></div><div class="notion-property-value"
role="cell">${value}</div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle}</title><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1">
<meta property="og:site_name" content="Pelt &amp; Quarry on Notion"><meta property="og:title" content="${nTitle}">
<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<link rel="stylesheet" href="/_assets/app-4f0b1a.css"><script>window.__console_api__={};window.CONFIG={"env":"production","isAdminMode":false,
"publicDomainName":"peltquarry.notion.site"};</script><script defer src="/_assets/app-c918e2.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47);">
<div class="notion-cursor-listener"><div class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column;">
<div class="notion-topbar" style="height: 45px;"><div class="notion-topbar-breadcrumb" style="display: flex;"><a href="/Studio-handbook-1a9" role="link"
class="notion-focusable"><div class="notranslate" style="white-space: nowrap;">Studio handbook</div></a><span style="margin: 0 2px;">/</span>
<div class="notranslate">Onboarding</div></div><div class="notion-topbar-action-buttons" style="display: flex;">
<div role="button" class="notion-topbar-search-button">Search</div><div role="button" class="notion-topbar-duplicate-button">Duplicate</div>
<a href="https://www.notion.so/signup?from=public_page" class="notion-topbar-cta">Try Notion</a></div></div>
<main class="notion-frame-main"><div class="notion-scroller vertical" style="z-index: 1; overflow: hidden auto;"><div class="notion-page-cover">
<img src="https://peltquarry.notion.site/image/cover-studio.jpg" style="width: 100%; height: 30vh; object-fit: cover;"></div>
<div class="notion-page-controls"><div class="notion-record-icon notranslate" role="img" aria-label="👋">👋</div></div>
<div data-block-id="8a11c3d2-page" class="notion-selectable notion-page-block"><h1 spellcheck="true" placeholder="Untitled" data-content-editable-leaf="true"
contenteditable="false" class="notranslate" style="font-weight: 700; font-size: 40px;">${nTitle}</h1></div>
<div class="notion-page-details" role="table" aria-label="Page properties">${nprop('Owner', 'Lise Harrowgate')}
${nprop('Last edited', 'March 2, 2026 4:15 PM')}
${nprop('Tags', '<span class="notion-tag">Team care</span> <span class="notion-tag">Guides</span>')}</div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; display: flex; flex-direction: column; font-size: 16px;">
${nb(
  'c1',
  'callout',
  `<div role="note" style="display: flex; background: rgb(241, 241, 239); padding: 16px;"><div class="notion-record-icon">💡</div>
<div class="notranslate" contenteditable="false" style="margin-left: 8px;">${nCallout}</div></div>`,
)}
${nIntro.map((t, i) => ntext(`t${i}`, t)).join('\n')}
${nhead('h1', 'Before day one')}
${nBefore.map((t, i) => nbullet(`b${i}`, t)).join('\n')}
${nhead('h2', 'Your first week')}
${nWeek.map((t, i) => ntext(`w${i}`, t)).join('\n')}
${nb(
  'q1',
  'quote',
  `<blockquote style="display: flex; border-left: 3px solid currentcolor;"><div class="notranslate" contenteditable="false">${nQuote}
</div></blockquote>`,
)}
${nhead('h3', 'Who to ask')}
${nb(
  'tb',
  'table',
  `<table class="notion-table-content" style="border-collapse: collapse;"><tbody>
${nWho
  .map(
    (r) =>
      `<tr>${r
        .map(
          (c) => `<td class="notion-table-cell"><div
class="notion-table-cell-text notranslate">${c}</div></td>`,
        )
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>`,
)}
${nhead('h4', 'Tools we use')}
${nTools.map((t, i) => nbullet(`to${i}`, t)).join('\n')}
${nEnd.map((t, i) => ntext(`e${i}`, t)).join('\n')}
</div></div></main></div></div></div>
<div class="notion-overlay-container notion-default-overlay-container"><div role="dialog" aria-label="Cookie consent" class="notion-cookie-consent-banner"
style="position: fixed; bottom: 16px;"><div>Notion uses cookies to analyse site traffic and to personalise your experience. You can change your choice at any
time in Cookie settings.</div><div role="button">Accept all</div><div role="button">Reject non-essential</div></div></div>
<div class="notion-made-with"><a href="https://www.notion.so/?utm_source=public_page">Made with Notion</a></div></body></html>`;
const notion: TestPage = {
  name: 'heldout257-notion-site-wiki',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Before day one', 'Your first week', 'Who to ask', 'Tools we use'],
  body: texts([nCallout, ...nIntro, ...nBefore, ...nWeek, nQuote, ...nWho.flat(), ...nTools, ...nEnd]),
  bylines: ['Owner', 'Lise Harrowgate', 'Last edited', 'March 2, 2026 4:15 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Studio handbook', 'Onboarding', 'Search', 'Duplicate', 'Try Notion', 'Tags', 'Team care', 'Guides',
    'Notion uses cookies to analyse site traffic and to personalise your experience. You can change your choice at any time in Cookie settings.',
    'Accept all', 'Reject non-essential', 'Made with Notion',
  ],
};

export const HELDOUT257_C: readonly TestPage[] = [notion, wikijs];
