import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 83, file c2: a guide page on a ReadMe.com developer hub (rm-Header with logo, "Log In", the hub tabs and the
 * search toggle with its shortcut, "Ask AI", the rm-Sidebar with section headings, the article header with "Suggest Edits" and
 * the excerpt, rdmd headings with anchor divs, a code block, CodeTabs with "Node" / "Python" labels and copy buttons, an
 * rdmd table, an untitled callout, "Updated ... ago", the page thumbs "Did this page help you?", "What’s Next", the
 * table-of-contents column and the "Powered by" badge).
 */
const rmTitle = 'Webhooks';
const rmExcerpt = 'Receive real-time notifications when a shipment is created, moves, or is delivered.';
const rmP1 = [
  'Instead of polling the Shipments API for changes, you can register a webhook endpoint and Parcelbird will send an HTTPS <code>POST</code> ' +
    'request to it whenever something happens to one of your shipments. Each request contains a JSON body describing the event.',
];
const rmH1 = 'Registering an endpoint';
const rmP2 = [
  'You can add endpoints from the <strong>Developer settings</strong> page in the dashboard or through the API. Each account can have up to ' +
    '10 endpoints, and each endpoint can subscribe to any subset of event types.',
];
const rmCode1 = `curl https://api.parcelbird.example/v2/webhook_endpoints \\
  -u pb_test_51Hq8x: \\
  -d url="https://example.com/hooks/parcelbird" \\
  -d "events[]=shipment.delivered" \\
  -d "events[]=shipment.exception"`;
const rmP3 = ['The response includes a signing secret that starts with <code>whsec_</code>. It is only shown once, so store it somewhere safe.'];
const rmH2 = 'Event types';
const rmRows: [string, string][] = [
  ['shipment.created', 'A label was purchased and the shipment was created.'],
  ['shipment.in_transit', 'The carrier scanned the parcel for the first time.'],
  ['shipment.exception', 'The carrier reported a delay, damage or a failed delivery attempt.'],
  ['shipment.delivered', 'The carrier confirmed delivery.'],
];
const rmH3 = 'Verifying signatures';
const rmP4 = [
  'Every webhook request includes a <code>Parcelbird-Signature</code> header. It contains a timestamp and an HMAC-SHA256 signature of the ' +
    'timestamp and the raw request body, computed with your endpoint’s signing secret. Always verify the signature before trusting the payload.',
];
const rmNode = `const crypto = require('crypto');

function verify(rawBody, header, secret) {
  const [t, v1] = header.split(',').map((part) =&gt; part.split('=')[1]);
  const expected = crypto.createHmac('sha256', secret).update(t + '.' + rawBody).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v1));
}`;
const rmPython = `import hashlib, hmac

def verify(raw_body: bytes, header: str, secret: str) -&gt; bool:
    t, v1 = [part.split("=")[1] for part in header.split(",")]
    expected = hmac.new(secret.encode(), f"{t}.".encode() + raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, v1)`;
const rmCallout =
  'Use the raw request body when computing the signature. Many frameworks parse JSON automatically, and re-serializing the parsed body ' +
  'will change whitespace and key order, so the signature will not match.';
