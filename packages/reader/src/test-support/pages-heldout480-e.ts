import { links, ps, type TestPage, texts } from './page-kit.js';
import { apart, at, j, lis, rowTexts, trs } from './pages-heldout480-kit.js';

/**
 * Held-out batch 480, file e: a bike fitting service page on Webflow (hero, pricing cards, FAQ, call-out band), and a
 * club wiki page about a climb on MediaWiki (Vector 2022 skin) with an infobox, a table of club times and categories.
 */
const fTitle = 'Professional bike fitting';
const fDek = 'A two-hour session with a qualified fitter, so you can ride further with less pain and more power.';
const fWhat = [
  j(
    'Every fit starts with a conversation about how you ride, any injuries or niggles, and what you want from your bike. We then',
    'check your flexibility and leg length on the bench before you get on the bike.',
  ),
  'We measure your position on the bike with motion capture while you pedal at an easy effort.',
  'We adjust saddle height, setback, cleat position and reach one step at a time, checking each change.',
  'You leave with a fit report, the new measurements and a follow-up call after two weeks.',
];
const fCards: [string, string, string][] = [
  ['Road fit', '£180', 'For road, gravel and time trial bikes. Includes cleat setup and one free adjustment within 30 days.'],
  ['Mountain bike fit', '£150', 'Saddle, bar, lever and pedal position for trail and cross-country riding.'],
  ['Fit check', '£70', 'One hour to fine-tune an existing position or set up a new bike from your old measurements.'],
];
const fFaq: [string, string][] = [
  ['Do I need to bring anything?', 'Bring your bike, shoes, pedals and the shorts you usually ride in. Come with your tyres pumped up.'],
  ['Can you fit a bike I have not bought yet?', 'Yes. A pre-purchase fit gives you the numbers to compare frame sizes before you spend any money.'],
];
const fNav = ['Services', 'Bike fitting', 'Workshop', 'About', 'Contact'];
const fNavHtml = fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`).join('');
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Mar 09 2027 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.cadencelab.cc" data-wf-page="6601a3f2c4e8b1d2e3f40015" data-wf-site="6601a3f2c4e8b1d2e3f40001" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Cadence Lab</title><meta content="Two-hour professional bike fitting sessions in Halcombe." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6601a3f2c4e8b1d2e3f40001/css/cadence-lab.webflow.6a1b2c3d4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/6601a3f2c4e8b1d2e3f40001/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext ol{padding-left:1.2rem;}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" data-w-id="a1b2c3" role="banner"
data-duration="400"><div class="navbar_container"><a href="/" class="navbar_logo-link w-nav-brand">
<img src="https://assets-global.website-files.com/6601a3f2c4e8b1d2e3f40001/logo.svg" loading="lazy" alt="Cadence Lab" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">
${fNavHtml}
<a href="/book" class="button is-navbar-button w-button">Book now</a></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div></div>
</div></div>
<main class="main-wrapper"><header class="section_fit-hero"><div class="padding-global"><div class="container-large"><div class="fit-hero_component">
<h1 class="heading-style-h1">${fTitle}</h1><p class="text-size-medium">${fDek}</p><div class="button-group">
<a href="#pricing" class="button w-button">See prices</a>
<a href="/book" class="button is-secondary w-button">Book a fit</a></div></div></div></div></header>
<section class="section_fit-process"><div class="padding-global"><div class="container-large"><div class="w-layout-grid fit-process_component">
<div class="fit-process_content"><h2>What happens in a fit</h2>
<div class="text-rich-text w-richtext">${ps(fWhat.slice(0, 1))}<ol role="list">${lis(fWhat.slice(1))}</ol>
</div></div><div class="fit-process_image-wrapper"><img src="https://assets-global.website-files.com/6601a3f2c4e8b1d2e3f40001/fit-studio.webp" loading="lazy"
alt="A rider on the fit bike" class="fit-process_image"></div></div></div></div></section>
<section id="pricing" class="section_pricing"><div class="padding-global"><div class="container-large"><h2 class="text-align-center">Prices</h2>
<div class="w-layout-grid pricing_component">
${fCards
  .map(
    ([h, p, d]) => `<div class="pricing_card"><h3 class="heading-style-h4">${h}</h3>
