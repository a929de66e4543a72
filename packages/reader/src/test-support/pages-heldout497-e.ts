import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file e: a nursery group's guide to funded hours on the HubSpot CMS blog (with an eligibility table,
 * subscribe form and related posts), and a community history wiki article on MediaWiki about an old nursery school.
 */
const uTitle = 'Funded childcare hours explained: what your family can claim in 2027';
const uIntro = [
  j(
    "Funded hours can take thousands of pounds off your childcare bill, but the rules change with your child's age and your",
    'working hours. Here is a plain guide to what each family can claim at our nurseries from September 2027.',
  ),
];
const uWhoH = 'Who can claim what';
const uRows = [
  ['9 months to 2 years', '30 hours', 'Working parents earning at least the minimum for 16 hours a week'],
  ['2 years', '15 hours', 'Families on certain benefits, or children with an education, health and care plan'],
  ['2 years', '30 hours', 'Working parents'],
  ['3 and 4 years', '15 hours', 'All children'],
  ['3 and 4 years', '30 hours', 'Working parents'],
];
const uHowH = 'How to apply';
const uHow = [
  'Apply online through the government childcare service the term before you want your funded place to start.',
  'You will get an 11-digit code. Give it to your nursery manager together with your national insurance number.',
  'Reconfirm your eligibility every three months, or the code will lapse.',
];
const uExtraH = 'What funded hours do not cover';
const uExtra = [
  j(
    'Funding covers the care and education itself. Nurseries may ask for a voluntary contribution towards meals, nappies and',
    'trips. At Maplewood Nurseries this is £7.50 a day, and families who cannot pay it can opt out by speaking to the manager.',
  ),
];
const uNav = ['Our Nurseries', 'Fees & Funding', 'Careers', 'Blog', 'Book a Tour'];
const uRel = ['Settling in at nursery: a week-by-week guide', 'What to pack in your nursery bag', 'How our baby rooms follow your routine'];
const uHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8">
<title>${uTitle}</title><meta name="description" content="A plain guide to the funded childcare hours families can claim in 2027.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.maplewoodnurseries.co.uk/blog/funded-childcare-hours-explained">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2026-11-12",
"author":{"@type":"Person","name":"Nadia Fairweather"}}</script>
<link rel="stylesheet" href="//www.maplewoodnurseries.co.uk/hs-fs/hub/4418827/hub_generated/template_assets/1/main.min.css"></head>
<body><div class="body-wrapper hs-content-id-98126347 hs-blog-post hs-blog-id-88412">
<div data-global-resource-path="maplewood/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/logo.svg"
alt="Maplewood Nurseries"></a></span></div><div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">
${links(uNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/nadia-fairweather">Nadia Fairweather</a>
<time datetime="2026-11-12 09:00:00" class="blog-post__timestamp">12 November 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(uIntro)}
<!--more--><h2>${uWhoH}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="border-collapse:
collapse;
width: 100%;"><tbody><tr><td><strong>Child's age</strong></td><td><strong>Hours a week</strong></td><td><strong>Who is eligible</strong></td></tr>
${trs(uRows)}</tbody></table></div>
<h2>${uHowH}</h2><ol>${lis(uHow)}</ol>
<h2>${uExtraH}</h2>${ps(uExtra)}</span></div>
<div class="blog-post__tags"><svg version="1.0" role="img" aria-label="Tags"></svg>
<a class="blog-post__tag-link" href="/blog/tag/funding">Funding</a><a class="blog-post__tag-link" href="/blog/tag/parents">Parents</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${uRel
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3>
<a class="blog-related-posts__button" href="/blog/x">Read more</a></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Maplewood blog</h3><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_subscribe"><div id="hs_form_target_blog_subscribe_6213"><form class="hs-form stacked" novalidate><div class="hs_email hs-email
hs-form-field">
<label for="email-6213"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-6213" name="email" type="email"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" value="Subscribe" class="hs-button primary
large"></div></div></form></div></span></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Maplewood Nurseries Ltd is registered in England, company no. 09716342.</p>
<p>&copy; 2026 Maplewood Nurseries</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-version="2">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience.</p></div><div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script id="hs-script-loader" async defer src="/hs/scriptloader/4418827.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout497-hubspot-funded-hours-guide',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [uWhoH, uHowH, uExtraH],
  body: [...texts(uIntro), ...rowTexts(uRows), ...texts([...uHow, ...uExtra])],
  bylines: ['Nadia Fairweather', '12 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Funding', 'Parents', 'Related posts', ...uRel, 'Read more', 'Subscribe to the Maplewood blog', 'Email',
    'Maplewood Nurseries Ltd is registered in England, company no. 09716342.', '© 2026 Maplewood Nurseries',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

const kTitle = 'Hollin Street Nursery School';
const kLead = j(
  '<b>Hollin Street Nursery School</b> was a council-run nursery school in the Brackley Bridge district of Corrowmouth, open from',
  '1938 to 1994. It was one of the first purpose-built nursery schools in the county and is now a community centre.',
);
const kH = ['History', 'Building', 'Closure and later use'];
const kHist = [
  j(
    'The school was opened in September 1938 by the Corrowmouth Education Committee to serve families working in the Brackley',
    'Bridge rope works. It took 80 children aged two to five, who attended from 8am to 5pm and were given a hot dinner and an',
    'afternoon sleep on canvas beds on the veranda.',
  ),
  j(
    'During the Second World War the school stayed open through the summer holidays so that mothers could work in the munitions',
    'sheds, and numbers rose to 120. Its first head teacher, Miss Ada Pellow, ran the school until 1961.',
  ),
];
const kBuild = [
  j(
    'The single-storey building, designed by the borough architect, has a south-facing veranda along the full length of its three',
    'playrooms, with folding doors so that the rooms could be opened to the garden. A small paddling pool was added in 1952.',
  ),
];
const kLater = [
  j(
    "Falling numbers and the opening of nursery classes in local primary schools led to the school's closure in July 1994. The",
    "building was leased to the Brackley Bridge Residents' Association in 1997 and now houses a community café, a toddler group",
    "and the local history society's archive.",
  ),
];
const kInfo = ['Type', 'Nursery school', 'Opened', 'Closed', 'Location', 'Brackley Bridge, Corrowmouth', 'Present use', 'Community centre'];
const kCats = ['Schools in Corrowmouth', 'Brackley Bridge', 'Buildings opened in 1938'];
const kSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const kTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link'];
const kPerm = 'https://wiki.corrowmouthhistory.org/index.php?title=Hollin_Street_Nursery_School&amp;oldid=4127';
const kHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${kTitle} - Corrowmouth History Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Hollin_Street_Nursery_School","wgTitle":"${kTitle}","wgNamespaceNumber":0};
RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="canonical" href="https://wiki.corrowmouthhistory.org/wiki/Hollin_Street_Nursery_School"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hollin_Street_Nursery_School rootpage-Hollin_Street_Nursery_School skin-vector
action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Corrowmouth History Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${kTitle}</th></tr>
<tr><th class="infobox-label">${kInfo[0]}</th><td class="infobox-data">${kInfo[1]}</td></tr><tr><th class="infobox-label">${kInfo[2]}</th><td>1938</td></tr>
<tr><th class="infobox-label">${kInfo[3]}</th><td>1994</td></tr><tr><th class="infobox-label">${kInfo[4]}</th><td>${kInfo[5]}</td></tr>
<tr><th class="infobox-label">${kInfo[6]}</th><td>${kInfo[7]}</td></tr></tbody></table>
<p>${kLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${kH
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${[kHist, kBuild, kLater]
  .map(
    (paras, i) => `<h2><span class="mw-headline" id="${kH[i]?.replace(/ /g, '_')}">${kH[i]}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Hollin_Street_Nursery_School&amp;action=edit&amp;section=${i + 1}" title="Edit section: ${kH[i]}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>\n${ps(paras)}`,
  )
  .join('\n')}
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${kPerm}">${kPerm}</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(kCats)}</ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li id="ca-nstab-main" class="selected"><a
href="/wiki/Hollin_Street_Nursery_School">Page</a></li>
<li id="ca-talk" class="new"><a href="/index.php?title=Talk:Hollin_Street_Nursery_School&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul><li id="ca-view" class="selected"><a
href="/wiki/Hollin_Street_Nursery_School">Read</a></li>
<li id="ca-viewsource"><a href="/index.php?title=Hollin_Street_Nursery_School&amp;action=edit">View source</a></li><li id="ca-history">
<a href="/index.php?title=Hollin_Street_Nursery_School&amp;action=history">View history</a></li></ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Corrowmouth History Wiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul>${links(kSide)}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet" aria-labelledby="p-tb-label"><h3 id="p-tb-label" class="vector-menu-heading">Tools</h3><div
class="vector-menu-content">
<ul>${links(kTools)}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 14 August 2026, at
19:22.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/Project:About">About Corrowmouth History Wiki</a></li><li id="footer-places-disclaimer"><a
href="/wiki/Project:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-poweredbyico"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout497-mediawiki-nursery-school-history',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([kLead, ...kHist, ...kBuild, ...kLater]),
  bylines: ['This page was last edited on 14 August 2026, at 19:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Corrowmouth History Wiki', 'Jump to navigation', 'Jump to search', ...kInfo, '1938', '1994', 'Contents', 'edit', 'Categories', ...kCats,
    'Navigation menu', 'Log in', 'Page', 'Discussion', 'Read',
    'View source', 'View history', 'Search', ...kSide, 'Tools', ...kTools, 'Privacy policy', 'About Corrowmouth History Wiki', 'Disclaimers',
  ],
};

export const HELDOUT497_E: readonly TestPage[] = [hubspot, mediawiki];
