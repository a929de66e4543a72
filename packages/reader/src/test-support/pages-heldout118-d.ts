import { type TestPage, texts } from './page-kit.js';
import { pydataPage } from './pages-heldout118-d2.js';

/**
 * Held-out batch 118, file d: a guide page of an API documentation hub hosted on ReadMe (the React hub: "Jump to Content",
 * the top header with the site link and "Log In", the bottom header with Guides / API Reference / Changelog and the search
 * toggle, the sidebar whose section titles are h2, the article header with the excerpt and "Suggest Edits", RDMD headings
 * with their anchor divs, callouts whose titles sit in an h3 inside a blockquote, a table,
 * code tabs, "Updated ... ago", the "What’s Next" links, the "Did this page help you?" thumbs, the "Table of Contents"
 * rail, "Ask AI" and "Powered by" in the sidebar) and, from file d2, a Sphinx page with the PyData theme.
 */
const rmTitle = 'Webhooks';
const rmExcerpt = 'Get notified when payments, refunds and payouts change state.';
const rmP1 = [
  'Larchmont sends a webhook event to your server whenever something happens in your account that you may want to act on: a ' +
    'payment succeeds, a refund is processed, a payout lands in your bank. With webhooks you don’t have to poll the API to find ' +
    'out what changed.',
];
const rmH1 = 'Registering an endpoint';
const rmP2 = [
  'Add endpoints in the Dashboard under <strong>Developers → Webhooks</strong>, or with the <a href="/reference/create-webhook-endpoint">' +
    'Create a webhook endpoint</a> call. Each endpoint has a URL, a list of event types to subscribe to, and a signing secret that ' +
    'Larchmont generates for you.',
  'Endpoints must use HTTPS and must be reachable from the public internet. In sandbox mode you can use a tunnelling tool to ' +
    'forward events to your laptop.',
];
const rmH2 = 'Event payload';
const rmP3 = ['Every event is sent as a <code>POST</code> request with a JSON body. The body has the same shape for all event types:'];
const rmRows = [
  ['<code>id</code>', 'string', 'Unique identifier of the event. Use it to ignore duplicates.'],
  ['<code>type</code>', 'string', 'The event type, for example <code>payment.succeeded</code>.'],
  ['<code>created_at</code>', 'string', 'When the event happened, in ISO 8601 format.'],
  ['<code>data</code>', 'object', 'The object that changed, as the API would return it.'],
];
const rmH3 = 'Verifying signatures';
const rmP4 = [
  'Each request carries a <code>Larchmont-Signature</code> header. It holds a timestamp and an HMAC-SHA256 signature of the ' +
    'timestamp and the raw request body, computed with your endpoint’s signing secret. Compute the same signature on your side and ' +
    'compare the two before you trust the payload.',
];
const rmWarnTitle = 'Use the raw body';
const rmWarn =
  'Compute the signature over the exact bytes you received. If your framework parses the JSON first and you serialise it again, ' +
  'the signature will not match.';
const rmH4 = 'Retries';
const rmP5 = [
  'Your endpoint must return a <code>2xx</code> status within 10 seconds. If it doesn’t, Larchmont retries the event with ' +
    'exponential backoff for up to three days: after 1 minute, 5 minutes, 30 minutes and 2 hours, and then every 6 hours.',
  'Because of retries, the same event can arrive more than once, and events can arrive out of order. Store the <code>id</code> ' +
    'of each event you process and skip the ones you have already seen.',
];
const rmInfoTitle = 'Testing retries';
const rmInfo =
  'In sandbox mode, send a test event from the Dashboard with the <code>X-Larchmont-Simulate: timeout</code> header to watch the ' +
  'retries without breaking your endpoint.';
const rmNav = ['Guides', 'API Reference', 'Changelog', 'Discussions'];
const rmSide: [string, string[]][] = [
  ['Getting Started', ['Introduction', 'Authentication', 'Sandbox and live mode', 'Errors']],
  ['Payments', ['Accept a payment', 'Refunds', 'Payouts']],
  ['Events', ['Event types', rmTitle, 'Testing webhooks locally']],
];
const rmId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const rmH = (t: string): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${rmId(t)}"></div>
<div class="heading-text"><div id="section-${rmId(t)}" class="heading-anchor-deprecated"></div>${t}</div><a aria-label="Skip link to ${t}"
class="heading-anchor-icon fa fa-anchor" href="#${rmId(t)}"></a></h2>`;
const rmCallout = (kind: string, icon: string, title: string, text: string): string =>
  `<blockquote class="callout callout_${kind}" theme="${icon}"><h3 class="callout-heading"><span class="callout-icon">${icon}</span><p>${title}</p></h3>
