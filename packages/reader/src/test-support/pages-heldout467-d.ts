import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file d: a licence explainer in a Zendesk Help Center (Copenhagen theme: breadcrumbs, section sidebar,
 * votes, related articles), and a licensing help page on a MediaWiki wiki (Vector 2022 skin, sidebar contents, edit links).
 */
const zTitle = 'Standard and Extended licences: what is the difference?';
const zIntro = [
  j(
    'Every image, vector and video you download from Brightfold comes with a licence that says how you may use it. Most customers',
    'only ever need the Standard licence. The Extended licence is for a few uses that the Standard licence does not cover.',
  ),
  'The table below sets out the main differences.',
];
const zRows = [
  ['Print runs', 'Up to 250,000 copies', 'Unlimited'],
  ['Video and film', 'Productions with a budget under €10,000', 'Any budget'],
  ['Products for resale (mugs, posters, T-shirts)', 'Not allowed', 'Allowed'],
  ['Templates sold to others', 'Not allowed', 'Allowed'],
  ['Web and social media', 'Unlimited', 'Unlimited'],
];
const zSecs: [string, string[], string[]][] = [
  [
    'What neither licence allows',
    [],
    [
      'using images of people in a way that suggests they endorse a product or hold a view, unless the image is marked as cleared for it',
      'using any file in a logo or trademark',
      'sharing the original file so that others can download it',
    ],
  ],
  [
    'Can I upgrade later?',
    [
      j(
        'Yes. If you bought a Standard licence and your project grows, open Downloads in your account, choose the file and select',
        'Upgrade licence. You pay only the difference in price, and the new licence starts on the day you upgrade.',
      ),
    ],
    [],
  ],
];
const zSide = ['How do credits work?', 'Do I need to credit the photographer?', 'Using images in AI training', zTitle, 'Licences for agencies and clients'];
const zRel = ['Do I need to credit the photographer?', 'What is a model release?', 'Refunds for unused credits'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><!-- v26854 --><title>${zTitle} &ndash; Brightfold Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><link rel="canonical"
href="https://help.brightfold.com/hc/en-gb/articles/4403318842129-Standard-and-Extended-licences-what-is-the-difference">
<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css">
<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/1196042/8a1e0f3b7c5d.css">
<script src="https://static.zdassets.com/hc/assets/en-gb.a1d2c3.js"></script><script type="text/javascript">HelpCenter = {};HelpCenter.account =
{"subdomain":"brightfold","environment":"production","name":"Brightfold"};HelpCenter.user = {"identifier":"da39a3ee","role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/1196042/logo.png" alt="Brightfold Help Centre
home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin"
role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Brightfold Help Centre"><a href="/hc/en-gb">Brightfold Help Centre</a></li><li title="Licensing"><a
href="/hc/en-gb/categories/360001">Licensing</a></li><li title="Licence types"><a href="/hc/en-gb/sections/360002">Licence types</a></li></ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"></circle></svg><form role="search" class="search" data-search=""
action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form>
</div></div><div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
</button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSide.map((t) => `<li><a href="/hc/en-gb/articles/${t.length}" class="sidenav-item${t === zTitle ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://brightfold.zendesk.com/system/photos/agent.png" alt="" class="user-avatar">
</div>
<div class="article-meta"><a href="/hc/en-gb/profiles/9081-Lotte-Brandvik">Lotte Brandvik</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-01-20T09:12:44Z" title="2026-01-20 09:12" data-datetime="relative">20 January 2026 09:12</time></li><li class="meta-data">Updated</li></ul>
</div></div><a class="article-subscribe" title="Opens a sign-in dialogue" rel="nofollow" role="button" data-auth-action="signin"
href="/hc/en-gb/articles/4403318842129/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><th>Use</th><th>Standard</th><th>Extended</th></tr>
${trs(zRows)}</tbody></table>
${zSecs.map(([h, p, l]) => `<h2>${h}</h2>\n${l.length > 0 ? `<ul>${lis(l)}</ul>` : ps(p)}`).join('\n')}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=Standard" class="share-facebook"
aria-label="Facebook"></a></li><li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn"></a></li></ul></div>
</div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin"
aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">73 out of
81 found this helpful</span></small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRel)}</ul></section></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Brightfold Help Centre</a><div class="footer-language-selector"></div></div>
</footer><script src="//static.zdassets.com/hc/assets/moment-4b8c2e.js"></script><script src="//theme.zdassets.com/theme_assets/1196042/script.js"></script>
</body></html>`;
const zendesk: TestPage = {
  name: 'heldout467-zendesk-licence',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zSecs.map(([h]) => h),
  body: [...zIntro, ...rowTexts(zRows), ...zSecs.flatMap(([, p, l]) => [...l, ...p])],
  bylines: ['Lotte Brandvik', '20 January 2026 09:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Brightfold Help Centre', 'Licensing', 'Licence types', 'Articles in this section',
    ...zSide.filter((t) => t !== zTitle && t !== 'Do I need to credit the photographer?'), 'Follow', 'Was this article helpful?', 'No',
    '73 out of 81 found this helpful', 'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel,
  ],
};

const mTitle = 'Help:Licensing';
const mSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every icon in the Glyphwork library is free software. This page explains which licence covers which files, what you have',
        'to do when you use them, and how to ask about uses the licences do not cover.',
      ),
    ],
  ],
  [
    'Which licence applies',
    [
      j(
        'The icon artwork (SVG, PNG and the Figma file) is released under the <b>Glyphwork Open Art Licence 2.0</b> (GOAL-2.0).',
        'The icon font and the build scripts in the repository are released under the <b>Tamsin Public Licence</b>, a short permissive',
        'licence written for the project in 2019.',
      ),
      j(
        'Icons added before version 3.0 were released under GOAL-1.0. They were relicensed under GOAL-2.0 with the agreement of all',
        '41 contributors in 2023; see <a href="/wiki/Relicensing_2023">Relicensing 2023</a>.',
      ),
    ],
  ],
  [
    'Attribution',
    [
      j(
        'Attribution is appreciated but not required for apps and websites. If you redistribute the icons as a set, for example in',
        'another icon pack or a design-system package, you must keep the <code>LICENSE-ART</code> file and name the project.',
      ),
    ],
  ],
  [
    'Trademarks',
    [
      j(
        'The Glyphwork name and the bird logo are trademarks of the Glyphwork Foundation and are not covered by either licence.',
        'You may say that your product uses Glyphwork icons, but you may not use the logo as your own.',
      ),
    ],
  ],
  [
    'Questions',
    [
      j(
        'Ask on the <a href="/wiki/Talk:Help:Licensing">talk page</a> or write to the licensing group. The group answers most',
        'questions within a week and adds common ones to this page.',
      ),
    ],
  ],
];
const mNav = ['Main page', 'Icon index', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Glyphwork Wiki', 'Disclaimers'];
const mHead = mSecs.slice(1);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Glyphwork Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
RLCONF={"wgPageName":"Help:Licensing","wgTitle":"Licensing","wgNamespaceNumber":12,"wgAction":"view","wgCurRevisionId":18204};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.impl(function(){return["user.options@12s5i",function($,jQuery,require,module){}];});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Help:Licensing&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-12 ns-subject page-Help_Licensing rootpage-Help_Licensing
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button"
aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span
class="mw-logo-container"><strong class="mw-logo-wordmark">Glyphwork Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search"
role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button
cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Glyphwork Wiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span>
<span>Search</span></a></div><nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"
><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHead
  .map(
    ([h], i) =>
      `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(
        / /g,
        '_',
      )}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading
mw-first-heading"><span class="mw-page-title-namespace">Help</span><span
class="mw-page-title-separator">:</span><span class="mw-page-title-main">Licensing</span>
</h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul>
<li id="ca-nstab-help" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Help:Licensing" title="View the help page [c]">Help page</a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Help_talk:Licensing" rel="discussion">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Help:Licensing">Read</a>
</li><li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Help:Licensing&amp;action=edit">View source</a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Help:Licensing&amp;action=history">View history</a></li></ul></nav></div>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Glyphwork Wiki</div><div id="contentSub"><div
id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mSecs[0]?.[1] ?? [])}
<div class="mw-message-box mw-message-box-notice"><b>This is not legal advice.</b> If you are unsure, read the full licence texts.</div>
${mHead
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Help:Licensing&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a><span
class="mw-editsection-bracket">]</span></span></div>\n${ps(p)}`,
  )
  .join('\n')}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260302101422 CPU time usage: 0.021 seconds --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Help">Help</a></li><li><a href="/wiki/Category:Licensing">Licensing</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on 2 February 2026, at 14:05.</li><li id="footer-info-copyright">Content is available under GOAL-2.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"
loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout467-mediawiki-licensing',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHead.map(([h]) => h),
  body: [...texts(mSecs[0]?.[1] ?? []), 'This is not legal advice. If you are unsure, read the full licence texts.', ...texts(mHead.flatMap(([, p]) => p))],
  bylines: ['This page was last edited on 2 February 2026, at 14:05.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mNav, 'Glyphwork Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Help page', 'Discussion', 'View source', 'View history', 'From Glyphwork Wiki', 'edit', 'Categories:',
    'Content is available under GOAL-2.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT467_D: readonly TestPage[] = [zendesk, mediawiki];
