import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 46, file f2: a public Coda doc page as saved from the browser (the noscript line, the published-doc bar with
 * doc name, publisher, search, "Copy doc" and sign-up, the page list, the page header with icon, title and subtitle, canvas
 * blocks written as divs with role="heading", list blocks with aria-hidden bullets and numbers, a mention chip, a callout, a
 * checklist with role="checkbox", a Coda button, comment counters, the print warning, the "Made with Coda" badge and the cookie
 * notice). Obfuscated kr- class names and data-coda-ui-id attributes.
 */
const cdTitle = 'Volunteer Handbook';
const cdSubtitle = 'Everything you need for your first shift at the tool library.';
const cdIntro = [
  'Thanks for giving your Saturday mornings to the tool library. We lend around 400 tools a year to neighbors who would otherwise ' +
    'buy a drill for one shelf, and every loan goes through a volunteer at the counter. This page covers what you need to know ' +
    'before your first shift; the rest you will pick up from whoever is working with you.',
];
const mention = (n: string): string => `<span class="kr-mention" data-coda-ui-id="mention-chip" contenteditable="false">${n}</span>`;
const cdH1 = 'Before your first shift';
const cdBefore = [
  'Sign the volunteer waiver at the counter or on the Welcome page.',
  `Ask ${mention('Marisol Peña')} for the door code, which changes every three months.`,
  'Watch the ten-minute safety video on the shared laptop, especially the parts on the tile saw and the pressure washer.',
  'Wear closed-toe shoes. We move heavy boxes.',
];
const cdH2 = 'Checking tools out';
const cdSteps = [
  'Find the borrower in the Members table and check that their membership is current.',
  'Scan the barcode on the tool, or type its number into the Inventory page if the scanner is playing up.',
  'Check the condition notes with the borrower and add anything new, such as a cracked handle or a missing bit.',
  'Set the due date. Most loans are one week; power tools with batteries are three days.',
];
const cdCallout = 'Never lend the tile saw or the floor sander to someone who has not done the induction. Their names are ticked in the Members table.';
const cdH3 = 'Returns and repairs';
const cdReturns = [
  'When a tool comes back, test it before you put it on the shelf. Plug in anything with a cord and run it for a few seconds, ' +
    'count the bits in every case, and wipe down anything that has been near paint or concrete.',
  'If something is broken, do not try to fix it on shift. Tag it with a red card, put it on the repair shelf and add a row to the ' +
    `Repairs table so ${mention('Dev Arora')} can look at it on Wednesday evening.`,
];
const cdH4 = 'Closing up';
const cdChecks = ['Return the cash box to the locked drawer', 'Switch off the battery chargers', 'Lock the side gate and the front door'];
const cdOutro = ['Thank you again. If anything on this page is out of date, leave a comment on it or message Marisol in the volunteers group chat.'];
const cdPages = ['Welcome', 'Volunteer Handbook', 'Shift Calendar', 'Inventory', 'Members', 'Borrower FAQ'];
let cdId = 0;
const block = (inner: string, kind = 'paragraph'): string =>
  `<div class="kr-block kr-${kind}" data-block-id="b-${(++cdId).toString(36)}" data-slate-node="element"><span data-slate-node="text">` +
  `<span data-slate-leaf="true"><span data-slate-string="true">${inner}</span></span></span></div>`;
const heading = (t: string): string =>
  `<div class="kr-block kr-heading2" role="heading" aria-level="2" data-slate-node="element"><span data-slate-string="true">${t}</span>` +
  `<span class="kr-comment-count" aria-label="comments" hidden>2</span></div>`;
const item = (t: string, mark: string, kind: string): string =>
  `<div class="kr-block kr-list-item kr-${kind}" data-slate-node="element">` +
  `<span class="kr-list-marker" aria-hidden="true" contenteditable="false">${mark}</span>` +
  `<span data-slate-string="true">${t}</span></div>`;