const rmP5 = ['Reject any request whose timestamp is more than five minutes old. This protects you against replay attacks if a request is ever intercepted.'];
const rmH4 = 'Retries';
const rmP6 = [
  'Your endpoint should return a <code>2xx</code> status within 10 seconds. If it returns anything else, or times out, Parcelbird retries the ' +
    'delivery with exponential backoff for up to three days:',
];
const rmList = [
  'The first retry happens after about one minute.',
  'Later retries double the wait each time, up to a maximum of six hours between attempts.',
  'After three days of failures the event is dropped and the endpoint is marked as failing in the dashboard.',
];
const rmP7 = ['Because of retries, your endpoint may receive the same event more than once. Use the event’s <code>id</code> field to ignore duplicates.'];
const rmH5 = 'Testing locally';
const rmP8 = [
  'From the dashboard you can send a test event of any type to any endpoint. Test events have <code>livemode</code> set to <code>false</code> ' +
    'and are signed with the same secret as real events.',
];
const rmHeads = [rmH1, rmH2, rmH3, rmH4, rmH5];
const rmTabs = ['Home', 'Guides', 'API Reference', 'Changelog', 'Discussions'];
const rmSide: [string, string[]][] = [
  ['Getting Started', ['Welcome', 'Quickstart', 'Authentication', 'Errors', 'Rate limits']],
  ['Shipments', ['Creating a shipment', 'Tracking', 'Labels and documents', 'Returns']],
  ['Events', ['Webhooks', 'Event reference']],
  ['Libraries', ['Node.js SDK', 'Python SDK']],
];
const rmNext = ['Event reference', 'Tracking'];
const rmP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rmSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const rmH = (t: string): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${rmSlug(t)}"></div>
<div class="heading-text"><div id="section-${rmSlug(t)}" class="heading-anchor_backwardsCompatibility"></div>${t}</div>
<a aria-label="Skip link to ${t}" class="heading-anchor-icon fa fa-anchor" href="#${rmSlug(t)}"></a></h2>`;
const rmPre = (code: string, lang: string, name = ''): string => `<pre><button aria-label="Copy Code" class="rdmd-code-copy fa"></button>
<code class="rdmd-code lang-${lang} theme-light" data-lang="${lang}"
name="${name}" tabindex="0"><div class="cm-s-neo" data-testid="SyntaxHighlighter">${code}</div></code></pre>`;
const rmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Webhooks</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${rmExcerpt}"><meta property="og:title" content="Webhooks"><meta property="og:site_name" content="Parcelbird Developers">
<meta name="readme-deploy" content="5.362.0"><meta name="readme-subdomain" content="parcelbird"><meta name="readme-version" content="2.0">
<link rel="canonical" href="https://developers.parcelbird.example/docs/webhooks"><link rel="stylesheet" href="https://cdn.readme.example/hub/main-7a2e0b.css">
<script id="config" type="application/json"
data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;asset_url&quot;:&quot;https://cdn.readme.example&quot;}"></script>
<script id="ssr-props" type="application/json">{"meta":{"title":"Webhooks","type":"doc","slug":"webhooks"},"version":{"version":"2.0"}}</script></head>
<body class="body-none hub-is-home-false"><div id="ssr-main"><div class="App ThemeContext ThemeContext_light ThemeContext_classic" data-color-mode="light">
<div class="rm-Header Header3Zdrn_dSu0Gk rm-Header_classic"><div class="rm-Container rm-Container_flex"><div class="rm-Header-top Header-top">
<a class="rm-Logo Header-logo" href="/"><img alt="Parcelbird Developers" class="rm-Logo-img Header-logo-img" src="https://files.readme.example/logo.svg"></a>
<div class="Header-right"><a class="Button Button_slate_text Header-link rm-Header-top-link rm-Header-top-link_login"
href="/login?redirect_uri=/docs/webhooks">Log In</a>
</div></div><div class="rm-Header-bottom Header-bottom"><nav class="Header-left">
${rmTabs
  .map(
    (t) => `<a class="Button Button_md rm-Header-link rm-Header-bottom-link${t === 'Guides' ? ' active' : ''}"
href="/${rmSlug(t)}"><span>${t}</span></a>`,
  )
  .join('\n')}
</nav><div class="Header-right"><button aria-label="Search ⌘k" class="rm-SearchToggle" data-symbol="⌘"><div class="rm-SearchToggle-icon icon-search"></div>
<div class="rm-SearchToggle-placeholder">Search</div><div class="rm-SearchToggle-shortcut">⌘K</div></button>
<button class="Button Button_md rm-AskAI-toggle" type="button"><span>Ask AI</span></button></div></div></div></div>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex">
<nav aria-label="Table of Contents" class="rm-Sidebar hub-sidebar reference-redesign" id="hub-sidebar" role="navigation"><div class="hub-sidebar-content">
${rmSide
  .map(
    ([h, items]) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${h}</h2>
<ul class="Sidebar-list_sidebarListRfe rm-Sidebar-list">${items
      .map(
        (t) => `<li class="Sidebar-item23D-2Kd61_k3"><a aria-current="${t === 'Webhooks' ? 'page' : 'false'}" class="Sidebar-link2Dsha-r-GKh2 childless
text-wrap rm-Sidebar-link${t === 'Webhooks' ? ' active' : ''}" href="/docs/${rmSlug(t)}" target="_self"><span class="Sidebar-link-textPB7bX6ljGY2r">
<span class="Sidebar-link-text_label1gCT_uPnx7Gu">${t}</span></span></a></li>`,
      )
      .join('\n')}</ul></section>`,
  )
  .join('\n')}
