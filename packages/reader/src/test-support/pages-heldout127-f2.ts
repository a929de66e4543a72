import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 127, file f2: a Confluence Cloud page in a public knowledge-base space, saved by an anonymous visitor (Atlassian
 * skip links, the top navigation with search and "Log in", the space sidebar with its shortcuts and page tree, the breadcrumbs,
 * the title, the "Owned by" / "Last updated" / read-time byline and the "Verified" status, the renderer document with heading
 * anchor buttons, an info panel, ordered steps, a table, a code block, a note panel, collapsed expand sections whose content is
 * hidden, the "Related articles" content-by-label macro, labels, the like bar, "Related content" and the cookie banner).
 */
const title = 'Connect to the office VPN on macOS';
const intro = [
  'This article explains how to install the Larchmont Health VPN client on a Mac and connect to the office network from home or while ' +
    'travelling. You need the VPN to reach the patient records system, shared drives and internal websites from outside the building.',
] as const;
const info = ['Staff laptops supplied by IT already have the VPN client installed. If yours does, skip to Connect to the VPN.'] as const;
const hBefore = 'Before you start';
const before = [
  'Your Mac must be running macOS 13 Ventura or later.',
  'You need your network username and password, and the Larchmont Authenticator app set up on your phone.',
  'You need administrator rights on the Mac to install the client. If you do not have them, raise a ticket with the IT Service Desk.',
];
const hInstall = 'Install the VPN client';
const install = [
  'Open Self Service from the Applications folder.',
  'Search for “Larchmont VPN” and click Install.',
  'When macOS asks you to allow a system extension, open System Settings, go to Privacy &amp; Security and click Allow next to “Larchmont VPN”.',
  'Restart the Mac when the installer asks you to.',
];
const hConnect = 'Connect to the VPN';
const connect = ['Click the shield icon in the menu bar and choose Connect. If the client asks for server details, use the settings below.'];
const settings = [
  ['Server', 'vpn.larchmont-health.example'],
  ['Protocol', 'IKEv2'],
  ['Username', 'Your network username, without @larchmont-health.example'],
] as const;
const connect2 = [
  'Approve the sign-in request in the Larchmont Authenticator app. The shield icon turns green when you are connected.',
  'If you manage your Mac from the command line, you can check the connection status with:',
];
const note = [
  'The VPN disconnects automatically after 12 hours. Save your work before the end of a long shift, because you will need to sign in again.',
] as const;
const hTrouble = 'Troubleshooting';
const expands = [
  {
    title: 'I get “Authentication failed”',
    body: [
      'Check that Caps Lock is off and that you are using your network username, not your email address. If your password expired ' +
        'recently, change it on a computer in the office first, then try again.',
    ],
  },
  {
    title: 'The VPN connects but I cannot open internal websites',
    body: [
      'Quit and reopen your browser. If that does not help, disconnect, wait 30 seconds and connect again. Home routers that block IKEv2 ' +
        'traffic can also cause this; try connecting from a phone hotspot to check.',
    ],
  },
];
const contact = ['Still stuck? Raise a ticket with the IT Service Desk or call extension 4400, 24 hours a day.'] as const;
const related = ['Related articles', 'Connect to the office VPN on Windows', 'Set up the Larchmont Authenticator app', 'Reset your network password'] as const;
const skip = ['Skip to:', 'Top navigation', 'Sidebar', 'Main content'] as const;
const topnav = ['Search', 'Log in'] as const;
const sidebar = [
  'IT Help Centre',
  'Overview',
  'Content',
  'Getting started',
  'Network and VPN',
  'Connect to the office VPN on Windows',
  'Printers and scanners',
  'Accounts and passwords',
  'Blogs',
  'Space settings',
] as const;
const crumbs = ['IT Help Centre', 'Network and VPN'];
const status = 'Verified';
const labels = ['vpn', 'macos', 'kb-how-to-article'];
const likes = ['Like', 'Be the first to like this', 'Add reaction'] as const;
const relContent = [
  'Related content',
  'VPN access for contractors',
  'IT Help Centre',
  'Working from home: equipment checklist',
  'Remote Working',
  'Out-of-hours IT support',
] as const;
const cookie = [
  'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising. Accept all cookies to ' +
    'indicate that you agree to our use of cookies on your device.',
  'Atlassian cookies and tracking notice',
  'Preferences',
  'Only necessary',
  'Accept all',
] as const;
const bylines = ['Owned by Marisol Ekwueme', 'Last updated: Mar 12, 2025 by Tomasz Brill', '3 min read'];
let pos = 1;
const at = (): string => `data-renderer-start-pos="${(pos += 37)}"`;
const p = (t: string): string => `<p ${at()}>${t}</p>`;
const h2 = (t: string): string => `<h2 id="${t.replace(/\W+/g, '-')}" ${at()}><span class="heading-anchor-wrapper"><button class="css-1ffgdw2"
aria-label="Copy link to heading" data-testid="anchor-button"><span role="img" aria-label="Copy link to heading"
class="css-snhnyn"></span></button></span>${t}</h2>`;
const ol = (a: readonly string[]): string => `<ol class="ak-ol" start="1" data-indent-level="1">${a.map((t) => `<li><p ${at()}>${t}</p></li>`).join('')}</ol>`;
const ul = (a: readonly string[]): string => `<ul class="ak-ul" data-indent-level="1">${a.map((t) => `<li><p ${at()}>${t}</p></li>`).join('')}</ul>`;
const panel = (type: string, inner: string): string => `<div class="ak-editor-panel" data-panel-type="${type}" data-testid="panel-${type}"><div
class="ak-editor-panel__icon" data-panel-type="${type}"><span role="img" aria-label="Panel ${type}" class="css-1afrefi"></span></div>
<div class="ak-editor-panel__content">${inner}</div></div>`;
const expand = (
  e: (typeof expands)[number],
): string => `<div class="ak-renderer-extension expand-container" data-node-type="expand" data-title="${e.title.replace(
  /“|”/g,
  '&quot;',
)}" data-expanded="false"><button class="css-1qc0lg" aria-label="Expand content" aria-expanded="false" data-testid="expand-container-button"><span
class="css-6bthhh"><span role="img" aria-label="Expand content"></span></span><span class="css-w9gihb">${e.title}</span></button><div class="css-1mtzs0x"
style="display:none" data-testid="expand-content">${e.body.map(p).join('')}</div></div>`;
const doc = `${intro.map(p).join('\n')}
${panel('info', p(info[0].replace('Connect to the VPN', '<a href="#Connect-to-the-VPN">Connect to the VPN</a>')))}
${h2(hBefore)}
${ul(before)}
${h2(hInstall)}
${ol(install)}
${h2(hConnect)}
${ol(connect)}
<div class="pm-table-container" data-layout="default"><div class="pm-table-wrapper"><table data-number-column="false" data-layout="default"
data-autosize="false" data-table-local-id="7f2a1c3e"><colgroup><col style="width:200px"><col style="width:560px"></colgroup><tbody><tr><th rowspan="1"
colspan="1" class="ak-renderer-tableHeader-sortable-column__wrapper"><div class="ak-renderer-tableHeader-sortable-column"><p ${at()}><strong>Setting</strong>
</p></div></th><th rowspan="1" colspan="1"><p ${at()}><strong>Value</strong></p></th></tr>
${settings.map(([k, v]) => `<tr><td rowspan="1" colspan="1"><p ${at()}>${k}</p></td><td rowspan="1" colspan="1"><p ${at()}>${v}</p></td></tr>`).join('\n')}
</tbody></table></div></div>
<ol class="ak-ol" start="2" data-indent-level="1">${connect2.map((t) => `<li><p ${at()}>${t}</p></li>`).join('')}</ol>
<div class="code-block css-1qkkrh5" data-testid="renderer-code-block"><span class="code-block-content-wrapper"><code class="language-bash"
data-testid="code-block">scutil --nc status "Larchmont VPN"</code></span><button aria-label="Copy as text" class="css-copy-btn"></button></div>
${panel('note', p(note[0]))}
${h2(hTrouble)}
${expands.map(expand).join('\n')}
${p(contact[0])}
<h2 id="Related-articles" ${at()}><span class="heading-anchor-wrapper"><button class="css-1ffgdw2" aria-label="Copy link to
heading"></button></span>${related[0]}</h2>
<div class="ak-renderer-extension" data-extension-type="com.atlassian.confluence.macro.core" data-extension-key="contentbylabel" data-layout="default">
<ul class="content-by-label">${related
  .slice(1)
  .map((t) => `<li><span class="icon aui-icon content-type-page"></span><div class="details"><a href="/wiki/spaces/ITHC/pages/${t.length}">${t}</a></div></li>`)
  .join('')}</ul></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - IT Help Centre - Confluence</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Confluence"><link rel="icon" href="/wiki/favicon.ico">
<script>window.__SSR_RENDERED__=true;window.__SSR_ROUTE__="VIEW_PAGE";window.__SSR_CONTENT_ID__="2284061537";window.__SSR_SPACE_KEY__="ITHC";</script>
<style data-emotion="css 1ffgdw2 snhnyn">.css-1ffgdw2{display:flex;align-items:center;justify-content:center;width:24px;height:24px}</style>
<link rel="stylesheet" href="https://confluence-cdn.atlassian.com/frontend/confluence.web.core/main.css"></head>
<body class="confluence-cloud-ui"><div id="root"><div data-testid="page-layout.root" class="css-1ev9n8n">
<div data-skip-link-wrapper="true" class="css-skip"><span>${skip[0]}</span><ol>${skip
  .slice(1)
  .map((t) => `<li><a href="#${t.replace(/ /g, '-').toLowerCase()}">${t}</a></li>`)
  .join('')}</ol></div>
<header id="top-navigation" role="banner" data-testid="app-navigation" class="css-1nyu5m8"><a href="/wiki/home" class="css-logo" aria-label="Larchmont Health
Confluence"><img src="/wiki/download/attachments/logo/larchmont-logo.png" alt="Larchmont Health" height="24"></a><div role="search" class="css-search"><input
type="search" placeholder="${topnav[0]}" aria-label="${topnav[0]}" data-testid="search-input"></div><a class="css-login"
href="/login?dest-url=%2Fwiki">${topnav[1]}</a>
</header>
<nav id="sidebar" aria-label="Space navigation" data-testid="space-navigation" class="css-sidebar"><div class="css-space-header"><img alt=""
src="/wiki/space-icon.png"
width="24"><span class="css-space-name" data-testid="space-name">${sidebar[0]}</span></div><ul class="css-shortcuts"><li><a
href="/wiki/spaces/ITHC/overview">${sidebar[1]}
</a></li></ul><div class="css-tree-header">${sidebar[2]}</div><ul role="tree" data-testid="page-tree">${sidebar
  .slice(3, 8)
  .map(
    (t) =>
      `<li role="treeitem"><a href="/wiki/spaces/ITHC/pages/${t.length}">${t}</a>${
        t === 'Network and VPN'
          ? `<ul role="group"><li role="treeitem"
aria-current="page"><a href="/wiki/spaces/ITHC/pages/2284061537">${title}</a></li></ul>`
          : ''
      }</li>`,
  )
  .join('')}</ul><ul class="css-footer-links"><li><a href="/wiki/spaces/ITHC/blog">${sidebar[8]}</a></li><li><a href="/wiki/spaces/ITHC/settings">${sidebar[9]}
</a></li></ul></nav>
<main id="main-content" data-testid="grid-main-container" class="css-main"><div data-testid="content-header"><nav aria-label="Breadcrumbs"
data-testid="breadcrumbs">
<ol class="css-breadcrumbs">${crumbs.map((c) => `<li><a href="/wiki/spaces/ITHC/pages/${c.length}">${c}</a></li>`).join('')}</ol></nav>
<h1 data-testid="title-text" id="title-text" class="css-title"><span>${title}</span></h1>
<div data-testid="page-metadata-banner" class="css-byline"><span class="css-owner">Owned by <a href="/wiki/people/5f1a">Marisol Ekwueme</a></span><span
class="css-sep">·</span><span class="css-updated">Last updated: <a href="/wiki/pages/viewpreviousversions.action">Mar 12, 2025</a> by <a
href="/wiki/people/7c20">Tomasz
Brill</a></span><span class="css-sep">·</span><span data-testid="read-time">3 min read</span><span class="css-lozenge"
data-testid="page-status-lozenge">${status}</span>
</div></div>
<div id="content-body" data-testid="content-body" class="wiki-content"><div class="ak-renderer-wrapper is-full-width"><div class="ak-renderer-document">
${doc}
</div></div></div>
<div data-testid="labels-section" class="css-labels">${labels.map((l) => `<a href="/wiki/label/ITHC/${l}" class="css-label">${l}</a>`).join('')}</div>
<div data-testid="reactions" class="css-reactions"><button data-testid="like-button">${likes[0]}</button><span>${likes[1]}</span><button
aria-label="${likes[2]}">${likes[2]}</button></div>
<section data-testid="related-content" class="css-related"><h2 class="css-related-heading">${relContent[0]}</h2><ul>${[1, 3]
  .map(
    (
      i,
    ) => `<li><a href="/wiki/spaces/ITHC/pages/${i}"><span class="css-related-title">${relContent[i]}</span><span class="css-related-space">${relContent[i + 1]}