const empty = '<div class="kr-block kr-paragraph kr-empty" data-slate-node="element"><span data-slate-zero-width="n">&#65279;<br></span></div>';
const cdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cdTitle} · Elm Street Tool Library</title>
<meta property="og:title" content="${cdTitle}"><meta property="og:description" content="${cdSubtitle}">
<link rel="stylesheet" href="https://cdn.coda.io/assets/browser.7c1e2a9b.css">
<script>window.__coda_bootstrap__ = {"docId":"dK3p9QzXw1","pageId":"canvas-Rt8aLx","published":true,"mode":"view"};</script>
<style>.kr-empty{min-height:1.5em}.printWarning{display:none}@media print{.printWarning{display:block}#root{display:none}}</style></head>
<body class="kr-body"><noscript>You need to enable JavaScript to run this app.</noscript>
<div class="printWarning"><p>Want to print your doc?</p><p>This is not the way.</p>
<p>Use the ⋯ menu next to the doc name, or press Ctrl+P, to print a clean copy.</p></div>
<div id="root"><div class="kr-app" data-coda-ui-id="published-doc"><div class="kr-doc-bar" data-coda-ui-id="doc-header">
<a class="kr-doc-icon" href="/@marisol-pena/elm-street-tool-library" aria-label="Doc home">🧰</a><span class="kr-doc-name">Elm Street Tool Library</span>
<a class="kr-publisher" href="/@marisol-pena">Marisol Peña</a><button class="kr-btn" aria-label="Search doc"><span class="kr-visually-hidden">Search</span>
</button>
<button class="kr-btn kr-btn-primary" data-coda-ui-id="copy-doc">Copy doc</button><a class="kr-btn" href="/signup">Sign up for free</a></div>
<div class="kr-layout"><nav class="kr-page-list" data-coda-ui-id="page-list" aria-label="Pages"><ul>${cdPages
  .map((p) => `<li class="kr-page-list-item${p === cdTitle ? ' kr-selected' : ''}"><a href="#">${p}</a></li>`)
  .join('')}</ul></nav>
<div class="kr-canvas" data-coda-ui-id="canvas" data-slate-editor="true" contenteditable="false" role="textbox" aria-multiline="true">
<div class="kr-page-header" data-coda-ui-id="page-header"><span class="kr-page-icon" aria-hidden="true">📋</span>
<div class="kr-page-title" role="heading" aria-level="1">${cdTitle}</div><div class="kr-page-subtitle">${cdSubtitle}</div></div>
${cdIntro.map((p) => block(p)).join('\n')}
${empty}
${heading(cdH1)}
${cdBefore.map((t) => item(t, '•', 'bulleted')).join('\n')}
${heading(cdH2)}
${cdSteps.map((t, i) => item(t, `${i + 1}.`, 'numbered')).join('\n')}
<div class="kr-block kr-callout" data-callout-color="yellow" data-slate-node="element"><span class="kr-callout-icon" aria-hidden="true">⚠️</span>
<span data-slate-string="true">${cdCallout}</span></div>
<div class="kr-block kr-button-block" data-coda-ui-id="formula-button"><button class="kr-coda-button">Sign up for a shift</button></div>
${heading(cdH3)}
${cdReturns.map((p) => block(p)).join('\n')}
${heading(cdH4)}
${cdChecks
  .map((t) => `<div class="kr-block kr-list-item kr-checklist"><span role="checkbox" aria-checked="false" aria-label="Done"></span><span>${t}</span></div>`)
  .join('\n')}
${empty}
${cdOutro.map((p) => block(p)).join('\n')}</div></div>
<a class="kr-made-with" href="https://coda.io/?utm_source=made-with-coda" data-coda-ui-id="made-with-coda">Made with Coda</a>
<div class="kr-cookie-notice" role="dialog"><p>Coda uses cookies to keep you signed in and to understand how docs are used.</p><button>OK</button>
<button>Manage cookies</button></div></div></div></body></html>`;
export const codaDoc: TestPage = {
  html: cdHtml,
  name: 'heldout46-coda-public-doc',
  kind: 'docs',
  // the page's canvas is the article: the subtitle under the page title, paragraphs, the bulleted, numbered and checklist
  // items (their markers in neither list), the callout (no label word) and the closing line; the four h2-level blocks
  // (divs with role="heading") are the headings; the doc's publisher in the doc bar is the byline (the same name is a
  // mention chip inside a body line); the doc name, doc bar buttons, page list, the Coda button inside the canvas, the print
  // warning, noscript line, "Made with Coda", cookie notice and the hidden comment counters (the same "2" on each heading,
  // once) are furniture; the page list's "Volunteer Handbook" is the title again: left out
  title: cdTitle,
  headings: [cdH1, cdH2, cdH3, cdH4],
  body: [cdSubtitle, ...texts(cdIntro), ...texts(cdBefore), ...cdSteps, cdCallout, ...texts(cdReturns), ...cdChecks, ...cdOutro],
  bylines: ['Marisol Peña'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to enable JavaScript to run this app.', 'Want to print your doc?', 'This is not the way.',
    'Use the ⋯ menu next to the doc name, or press Ctrl+P, to print a clean copy.', 'Elm Street Tool Library', 'Search', 'Copy doc', 'Sign up for free',
    ...cdPages.filter((p) => p !== cdTitle), 'Sign up for a shift', '2', 'Made with Coda',
    'Coda uses cookies to keep you signed in and to understand how docs are used.',
    'OK', 'Manage cookies',
  ],
};
