import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file c: a clay pigeon school's lessons page on Squarespace 7.1 (Fluid Engine), and a field archery
 * rounds article on a MediaWiki club wiki (Vector 2022).
 */
const sTitle = 'Clay Shooting Lessons';
const sDek = 'One-to-one tuition for complete beginners and improving shots, on our ten-stand sporting layout near Hartwell.';
const sHd = ['Your first lesson', 'Improver lessons', 'Prices', 'What’s included'] as const;
const sFirst = [
  j(
    'No experience? No problem. Your instructor will start with a safety briefing, then fit you with a gun that suits your build',
    'and teach you how to mount it and how to read a target. Most first-timers break their first clay within ten minutes.',
  ),
  'We start on simple going-away targets and move on to crossers and a high tower bird as your confidence grows.',
];
const sImprove = [
  j(
    'For shooters who already hold a certificate or shoot regularly, improver lessons focus on the targets you find hard. Bring',
    'your own gun or borrow one of ours, and tell us in advance what you want to work on.',
  ),
];
const sPrices = ['Taster lesson, 30 minutes, 25 clays: £55', 'Full lesson, 1 hour, 50 clays: £95', 'Two people sharing, 1 hour, 50 clays each: £150'];
const sIncluded = [
  j(
    'Every lesson includes the use of a gun, cartridges, clays, eye and ear protection and a shooting vest. Lessons run every day',
    'except Monday from 9am, and you can buy a gift voucher for any of them.',
  ),
];
const sQuote = 'I had never held a gun before and by the end I was hitting three out of four. Patient, funny and very safe.';
const sQuoteBy = '— Jenny, Guildford';
const sNav = ['Lessons', 'Corporate', 'Gift Vouchers', 'About', 'Contact'];
const sFoot = ['Hartwell Clay School', 'Lower Ridge Farm, Hartwell Lane, Surrey', 'Open Tuesday to Sunday, 9am to 5pm'];
const sBlock = (id: string, inner: string): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html"
data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;"
id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Lessons — Hartwell Clay School</title>
<link rel="shortcut icon" type="image/x-icon" href="https://images.squarespace-cdn.com/content/v1/64a1/favicon.ico?format=100w">
<link rel="canonical" href="https://www.hartwellclayschool.co.uk/lessons"><meta property="og:site_name" content="Hartwell Clay School">
<meta property="og:title" content="Lessons — Hartwell Clay School"><meta itemprop="name" content="Lessons — Hartwell Clay School">
<script type="text/javascript" src="//use.typekit.net/ik/5Xx.js" async fetchpriority="high"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1","pageFeatures":[1,2,4],"website":{"siteTitle":"Hartwell Clay School"}};</script>
<script type="application/ld+json">{"url":"https://www.hartwellclayschool.co.uk","name":"Hartwell Clay School","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/site.css"></head>
<body id="collection-64a1c0ffee" class="primary-button-style-solid primary-button-shape-pill tweak-blog-alternating-side-by-side-width-full
header-width-full tweak-transparent-header tweak-fixed-header form-use-theme-colors collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Christmas gift vouchers: order by 18 December for post</p></div><a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a id="site-title" href="/" data-animation-role="header-element">Hartwell Clay School</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c1d2e3">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c1d2e4"><div class="content-wrapper">
<div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-64a1c1d2e5">
${sBlock('yui_3_17_2_1_1', `<h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${sDek}</p>`)}
<div class="fe-block fe-block-yui_3_17_2_1_2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/64a1/lesson.jpg"
alt="Instructor with a pupil on stand three"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>Instructor Sam Pell with a
first-time pupil on stand three</p></div></figcaption></figure></div></div></div>
${sBlock(
  'yui_3_17_2_1_3',
  `<h2>${sHd[0]}</h2>${ps(sFirst, ' style="white-space:pre-wrap;"')}
<h2>${sHd[1]}</h2>${ps(sImprove, ' style="white-space:pre-wrap;"')}`,
)}
${sBlock('yui_3_17_2_1_4', `<h3>${sHd[2]}</h3><ul data-rte-list="default">${lis(sPrices.map((t) => `<p style="white-space:pre-wrap;">${t}</p>`))}</ul>`)}
<div class="fe-block fe-block-yui_3_17_2_1_5"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book a Lesson</a></div></div></div></div>
${sBlock('yui_3_17_2_1_6', `<h3>${sHd[3]}</h3>${ps(sIncluded, ' style="white-space:pre-wrap;"')}`)}
<div class="fe-block fe-block-yui_3_17_2_1_7"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote" data-animation-override><span>“</span>${sQuote}<span>”</span></blockquote>
<figcaption class="source">${sQuoteBy}</figcaption></figure></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1c1d2f0">
${sBlock('yui_3_17_2_1_9', ps(sFoot, ' style="white-space:pre-wrap;"'))}
${sBlock(
  'yui_3_17_2_1_10',
  `<p style="white-space:pre-wrap;"><a href="/privacy">Privacy</a></p>
<p style="white-space:pre-wrap;"><a href="/terms">Terms</a></p>`,
)}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to improve your browsing experience and to analyse site traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout596-squarespace-lessons',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [...sHd],
  body: texts([sDek, ...sFirst, ...sImprove, ...sPrices, ...sIncluded, `“${sQuote}”`, sQuoteBy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Christmas gift vouchers: order by 18 December for post', 'Skip to Content', 'Hartwell Clay School', 'Corporate', 'Gift Vouchers', 'About',
    'Contact', 'Book Now', 'Instructor Sam Pell with a first-time pupil on stand three', 'Book a Lesson', 'Lower Ridge Farm, Hartwell Lane, Surrey',
    'Open Tuesday to Sunday, 9am to 5pm', 'Privacy', 'Terms', 'This site uses cookies to improve your browsing experience and to analyse site traffic.',
    'Decline', 'Accept',
  ],
};

const mTitle = 'Field archery rounds';
const mHat = 'For rounds shot indoors on a flat range, see Indoor rounds.';
const mLead = [
  j(
    'Field archery rounds are shot around a course of targets laid out in woodland or rough ground, usually over hills and across',
    'streams, with the archers walking from target to target in groups of four. Targets are faces of black and yellow or',
    'black and white rings, and the distance to each peg may be marked or left for the archer to judge.',
  ),
  j(
    'At Thornbury Forest Archers the course has 28 pegs and is open to members every weekend. This page lists the rounds the club',
    'shoots and the distances used for each.',
  ),
];
const mHd = ['Marked rounds', 'Unmarked rounds', 'Club variations'] as const;
const mMarked = [
  j(
    'In a marked round the distance is written on the peg. The club shoots the marked round over 24 targets with three arrows at',
    'each, giving a maximum score of 432.',
  ),
];
const mHead = ['Peg colour', 'Bow styles', 'Distances (metres)', 'Face sizes (cm)'];
const mRows = [
  ['Red', 'Compound, recurve', '10 to 60', '20 to 80'],
  ['Blue', 'Barebow, juniors under 18', '5 to 45', '20 to 80'],
  ['Yellow', 'Longbow, juniors under 15', '5 to 35', '20 to 60'],
  ['White', 'Juniors under 12', '5 to 25', '20 to 40'],
];
const mUnmarked = [
  j(
    'Unmarked rounds use the same pegs, but the distances are not shown and archers must judge them. Rangefinders are not allowed.',
    'Unmarked rounds are usually shot in the autumn when the bracken has died back and the targets can be seen more easily.',
  ),
];
const mVar = [
  'The 14-target half round is shot on winter Sunday mornings and is scored in the same way as the full round.',
  'The animal round uses 3D foam targets instead of paper faces and scores only the first arrow that hits.',
  'Juniors may shoot any round from one peg closer than their age group with the agreement of the field captain.',
];
const mCats = ['Field archery', 'Rounds', 'Club handbook'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Thornbury Forest Archers wiki', 'Disclaimers', 'Mobile view'];
const mEdited = 'This page was last edited on 3 January 2026, at 14:02.';
const mH2 = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Field_archery_rounds&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - Thornbury Forest Archers wiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Field_archery_rounds","wgTitle":"Field archery rounds","wgCurRevisionId":1842,"wgArticleId":211,"wgIsArticle":true};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Field_archery_rounds&amp;action=edit">
<link rel="canonical" href="https://wiki.thornburyforestarchers.org.uk/wiki/Field_archery_rounds"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Field_archery_rounds skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span>
</label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Thornbury Forest Archers wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Thornbury Forest Archers wiki" aria-label="Search" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create account</a>
</li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHd
  .map(
    (h, i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2), 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(mTabs.slice(2), 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Thornbury Forest Archers wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For rounds shot indoors on a flat range, see <a href="/wiki/Indoor_rounds">Indoor rounds</a>.</div>
${ps(mLead)}
${mH2('Marked_rounds', mHd[0])}${ps(mMarked)}
<table class="wikitable"><tbody><tr>${mHead.map((h) => `<th>${h}</th>`).join('')}</tr>
${trs(mRows)}</tbody></table>
${mH2('Unmarked_rounds', mHd[1])}${ps(mUnmarked)}
${mH2('Club_variations', mHd[2])}<ul>${lis(mVar)}</ul>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> ${mEdited}</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Licence">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout596-mediawiki-field-rounds',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mHd],
  body: texts([...mLead, ...mMarked, ...rowTexts(mRows), ...mUnmarked, ...mVar]),
  bylines: [mEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mNav, 'Thornbury Forest Archers wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide',
    '(Top)', '1', '2', '3', ...mTabs.slice(1), 'From Thornbury Forest Archers wiki', mHat, 'edit', 'Categories', 'Club handbook',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT596_C: readonly TestPage[] = [squarespace, mediawiki];
