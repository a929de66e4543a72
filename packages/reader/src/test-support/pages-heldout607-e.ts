import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, para, rowTexts, trs } from './pages-heldout607-kit.js';

/**
 * Held-out batch 607, file e: a dive site article on a MediaWiki diving wiki (Vector 2022, infobox, contents, edit links,
 * categories), and a Nitrox course FAQ post on HubSpot CMS (blog template, HubSpot cookie banner, CTA and subscribe form).
 */
const mTitle = 'Skerrow Quarry';
const mInfo = [
  ['Location', 'Skerrow, Westmarch'],
  ['Maximum depth', '32 m'],
  ['Water temperature', '4–17 °C'],
  ['Entry', 'Shore, two pontoons'],
];
const mLead = j(
  '<b>Skerrow Quarry</b> is a flooded slate quarry used as an inland dive site since 1994. It is the main training site for clubs',
  'in Westmarch and is open to certified divers all year, with a car park, changing rooms and an air and nitrox station.',
);
const mSecs: readonly [string, string[]][] = [
  [
    'History',
    [
      j(
        'Slate was cut at Skerrow from the 1850s until 1961, when the pumps were switched off and the pit filled with spring water',
        'in less than two years. The quarry was bought by a diving co-operative in 1993.',
      ),
    ],
  ],
  ['Layout and depths', ['The quarry has three terraced levels, each reached from a marked shot line:']],
  [
    'Attractions',
    [
      j(
        'Sunk attractions include a Cessna airframe at 18 m, two minibuses at 12 m and the original winding house, whose doorway',
        'at 27 m is the deepest feature. Perch and pike are common in summer.',
      ),
    ],
  ],
  ['Rules', ['Divers must sign in at the office and show a certification card. Solo diving and penetration of the winding house are not allowed.']],
];
const mDepths = [
  ['Training platform', '6 m', 'Sand and gravel, used for skills'],
  ['Middle terrace', '14–18 m', 'Airframe and minibuses'],
  ['Deep pit', '24–32 m', 'Winding house; torches required'],
];
const mCats = ['Inland dive sites', 'Quarries in Westmarch', 'Training sites'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About DiveWiki', 'Disclaimers'];
const mToc = ['(Top)', ...mSecs.map(([h]) => h), 'See also'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - DiveWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Skerrow_Quarry","wgTitle":"Skerrow Quarry","wgCurRevisionId":48211,"wgArticleId":1907};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://divewiki.example.org/wiki/Skerrow_Quarry"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Skerrow_Quarry rootpage-Skerrow_Quarry
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">DiveWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search DiveWiki"><span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search DiveWiki">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Skerrow_Quarry" title="View the content page [c]"><span>Page</span></a>
</li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Skerrow_Quarry"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Skerrow_Quarry"><span>Read</span>
</a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Skerrow_Quarry&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Skerrow_Quarry&amp;action=history"><span>View history</span></a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From DiveWiki, the free diving encyclopedia</div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><img alt="" src="/images/thumb/skerrow.jpg" width="250" height="166"><div class="infobox-caption">The east pontoon in
winter</div></td></tr>${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('')}</tbody>
</table>
<p>${mLead}</p>
${mSecs
  .map(
    ([h, p], i) => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Skerrow_Quarry&amp;action=edit&amp;section=${i + 1}">edit</a>
<span class="mw-editsection-bracket">]</span></span>
</div>${ps(p)}${
      i === 1
        ? `<table class="wikitable"><tbody><tr><th>Level</th><th>Depth</th><th>Notes</th></tr>
${trs(mDepths)}</tbody></table>`
        : ''
    }`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div><ul>${lis([
  '<a href="/wiki/Inland_diving">Inland diving</a>',
  '<a href="/wiki/Cold_water_diving">Cold water diving</a>',
])}</ul>
</div></div><div class="printfooter">Retrieved from "https://divewiki.example.org/index.php?title=Skerrow_Quarry&amp;oldid=48211"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 3 February 2026, at 21:14.</li><li id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiQuarry: TestPage = {
  name: 'heldout607-mediawiki-skerrow-quarry',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), 'See also'],
  body: texts([...rowTexts(mInfo), mLead, ...mSecs.flatMap(([, p], i) => (i === 1 ? [...p, ...rowTexts(mDepths)] : p)), 'Inland diving', 'Cold water diving']),
  bylines: ['This page was last edited on 3 February 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'DiveWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'From DiveWiki, the free diving encyclopedia', 'The east pontoon in winter', 'edit',
    'Categories', ...mCats, 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const hTitle = 'Nitrox Diving: Your Questions Answered';
const hBlocks: readonly [string, string][] = [
  para(
    'Since we started offering nitrox fills on every boat dive, the same questions come up at the counter each week.',
    'Here are the answers our instructors give, in one place.',
  ),
  ['h2', 'What is nitrox?'],
  para(
    'Nitrox, or enriched air, is air with extra oxygen added. Ordinary air is about 21% oxygen; the mixes we fill are 32% and 36%.',
    'Less nitrogen in each breath means less nitrogen absorbed by your body during the dive.',
  ),
  ['h2', 'Does it let me dive deeper?'],
  para(
    'No, the opposite. Because oxygen becomes toxic under pressure, every mix has a maximum operating depth: 34 m for 32%',
    'and 29 m for 36%. What nitrox gives you is longer no-decompression time at the depths most recreational dives happen.',
  ),
  ['h2', 'How much longer can I stay down?'],
  para(
    'At 18 m, a diver on air has about 56 minutes of no-decompression time on a first dive. On 32% nitrox that rises to',
    'roughly 95 minutes, which means your tank, not your computer, decides when you come up.',
  ),
  ['h2', 'Who can use it?'],
  para(
    'Any certified diver aged 12 or over who has completed a nitrox course. The course takes one afternoon: theory, a short exam,',
    'and practice analysing a tank yourself. Two optional dives are included at the Harrow Ledge sites.',
  ),
  ['h2', 'What does it cost?'],
  ['p', 'Course: £145. Fills for certified divers: £6 on top of the normal boat dive price.'],
];
const hNav = ['Dive Trips', 'Training', 'Nitrox & Gas', 'Shop', 'Blog', 'Contact'];
const hRel = ['How We Analyse Every Tank Before It Leaves the Shop', 'Choosing a Dive Computer That Handles Nitrox'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Harrow Ledge Dive Centre answers the most common questions about nitrox diving.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:url" content="https://www.harrowledge.co.uk/blog/nitrox-diving-questions-answered">
<link rel="stylesheet" href="https://www.harrowledge.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<style>a.cta_button{-moz-box-sizing:content-box !important;box-sizing:content-box !important}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-03-03T09:00:00Z",
"author":{"@type":"Person","name":"Owen Prydderch"}}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-118204 hs-blog-post hs-blog-id-9921">
<div data-global-resource-path="HarrowLedge/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.harrowledge.co.uk/hubfs/harrow-logo.png" class="hs-image-widget" alt="Harrow Ledge Dive Centre"></a></span></div></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (n) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link"
href="/${n.length}">${n.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="header__search"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-field">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-field"
placeholder="Search"><button aria-label="Search"><span id="hs_cos_wrapper_search_icon" class="hs_cos_wrapper"></span><span class="show-for-sr">Search</span>
</button>
</form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta">
<a href="https://www.harrowledge.co.uk/blog/author/owen-prydderch">Owen Prydderch</a><time datetime="2026-03-03 09:00:00" class="blog-post__timestamp">
Mar 3, 2026 9:00:00 AM </time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field
hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hBlocks.map(([t, s], i) => `<${t}>${s}</${t}>${i === 0 ? '\n<!--more-->' : ''}`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b0c"><span class="hs-cta-node hs-cta-5b0c" id="hs-cta-5b0c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/9921/5b0c"><img class="hs-cta-img" id="hs-cta-img-5b0c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/9921/5b0c.png" alt="Book your nitrox course"></a></span></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="/blog/tag/nitrox">Nitrox</a>, <a class="blog-post__tag-link" href="/blog/tag/training">Training</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (r) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${r.length}">
<img class="blog-related-posts__image"
src="/hubfs/${r.length}.jpg" alt="${r}"></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${r.length}">${r}</a>
</h3>
</div>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-subscribe"><div id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to the Harrow Ledge dive log</h3>
<div id="hs_form_target_blog_subscribe"><form novalidate accept-charset="UTF-8" class="hs-form stacked hs-custom-form"><div class="hs_email hs-email
hs-fieldtype-text field hs-form-field"><label for="email-9921"><span>Email</span></label><div class="input"><input id="email-9921" name="email" type="email"
class="hs-input" inputmode="email"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div></form></div></div></div></div></div></main>
<div data-global-resource-path="HarrowLedge/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Harrow Ledge Dive Centre · The Slipway, Carrow Cove · 01736 880 412</p><p>© 2026 Harrow Ledge Dive Centre Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-variant="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on
your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.51/js/main.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/9921.js"></script></body></html>`;
const hubspotNitrox: TestPage = {
  name: 'heldout607-hubspot-nitrox-faq',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hBlocks.filter(([t]) => t === 'h2').map(([, s]) => s),
  body: hBlocks.filter(([t]) => t === 'p').map(([, s]) => s),
  bylines: ['Owen Prydderch', 'Mar 3, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Nitrox, Training', 'Related posts', ...hRel, 'Subscribe to the Harrow Ledge dive log', 'Email',
    'Harrow Ledge Dive Centre · The Slipway, Carrow Cove · 01736 880 412', '© 2026 Harrow Ledge Dive Centre Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT607_E: readonly TestPage[] = [wikiQuarry, hubspotNitrox];
