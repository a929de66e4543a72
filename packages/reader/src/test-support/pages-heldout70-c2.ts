import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file c2: a guide page of a ReadMe.com developer hub (the "rm-" header with "Jump to Content", logo, "Log
 * In", the Guides / API Reference / Changelog / Recipes tabs, version picker, search toggle and "Ask AI", the sidebar with its
 * section headings and the current page, "Suggest Edits", the title and excerpt, RDMD headings with anchor links, callouts
 * with emoji icons and titles, tabbed code blocks with copy buttons, "Updated 2 months ago", "Did this page help you?", "What’s
 * Next", the "Table of Contents" rail, "Powered by" and the SSR props script).
 */
const rmTitle = 'Verify webhook signatures';
const rmExcerpt = 'Confirm that a webhook really came from Northstar before you act on it.';
const rmIntro =
  'Every webhook we send carries a signature in the <code>Northstar-Signature</code> header. The signature is an HMAC-SHA256 ' +
  'hash of the raw request body, keyed with your endpoint’s signing secret. Checking it protects you from forged requests and ' +
  'from requests that were altered on the way.';
const rmH1 = 'Find your signing secret';
const rmSecret =
  'Each webhook endpoint has its own secret. In the dashboard, open <strong>Developers &gt; Webhooks</strong>, select the ' +
  'endpoint and click <strong>Reveal secret</strong>. Secrets start with <code>whsec_</code> and are shown only to users with ' +
  'the Developer role.';
const rmInfoTitle = 'Rotating a secret';
const rmInfo =
  'When you roll a secret, the old one keeps working for 24 hours. During that window we sign each event with both secrets and ' +
  'send two <code>v1</code> values in the header.';
const rmH2 = 'Check the signature';
const rmCheck = 'The header has two parts: a Unix timestamp (<code>t</code>) and one or more signatures (<code>v1</code>). To verify a request:';
const rmSteps = [
  'Split the header on commas and read the <code>t</code> value and every <code>v1</code> value.',
  'Build the signed payload by joining the timestamp, a full stop and the raw body.',
  'Compute an HMAC-SHA256 of that payload with your secret, encoded as lowercase hex.',
  'Compare your result with each <code>v1</code> value using a constant-time comparison.',
];
const rmWarnTitle = 'Use the raw request body';
const rmWarn =
  'Many frameworks parse JSON before your handler runs. Serialising the parsed object again changes whitespace and key order, ' +
  'and the signature will no longer match. Read the body as bytes and verify those.';
const rmH3 = 'Reject old events';
const rmOld =
  'To stop an attacker from replaying a request they captured, compare the timestamp with your server’s clock and reject ' +
  'anything older than five minutes. Keep the clock synchronised with NTP, or valid events may be turned away.';
const rmH4 = 'Test locally';
const rmLocal = 'The Northstar CLI forwards events to your machine and prints the signing secret it uses for the session:';
const rmLocal2 =
  'Events forwarded this way are signed with that temporary secret, not with the one shown in your dashboard, so remember to ' +
  'switch secrets when you deploy.';
const rmSide: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Authentication', 'Environments', 'Rate limits']],
  ['Shipments', ['Create a shipment', 'Track a shipment', 'Labels and documents']],
  ['Webhooks', ['Webhooks overview', rmTitle, 'Retry behaviour', 'Event types']],
];
const rmTabs = ['Guides', 'API Reference', 'Changelog', 'Recipes'];
const rmHead = (id: string, t: string, n = 2): string =>
  `<h${n} class="heading heading-${n} header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${id}"></div><div class="heading-text">` +
  `<div id="section-${id}" class="heading-anchor_backwardsCompatibility"></div>${t}</div>` +
  `<a aria-label="Skip link to ${t}" class="heading-anchor-icon fa fa-anchor" href="#${id}"></a></h${n}>`;
const rmCallout = (kind: string, icon: string, title: string, text: string): string =>
  `<blockquote class="callout callout_${kind}" theme="${icon}"><h3 class="callout-heading"><span class="callout-icon">${icon}</span><p>${title}</p></h3>` +
  `<p>${text}</p></blockquote>`;
const rmCode = (lang: string, name: string, code: string): string =>
  `<pre><button aria-label="Copy Code" class="rdmd-code-copy fa"></button><code class="rdmd-code lang-${lang} theme-light" data-lang="${lang}" ` +
  `name="${name}" tabindex="0"><div class="cm-s-neo" data-testid="SyntaxHighlighter">${code}</div></code></pre>`;
