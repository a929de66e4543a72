import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file e3: a guide page on a ReadMe.com developer hub of an invented accounting API (the hub header
 * with "Jump to Content", logo, top links and "Log In", the bottom bar with Guides / API Reference / Changelog /
 * Discussions, the search toggle with its CTRL-K hint and "Ask AI", the sidebar sections, the article header with the
 * excerpt, RDMD headings with skip-link anchors, callouts whose titles are h3 elements with emoji icons, a code tabs
 * block, a markdown table, "Updated" time, "What’s Next", "Did this page help you?", pagination, the "Table of
 * Contents" column and the "Powered by" footer).
 */
const title = 'Authentication';
const excerpt = 'Authenticate requests to the Ledgerly API with secret keys, and limit what each key can do with scopes.';
const intro = [
  'Every request to the Ledgerly API must carry an API key. Keys identify your organisation, decide whether the request runs against live or ' +
    'test data, and limit which endpoints the caller may use.',
];
const h1 = 'API keys';
const keys = [
  'Create keys in the dashboard under Settings → Developers. Each key has a name, an environment and a set of scopes. The full key is shown ' +
    'once, when you create it; afterwards only its last four characters are visible, so store it in your secrets manager straight away.',
];
const c1h = 'Test keys are free to use';
const c1 = 'Requests made with a test key run against a sandbox copy of your ledger. Nothing is posted to your real books, and no bank transfers are made.';
const h2 = 'Sending your key';
const send = [
  'Pass the key in the Authorization header as a bearer token. Requests without a valid key receive a 401 response with the error code ' +
    '<code>invalid_api_key</code>.',
];
const c2h = 'Keep secret keys on your server';
const c2 =
  'Never put a secret key in a mobile app, a browser bundle or a public repository. Anyone who has the key can read your ledger and, ' +
  'with the right scope, move money. If a key leaks, revoke it in the dashboard at once.';
const h3 = 'Key scopes';
const scopesIntro = ['Give each key only the scopes it needs. The most common combinations are:'];
const scopeRows: [string, string, string][] = [
  ['ledger:read', 'Reading accounts, journals and balances', 'Reporting tools and dashboards'],
  ['ledger:write', 'Posting and reversing journal entries', 'Invoicing and billing systems'],
  ['payments:write', 'Creating bank transfers and payouts', 'Payroll, only on a dedicated key'],
];
const h4 = 'Rotating keys';
const rotate = [
  'Rotate keys at least once a year, and immediately when someone who had access leaves your team. Ledgerly lets two keys with the same scopes ' +
    'be active at once, so you can roll a new key out to your servers, check that traffic has moved over in the request log, and only then revoke ' +
    'the old one.',
  'Revoked keys stop working within a minute everywhere. Requests already in flight are allowed to finish.',
];
const plainOf = (s: string): string => s.replace(/<[^>]+>/g, '');
const topLinks = ['Home', 'Dashboard', 'Status'];
const bottom = ['Guides', 'API Reference', 'Changelog', 'Discussions'];
const side: [string, string[]][] = [
  ['Getting Started', ['Welcome to Ledgerly', 'Quickstart', 'Authentication', 'Environments']],
  ['Core Concepts', ['Accounts and journals', 'Multi-currency', 'Idempotent requests', 'Pagination']],
  ['Integrations', ['Webhooks', 'Bank feeds', 'Exporting to spreadsheets']],
];
const next = ['Environments', 'Idempotent requests'];
const slug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const h = (t: string): string => `<h2 class="heading heading-2 header-scroll" align=""><div class="heading-anchor anchor waypoint" id="${slug(t)}"></div>
<div class="heading-text"><div id="section-${slug(t)}" class="heading-anchor_backwardsCompatibility"></div>${t}</div><a aria-label="Skip link to ${t}"
class="heading-anchor-icon fa fa-anchor" href="#${slug(t)}"></a></h2>`;
const callout = (kind: string, icon: string, head: string, t: string): string => `<blockquote class="callout callout_${kind}" theme="${icon}"><h3
class="callout-heading"><span class="callout-icon">${icon}</span><p>${head}</p></h3><p>${t}</p></blockquote>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const btn = (t: string, cls: string, href: string): string => `<a class="Button Button_md rm-Header-link ${cls} Button_slate_text Header-link2tXYTgXq4Ki"
href="${href}" target="_self"><span class="Button-label">${t}</span></a>`;
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Authentication</title><meta content="${excerpt}" name="description">
<meta content="Authentication" property="og:title"><meta content="https://docs.ledgerly.example/docs/authentication" property="og:url">
<meta content="https://files.readme.io/3f1c2a-ledgerly-og.png" property="og:image"><meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta content="ReadMe" name="generator"><link rel="canonical" href="https://docs.ledgerly.example/docs/authentication">
<link rel="stylesheet" href="https://cdn.readme.io/public/hub/web/Footer.7ca87f1efe735da787ba.css"><link rel="stylesheet"
href="https://cdn.readme.io/public/hub/web/main.a2e8c1b8f3e7.css"><script>window.__REACT_QUERY_DEHYDRATED_STATE__ = {};</script>
<script id="config" type="application/json"
data-json="{&quot;algoliaIndex&quot;:&quot;readme_search_v2&quot;,&quot;domain&quot;:&quot;readme.io&quot;}"></script>
</head><body class="body-none theme-light header-solid header-bg-size-auto header-bg-pos-tl header-overlay-triangles reference-layout-row lumosity-normal
hub-full-app"><div id="ssr-top"></div><div id="ssr-main"><div class="App ThemeContext ThemeContext_dark ThemeContext_classic" data-color-mode="light"
style="--color-primary:#1f6f5c;--color-primary-inverse:#fff;--color-link-primary:#1f6f5c"><div class="SuperHubDN0ewN8eAJ5r"><div class="rm-Header
Header3zzata9F_ZPQ rm-Header_classic Header_collapsible3n0YXfOvb_Al"><div class="rm-Header-top Header-top2Pxm4-4-HoVc"><div class="rm-Container
rm-Container_flex"><div style="outline:none" tabindex="-1"><a href="#content" target="_self" class="Button Button_md rm-JumpTo Header-jumpTo3IWKQXmhSI5D
Button_primary">Jump to Content</a></div><div class="Flex Flex_row Header-left1qpZjnMzLU2t"><a class="rm-Logo Header-logo1Xy41PtkzbdG"
href="https://ledgerly.example" target="_self"><img alt="Ledgerly" class="rm-Logo-img Header-logo-img3YvV4lcGKkeb"
src="https://files.readme.io/ledgerly-logo.svg">
</a>${topLinks.map((t) => btn(t, 'rm-Header-top-link', `https://${slug(t)}.ledgerly.example`)).join('\n')}</div><div class="Header-right21PVqaJvUqmE">
<div class="rm-Header-top-link-login Header-loginGdrDJ2tN7VIG"><a class="rm-Header-link rm-Header-top-link Button Button_slate_text Button_md"
href="/login?redirect_uri=/docs/authentication" target="_self"><span class="Button-label">Log In</span></a></div></div></div></div>
<div class="Header-bottom2eLKOFXMEmh5 rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav aria-label="Primary navigation"
class="Header-leftADQdGVqx1wqU" role="navigation">${bottom
  .map((t, i) => btn(t, `rm-Header-bottom-link${i === 0 ? ' active' : ''}`, `/${i === 0 ? 'docs' : slug(t)}`))
  .join('\n')}</nav><div class="Header-right21PVqaJvUqmE"><div class="rm-Header-search Header-searchtb6Foi0-D9Vx"><button aria-label="Search ⌘k"
class="rm-SearchToggle" data-symbol="⌘"><div class="rm-SearchToggle-icon icon-search1"></div><div class="rm-SearchToggle-placeholder">Search</div>
<div class="rm-SearchToggle-shortcut">CTRL-K</div></button></div><button aria-label="Ask AI" class="Button Button_sm rm-AskAI Button_secondary"><span
class="Button-label">Ask AI</span></button></div></div></div></div>
<main class="rm-Guides"><div class="rm-Container rm-Container_flex"><nav aria-label="Secondary navigation" class="rm-Sidebar hub-sidebar
reference-redesign Nav3C5f8FcjkaHj" id="hub-sidebar" role="navigation"><div class="Sidebar1t2G1ZJq-vU1 rm-Sidebar hub-sidebar-content">
${side
  .map(
    ([g, items]) => `<section class="Sidebar-listWrapper6Q9_yUrG906C rm-Sidebar-section"><h2 class="Sidebar-headingTRQyOa2pk0gh rm-Sidebar-heading">${g}</h2>
<ul class="Sidebar-list_sidebar-list3Ntbl2YS8mLE rm-Sidebar-list" role="tree">${items
      .map(
        (t) => `<li class="Sidebar-item23D-2Kd61_k3" role="treeitem"><a${t === title ? ' aria-current="page"' : ''} class="Sidebar-link2Dsha-r-GKh2
childless text-wrap rm-Sidebar-link${t === title ? ' active' : ''}" target="_self" href="/docs/${slug(t)}"><span class="Sidebar-link-textF9wMXASMWbQJ">
<span class="Sidebar-link-text_label1gCT_uPnx7Gu">${t}</span></span></a></li>`,
      )
      .join('')}</ul></section>`,
  )
  .join('\n')}</div></nav>
<article class="rm-Article" id="content"><header id="content-head"><div class="row clearfix"><div class="col-xs-9"><h1 class="heading-title">${title}</h1>
</div></div><div class="excerpt"><p>${excerpt}</p></div></header>
<div class="grid-100"><div class="content-body"><div class="rm-Markdown markdown-body ng-non-bindable" data-testid="RDMD">
${ps(intro)}
${h(h1)}
${ps(keys)}
${callout('info', '👍', c1h, c1)}
${h(h2)}
${ps(send)}
<div class="CodeTabs CodeTabs_initial theme-light"><div class="CodeTabs-toolbar"><button class="CodeTabs_active" type="button" value="shell">cURL</button>
<button type="button" value="javascript">Node</button></div><div class="CodeTabs-inner"><pre><button aria-label="Copy Code" class="rdmd-code-copy fa">
</button><code class="rdmd-code lang-shell theme-light" data-lang="shell" name="" tabindex="0"><div class="cm-s-neo" data-testid="SyntaxHighlighter"
>curl https://api.ledgerly.example/v2/accounts \\
  -H <span class="cm-string">"Authorization: Bearer lk_live_••••••••3f9a"</span></div></code></pre></div></div>
${callout('warn', '🚧', c2h, c2)}
${h(h3)}
${ps(scopesIntro)}
<div class="rdmd-table"><div class="rdmd-table-inner"><table><thead><tr><th style="text-align:left">Scope</th><th style="text-align:left">Allows</th>
<th style="text-align:left">Typical use</th></tr></thead><tbody>${scopeRows
  .map((r) => `<tr><td style="text-align:left"><code>${r[0]}</code></td><td style="text-align:left">${r[1]}</td><td style="text-align:left">${r[2]}</td></tr>`)
  .join('\n')}</tbody></table></div></div>
${h(h4)}
${ps(rotate)}
</div></div></div>
<div class="UpdatedAt3LP_1FAjCsHc rm-UpdatedAt"><p>Updated about 1 month ago</p></div><hr class="rm-Article-divider">
<section class="Next2MPiY8B3c8f9 rm-Next"><h2 class="Next-title1Tea0ByKhbHx">What’s Next</h2><ul class="Next-list3ai0R4nUh6Zb">${next
  .map((t) => `<li><a class="Next-link1GZhaKq3jLtz" href="/docs/${slug(t)}" target="_self"><span>${t}</span></a></li>`)
  .join('')}</ul></section>
<div class="Rating1ZVTi0YPFcch rm-Rating"><span class="Rating-question">Did this page help you?</span><button class="Button Button_sm Button_secondary
Button_outline" type="button"><span class="Button-label">Yes</span></button><button class="Button Button_sm Button_secondary Button_outline"
type="button"><span class="Button-label">No</span></button></div>
<nav aria-label="Pagination" class="rm-Pagination Pagination2ibiG3nZ8bC9"><a class="Pagination-prev" href="/docs/quickstart"><i class="icon
icon-arrow-left2"></i><div class="Pagination-text"><span class="Pagination-label">Quickstart</span></div></a><a class="Pagination-next"
href="/docs/environments"><div class="Pagination-text"><span class="Pagination-label">Environments</span></div><i class="icon icon-arrow-right2"></i></a>
</nav></article>
<nav aria-label="Table of contents" class="rm-ToC content-toc TableOfContents3ow1y0kR1TsX"><div class="content-toc-title TableOfContents-title">
<i class="icon icon-text-align-left"></i>Table of Contents</div><ul class="toc-list">${[h1, h2, h3, h4]
  .map((t) => `<li><a class="tocHeader" href="#${slug(t)}"><i class="icon icon-chevron-rightward"></i>${t}</a></li>`)
  .join('')}</ul></nav></div></main>
<footer class="rm-Footer Footer2UqGhgTk0aGB"><div class="rm-Container"><a class="Footer-link3Oyb3HhT_n0k"
href="https://readme.com?ref_src=hub&amp;project=ledgerly"
target="_blank"><span class="Footer-link-text">Powered by</span><svg class="Footer-logo" aria-label="ReadMe" role="img"></svg></a></div></footer>
</div></div></div><div id="ssr-bottom"></div>
<script id="ssr-props" type="application/json">{"baseUrl":"/","is404":false,"lang":"en","version":"2.0"}</script>
<script src="https://cdn.readme.io/public/hub/web/main.a2e8c1b8f3e7.js" defer></script>
</body></html>`;

export const readmePage: TestPage = {
  html,
  name: 'heldout150-readme-guide-docs',
  kind: 'docs',
  // the excerpt under the h1 is body; the callout titles (h3 elements inside the callouts) are headings and their texts
  // body, the emoji icons in neither list; table data cells are body except the scope cells, which hold only code; code
  // tab labels are in neither list; "Updated about 1 month ago" is a byline; "Table of Contents" entries repeat the
  // headings and are left out
  title,
  headings: [h1, c1h, h2, c2h, h3, h4],
  body: [excerpt, ...intro, ...keys, c1, ...send, c2, ...scopesIntro, ...scopeRows.flatMap((r) => r.slice(1)), ...rotate].map(plainOf),
  bylines: ['Updated about 1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', ...topLinks, 'Log In', ...bottom, 'Search', 'CTRL-K', 'Ask AI', ...side.flatMap(([g, i]) => [g, ...i]).filter((t) => t !== title),
    'What’s Next', 'Did this page help you?', 'Yes', 'No', 'Table of Contents', 'Powered by',
  ],
};