<div class="pricing_price">${p}</div><p>${d}</p></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section_faq"><div class="padding-global"><div class="container-small"><h2>Questions</h2><div class="faq_list">
${fFaq.map(([q, a]) => `<div class="faq_item"><h3 class="faq_question">${q}</h3><div class="faq_answer"><p>${a}</p></div></div>`).join('\n')}
</div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><div class="cta_component"><h2>Ride more, hurt less.</h2>
<p>Fits are available Tuesday to Saturday. Most weeks we can see you within ten days.</p><a href="/book" class="button is-alternate w-button">Book a fit</a>
</div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="footer_link-list">${links(['Privacy', 'Terms', 'Instagram'], 'footer_link')}</div></div>
<div class="footer_credit-text">© 2027 Cadence Lab. Unit 3, Foundry Yard, Halcombe.</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6601a3f2c4e8b1d2e3f40001" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6601a3f2c4e8b1d2e3f40001/js/webflow.4b1a.js" type="text/javascript"></script></body></html>`;
const webflowFit: TestPage = {
  name: 'heldout480-webflow-bike-fit',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['What happens in a fit', 'Prices', ...fCards.map(([h]) => h), 'Questions', ...fFaq.map(([q]) => q)],
  body: [fDek, ...fWhat, ...fCards.flatMap(([, p, d]) => [p, d]), ...fFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book now', 'See prices', 'Book a fit', 'Ride more, hurt less.',
'Fits are available Tuesday to Saturday. Most weeks we can see you within ten days.',
    'Privacy', 'Terms', 'Instagram', '© 2027 Cadence Lab. Unit 3, Foundry Yard, Halcombe.',
  ],
};

const mTitle = 'Scar Road';
const mBody = [
  j(
    'Scar Road is a steep climb out of the Dunstan valley and the hardest part of the Three Reservoirs Loop. It has been used',
    'for the club hill climb championship every October since 1979.',
  ),
  'Route',
  j(
    'The climb starts at the cattle grid by Dunstan Reservoir boathouse and climbs 1.9 km to the junction with Moor Top Lane. The',
    'first half is steady at around 6%. After the left-hand bend at the old quarry the road ramps up to 14% for about 300 metres,',
    'then eases for the last few hundred metres to the top.',
  ),
  j("The road is single track with passing places. Expect farm traffic on weekday mornings and walkers' cars at weekends."),
  'Hill climb championship',
  j(
    'The club hill climb is held on the first Sunday in October. Riders start at one-minute intervals from the cattle grid and',
    'finish at the Moor Top Lane sign. Traffic is not stopped, so marshals are placed at both passing places.',
  ),
  'Fastest club times',
];
const mRows = [
  ['Joe Keane', '5:02', '2019'],
  ['Martin Gale', '5:09', '2024'],
  ['Isla Morgan', '5:47', '2026'],
];
const mInfo = ['Length', '1.9 km', 'Height gain', '176 m', 'Average gradient', '9.3%', 'Maximum gradient', '14%'];
const mCats = ['Climbs', 'Three Reservoirs Loop', 'Hill climb courses'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Hartwell Velo Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Scar_Road","wgTitle":"Scar Road","wgCurRevisionId":2291,"wgRevisionId":2291,"wgArticleId":311,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Scar_Road&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Scar_Road rootpage-Scar_Road skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown vector-button-flush-left">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Hartwell Velo Wiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search"
name="search" placeholder="Search Hartwell Velo Wiki" aria-label="Search Hartwell Velo Wiki" accesskey="f" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">
Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${[at(mBody, 1), at(mBody, 4), at(mBody, 6)]
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#s${i}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar">
<div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Scar_Road">Page</a></li>
<li class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Scar_Road&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav>
<nav aria-label="Views"><ul class="vector-menu-content-list"><li class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Scar_Road">Read</a></li>
<li class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Scar_Road&amp;action=edit">Edit</a></li>
<li class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Scar_Road&amp;action=history">View history</a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"></div><div id="contentSub">
<div id="mw-content-subtitle">
</div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox" style="float:right;width:22em"><tbody><tr><th colspan="2" class="infobox-above">Scar Road climb</th></tr>
${[0, 2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${at(mInfo, i)}</th><td class="infobox-data">${at(mInfo, i + 1)}</td></tr>`).join('\n')}
</tbody></table>
${ps(mBody.slice(0, 1))}
<div class="mw-heading mw-heading2"><h2 id="s0">${at(mBody, 1)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Scar_Road&amp;action=edit&amp;section=1" title="Edit section: Route">edit</a><span class="mw-editsection-bracket">]</span></span>
</div>
${ps(mBody.slice(2, 4))}
<div class="mw-heading mw-heading2"><h2 id="s1">${at(mBody, 4)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Scar_Road&amp;action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps(mBody.slice(5, 6))}
<div class="mw-heading mw-heading3"><h3 id="s2">${at(mBody, 6)}</h3><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Scar_Road&amp;action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<table class="wikitable sortable"><tbody><tr><th>Rider</th><th>Time</th><th>Year</th></tr>
${trs(mRows)}
</tbody></table>
<!-- NewPP limit report Cached time: 20270603141233 Cache expiry: 86400 -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.hartwellvelo.club/index.php?title=Scar_Road&amp;oldid=2291">
https://wiki.hartwellvelo.club/index.php?title=Scar_Road&amp;oldid=2291</a>"</div><div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div>
</div></div></main></div><div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 3 June 2027, at 14:12.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About Hartwell Velo Wiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiClimb: TestPage = {
  name: 'heldout480-mediawiki-climb',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 1), at(mBody, 4), at(mBody, 6)],
  body: texts([...mBody.filter((_, i) => ![1, 4, 6].includes(i)), ...rowTexts(mRows)]),
  bylines: ['This page was last edited on 3 June 2027, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mMenu, 'Hartwell Velo Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Scar Road climb', ...mInfo, 'edit', 'Categories', ...mCats,
    'Privacy policy', 'About Hartwell Velo Wiki', 'Disclaimers',
  ],
};

export const HELDOUT480_E: readonly TestPage[] = [webflowFit, mediawikiClimb].map(apart);