<a class="rm-Sidebar-poweredBy" href="https://readme.example?ref_src=hub&amp;project=parcelbird"><span>Powered by </span><svg
class="rm-Logo"></svg></a></div></nav>
<article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9">
<h1 class="Title-2gTzQzDqjRWt rm-Article-title">${rmTitle}</h1></div><div class="col-xs-3"><a class="suggestEdits" href="/edit/webhooks">
<i class="icon icon-edit"></i><span>Suggest Edits</span></a></div></div><div class="markdown-body excerpt"><p>${rmExcerpt}</p></div></header>
<div class="grid-container-fluid" id="content-container"><section class="content-body grid-75"><div class="markdown-body rm-Markdown" data-testid="RDMD">
${rmP(rmP1)}
${rmH(rmH1)}
${rmP(rmP2)}
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-inner">${rmPre(rmCode1, 'shell')}</div></div>
${rmP(rmP3)}
${rmH(rmH2)}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th>Event</th><th>Sent when</th></tr></thead><tbody>
${rmRows.map(([e, d]) => `<tr><td><code>${e}</code></td><td>${d}</td></tr>`).join('\n')}</tbody></table></div></div>
${rmH(rmH3)}
${rmP(rmP4)}
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button type="button" value="javascript" class="CodeTabs_active">Node</button>
<button type="button" value="python">Python</button></div><div class="CodeTabs-inner">${rmPre(rmNode, 'javascript', 'Node')}
${rmPre(rmPython, 'python', 'Python')}</div></div>
<blockquote class="callout callout_warn"
theme="🚧"><h3 class="callout-heading empty"><span class="callout-icon">🚧</span></h3><p>${rmCallout}</p></blockquote>
${rmP(rmP5)}
${rmH(rmH4)}
${rmP(rmP6)}
<ul>${rmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rmP(rmP7)}
${rmH(rmH5)}
${rmP(rmP8)}
</div>
<div class="UpdatedAt rm-UpdatedAt"><i class="icon icon-clock"></i><span>Updated 2 months ago</span></div>
<hr><div class="NextStepsWrapper"><h2 class="NextSteps-title">What’s Next</h2><ul>
${rmNext.map((t) => `<li><a class="NextSteps-link" href="/docs/${rmSlug(t)}"><i class="icon icon-arrow-right"></i>${t}</a></li>`).join('\n')}</ul></div>
<div class="PageThumbs rm-PageThumbs"><div class="PageThumbs-helpful">Did this page help you?</div><button class="Button Button_sm PageThumbs-button">
<span class="Button-label">Yes</span></button><button class="Button Button_sm PageThumbs-button"><span class="Button-label">No</span></button></div></section>
<div class="content-toc grid-25"><nav><ul class="toc-list"><li><a class="tocHeader" href="#"><i class="icon icon-text-align-left"></i>Table of Contents</a></li>
<li class="toc-children"><ul>${rmHeads.map((h) => `<li><a href="#${rmSlug(h)}">${h}</a></li>`).join('')}</ul></li></ul></nav></div></div></article>
</div></main></div></div>
<script src="https://cdn.readme.example/hub/main-7a2e0b.js" defer></script></body></html>`;

export const readmeDoc: TestPage = {
  name: 'heldout83-readme-product-docs',
  kind: 'docs',
  html: rmHtml,
  // the excerpt is body; table data cells are body (header cells and code blocks in neither list); the untitled callout
  // is body; the sidebar entry "Webhooks" (the title) and the table of contents entries (the headings) are left out
  title: rmTitle,
  headings: rmHeads,
  body: [
    rmExcerpt,
    ...texts(rmP1),
    ...texts(rmP2),
    ...texts(rmP3),
    ...rmRows.flat(),
    ...texts(rmP4),
    rmCallout,
    ...rmP5,
    ...texts(rmP6),
    ...rmList,
    ...texts(rmP7),
    ...texts(rmP8),
  ],
  bylines: ['Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', ...rmTabs, 'Search', '⌘K', 'Ask AI', ...rmSide.flatMap(([h, items]) => [h, ...items.filter((t) => t !== 'Webhooks')]), 'Powered by',
    'Suggest Edits', 'Node', 'Python', 'What’s Next', 'Did this page help you?', 'Yes', 'No', 'Table of Contents',
  ],
};