<p>${text}</p></blockquote>`;
const rmCode = (name: string, lang: string, code: string): string => `<pre><button aria-label="Copy Code" class="rdmd-code-copy fa"></button>
<code class="rdmd-code lang-${lang} theme-light" data-lang="${lang}" name="${name}" tabindex="0">
<div class="cm-s-neo" data-testid="SyntaxHighlighter">${code}</div>
</code></pre>`;
const rmSideHtml = rmSide
  .map(
    ([h, items]) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>
<ul class="Sidebar-list_sidebarLayout3RaX72iQNOEI rm-Sidebar-list">${items
      .map(
        (t) => `<li class="Sidebar-item23D-2Kd61_k3"><a class="Sidebar-link2Dsha-r-GKh2 childless text-wrap rm-Sidebar-link${t === rmTitle ? ' active' : ''}"
href="/docs/${rmId(t)}" target="_self"${t === rmTitle ? ' aria-current="page"' : ''}><span class="Sidebar-link-textMIl7xtq7j0G7"><span>${t}</span></span></a>
</li>`,
      )
      .join('\n')}</ul></section>`,
  )
  .join('\n');
const rmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Webhooks</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${rmExcerpt}"><meta property="og:site_name" content="Larchmont API"><meta property="og:title" content="Webhooks">
<meta name="readme-deploy" content="5.402.0"><meta name="readme-subdomain" content="larchmont"><meta name="readme-version" content="2.1">
<link rel="canonical" href="https://docs.larchmont.example/docs/webhooks"><link rel="stylesheet" href="https://cdn.readme.example/public/hub/web/ssr-main.css">
<script id="config" type="application/json" data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;domain&quot;:&quot;readme.io&quot;}">
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Webhooks","dateModified":"2025-09-03T16:22:10.000Z"}</script>
</head><body class="body-none hub-is-flush header-gradient header-bottom-line-active"><div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext
ThemeContext_dark ThemeContext_classic" data-color-mode="light" style="--color-primary:#0e6b5c;--color-primary-inverse:#fff"><div class="headertop">
<header class="rm-Header rm-Header_custom"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><div style="outline:none" tabindex="-1">
<a href="#content" target="_self" class="Button Button_md rm-JumpTo Button_primary">Jump to Content</a></div><div class="rm-Header-left Flex Flex_row">
<a class="rm-Logo" href="/" target="_self"><img alt="Larchmont API" class="rm-Logo-img" src="https://files.readme.example/larchmont-logo.svg"></a></div>
<div class="rm-Header-left rm-Header-right Flex Flex_row"><span class="Header-right_desktop Flex Flex_row"><a class="Button Button_md rm-Header-top-link
Button_slate_text" href="https://larchmont.example" target="_self">Back to larchmont.example</a><button class="Button Button_md rm-Header-top-link
Button_slate_text Header-logInButton" type="button"><span>Log In</span></button></span></div></div></div>
<div class="rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav aria-label="Primary navigation" class="Header-leftADQdGVqx1wqU Flex Flex_row">
${rmNav
  .map(
    (t, i) => `<a class="Button Button_md rm-Header-bottom-link Button_slate_text Header-bottom-link_mobile${i === 0 ? ' active' : ''}"
href="/${rmId(t)}" target="_self"${i === 0 ? ' aria-current="page"' : ''}><span>${t}</span></a>`,
  )
  .join(
    '\n',
  )}</nav><div class="Header-searchtb6Foi0-D9Vx"><button aria-label="Search ⌘k" class="rm-SearchToggle" data-symbol="⌘"><div class="rm-SearchToggle-icon
