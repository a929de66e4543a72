import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file f: a debating circuit wiki article on MediaWiki (Vector 2022) with a table of contents and edit
 * links, and a students' union election results page built with Elementor (Hello theme) with a results table.
 */
const mTitle = 'Reply speech';
const mBody = [
  j(
    'A <b>reply speech</b> is the final speech of each side in Asian Parliamentary and World Schools formats. It is given by the',
    'first or second speaker of the team, never the third, and lasts half as long as a substantive speech.',
  ),
  'Purpose',
  j(
    'The reply is a biased adjudication of the debate. The speaker explains why their side won the main clashes, and may not',
    'bring in new arguments. Opposition replies first, followed by Proposition, so the Proposition has the last word.',
  ),
  'Common structures',
  'Clash by clash: each main question of the debate in turn, with the side\u2019s best answer to it.',
  'Narrative: a story of how the debate developed, and where the other side lost ground.',
  'History',
  j(
    'Reply speeches were adopted on the Tarrow schools circuit in 1994, after a coaches\u2019 meeting agreed that teams needed a',
    'chance to weigh the debate. The <a href="/wiki/Tarrow_Schools_League">Tarrow Schools League</a> still scores replies out of 50.',
  ),
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - DebateWiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Reply_speech","wgTitle":"Reply speech","wgNamespaceNumber":0,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0">
<link rel="edit" title="Edit" href="/index.php?title=Reply_speech&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Reply_speech rootpage-Reply_speech skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${mNav
  .map(
    (t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a>
</li>`,
  )
  .join('')}</ul>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">DebateWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search DebateWiki" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button">hide</button>
</div>
<ul class="vector-toc-contents"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${['Purpose', 'Common structures', 'History']
  .map(
    (h, i) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/Reply_speech"><span>Page</span></a></li>
<li><a href="/wiki/Talk:Reply_speech"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul><li class="selected"><a><span>Read</span></a></li>
<li><a href="/index.php?title=Reply_speech&amp;action=edit"><span>Edit</span></a></li><li><a href="/index.php?title=Reply_speech&amp;action=history">
<span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From DebateWiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">For the closing speech in British Parliamentary, see
<a href="/wiki/Whip_speech">Whip speech</a>.</div>
${ps([mBody[0] ?? ''])}
${[1, 3, 6]
  .map(
    (i) => `<h2 data-anchor="${i}">${mBody[i]}<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#e${i}">edit</a>
<span class="mw-editsection-bracket">]</span></span>
</h2>${i === 1 ? ps([mBody[2] ?? '']) : i === 3 ? `<ul>${lis(mBody.slice(4, 6))}</ul>` : ps([mBody[7] ?? ''])}`,
  )
  .join('\n')}
<div class="navbox"><table class="nowraplinks"><tr><th class="navbox-title">Debate formats</th></tr><tr><td class="navbox-list">
<a href="/wiki/British_Parliamentary">British Parliamentary</a> · <a href="/wiki/Asian_Parliamentary">Asian Parliamentary</a> ·
<a href="/wiki/World_Schools">World Schools</a></td></tr></table></div></div>
<div class="printfooter">Retrieved from "<a href="https://debatewiki.org/index.php?title=Reply_speech&amp;oldid=5521">
https://debatewiki.org/index.php?title=Reply_speech&amp;oldid=5521</a>"
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Category</a>:
<ul><li><a href="/wiki/Category:Speech_roles">Speech roles</a></li></ul></div></div></div></main>
<div id="vector-page-tools" class="vector-menu"><div class="vector-menu-heading">Tools</div><ul>${mTools.map((t) => `<li><a href="#">${t}</a></li>`).join('')}
</ul></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 September 2026,
at 14:12.</li><li id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</li></ul>
<ul id="footer-places"><li><a href="/wiki/DebateWiki:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/DebateWiki:About">About DebateWiki</a></li>
<li><a href="/wiki/DebateWiki:General_disclaimer">Disclaimers</a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout521-mediawiki-reply-speech',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[3] ?? '', mBody[6] ?? ''],
  body: texts(mBody.filter((_, i) => ![1, 3, 6].includes(i))),
  bylines: ['This page was last edited on 3 September 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'DebateWiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'From DebateWiki', 'For the closing speech in British Parliamentary, see Whip speech.', '[', 'edit', ']',
    'Debate formats', 'British Parliamentary · Asian Parliamentary · World Schools', 'Category', 'Speech roles', 'Tools', ...mTools,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', 'Privacy policy', 'About DebateWiki', 'Disclaimers',
  ]),
};

const eTitle = 'Autumn By-Election Results 2026';
const eBody = [
  j(
    'Voting closed at 17:00 on Thursday 23 October. 2,318 students voted, a turnout of 14.2%, the highest for an autumn',
    'by-election since the Union moved to online voting. Thank you to every candidate and everyone who voted.',
  ),
  'Part-time officers',
  'International Students\u2019 Officer Nadia Solberg-Reyes 612',
  'Disabled Students\u2019 Officer Callum Tredinnick 547',
  'Mature Students\u2019 Officer Re-open nominations (RON) 301',
  'Motion to Union General Meeting',
  'Should the Union run a free breakfast club in the winter term? Yes 1,904 No 262 Abstain 152',
  j(
    'As RON won the Mature Students\u2019 Officer election, nominations for the role will reopen in January. Full counts, including',
    'every round of the transfer of votes, are on the elections portal.',
  ),
];
const eR1 = [
  ['International Students\u2019 Officer', 'Nadia Solberg-Reyes', '612'],
  ['Disabled Students\u2019 Officer', 'Callum Tredinnick', '547'],
  ['Mature Students\u2019 Officer', 'Re-open nominations (RON)', '301'],
];
const eR2 = [['Should the Union run a free breakfast club in the winter term?', 'Yes 1,904', 'No 262', 'Abstain 152']];
const eNav = ['Welcome', 'Clubs and Societies', 'Advice', 'Elections', 'Shop'];
const eFoot = ['Falworth Students\u2019 Union', 'Students\u2019 Union Building, Falworth University, FW2 8QX', 'Follow us', 'Privacy', 'Cookies'];
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const table = (head: string[], data: string[][]): string =>
  `<table class="results"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows(data)}</tbody></table>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} &#8211; Falworth SU</title>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<meta name="generator" content="Elementor 3.19.2; features: e_optimized_assets_loading; settings: css_print_method-external">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${eTitle}","datePublished":"2026-10-23T19:40:00+01:00"}</script>
