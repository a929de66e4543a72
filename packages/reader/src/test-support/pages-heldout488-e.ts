import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file e: a transit fan wiki's article on a tramway closure on MediaWiki (Vector 2022 skin, infobox, table
 * of contents, edit links, references, categories), and a rail operator's timetable-change post on HubSpot CMS.
 */
const mTitle = 'Harbour Line closure (2026)';
const mLead = [
  j(
    'The <b>Harbour Line closure</b> was a planned suspension of tram services on the Harbour Line of the Calder Tramway between',
    'Quayside and Saltmarsh Road, from 6 July to 30 August 2026. It allowed the replacement of the line’s original 1994 track',
    'and the rebuilding of the Dock Street tram stop.',
  ),
];
const mSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Background',
    [
      j(
        'By 2024 the rails on the Harbour Line had worn to the point where a speed limit of 15 km/h was in force on the curves at',
        'Dock Street and Ropewalk. The operator, Calder Metro, proposed a single long closure instead of several years of weekend',
        'possessions, arguing that it would finish the work two years sooner.',
      ),
      'The plan was approved by the Calder Transport Committee in March 2025 after a public consultation.',
    ],
  ],
  [
    'Works',
    [
      j(
        'About 3.4 km of double track was replaced with grooved rail laid on a new concrete slab. The Dock Street stop was rebuilt',
        'with longer platforms for the 40-metre trams ordered in 2023, and the overhead line was renewed between Quayside and Ropewalk.',
      ),
    ],
  ],
  [
    'Replacement services',
    [
      'During the closure, replacement bus service H1 ran every 6 minutes, calling at temporary stops close to each tram stop.',
      'Route 14 buses were extended from Quayside to Saltmarsh Road to provide extra capacity.',
      'Tram tickets and passes were valid on H1 and on Route 14 between the two termini.',
    ],
  ],
  [
    'Reception',
    [
      j(
        'Traders on Dock Street reported a fall in footfall during the first weeks of the closure. The operator funded a "Dock Street',
        'is open" campaign from late July. The line reopened on schedule on 31 August 2026.',
      ),
    ],
  ],
];
const mHeads = mSections.map(([h]) => h);
const mInfo: readonly (readonly [string, string])[] = [
  ['Line', 'Harbour Line'],
  ['Dates', '6 July – 30 August 2026'],
  ['Cost', '£18.6 million'],
  ['Operator', 'Calder Metro'],
];
const mRefs = ['"Harbour Line track renewal approved". Calder Evening Post. 14 March 2025.', '"Dock Street stop plans". Calder Metro. 2 May 2025.'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Calder Transit Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Calder Transit Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Harbour_Line_closure_(2026)","wgTitle":"Harbour Line closure (2026)","wgCurRevisionId":48211,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0"><link rel="canonical" href="https://wiki.caldertransit.example/wiki/Harbour_Line_closure_(2026)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Harbour_Line_closure_2026 skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Calder Transit Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Calder Transit Wiki" aria-label="Search Calder Transit Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span class="vector-toc-numb">5</span>
<span>References</span></div></a></li></ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Article', 'Discussion'], 'mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Calder Transit Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img alt="" src="/w/images/thumb/dock-street-works.jpg/260px-dock-street-works.jpg"
width="260" height="173"></span><div class="infobox-caption">Track work at Dock Street, July 2026</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${ps(mLead)}
${mSections
  .map(
    ([h, p], i) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harbour_Line_closure_(2026)&amp;action=edit&amp;section=${i + 1}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>\n${i === 2 ? `<ul>${lis(p)}</ul>` : ps(p)}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><ol class="references">${lis(mRefs.map((r) => `<span class="reference-text">${r}</span>`))}</ol></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(['Calder Tramway', '2026 in transport', 'Engineering works'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 2 September 2026, at 18:41.</li><li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout488-mediawiki-tram-closure',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mSections.flatMap(([, p]) => p)]),
  bylines: ['This page was last edited on 2 September 2026, at 18:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Calder Transit Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'References', 'Article', 'Discussion', 'Read', 'Edit', 'View history', 'From Calder Transit Wiki',
    'Track work at Dock Street, July 2026',
    ...mInfo.flatMap(([k, v]) => [k, v]).filter((t) => !['Line', 'Operator', 'Harbour Line', 'Calder Metro'].includes(t)),
    ...mRefs, 'Categories:', 'Calder Tramway', '2026 in transport', 'Engineering works',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const hTitle = 'Sunday timetable changes on the Westmere Line from 7 June';
const hIntro = [
  j(
    'From Sunday 7 June, Sunday trains on the Westmere Line will run every 30 minutes all day instead of hourly before noon. To make',
    'room for the extra trains, most Sunday departures will change by a few minutes.',
  ),
  j(
    'This is the first step of the Sunday service improvements we promised in last year’s franchise plan. Saturday and weekday',
    'timetables are not changing.',
  ),
];
const hFirstH = 'First and last trains';
const hRows = [
  ['Westmere to Brookhampton', '07:10', '06:40', '23:05'],
  ['Brookhampton to Westmere', '07:35', '07:05', '23:40'],
  ['Westmere to Lyle Harbour', '07:22', '07:22', '22:52'],
];
const hWhatH = 'What you need to do';
const hWhat = [
  j(
    'Check your Sunday journey in our journey planner or app before you travel. New times are available to book now for journeys',
    'from 7 June. If you have already bought an advance ticket for a train whose time changes, it will be valid on the nearest train.',
  ),
  j(
    'Connections with buses at Brookhampton have been kept. The Lyle Harbour ferry will leave ten minutes later than now, at 10',
    'and 40 minutes past each hour, to meet the new trains.',
  ),
];
const hNextH = 'What comes next';
const hNext = [
  j(
    'From December we plan to extend half-hourly Sunday trains to Lyle Harbour as well. We will consult on the December',
    'timetable in July; sign up to our newsletter to hear when the consultation opens.',
  ),
];
const hNav = ['Tickets', 'Journey planner', 'Travel updates', 'Stations', 'Help'];
const hRel = ['Bike spaces on Westmere Line trains', 'How we are improving Brookhampton station', 'Summer engineering works 2026'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.westmererail.example/hubfs/favicon.png"><meta name="description" content="Half-hourly Sunday trains from 7 June.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.westmererail.example/hubfs/hub_generated/template_assets/1/125987231/1709227842/template_main.min.css">
<link rel="canonical" href="https://www.westmererail.example/news/sunday-timetable-changes-westmere-line">
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.westmererail.example/news/rss.xml">
<meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="2026-04-21T09:00:00Z">
<meta property="article:author" content="Dana Okoro"></head>
<body><div class="body-wrapper   hs-content-id-168812340225 hs-blog-post hs-blog-id-93012255601">
<div data-global-resource-path="westmere-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="/" id="hs-link-site_logo">
<img src="/hubfs/westmere-logo.svg" class="hs-image-widget" alt="Westmere Rail"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="site-search">Search</label><input type="text" id="site-search" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/news/author/dana-okoro">Dana Okoro</a><time datetime="2026-04-21 09:00:00" class="blog-post__timestamp">
April 21, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hIntro)}
<!--more-->
<h2>${hFirstH}</h2>
<div class="hs-responsive-table-wrapper"><table style="border-collapse:collapse;table-layout:fixed;width:100%"><tbody>
<tr><td><strong>Route</strong></td><td><strong>First train now</strong></td><td><strong>First train from 7 June</strong></td><td><strong>Last train</strong>
</td></tr>
${trs(hRows)}</tbody></table></div>
<h2>${hWhatH}</h2>${ps(hWhat)}
<h2>${hNextH}</h2>${ps(hNext)}
</span></div>
<div class="blog-post__tags"><svg version="1.0" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/news/tag/timetables">Timetables</a>
<a class="blog-post__tag-link" href="/news/tag/westmere-line">Westmere Line</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></div></section></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/news/x"><img class="blog-related-posts__image"
src="/hubfs/x.jpg" alt="${t}"></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a href="/news/x">${t}</a></h3></div>
</article>`,
  )
  .join('\n')}</div></div></div>
<div class="blog-subscribe"><div class="content-wrapper"><h2>Get Westmere Rail news by email</h2><div class="hbspt-form" id="hbspt-form-7f3a"><form
class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7f3a">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-7f3a" name="email" type="email"
class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe">
</div></div></form></div></div></div></div></main>
<div data-global-resource-path="westmere-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Westmere Rail is operated by Westmere Rail Services Ltd, registered in England number 08812004.</p>
<ul class="footer__links">${links(['Accessibility', 'Privacy notice', 'Cookie policy', 'Contact us'])}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalized services to you.</p><div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/21894477.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout488-hubspot-sunday-timetable',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hFirstH, hWhatH, hNextH],
  body: texts([...hIntro, ...rowTexts(hRows), ...hWhat, ...hNext]),
  bylines: ['Dana Okoro', 'April 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Journey planner'), 'Search', 'Related posts', ...hRel, 'Get Westmere Rail news by email',
    'Email', 'Westmere Rail is operated by Westmere Rail Services Ltd, registered in England number 08812004.', 'Accessibility',
    'Privacy notice', 'Cookie policy', 'Contact us',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT488_E: readonly TestPage[] = [wiki, hubspot];