</span></a></li>`,
  )
  .join('')}<li><a href="/wiki/spaces/ITHC/pages/5"><span class="css-related-title">${relContent[5]}</span></a></li></ul></section></main></div></div>
<div id="atlassian-cookie-banner" role="region" aria-label="Cookie banner" class="css-cookie"><p>${cookie[0]} <a href="https://www.atlassian.com/legal/cookies">
${cookie[1]}</a></p><button>${cookie[2]}</button><button>${cookie[3]}</button><button>${cookie[4]}</button></div>
<script src="https://confluence-cdn.atlassian.com/frontend/confluence.web.core/main.js" defer></script>
</body></html>`;
export const confluence: TestPage = {
  name: 'heldout127-confluence-kb',
  kind: 'wiki',
  html,
  // panel texts are body; the settings table's data cells are body, its header cells neither; the code block is in neither
  // list; the collapsed expand sections' contents are body and their toggle titles in neither list; the "Related articles"
  // macro (with its heading), labels, the like bar and "Related content" are furniture
  title,
  headings: [hBefore, hInstall, hConnect, hTrouble],
  body: texts([...intro, ...info, ...before, ...install, ...connect, ...settings.flat(), ...connect2, ...note, ...expands.flatMap((e) => e.body), ...contact]),
  bylines: [...bylines],
  furniture: [...skip, ...topnav, ...sidebar, ...crumbs, status, ...related, ...labels, ...likes, ...relContent, ...cookie],
};
