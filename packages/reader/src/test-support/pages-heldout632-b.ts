import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, settle, trs } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file b: a city farm's "Plan your visit" page built with Wix (Thunderbolt renderer, rich-text
 * components) and a pony club branch's results article on Joomla 4 (Cassiopeia template) with sidebar modules.
 */
const wTitle = 'Plan Your Visit';
const wHeads = ['Opening times', 'Getting here', 'Entry and donations', 'Accessibility', 'A few farm rules'];
const wIntro = j(
  'Brackenmoor City Farm is a working farm in the middle of the city, run by a small staff team and more than eighty volunteers.',
  'Come and meet our pigs, goats, sheep, ponies and the famously bossy geese.',
);
const wTimes = ['Tuesday to Sunday: 10am to 4pm (last entry 3.30pm)', 'Closed on Mondays, except bank holidays', 'Winter closing: 24 December to 2 January'];
const wGetting = [
  j(
    'We are a ten-minute walk from Brackenmoor Road station. Buses 12 and 47 stop outside the gates on Mill Row. There is no car',
    'park, and the streets around the farm are permit parking only, so please come by bus, bike or on foot if you can.',
  ),
  'Bike racks are inside the main gate, next to the café.',
];
const wEntry = [
  j(
    'Entry to the farm is free. It costs us around £1,200 a week to feed and care for the animals, so we suggest a donation of',
    '£3 per adult and £1 per child. You can donate at the gate, in the café or by tapping a card on the donation point by the barn.',
  ),
  'Pony rides run at weekends from 11am to 1pm and cost £4. They are for children aged three to ten and weighing under 35 kg.',
];
const wAccess = [
  j(
    'The main yard and paths are level and suitable for wheelchairs and pushchairs. The top paddock is on a slope and can be',
    'muddy after rain. There is an accessible toilet and a changing place next to the education barn.',
  ),
];
const wRules = [
  'Please wash your hands after touching the animals and before eating.',
  'Only feed the animals with food bought from the farm shop.',
  'Dogs are welcome on a short lead in the yard, but not in the animal barns.',
  'Children under 12 must be with an adult at all times.',
];
const wNav = ['Home', 'Visit', 'Animals', 'Events', 'Volunteer', 'Donate', 'Contact'];
const wFoot = [
  'Brackenmoor City Farm, Mill Row, Brackenmoor, BM2 5LP',
  'Registered charity 1167220',
  '© 2026 by Brackenmoor City Farm. Proudly created with Wix.com',
];
let wn = 0;
const rt = (inner: string): string => {
  wn += 1;
  return `<div id="comp-lx8q${wn}" class="HcOXKn SxM0TO QxJLC3 lq2cno YQcXTT comp-lx8q${wn} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
};
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wul = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${items
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`)
    .join('')}</ul>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Plan Your Visit | Brackenmoor City Farm</title>
<meta name="description" content="Opening times, travel and prices for Brackenmoor City Farm.">
<link rel="canonical" href="https://www.brackenmoorcityfarm.org/visit">
<meta property="og:title" content="Plan Your Visit | Brackenmoor City Farm"><meta property="og:site_name" content="Brackenmoor City Farm">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Brackenmoor City Farm","address":{"@type":"PostalAddress",
"streetAddress":"Mill Row","addressLocality":"Brackenmoor","postalCode":"BM2 5LP"}}</script>
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"8d2a","isHttps":true},"language":{"userLanguage":"en"}}</script>
<style>#comp-lx8q1{justify-self:start;margin:40px 0 10px 0}.font_4{font:normal normal normal 32px/1.4em 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
<div id="comp-kx1logo" class="HcOXKn comp-kx1logo wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text">
<a href="https://www.brackenmoorcityfarm.org" class="wixui-rich-text__text">Brackenmoor City Farm</a></p></div>
<nav id="comp-kx1menu" aria-label="Site" class="comp-kx1menu wixui-horizontal-menu"><ul class="uDdk1o">
${wNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase()}"><div class="pfR4Yn">${n}</div></a>
</li>`,
  )
  .join('\n')}
<li class="wixui-horizontal-menu__item" aria-haspopup="true"><div class="pfR4Yn">More</div></li></ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="bwz9l" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerbwz9l" class="Containerbwz9l SPY_vo"><div data-mesh-id="Containerbwz9linlineContent" data-testid="inline-content">
<section id="comp-lx8qs1" tabindex="-1" class="Oqnisf comp-lx8qs1 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lx8qs1inlineContent" data-testid="inline-content" class="">
${rt(`<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt(wp(wIntro))}
<wix-image id="img_comp-lx8qimg" class="comp-lx8qimg wixui-image"><img src="https://static.wixstatic.com/media/8d2a_goats.jpg" alt="Goats in the yard">
</wix-image>
</div></section><section id="comp-lx8qs2" tabindex="-1" class="Oqnisf comp-lx8qs2 wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-lx8qs2inlineContent" data-testid="inline-content" class="">
${rt(wh(wHeads[0] ?? '') + wul(wTimes))}
${rt(wh(wHeads[1] ?? '') + wGetting.map(wp).join(''))}
${rt(wh(wHeads[2] ?? '') + wEntry.map(wp).join(''))}
${rt(wh(wHeads[3] ?? '') + wAccess.map(wp).join(''))}
${rt(wh(wHeads[4] ?? '') + wul(wRules))}
<div id="comp-lx8qbtn" class="comp-lx8qbtn wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/donate" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Donate Now</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
${wFoot
  .slice(0, 2)
  .map((t) => rt(wp(t)))
  .join('\n')}