const rmNode = `<span class="cm-keyword">const</span> crypto = require(<span class="cm-string">'node:crypto'</span>);

<span class="cm-keyword">function</span> <span class="cm-def">isValid</span>(rawBody, header, secret) {
  <span class="cm-keyword">const</span> items = header.split(<span class="cm-string">','</span>).map((kv) =&gt; kv.split(<span class="cm-string">'='</span>));
  <span class="cm-keyword">const</span> t = items.find(([k]) =&gt; k === <span class="cm-string">'t'</span>)[1];
  <span class="cm-keyword">const</span> expected = crypto.createHmac(<span class="cm-string">'sha256'</span>, secret).update(t + <span
 class="cm-string">'.'</span> + rawBody).digest(<span
 class="cm-string">'hex'</span>);
  <span class="cm-keyword">return</span> items.some(([k, v]) =&gt; k === <span class="cm-string">'v1'</span> &amp;&amp;
    crypto.timingSafeEqual(Buffer.from(v), Buffer.from(expected)));
}`;
const rmPython = `import hmac, hashlib

def is_valid(raw_body: bytes, header: str, secret: str) -&gt; bool:
    items = [kv.split("=", 1) for kv in header.split(",")]
    t = next(v for k, v in items if k == "t")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + raw_body, hashlib.sha256).hexdigest()
    return any(k == "v1" and hmac.compare_digest(v, expected) for k, v in items)`;
