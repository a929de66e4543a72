import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis, rowText, tr } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file d: a Discourse community thread on a registrar's forum (a stuck domain transfer, solved) with the
 * topic map, the accepted-answer box and suggested topics, and a Docusaurus (v3, classic theme) docs page on pointing a domain
 * at a static hosting service, with a sidebar, a table of contents, an admonition, a code block and a DNS table.
 */
const dTitle = 'Transfer stuck on "pending" for six days – .com from another registrar';
const dPosts = [
  {
    user: 'marguerite_l',
    date: 'Nov 12',
    paras: [
      j(
        'I started a transfer of my .com six days ago. I unlocked it, pasted the auth code and paid, but the status page still says',
        '"Pending – waiting for the current registrar". Is this normal? My old registrar says everything is fine on their side.',
      ),
      'The domain was registered in 2019, so the 60-day rule should not apply.',
    ],
  },
  {
    user: 'tomasz.dev',
    date: 'Nov 12',
    paras: [
      j(
        'Five days is the usual maximum, so six is unusual. Did you get the approval email? Without that click the transfer sits in',
        'pending until it times out.',
      ),
    ],
  },
  {
    user: 'marguerite_l',
    date: 'Nov 13',
    paras: ['I never saw an approval email. I have WHOIS privacy on, could that be the problem?'],
  },
  {
    user: 'Ines_Staff',
    date: 'Nov 13',
    paras: [
      j(
        'Yes, that is the cause. Your privacy service at the old registrar does not forward transfer emails, so the approval never',
        'reached you. I have resent it to the address on your Linden account instead.',
      ),
      'Click the link in the email and the transfer should complete within a few hours.',
    ],
  },
  {
    user: 'marguerite_l',
    date: 'Nov 14',
    paras: ['That worked, the domain showed up in my account this morning. Thank you!'],
  },
];
const dSuggested = [
  ['Can I transfer a .de domain that expires next week?', 'Domains', '4', '210', 'Oct 30'],
  ['Auth code rejected as invalid', 'Domains', '7', '1.2k', 'Nov 2'],
  ['Moving DNS to Linden without downtime', 'DNS', '2', '388', 'Nov 9'],
];
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular">
<article id="post_${i + 1}" aria-label="Post #${i + 1} by @${p.user}" role="region" data-post-id="${88120 + i}" data-topic-id="6612"
data-user-id="${400 + i}" class="boxed onscreen-post${i === 3 ? ' accepted-answer' : ''}"><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/community.lindennames.com/${p.user}/96/1182_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.user === 'Ines_Staff' ? ' staff' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/transfer-stuck-on-pending/6612/${i + 1}"
title="Post date"><span title="${p.date}, 2026 9:1${i} am" data-time="176294${i}000000" data-format="tiny"
class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${i === 0 ? dSolved : ''}${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="btn no-text btn-icon toggle-like like widget-button btn-flat" title="like this post" aria-label="like this post"><svg
class="fa d-icon d-icon-d-unliked
svg-icon svg-string"><use href="#far-heart"></use></svg></button><button class="btn no-text btn-icon share widget-button btn-flat"
title="share a link to this post"
aria-label="share a link to this post"><svg class="fa d-icon d-icon-link svg-icon"><use href="#link"></use></svg></button>
<button class="btn btn-icon-text reply create fade-out widget-button btn-flat" title="Begin composing a reply to this post" aria-label="Reply">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div>
</article></div>`;
const dSolved = `<aside class="quote accepted-answer" data-post="4" data-topic="6612" data-expanded="false"><div class="title"><div
class="quote-controls"></div>
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/Ines_Staff">Ines_Staff</a> in
<a href="/t/transfer-stuck-on-pending/6612/4">post #4</a></div></div></div><blockquote>${at(dPosts[3]?.paras ?? [], 0)}</blockquote></aside>\n`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Domains - Linden Names Community</title><meta name="description" content="I started a transfer of my .com six days ago.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="canonical"
href="https://community.lindennames.com/t/transfer-stuck-on-pending/6612">
<meta property="og:site_name" content="Linden Names Community"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link href="/stylesheets/desktop_d1f2a.css?__ws=community.lindennames.com" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle.replace(/"/g, '\\"')}",
"author":{"@type":"Person","name":"marguerite_l"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.lindennames.com" data-environment="production"></head>
<body class="crawler-disabled category-domains docked"><div id="main"><div class="ember-application"><div id="ember3" class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap">
<div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-expanded="false"
title="Toggle sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/linden-logo.png"
alt="Linden Names Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="Search"
title="Search"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div
class="topic-above-post-stream-outlet"></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="6612"><a href="/t/transfer-stuck-on-pending/6612" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/domains/4"><span data-category-id="4" class="badge-category --style-square"
style="--category-badge-color: #0E76BD;"><span class="badge-category__name" dir="auto">Domains</span></span></a>
<div class="list-tags"><a href="/tag/transfer" data-tag-name="transfer" class="discourse-tag simple">transfer</a>
<a href="/tag/whois-privacy" data-tag-name="whois-privacy" class="discourse-tag simple">whois-privacy</a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="6612"><div class="posts-wrapper">
<div class="post-stream">${dPosts.map(dPost).join('\n')}</div></div>
<div class="topic-map --bottom"><section class="topic-map__contents"><div class="topic-map__stats"><button class="--views">
<span class="number">412</span><span class="topic-map__stat-label">views</span></button><button class="--likes"><span class="number">2</span>
<span class="topic-map__stat-label">likes</span></button><button class="--users"><span class="number">3</span><span
class="topic-map__stat-label">users</span></button>
</div></section></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" type="button">
<span class="d-button-label">Reply</span></button></div></div></section></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title"
class="more-topics__list suggested-topics"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3>
<div class="topics"><table class="topic-list"><thead class="topic-list-header"><tr><th class="default" scope="col">Topic</th>
<th class="posts num" scope="col">Replies</th><th class="views num" scope="col">Views</th><th class="activity num" scope="col">Activity</th></tr></thead>
<tbody class="topic-list-body">${dSuggested
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/" class="title raw-link">${t}</a></span>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts">${r}</td><td class="num views">${v}</td>
<td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in
<a href="/c/domains/4">Domains</a> or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div></div></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout533-discourse-transfer-pending',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...dPosts.map((p) => p.user), 'Nov 12', 'Nov 13', 'Nov 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Domains', 'transfer', 'whois-privacy', 'Solved by Ines_Staff in post #4', 'Reply', '412 views', '2 likes',
    '3 users', 'Suggested Topics', ...dSuggested.flatMap((s) => [at(s, 0), at(s, 4)]), 'DNS',
    'Want to read more? Browse other topics in Domains or view latest topics.', 'Powered by Discourse',
  ],
};

const uTitle = 'Point your domain to Nimbus Pages';
const uBody = [
  j(
    'After you add a custom domain to a site, you need to tell the internet where to find it. You do this with DNS records at the',
    "company that manages your domain's DNS, which is usually the registrar you bought it from.",
  ),
  'Apex domains',
  j(
    'An apex domain has no subdomain, like <code>example.com</code>. Most DNS providers do not allow a CNAME record at the apex, so',
    'create these two A records instead:',
  ),
  'Subdomains',
  "For a subdomain such as <code>www.example.com</code> or <code>docs.example.com</code>, create one CNAME record that points to your site's default address:",
  j(
    'If you want both <code>example.com</code> and <code>www.example.com</code> to work, add both and choose one of them as the',
    'primary domain in <strong>Site settings &gt; Domains</strong>. We redirect the other one to it.',
  ),
  'Check that it works',
  j(
    'DNS changes usually take effect within an hour, but some providers cache old records for up to 48 hours. The Domains page shows',
    'a green tick once we can see the new records, and we issue the HTTPS certificate automatically a few minutes later.',
  ),
];
const uRows = [
  ['A', '@', '203.0.113.40', '3600'],
  ['A', '@', '203.0.113.41', '3600'],
];
const uTip = 'If your DNS provider supports ALIAS or ANAME records, you can point the apex at your-site.nimbuspages.app instead of the two IP addresses.';
const uNav = ['Guides', 'API reference', 'CLI', 'Changelog', 'GitHub'];
const uSide = ['Introduction', 'Deploying a site', 'Custom domains', 'Add a custom domain', 'HTTPS certificates', 'Redirects', 'Build settings'];
const uFoot = [
  ['Docs', 'Getting started', 'API reference'],
  ['Community', 'Forum', 'Mastodon'],
  ['More', 'Blog', 'Status'],
];
const uTh = (t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${t.toLowerCase().replace(/ /g, '-')}">${t}<a href="#${t
    .toLowerCase()
    .replace(/ /g, '-')}" class="hash-link" aria-label="Direct link to ${t}" title="Direct link to ${t}">​</a></h2>`;
const uCode = `<div class="language-text codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">
<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-text codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">
<span class="token-line"><span class="token plain">www    CNAME    your-site.nimbuspages.app.</span><br></span></code></pre><div class="buttonGroup__atx">
<button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"></span></button>
</div></div></div>`;
const uHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-domains/point-your-domain"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.6.3">
<title data-rh="true">${uTitle} | Nimbus Pages Docs</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="${uTitle} | Nimbus Pages Docs"><meta data-rh="true" name="docusaurus_version" content="current">
<link data-rh="true" rel="canonical" href="https://docs.nimbuspages.app/docs/domains/point-your-domain">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Custom domains","item":"https://docs.nimbuspages.app/docs/domains"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4e1c8a2d.css"><script src="/assets/js/runtime~main.8b2f6e1a.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var
t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">
Skip to main content</a></div><nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Nimbus Pages"
class="themedComponent_mlkZ themedComponent--light_NVdE">
</div><b class="navbar__title text--truncate">Nimbus Pages Docs</b></a>${uNav
  .slice(0, 4)
  .map((n) => `<a class="navbar__item navbar__link" href="/docs/${n.toLowerCase()}">${n}</a>`)
  .join('')}</div><div class="navbar__items navbar__items--right">
<a href="https://github.com/nimbuspages" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">${at(uNav, 4)}</a>
<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button"
title="Switch between dark and light mode (currently light mode)"
aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite"></button></div><div class="navbarSearchContainer_Bca1">
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container">
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul
class="theme-doc-sidebar-menu menu__list">${links(uSide, 'theme-doc-sidebar-item-link menu__list-item')}
<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link menu__link--active" aria-current="page"
href="/docs/domains/point-your-domain">${uTitle}</a></li>
</ul></nav></div></div></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl"
aria-label="Breadcrumbs">
<ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page"
class="breadcrumbs__link"
href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3"></path></svg></a></li>
<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item"
href="/docs/domains"><span itemprop="name">Custom domains</span></a><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement"
class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">${uTitle}</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${uTitle}</h1></header>${ps([at(uBody, 0)])}
${uTh(at(uBody, 1))}${ps([at(uBody, 2)])}<table><thead><tr><th>Type</th><th>Name</th><th>Value</th><th>TTL</th></tr></thead>
<tbody>${uRows.map(tr).join('')}</tbody></table>
<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37">
<svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5"></path></svg></span>tip</div><div
class="admonitionContent_BuS1"><p>${uTip}</p></div></div>
${uTh(at(uBody, 3))}${ps([at(uBody, 4)])}${uCode}${ps([at(uBody, 5)])}${uTh(at(uBody, 6))}${ps([at(uBody, 7)])}</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">
<a href="https://github.com/nimbuspages/docs/edit/main/docs/domains/point-your-domain.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">
Edit this page</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b><time datetime="2026-10-08T12:31:05.000Z"
itemprop="dateModified">Oct 8, 2026</time></b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/domains/add">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Add a custom domain</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/domains/https"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">HTTPS certificates</div></a></nav></div></div><div class="col col--3"><div
class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">
<ul class="table-of-contents table-of-contents__left-border">${[1, 3, 6]
  .map((i) => `<li><a href="#${at(uBody, i).toLowerCase().replace(/ /g, '-')}" class="table-of-contents__link toc-highlight">${at(uBody, i)}</a></li>`)
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${uFoot
  .map(
    ([h, ...ls]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${links(ls, 'footer__item')}</ul></div>`,
  )
  .join(
    '',
  )}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2026 Nimbus Pages, Inc. Built with Docusaurus.</div></div></div>
</footer></div></body></html>`;
const docusaurus: TestPage = {
  name: 'heldout533-docusaurus-point-domain',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: [1, 3, 6].map((i) => at(uBody, i)),
  body: texts([...uBody.slice(0, 1), at(uBody, 2), ...uRows.map(rowText), uTip, at(uBody, 4), at(uBody, 5), at(uBody, 7)]),
  bylines: ['Last updated on Oct 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Nimbus Pages Docs', ...uNav, 'Search', ...uSide, 'Custom domains', 'On this page', 'tip', 'Edit this page', 'Previous',
    'Add a custom domain', 'Next', 'HTTPS certificates', ...uFoot.flat(), 'Copyright © 2026 Nimbus Pages, Inc. Built with Docusaurus.',
  ],
};

export const HELDOUT533_D: readonly TestPage[] = [discourse, docusaurus].map(finish);