<div id="comp-kx1form" class="comp-kx1form wixui-form"><form><div class="wixui-rich-text"><h5 class="font_5">Subscribe to our newsletter</h5></div>
<label for="input_comp-kx1mail" class="wixui-text-input__label">Email *</label><input type="email" id="input_comp-kx1mail" required>
<button aria-disabled="false" class="wixui-button"><span class="wixui-button__label">Join</span></button></form></div>
<ul class="social-bar wixui-social-bar"><li><a href="https://www.instagram.com/brackenmoorcityfarm" aria-label="Instagram"></a></li></ul>
${rt(wp(wFoot[2] ?? ''))}</div></footer></div></div></div></div>
<div data-hook="ccsu-banner-wrapper" class="ccsu-banner"><div data-hook="consent-banner-root" role="region" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.
<a href="/privacy" data-hook="consent-banner-policy-link">Privacy Policy</a></p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout632-wix-city-farm-visit',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wIntro, ...wTimes, ...wGetting, ...wEntry, ...wAccess, ...wRules]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Brackenmoor City Farm', ...wNav, 'More', 'Donate Now', ...wFoot, 'Subscribe to our newsletter', 'Email *', 'Join',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Accept',
  ],
};

const jTitle = 'Area 14 Dressage Qualifier: Results and Report';
const jParas = [
  j(
    'What a day! Hallerton sent two teams and four individuals to the Area 14 dressage qualifier at Copley Park on Sunday, and we came',
    'home with a team win, a second place and three riders qualified for the Championships in August.',
  ),
  j(
    "The going in the outdoor arenas was perfect after Saturday's rain, although the wind made life difficult for the Novice",
    'riders in the afternoon. Judges praised the turnout of all our ponies, and the plaiting team (you know who you are) deserve a medal.',
  ),
];
const jHeads = ['Junior team (Prelim 12)', 'Open team (Novice 24)', 'Individuals'];
const jJun = [
  ['Ellie Marsh', 'Tinkerbell VII', '71.25%', '2nd'],
  ['Reuben Castle', 'Dandy', '68.40%', '6th'],
  ['Priya Lanyon', 'Solo Star', '67.90%', '8th'],
];
const jJunNote = 'The junior team finished first of nine teams on a combined score of 207.55 and qualify for the Championships.';
const jOpen = [
  ['Martha Greave', 'Copperfield', '69.80%', '3rd'],
  ['Lily Ashdown', 'Mister Biscuit', '66.15%', '11th'],
  ['Hannah Tolley', 'Blue Ridge Bramble', '65.70%', '13th'],
];
const jOpenNote = 'The open team were second, just 1.2 marks behind Ferrington Vale.';
const jInd = [
  j(
    'Among the individuals, Sophie Dunmore and Pepper won the Prelim 7 class with 73.10%, and Jack Whitlow was fourth in Novice 30',
    'on his first outing since moving up from D+. Both Sophie and Martha qualify as individuals.',
  ),
  j(
    'Thank you to Mrs Ingham and Mrs Carr for training the teams, and to everyone who drove a lorry or held a pony.',
    'Results are provisional until confirmed by the Area.',
  ),
];
const jNav = ['Home', 'News', 'Rallies', 'Results', 'Camp', 'Tests and Badges', 'Contact'];
const jEvents = ['Sat 20 June: Stable management rally, Hallerton Farm', 'Sun 28 June: Mounted games practice', 'Tue 7 July: Evening show jumping rally'];
const jLogin = ['Username', 'Password', 'Remember Me', 'Log in', 'Forgot your password?', 'Forgot your username?'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Claire Whitlock">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${jTitle} - Hallerton Pony Club</title><link href="/media/templates/site/cassiopeia/css/template.min.css?4f2c1e" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":""}}</script>
<script src="/media/system/js/core.min.js?37ffe4"></script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Hallerton Pony Club">Hallerton Pony Club</span></a><div class="site-description">Branch of the Pony Club, Area 14</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">
${jNav
  .map(
    (n, i) => `<li class="nav-item item-${101 + i}${n === 'Results' ? ' current active' : ''}"><a href="/${n.toLowerCase()}">${n}</a>
</li>`,
  )
  .join('\n')}</ul>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword117" class="finder">Search</label>
