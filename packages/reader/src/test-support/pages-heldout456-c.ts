import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file c: a model railway club's exhibition page built with Wix (absolute-positioned rich text boxes, a short
 * page), and a radio control flying club's open day event page on Joomla 4 (Cassiopeia template, JEvents-style details list).
 */
const wTitle = 'Hollinsford Model Railway Exhibition 2027';
const wBody = [
  'Saturday 12 and Sunday 13 June, 10am to 4.30pm',
  'St Barnabas Hall, Mill Lane, Hollinsford',
  j(
    'Twenty-two layouts in all the popular scales, from a Z gauge Alpine line in a suitcase to our own 40-foot O gauge club layout,',
    'Hollinsford Yard, making its first outing in five years. Traders, a demonstration area and a junior driving layout for under-12s.',
  ),
  'Admission: adults £6, children £2, under-5s free. Family ticket £14.',
  'Free parking at the leisure centre, with a shuttle bus every 20 minutes.',
];
const wNav = ['Home', 'About the Club', 'Exhibition', 'Our Layouts', 'Join Us', 'Contact'];
const wBox = (id: string, inner: string): string =>
  `<div id="${id}" class="comp-${id} wixui-rich-text" data-testid="richTextElement"><div class="font_8 wixui-rich-text__text">${inner}</div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Exhibition | Hollinsford MRC</title><meta property="og:title" content="Exhibition | Hollinsford MRC">
<meta property="og:site_name" content="Hollinsford MRC">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Event","name":"${wTitle}","startDate":"2027-06-12"}</script>
<script type="text/javascript">window.viewerModel = {"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"language":"en"};</script>
<style id="css_masterPage">#comp-hdr1{left:0;width:980px}.font_0{font:normal normal bold 48px/1.2 'playfair display',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mStvIQ">top of page</span></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="ZmKtJ8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wBox('hdr1', '<p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">HOLLINSFORD MRC</span></p>')}
<nav aria-label="Site" id="comp-menu" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="ITHW2W">
${links(wNav, 'item wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="mp1xq" class="page"><div id="Containermp1xq">
<section id="comp-sec1" class="wixui-section"><div data-testid="columns" class="comp-sec1-columns">
<div id="comp-h1" class="comp-h1 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span
style="letter-spacing:normal;" class="wixui-rich-text__text">${wTitle}</span></h1></div>
${wBox('dt1', `<p class="font_7"><span style="font-weight:bold;" class="wixui-rich-text__text">${at(wBody, 0)}</span></p>`)}
${wBox('ven1', `<p class="font_7"><span class="wixui-rich-text__text">${at(wBody, 1)}</span></p>`)}
<div id="comp-img1" class="comp-img1 wixui-image" data-testid="imageX"><img src="https://static.wixstatic.com/media/9b1c_layout.jpg/v1/fill/w_640,h_420/
layout.jpg" alt="Hollinsford Yard at the 2019 show" width="640" height="420"></div>
${wBox('txt1', ps([at(wBody, 2)], ' class="font_8 wixui-rich-text__text"'))}
${wBox('txt2', ps(wBody.slice(3, 5), ' class="font_8 wixui-rich-text__text"'))}
<div id="comp-btn1" class="comp-btn1 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.hollinsfordmrc.org/tickets"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book Tickets</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div data-testid="inline-content">
${wBox('ftr1', '<p class="font_9">© 2027 by Hollinsford Model Railway Club. Registered charity 1187452.</p>')}
${wBox('ftr2', '<p class="font_9">Club nights: Tuesdays 7.30pm, Scout Hut, Grange Road</p>')}</div></footer></div></div></div></div>
<div id="consent-banner-root" role="dialog" aria-label="Cookie banner"><p>This website uses cookies. By using this site, you agree to our use of
cookies.</p><button data-hook="consent-banner-apply-button">Accept</button><button data-hook="consent-banner-settings-button">Settings</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4c7f9a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = page({
  name: 'heldout456-wix-club-exhibition',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HOLLINSFORD MRC', ...wNav, 'Book Tickets', '© 2027 by Hollinsford Model Railway Club. Registered charity 1187452.',
    'Club nights: Tuesdays 7.30pm, Scout Hut, Grange Road', 'This website uses cookies. By using this site, you agree to our use of cookies.',
    'Accept', 'Settings',
  ],
});

const jTitle = 'Open Day and Fun Fly 2027';
const jBody = [
  j(
    'The field at Corve Farm will be open to visitors on Sunday 23 May from 10am. Come and watch members fly everything from vintage',
    'free-flight models to jets, and have a go yourself on one of our buddy-box trainers with an instructor at your side.',
  ),
  'Programme',
  '10.00 Gates open, static display in the pits marquee',
  '11.00 Vintage and free-flight demonstration',
  '12.30 Helicopter and 3D display',
  '14.00 Trainer sessions for visitors (book at the club tent)',
  '15.30 Jets and warbirds, weather permitting',
  'Visiting pilots',
  j(
    'Visiting pilots are welcome with a current BMFA or equivalent insurance certificate and an A certificate or above. Please sign in at',
    'the pits marquee before flying. Frequency control is by the usual peg board for any 35 MHz models.',
  ),
  j(
    'There is no charge for spectators. Parking is in the lower field; please follow the marshals and keep dogs on a lead. Refreshments',
    'by the Corve Farm Young Farmers. If the weather is doubtful, check this page after 7am on the day.',
  ),
];
const jNav = ['Home', 'About', 'Events', 'Training', 'Gallery', 'Membership', 'Contact'];
const jNext = ['Winter indoor meeting', 'Electric scale fly-in', 'Committee meeting'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>Open Day and Fun Fly 2027 - Wealdmoor Model Flying Club</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4c1e3f" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css"
rel="stylesheet"><script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error"},"system.paths":{"root":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4c1e3f" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Wealdmoor Model Flying Club">Wealdmoor Model Flying Club</span></a><div class="site-description">BMFA affiliated club since 1971</div>
</div></div><div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler
navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false"
aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul></div></nav><div class="container-search"><div class="search">
<form action="/component/search/" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">Search
...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200" class="form-control search-query" type="search"
placeholder="Search ..."></form></div></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item
breadcrumb-item"><a href="/events" class="pathway"><span>Events</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>${jTitle}</span>
</li></ol></nav><div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Colin Farrant</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/events" itemprop="genre">Events</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2027-04-18T10:12:00+01:00"
itemprop="datePublished">Published: 18 April 2027</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>
<meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${ps([at(jBody, 0)])}
<h3>${at(jBody, 1)}</h3><ul>${lis(jBody.slice(2, 7))}</ul><h3>${at(jBody, 7)}</h3>${ps(jBody.slice(8))}</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/events/winter-indoor" rel="prev"><span class="visually-hidden">Previous article: Winter indoor meeting</span><span class="icon-chevron-left"
aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/events/electric-scale"
rel="next"><span class="visually-hidden">Next article: Electric scale fly-in</span><span aria-hidden="true">Next</span> <span
class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Next Events</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jNext)}</ul></div></div><div class="sidebar-right card "><h3 class="card-header ">Flying
Site</h3><div class="card-body"><div class="mod-custom custom"><p>Corve Farm, Wealdmoor. Members only except on open days. Please read the field rules
before your first visit.</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>© 2027 Wealdmoor Model Flying Club ·
<a href="/privacy">Privacy notice</a></p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
<span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body></html>`;
const joomla: TestPage = page({
  name: 'heldout456-joomla-flying-open-day',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [at(jBody, 1), at(jBody, 7)],
  body: texts(jBody.filter((_, i) => i !== 1 && i !== 7)),
  bylines: ['Written by: Colin Farrant', 'Published: 18 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wealdmoor Model Flying Club', 'BMFA affiliated club since 1971', ...jNav, 'You are here:', 'Details', 'Category: Events', 'Hits: 412', 'Prev',
    'Next', 'Next Events', ...jNext, 'Flying Site',
    'Corve Farm, Wealdmoor. Members only except on open days. Please read the field rules before your first visit.',
    '© 2027 Wealdmoor Model Flying Club · Privacy notice',
  ],
});

export const HELDOUT456_C: readonly TestPage[] = [wix, joomla];
