import { type TestPage, texts } from './page-kit.js';
import { ghostCasperPost } from './pages-heldout48-e2.js';

/**
 * Held-out batch 48, file e: a ReadMe.io API guide page (the hub's "Jump to Content" link, header with logo, site and log-in
 * links, the Guides/API Reference/Changelog/Discussions/Recipes tabs, version dropdown, search toggle with "CTRL-K" and "Ask AI",
 * the sidebar with section headings and page links, the rm-Article header with h1, excerpt and "Suggest Edits", RDMD markdown
 * with anchored h2s, an ordered list, callouts with emoji and heading, CodeTabs with language buttons and copy button, the
 * "Updated" date line, the page rating, previous/next pagination, the table of contents and "Powered by").
 */
const rmTitle = 'Verify webhook signatures';
const rmExcerpt = 'Confirm that every webhook request really came from Parcelly before you act on it.';
const rmIntro =
  'Parcelly signs every webhook it sends with a secret that only you and Parcelly know. Checking the signature protects your endpoint from ' +
  'forged requests, such as someone posting a fake <code>parcel.delivered</code> event to trigger a refund.';
const rmH = ['How signing works', 'Verify a request', 'Test your endpoint'] as const;
const rmHow: [string, string, string] = [
  'Each request carries a <code>Parcelly-Signature</code> header made of a timestamp and one or more signatures:',
  'The signature is an HMAC-SHA256 of the timestamp, a full stop and the raw request body, keyed with your endpoint’s signing secret. You can ' +
    'find the secret on the Webhooks page of the dashboard, next to each endpoint.',
  'During a secret rotation the header carries two signatures, one for each secret, for up to 24 hours. Accept the request if either one ' + 'matches.',
];
const rmStepsIntro = 'To verify a request:';
const rmSteps = [
  'Read the raw request body before any JSON parsing.',
  'Split the header on commas and take the <code>t</code> value and every <code>v1</code> value.',
  'Compute the HMAC-SHA256 of <code>t</code>, a full stop and the body, using your signing secret.',
  'Compare your result with each <code>v1</code> value using a constant-time comparison.',
  'Reject the request if the timestamp is more than five minutes old.',
];
const rmImportant =
  'Frameworks such as Express parse JSON bodies by default. Re-serialising the parsed object changes whitespace and key order, and the ' +
  'signature will no longer match. Capture the raw bytes instead.';
const rmTest =
  'The dashboard can send a signed test event to any endpoint. Open the endpoint, choose <strong>Send test event</strong> and pick an event ' +
  'type. The request uses the same secret as live traffic, so a passing test means your check is working.';
const rmNote = 'Test events have <code>livemode</code> set to <code>false</code>. Make sure your handler does not ship real parcels when it receives one.';
const rmSide: [string, string[]][] = [
  ['Getting Started', ['Introduction', 'Authentication', 'Sandbox and live mode']],
  ['Shipments', ['Create a shipment', 'Labels and documents', 'Tracking']],
  ['Webhooks', ['Webhooks overview', rmTitle, 'Retries and idempotency', 'Event types']],
];
const rmTabs = ['Guides', 'API Reference', 'Changelog', 'Discussions', 'Recipes'];
const rmHeading = (h: string): string => {
  const id = h.toLowerCase().replace(/ /g, '-');
  return (
    `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${id}"></div><div class="heading-text">` +
    `<div id="section-${id}" class="heading-anchor_backwardsCompatibility"></div>${h}</div><a aria-label="Skip link to ${h}" ` +
    `class="heading-anchor-icon fa fa-anchor" href="#${id}"></a></h2>`
  );
};
const rmCallout = (kind: string, icon: string, label: string, text: string): string =>
  `<blockquote class="callout callout_${kind}" theme="${icon}"><h3 class="callout-heading"><span class="callout-icon">${icon}</span><p>${label}</p></h3>` +
  `<p>${text}</p></blockquote>`;