const rmHeader = 'Northstar-Signature: t=1760448112,v1=5f2c0b9a7e1d4c3b8a6f0e2d9c1b7a4e3f8d6c2b0a9e7f1d5c3b8a6e4f2d0c9b';
const rmCli = `$ northstar listen --forward-to localhost:3000/webhooks
&gt; Ready! Your webhook signing secret is whsec_test_4Xk29fQ7Lm (^C to quit)`;
const rmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="readme-deploy" content="5.312.0">
<meta name="readme-subdomain" content="northstar-freight"><meta name="readme-version" content="2.4">
<title>${rmTitle}</title><meta name="description" content="${rmExcerpt}"><meta property="og:site_name" content="Northstar Freight API">
<meta property="og:title" content="${rmTitle}"><link rel="canonical" href="https://developers.northstarfreight.example/docs/verify-webhook-signatures">
<link rel="stylesheet" href="https://cdn.readme.io/public/hub/web/Hub.8f3e1c20a.css"><style id="ssr-custom-css">.rm-Header{--Header-background:#0b2545}</style>
</head><body class="body-none theme-light header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles reference-layout-row lumosity-normal">
<div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext ThemeContext_dark ThemeContext_classic" data-color-mode="light"
 style="--color-primary:#0b2545;--color-primary-inverse:#fff;--color-link-primary:#1f6feb">
<div class="SuperHubSearch" data-testid="search-modal" aria-hidden="true"></div>
<header class="rm-Header"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><div style="outline:none" tabindex="-1">
<a href="#content" target="_self" class="Button Button_md rm-JumpTo Button_primary">Jump to Content</a></div>
<div class="rm-Header-left"><a class="rm-Logo" href="https://northstarfreight.example" target="_self"><img alt="Northstar Freight API"
 class="rm-Logo-img" src="https://files.readme.io/4c2b9e1-northstar-logo-white.svg"></a></div>
<div class="rm-Header-left rm-Header-right"><button aria-label="Log In" class="Button Button_md rm-Header-top-link Button_slate_text rm-Header-top-link_login"
 type="button">Log In</button></div></div></div>
<div class="rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav aria-label="Primary navigation" class="rm-Header-left">
${rmTabs
  .map(
    (t, i) => `<a class="Button Button_md rm-Header-link rm-Header-bottom-link Button_slate_text${i === 0 ? ' active' : ''}"
 href="/${t.toLowerCase().replace(' ', '')}"><span>${t}</span></a>`,
  )
  .join('\n')}
</nav><div class="rm-Header-left rm-Header-right"><div class="rm-VersionDropdown"><button class="Button Button_sm Button_slate_text"
 type="button">v2.4</button></div>
<button aria-label="Search ⌘k" class="rm-SearchToggle" data-symbol="⌘" type="button"><div class="rm-SearchToggle-icon icon-search1"></div>
<div class="rm-SearchToggle-placeholder">Search</div><div class="rm-SearchToggle-shortcut">CTRL-K</div></button>
<button class="Button Button_sm rm-AskAI" type="button"><span class="icon-sparkles"></span>Ask AI</button></div></div></div></header>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex">
<nav aria-label="Secondary navigation" class="rm-Sidebar hub-sidebar reference-redesign" id="hub-sidebar" role="navigation"><div class="hub-sidebar-content">
${rmSide
  .map(
    ([h, items]) =>
      `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>` +
      `<ul class="Sidebar-list_sidebar rm-Sidebar-list">` +
      items
        .map(
          (t) =>
            `<li class="Sidebar-item23D-2Kd61_k3"><a class="Sidebar-link2Dsha-r-GKh2 childless text-wrap rm-Sidebar-link${t === rmTitle ? ' active' : ''}" ` +
            `target="_self" href="/docs/${t.toLowerCase().replace(/ /g, '-')}"${t === rmTitle ? ' aria-current="page"' : ''}>` +
            `<span class="Sidebar-link-textPHIdJzGuvxnL"><span class="Sidebar-link-text_label">${t}</span></span></a></li>`,
        )
        .join('') +
      `</ul></section>`,
  )
  .join('\n')}
<a class="PoweredBy rm-PoweredBy" href="https://readme.com?ref_src=hub&amp;project=northstar-freight" target="_blank">Powered by<span
 class="PoweredBy-logo"><svg viewBox="0 0 80 20" aria-hidden="true"><path d="M0 0h80v20H0z"></path></svg></span></a></div></nav>
<article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9">
<a class="suggestEdits" href="/edit/verify-webhook-signatures"><i class="icon icon-register"></i><span>Suggest Edits</span></a>
<h1 class="heading-title">${rmTitle}</h1></div></div><div class="markdown-body excerpt"><p>${rmExcerpt}</p></div></header>
<div class="grid-100"><div class="rm-Markdown markdown-body ng-non-bindable" data-testid="RDMD">
<p>${rmIntro}</p>
${rmHead('find-your-signing-secret', rmH1)}
<p>${rmSecret}</p>
${rmCallout('info', '📘', rmInfoTitle, rmInfo)}
${rmHead('check-the-signature', rmH2)}
<p>${rmCheck}</p>
<ol>${rmSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar" role="tablist"><button aria-selected="true" class="CodeTabs_active" role="tab"
 type="button">Node</button><button aria-selected="false" role="tab" type="button">Python</button></div><div class="CodeTabs-inner" role="tabpanel">
${rmCode('javascript', 'Node', rmNode)}
${rmCode('python', 'Python', rmPython)}</div></div>
${rmCallout('warn', '🚧', rmWarnTitle, rmWarn)}
${rmHead('reject-old-events', rmH3)}
<p>${rmOld}</p>
${rmCode('http', '', rmHeader)}
${rmHead('test-locally', rmH4)}
<p>${rmLocal}</p>
${rmCode('shell', '', rmCli)}
<p>${rmLocal2}</p>
</div></div>
<div class="UpdatedAt Article-updatedAt"><i class="icon-watch"></i><span>Updated 2 months ago</span></div>
<div class="rm-Article-feedback"><span class="rm-Article-feedback-prompt">Did this page help you?</span>
<button type="button" class="Button Button_sm Button_secondary"><span class="icon-thumbs-up1"></span>Yes</button>
<button type="button" class="Button Button_sm Button_secondary"><span class="icon-thumbs-down1"></span>No</button></div>
<nav class="Article-next rm-Article-next"><h4 class="Article-next-title">What’s Next</h4><ul>
<li><a href="/docs/retry-behaviour"><span>Retry behaviour</span><i class="icon icon-arrow-right2"></i></a></li>
<li><a href="/docs/event-types"><span>Event types</span><i class="icon icon-arrow-right2"></i></a></li></ul></nav></article>
<section class="content-toc grid-25"><nav class="rm-ContentToc"><h2 class="rm-ContentToc-title">Table of Contents</h2><ul class="toc-list">
${[rmH1, rmH2, rmH3, rmH4]
  .map(
    (t) => `<li><a class="tocHeader" href="#${t.toLowerCase().replace(/ /g, '-')}"><i
 class="icon icon-text-align-left"></i>${t}</a></li>`,
  )
  .join('')}
</ul></nav></section></div></main></div></div>
<script id="ssr-props" type="application/json">{"baseUrl":"/","meta":{"title":"${rmTitle}","slug":"verify-webhook-signatures","type":"basic"},
"version":{"version":"2.4","is_stable":true},"oasPublicUrl":"@northstar-freight/v2.4#3a9kb2ls1q","requestedVersion":"2.4"}</script>
<script src="https://cdn.readme.io/public/hub/web/main.7c1d3b94e.js" defer></script>
</body></html>`;
export const readmeGuide: TestPage = {
  html: rmHtml,
  name: 'heldout70-readme-guide',
  kind: 'docs',
  // the excerpt under the title is the page's lead: body; the four h2 are the headings; the callouts are body, their titles
  // ("Rotating a secret", "Use the raw request body", set in an h3 inside the callout box) too, as the first line of the
  // callout rather than section headings; the code blocks and their Node / Python tabs are in neither list; the sidebar's entry
  // for this page and the "Table of Contents" rail repeat title and headings: in neither list; "Updated 2 months ago" is the
  // byline; header, tabs, version, search, "Ask AI", sidebar, "Suggest Edits", the vote, "What’s Next" and "Powered by" are furniture
  title: rmTitle,
  headings: [rmH1, rmH2, rmH3, rmH4],
  body: [
    rmExcerpt,
    ...texts([rmIntro, rmSecret]),
    rmInfoTitle,
    ...texts([rmInfo, rmCheck, ...rmSteps]),
    rmWarnTitle,
    rmWarn,
    ...texts([rmOld]),
    rmLocal,
    rmLocal2,
  ],
  bylines: ['Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', 'Log In', ...rmTabs, 'v2.4', 'Search', 'CTRL-K', 'Ask AI', ...rmSide.flatMap(([h, items]) => [h, ...items.filter((t) => t !== rmTitle)]),
    'Powered by', 'Suggest Edits', 'Did this page help you?', 'Yes', 'No', 'What’s Next', 'Table of Contents',
  ],
};
