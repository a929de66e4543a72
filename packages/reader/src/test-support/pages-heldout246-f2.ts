import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';

/**
 * Held-out batch 246, file f2: a payments API's changelog entry on a ReadMe hub (hub header with project links and version
 * picker, "Back to all posts" link, the entry's type badge, date and author, markdown body with an API table, the "Did this page
 * help you?" rating, "Powered by ReadMe" footer). The page's main text is short.
 */
const rTitle = 'Partial captures are now available for all card payments';
const rA = [
  j(
    'You can now capture less than the authorised amount of a card payment, and capture it in up to five parts, on every account. Until',
    'today partial captures were in a limited beta for marketplace accounts.',
  ),
  j(
    'Any amount you do not capture is released back to the cardholder when you make the final capture, or automatically when the',
    'authorisation expires after seven days.',
  ),
];
const rH1 = 'What changed';
const rB = ['The <code>POST /v2/payments/{id}/captures</code> endpoint accepts two new optional fields:'];
const rRows = [
  ['amount', 'integer', 'The amount to capture, in the smallest currency unit. Defaults to the remaining authorised amount.'],
  ['final_capture', 'boolean', 'Set to true to release the rest of the authorisation after this capture. Defaults to true.'],
];
const rH2 = 'Things to know';
const rList = [
  'Each capture creates its own capture object with its own ID, and appears as a separate line in settlement reports.',
  'Refunds are made against a capture, not against the payment.',
  'Some card schemes charge an extra fee for more than one capture; see the pricing page for your region.',
];
const rC = ['No change is needed if you always capture the full amount. Existing integrations behave exactly as before.'];
const rNav = ['Guides', 'API Reference', 'Changelog', 'Discussions'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle}</title>
<meta name="description" content="You can now capture less than the authorised amount of a card payment."><meta name="readme-deploy" content="5.211.0">
<meta name="readme-subdomain" content="tallypay"><meta property="og:site_name" content="Tallypay API"><link rel="canonical"
href="https://developers.tallypay.example/changelog/partial-captures-are-now-available">
<script id="ssr-props" type="application/json">{"baseUrl":"/","changelog":{"slug":"partial-captures-are-now-available","type":"added"}}</script>
<link rel="stylesheet" href="https://cdn.readme.example/public/hub/web/main.5f2e.css"></head>
<body class="body-none"><div id="ssr-main"><div class="App ThemeContext ThemeContext_dark"><div class="rm-Container rm-Container_flex">
<header class="rm-Header"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><a class="rm-Logo" href="/"><img class="rm-Logo-img"
src="https://files.readme.example/tallypay-logo.svg" alt="Tallypay API"></a><div class="rm-Header-right"><a class="Button Button_md rm-Header-link
rm-Header-top-link" href="https://dashboard.tallypay.example">Dashboard</a><a class="Button Button_md rm-Header-top-link" href="/login">Log In</a></div></div>
</div><div class="rm-Header-bottom"><nav class="rm-Container rm-Container_flex" aria-label="Primary navigation"><ul class="rm-Header-bottom-links">
${links(rNav, 'rm-Header-bottom-link')}</ul><div class="rm-VersionDropdown"><button class="Button Dropdown-toggle">v2.4</button></div>
<button aria-label="Search" class="rm-SearchToggle"><span class="rm-SearchToggle-placeholder">Search</span></button></nav></div></header>
<main class="rm-Changelog rm-Container"><div class="ChangelogPost_back"><a class="ChangelogPost-back-link" href="/changelog">Back to all posts</a></div>
<article class="ChangelogPost ChangelogPost_single"><header class="ChangelogPost-header"><div class="ChangelogPost-meta"><span class="ChangelogIcon
ChangelogIcon_added">Added</span><time class="ChangelogPost-date" datetime="2026-03-02T16:00:00.000Z">March 2nd, 2026</time></div>
<h1 class="ChangelogPost-title">${rTitle}</h1><div class="ChangelogPost-author">
<img class="ChangelogPost-author-img" src="https://secure.gravatar.example/a.png"
alt=""><span class="ChangelogPost-author-name">by Dana Whitcombe</span></div></header>
<div class="ChangelogPost-body"><div class="markdown-body"><div class="rm-Markdown markdown-body">
${ps(rA)}
<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="what-changed"></div><div class="heading-text">${rH1}
</div><a aria-label="Skip link to What changed" class="heading-anchor-icon fa fa-anchor" href="#what-changed"></a></h2>
${ps(rB)}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>
${rRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
<h2 class="heading heading-2 header-scroll"><div class="heading-anchor anchor waypoint" id="things-to-know"></div><div class="heading-text">${rH2}</div>
<a aria-label="Skip link to Things to know" class="heading-anchor-icon fa fa-anchor" href="#things-to-know"></a></h2>
<ul>${lis(rList)}</ul>
${ps(rC)}
</div></div></div></article>
<div class="ChangelogPost-rating"><span class="Rating-label">Did this page help you?</span><button class="Button Button_sm">Yes</button>
<button class="Button Button_sm">No</button></div>
<nav class="ChangelogPost-pagination"><a href="/changelog/webhook-retries-now-use-exponential-backoff">Newer: Webhook retries now use exponential backoff</a>
<a href="/changelog/new-sandbox-test-cards">Older: New sandbox test cards for 3-D Secure 2.3</a></nav></main>
<footer class="rm-Footer"><div class="rm-Container"><a class="rm-PoweredBy" href="https://readme.example?ref_src=hub">Powered by ReadMe</a></div></footer></div>
</div></div><script src="https://cdn.readme.example/public/hub/web/main.8e1d.js"></script></body></html>`;
export const readme: TestPage = {
  name: 'heldout246-readme-api-changelog-entry',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2],
  body: texts([...rA, ...rB, ...rRows.flat(), ...rList, ...rC]),
  bylines: ['March 2nd, 2026', 'by Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dashboard', 'Log In', ...rNav, 'v2.4', 'Search', 'Back to all posts', 'Added', 'Did this page help you?', 'Yes',
    'Newer: Webhook retries now use exponential backoff', 'Older: New sandbox test cards for 3-D Secure 2.3', 'Powered by ReadMe',
  ],
};