const rmCode = `<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button type="button" value="javascript"
class="CodeTabs_active">Node</button><button type="button" value="python">Python</button></div><div class="CodeTabs-inner"><pre><button aria-label="Copy Code"
class="rdmd-code-copy fa"></button><code class="rdmd-code lang-javascript theme-light" data-lang="javascript" name="Node" tabindex="0"><div class="cm-s-neo"
data-testid="SyntaxHighlighter"><span class="cm-keyword">import</span> { <span class="cm-def">createHmac</span>, <span
class="cm-def">timingSafeEqual</span> } <span
class="cm-keyword">from</span> <span class="cm-string">'node:crypto'</span>;
<span class="cm-keyword">const</span> <span class="cm-def">expected</span> = createHmac(<span
class="cm-string">'sha256'</span>, secret).update(\`\${t}.\${rawBody}\`).digest(<span
class="cm-string">'hex'</span>);</div></code></pre><pre class="CodeTabs_hidden"><code class="rdmd-code lang-python theme-light" data-lang="python"
name="Python"><div
class="cm-s-neo">expected = hmac.new(secret, f"{t}.{raw_body}".encode(), hashlib.sha256).hexdigest()</div></code></pre></div></div>`;
const rmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rmTitle}</title><meta name="readme-deploy" content="5.312.0">
<meta name="readme-subdomain" content="parcelly"><meta name="readme-version" content="2.3"><link rel="stylesheet"
href="https://cdn.readme.io/public/hub/web/ui.9f3c2a.css">
<script id="config" type="application/json" data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;sentry&quot;:{}}"></script>
<style id="custom-stylesheet">:root{--color-primary:#0b6e4f;--color-link-primary:#0b6e4f}</style></head>
<body class="body-none theme-light header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles reference-layout-row lumosity-normal">
<div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic" data-color-mode="light" data-theme-layout="classic">
<div class="rm-Container rm-Container_flex"><a class="rm-JumpTo" href="#content">Jump to Content</a>
<header class="Header3N4-l6xQalaP rm-Header rm-Header_overlay rm-Header_overlay-triangles"><div class="rm-Header-top"><div
class="rm-Container rm-Container_flex">
<a class="rm-Logo Header-logo" href="/"><img class="rm-Logo-img" alt="Parcelly" src="https://files.readme.io/8c1d2e3-parcelly-logo.svg"></a>
<div class="Header-right"><a class="Button Button_md rm-Header-link rm-Header-top-link" href="https://parcelly.example" target="_self">Parcelly.com</a>
<a class="Button Button_md rm-Header-link rm-Header-top-link" href="/login?redirect_uri=/docs/verify-webhook-signatures">Log In</a></div></div></div>
<div class="rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav aria-label="Primary navigation" class="Header-left-nav">${rmTabs
  .map((t, i) => `<a class="Button Button_md rm-Header-bottom-link${i === 0 ? ' active' : ''}" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</nav><div class="rm-VersionDropdown"><button class="Button Button_sm" aria-haspopup="listbox">v2.3</button></div>
<button aria-label="Search" class="rm-SearchToggle"><div class="rm-SearchToggle-icon icon-search"></div><div class="rm-SearchToggle-placeholder">Search</div>
<div class="rm-SearchToggle-shortcut">CTRL-K</div></button><button class="rm-AskAI Button Button_sm">Ask AI</button></div></div></header>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex"><nav aria-label="Table of Contents" class="rm-Sidebar hub-sidebar-content" id="hub-sidebar">
${rmSide
  .map(
    ([h, items]) =>
      `<section class="Sidebar1t2G1ZJq-vU1 rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2><ul
class="rm-Sidebar-list">` +
      items
        .map(
          (t) => `<li class="Sidebar-item23D-2Kd61_k3"><a class="rm-Sidebar-link${t === rmTitle ? ' active' : ''}" href="/docs/x"><span>${t}</span></a></li>`,
        )
        .join('') +
      '</ul></section>',
  )
  .join('\n')}</nav>
<article id="content" class="rm-Article"><header id="content-head"><div class="row clearfix"><div class="col-xs-9"><h1 class="heading-title">${rmTitle}</h1>
<div class="excerpt"><div class="markdown-body"><p>${rmExcerpt}</p></div></div></div><a class="suggestEdits" href="/edit/verify-webhook-signatures"><i
class="icon icon-register"></i><span>Suggest Edits</span></a></div></header>
<div class="markdown-body rm-Markdown" data-testid="RDMD"><p>${rmIntro}</p>
${rmHeading(rmH[0])}
<p>${rmHow[0]}</p>
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-inner"><pre><button aria-label="Copy Code" class="rdmd-code-copy fa"></button><code
class="rdmd-code lang-text theme-light" data-lang="text"
tabindex="0">Parcelly-Signature: t=1731920411,v1=5f8a0c2e9b...,v1=0d44b7e1a3...</code></pre></div></div>
${rmHow
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${rmHeading(rmH[1])}
<p>${rmStepsIntro}</p>
<ol>
${rmSteps.map((s) => `<li>${s}</li>`).join('\n')}
</ol>
${rmCallout('warn', '🚧', 'Important', rmImportant)}
${rmCode}
${rmHeading(rmH[2])}
<p>${rmTest}</p>
${rmCallout('info', '📘', 'Note', rmNote)}
</div><div class="rm-DateLine DateLine2Ts0yFk1"><i class="icon-clock"></i><span>Updated about 1 month ago</span></div>
<div class="rm-Rating"><p class="Rating-question">Did this page help you?</p><button class="Rating-button"
aria-label="Yes"><i class="icon-thumbs-up"></i>Yes</button>
<button class="Rating-button" aria-label="No"><i class="icon-thumbs-down"></i>No</button></div>
<nav class="Pagination rm-Pagination" aria-label="Pagination"><a class="Pagination-link Pagination-link_prev" href="/docs/webhooks-overview"><span
class="Pagination-label">Webhooks overview</span></a><a class="Pagination-link Pagination-link_next" href="/docs/retries-and-idempotency"><span
class="Pagination-label">Retries and idempotency</span></a></nav></article>
<nav class="content-toc rm-ToC"><div class="tocHeader"><i class="icon icon-text-align-left"></i>Table of Contents</div><div class="tocContent"><ul
class="toc-list">
<li><a class="tocHeader"
href="#">${rmTitle}</a></li>${rmH.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ul></div></nav>
</div></main><footer class="rm-Footer"><a class="rm-Footer-powered" href="https://readme.com?ref_src=hub&amp;project=parcelly">Powered by <span
class="visually-hidden">ReadMe</span></a></footer></div></div></div>
<script>window.__data__={"projectStore":{"subdomain":"parcelly"},"page":{"slug":"verify-webhook-signatures","type":"basic"}};</script></body></html>`;
const readme: TestPage = {
  html: rmHtml,
  name: 'heldout48-readme-api-guide',
  kind: 'docs',
  // the excerpt, paragraphs, list steps and the two callouts' texts are body; their emoji and "Important"/"Note" labels are in
  // neither; the three h2s are the headings; the header example and the CodeTabs blocks are code, their "Node"/"Python" tab
  // buttons part of the code widget: in neither; the table of contents repeats the title and headings, and the sidebar the
  // title: in neither; "Updated about 1 month ago" is the byline; the header, tabs, version, search, "Ask AI", sidebar,
  // "Suggest Edits", rating, pagination, "Table of Contents" and "Powered by ReadMe" are furniture; "Webhooks" (a sidebar
  // heading) and the rating's "No" are words of the body ("the Webhooks page", "no longer"): left out
  title: rmTitle,
  headings: [...rmH],
  body: [rmExcerpt, ...texts([rmIntro, ...rmHow, rmStepsIntro, ...rmSteps, rmImportant, rmTest, rmNote])],
  bylines: ['Updated about 1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', 'Parcelly.com', 'Log In', ...rmTabs, 'v2.3', 'Search', 'CTRL-K', 'Ask AI', 'Getting Started', 'Shipments',
    ...rmSide.flatMap(([, items]) => items.filter((t) => t !== rmTitle)), 'Suggest Edits', 'Did this page help you?', 'Yes', 'Table of Contents',
    'Powered by ReadMe',
  ],
};

export const HELDOUT48_E: readonly TestPage[] = [readme, ghostCasperPost];