</head>
<body class="page-template-default page page-id-441 elementor-default elementor-kit-6 elementor-page elementor-page-441">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
${el('a1', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2025/07/fsu-logo.svg" alt="Falworth SU"></a>')}
${el(
  'a2',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a2" class="elementor-nav-menu">${eNav
    .map((t) => `<li class="menu-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`)
    .join('')}</ul></nav><div class="elementor-menu-toggle" role="button" aria-label="Menu Toggle"></div>`,
)}
</div></div>
<main id="content" class="site-main post-441 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="441" class="elementor elementor-441"><div class="elementor-element e-flex e-con-boxed e-con e-parent">
${el('b1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el('b2', 'text-editor', `<p>Published 23 October 2026, 19:40</p>`)}
${el('b3', 'text-editor', ps([eBody[0] ?? '']))}
${el('b4', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`)}
${el('b5', 'html', table(['Position', 'Elected', 'First-round votes'], eR1))}
${el('b6', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[5]}</h2>`)}
${el('b7', 'html', table(['Question', 'Yes', 'No', 'Abstain'], eR2))}
${el('b8', 'text-editor', ps([eBody[7] ?? '']))}
${el(
  'b9',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="https://vote.falworthsu.org/results">
<span class="elementor-button-text">See full counts</span></a>`,
)}
${el(
  'b10',
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div></div>`,
)}
</div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="18" class="elementor elementor-18 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con">
${el('c1', 'text-editor', ps(eFoot.slice(0, 2)))}${el('c2', 'heading', `<h4 class="elementor-heading-title">${eFoot[2]}</h4>`)}
${el(
  'c3',
  'icon-list',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><a href="/privacy/">
<span class="elementor-icon-list-text">${eFoot[3]}</span></a></li>
<li class="elementor-icon-list-item"><a href="/cookies/"><span class="elementor-icon-list-text">${eFoot[4]}</span></a></li></ul>`,
)}
</div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to run the voting system and count visits.
<a role="button" class="cli_settings_button">Cookie Settings</a><a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span>
</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout521-elementor-by-election-results',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eBody[1] ?? '', eBody[5] ?? ''],
  body: texts([eBody[0] ?? '', ...rowTexts(eR1), ...rowTexts(eR2), eBody[7] ?? '']),
  bylines: ['Published 23 October 2026, 19:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Welcome', 'Clubs and Societies', 'Advice', 'Shop', 'See full counts', 'Share', ...eFoot,
    'We use cookies to run the voting system and count visits.', 'Cookie Settings', 'Accept',
  ]),
};

export const HELDOUT521_F: readonly TestPage[] = [mediawiki, elementor];