icon-search1"></div><div class="rm-SearchToggle-placeholder">Search</div><div class="rm-SearchToggle-shortcut">⌘K</div></button></div>
<button class="Button Button_sm rm-AskAI Button_secondary" type="button"><span>Ask AI</span></button></div></div></header></div>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex"><nav aria-label="Secondary navigation" class="rm-Sidebar hub-sidebar"
id="hub-sidebar" role="navigation"><div class="hub-sidebar-content">${rmSideHtml}
<a class="PoweredBy" href="https://readme.example?ref_src=hub&amp;project=larchmont"><span class="PoweredBy-text">Powered by</span><svg class="PoweredBy-logo"
role="img" aria-label="ReadMe"></svg></a></div></nav>
<article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9"><h1 class="heading-title">${rmTitle}</h1>
<div class="markdown-body excerpt"><p>${rmExcerpt}</p></div></div><div class="col-xs-3"><a class="suggest-edits" href="/edit/webhooks"><i class="icon
icon-register" aria-hidden="true"></i> Suggest Edits</a></div></div></header>
<div class="grid-100"><div class="ContentWithOwlbotx4PaFDoA1KMz"><div class="ContentWithOwlbot-content2X1XexaN8Lf2"><div data-testid="RDMD"
class="rm-Markdown markdown-body ng-non-bindable">
${rmP1.map((p) => `<p>${p}</p>`).join('\n')}
${rmH(rmH1)}
${rmP2.map((p) => `<p>${p}</p>`).join('\n')}
${rmH(rmH2)}
${rmP3.map((p) => `<p>${p}</p>`).join('\n')}
${rmCode('', 'json', '{\n  "id": "evt_8Hq2mX",\n  "type": "payment.succeeded",\n  "created_at": "2025-09-01T10:21:44Z",\n  "data": { ... }\n}')}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>
${rmRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>
${rmH(rmH3)}
${rmP4.map((p) => `<p>${p}</p>`).join('\n')}
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button type="button" value="javascript" class="CodeTabs_active">Node</button>
<button type="button" value="python">Python</button></div><div class="CodeTabs-inner">
${rmCode('Node', 'javascript', 'const expected = crypto.createHmac("sha256", secret)\n  .update(timestamp + "." + rawBody).digest("hex");')}
${rmCode('Python', 'python', 'expected = hmac.new(secret, f"{timestamp}.".encode() + raw_body, hashlib.sha256).hexdigest()')}</div></div>
${rmCallout('warn', '🚧', rmWarnTitle, rmWarn)}
${rmH(rmH4)}
${rmP5.map((p) => `<p>${p}</p>`).join('\n')}
${rmCallout('info', '📘', rmInfoTitle, rmInfo)}
</div></div></div>
<div class="UpdatedAt1nN2xyhK4-5B"><div class="DateLine rm-DateLine"><span class="icon-calendar"></span><span>Updated about 2 months ago</span></div></div>
<hr class="NextStepsDivider"><section class="NextSteps rm-NextSteps"><h2 class="NextSteps-title">What’s Next</h2><ul class="NextSteps-list">
<li><a href="/docs/event-types" class="NextSteps-link">Event types</a></li><li><a href="/docs/testing-webhooks-locally" class="NextSteps-link">Testing
webhooks locally</a></li></ul></section>
<div class="PageThumbs"><div class="PageThumbs-helpful">Did this page help you?</div><div class="PageThumbs-buttons"><button class="Button Button_sm
Button_shale_text" type="button" aria-label="Yes"><span class="icon-thumbs-up1"></span><span class="Button-label">Yes</span></button><button class="Button
Button_sm Button_shale_text" type="button" aria-label="No"><span class="icon-thumbs-down1"></span><span class="Button-label">No</span></button></div></div>
</div></article>
<nav aria-label="Table of contents" class="content-toc grid-25"><div class="TableOfContents"><div class="TableOfContents-header"><i class="icon
icon-text-align-left"></i>Table of Contents</div><ul class="toc-list">${[rmH1, rmH2, rmH3, rmH4]
  .map((t) => `<li><a class="tocHeader" href="#${rmId(t)}"><i class="icon icon-chevron-right"></i>${t}</a></li>`)
  .join('\n')}</ul></div></nav></div></main></div></div>
<script id="ssr-props" type="application/json">{"document":{"title":"Webhooks","slug":"webhooks","updatedAt":"2025-09-03T16:22:10.000Z"}}</script>
<script src="https://cdn.readme.example/public/hub/web/ssr-main.js" defer></script></body></html>`;

const readme: TestPage = {
  html: rmHtml,
  name: 'heldout118-readme-guide-docs',
  kind: 'docs',
  // the excerpt under the title is body; callout texts are body, their titles (in an h3 inside the blockquote) in
  // neither list; table data cells are body; code-tab labels are in neither list; the sidebar entry that repeats the
  // title and the "Table of Contents" links are left out
  title: rmTitle,
  headings: [rmH1, rmH2, rmH3, rmH4],
  body: texts([rmExcerpt, ...rmP1, ...rmP2, ...rmP3, ...rmRows.flat(), ...rmP4, rmWarn, ...rmP5, rmInfo]),
  bylines: ['Updated about 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', 'Back to larchmont.example', 'Log In', ...rmNav, 'Search', 'Ask AI',
    ...rmSide.flatMap(([h, items]) => [h, ...items.filter((t) => t !== rmTitle)]), 'Powered by', 'Suggest Edits',
    'What’s Next', 'Did this page help you?', 'Yes', 'No', 'Table of Contents',
  ],
};

export const HELDOUT118_D: readonly TestPage[] = [readme, pydataPage];