<input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control"
placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">
<span>Home</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/results" class="pathway"><span>Results</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>${jTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h2 itemprop="headline">${jTitle}</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Claire Whitlock</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/results" itemprop="genre">Results</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-06-16T19:02:11+01:00" itemprop="datePublished">
Published: 16 June 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:342">Hits: 342</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jParas)}
<h3>${jHeads[0]}</h3><table class="table table-striped"><thead><tr><th>Rider</th><th>Pony</th><th>Score</th><th>Place</th></tr></thead><tbody>
${trs(jJun)}</tbody></table><p>${jJunNote}</p>
<h3>${jHeads[1]}</h3><table class="table table-striped"><thead><tr><th>Rider</th><th>Pony</th><th>Score</th><th>Place</th></tr></thead><tbody>
${trs(jOpen)}</tbody></table><p>${jOpenNote}</p>
<h3>${jHeads[2]}</h3>${ps(jInd)}</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/results/spring-ode" rel="prev"><span class="visually-hidden">Previous article: Spring ODE results</span>
<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/results/tetrathlon" rel="next"><span class="visually-hidden">Next article: Area tetrathlon</span>
<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header ">Upcoming rallies</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jEvents)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header ">Members' Area</h3><div class="card-body"><form id="login-form-16" class="mod-login" method="post">
<div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><label for="modlgn-username-16">${jLogin[0]}</label>
<input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div>
<div class="mod-login__password form-group"><label for="modlgn-passwd-16">${jLogin[1]}</label>
<input id="modlgn-passwd-16" type="password" name="password"></div>
<div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><label class="form-check-label">
<input type="checkbox" name="remember" class="form-check-input" value="yes">${jLogin[2]}</label></div></div>
<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">${jLogin[3]}</button></div>
<ul class="mod-login__options list-unstyled"><li><a href="/reset">${jLogin[4]}</a></li><li><a href="/remind">${jLogin[5]}</a></li></ul></div></form></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
<p>© 2026 Hallerton Pony Club. Registered charity 1021876.</p>
</div></div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
<span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const hallerton: TestPage = {
  name: 'heldout632-joomla-dressage-results',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: jHeads,
  body: texts([...jParas, ...rowTexts(jJun), jJunNote, ...rowTexts(jOpen), jOpenNote, ...jInd]),
  bylines: ['Written by: Claire Whitlock', 'Published: 16 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hallerton Pony Club', 'Branch of the Pony Club, Area 14', ...jNav, 'Search', 'You are here:', 'Details', 'Category: Results', 'Hits: 342',
    'Previous article: Spring ODE results', 'Prev', 'Next article: Area tetrathlon', 'Next', 'Upcoming rallies', ...jEvents, "Members' Area", ...jLogin,
    '© 2026 Hallerton Pony Club. Registered charity 1021876.',
  ],
};

export const HELDOUT632_B: readonly TestPage[] = [wix, hallerton].map(settle);
