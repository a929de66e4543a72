import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file a: a Welsh Government (GOV.WALES, Drupal) guidance page whose Welsh text is in the DOM but hidden,
 * and a Canada.ca (GCWeb / WET) news release with its Français toggle.
 */
const wTitle = 'Apply for a coastal path repair grant';
const wBody = [
  j(
    'Community councils and landowners in Wales can apply for a grant to repair short sections of coastal path damaged by storms.',
    'The scheme covers work on public rights of way within 200 metres of the shoreline.',
  ),
  j(
    'Grants range from £2,000 to £40,000. The fund for 2027 to 2028 is £1.6 million. We expect to fund around 60 projects,',
    'and we will give priority to sections that have been closed to walkers for more than three months.',
  ),
  'Who can apply',
  'community and town councils',
  'registered charities that manage land open to the public',
  'private landowners whose land carries a public footpath',
  j(
    'You must have permission from the owner of the land before you apply. If the path crosses more than one holding,',
    'one applicant should apply on behalf of all of them.',
  ),
  'What the grant pays for',
  j(
    'The grant can pay for steps, boardwalk, drainage, fencing and resurfacing. It cannot pay for new routes, car parks or',
    'signs that only carry advertising. Work must be finished within 12 months of the offer letter.',
  ),
  'How to apply',
  j(
    'Fill in the application form and send it with a map of the section, photographs of the damage and two quotes from',
    'contractors. We aim to make a decision within eight weeks of receiving a complete application.',
  ),
  j('Applications close on 31 January 2027. Late applications will be held over to the next round if money is left in the', 'fund.'),
  j(
    'If your application is successful, we will pay half of the grant when work starts and the rest when you send us photographs',
    'of the finished work and the final invoice. You must keep the repaired path open to the public for at least ten years.',
  ),
];
const wParas = wBody.slice(0, 2);
const wWho = wBody.slice(3, 6);
const wCy = j(
  'Gall cynghorau cymuned a thirfeddianwyr yng Nghymru wneud cais am grant i atgyweirio darnau byr o lwybr yr arfordir',
  'sydd wedi eu difrodi gan stormydd.',
);
const wNav = ['Health and social care', 'Education and skills', 'Environment and climate change', 'Transport', 'Housing', 'Marine and fisheries'];
const wCrumbs = ['Home', 'Environment and climate change', 'Countryside and coast', 'Coastal access'];
const wFoot = ['Accessibility', 'Contact us', 'Copyright statement', 'Cookies', 'Freedom of information', 'Help', 'Privacy', 'Terms and conditions'];
const wRel = ['Wales Coast Path: maintenance standards', 'Public rights of way: guidance for landowners'];
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${wTitle} | GOV.WALES</title><meta name="description" content="How community councils and landowners can get money to repair coastal paths.">
<link rel="alternate" hreflang="cy" href="https://www.llyw.cymru/gwneud-cais-am-grant-atgyweirio-llwybr-arfordir">
<link rel="canonical" href="https://www.gov.wales/apply-coastal-path-repair-grant"><meta property="og:site_name" content="GOV.WALES">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${wTitle}","provider":"Welsh Government"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"language":"en","contentType":"guidance"});</script>
<link rel="stylesheet" media="all" href="/sites/gov_wales/themes/govwales/css/global.css"></head>
<body class="path-node page-node-type-guidance"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner"><div class="cookie-banner__content">
<h2 class="cookie-banner__title">Cookies on GOV.WALES</h2><p>We use some essential cookies to make this website work.</p>
<p>We'd like to set additional cookies to understand how you use GOV.WALES.</p>
<button class="button cookie-banner__accept">Accept additional cookies</button>
<button class="button cookie-banner__reject">Reject additional cookies</button><a href="/cookies">View cookies</a></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header" role="banner"><div class="header__container">
<a href="/" class="header__logo" aria-label="Welsh Government home"><span class="visually-hidden">Welsh Government</span></a>
<div class="language-switcher-language-url" role="navigation"><ul class="links"><li hreflang="cy" class="cy">
<a href="https://www.llyw.cymru/gwneud-cais-am-grant-atgyweirio-llwybr-arfordir" class="language-link" hreflang="cy">Cymraeg</a></li></ul></div>
<form class="header__search" action="/search" role="search"><label for="edit-keywords" class="visually-hidden">Search</label>
<input id="edit-keywords" name="keywords" type="search"></form></div>
<nav class="main-menu" aria-label="Main menu"><ul class="main-menu__list">${links(wNav, 'main-menu__item')}</ul></nav></header>
<div class="breadcrumb"><nav aria-labelledby="system-breadcrumb"><ol>${links(wCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main id="main-content" role="main"><div class="region region-content"><article class="node node--type-guidance node--view-mode-full">
<div class="hero-banner"><div class="hero-banner__inner"><span class="hero-banner__type">Guidance</span><h1 class="hero-banner__title">${wTitle}</h1>
<p class="hero-banner__summary">How community councils and landowners can get money to repair coastal paths.</p>
<div class="hero-banner__meta"><span class="first-published">First published: 14 October 2026</span>
<span class="last-updated">Last updated: 2 November 2026</span></div></div></div>
<div class="node__content"><div class="field--name-body" lang="en">
${ps(wParas)}
<h2 id="who">${wBody[2]}</h2><ul>${lis(wWho)}</ul>
${ps([wBody[6] ?? ''])}
<h2 id="pays">${wBody[7]}</h2>${ps([wBody[8] ?? ''])}
<h2 id="apply">${wBody[9]}</h2>${ps([wBody[10] ?? '', wBody[11] ?? '', wBody[12] ?? ''])}
</div>
<div class="field--name-body" lang="cy" hidden aria-hidden="true"><p>${wCy}</p></div>
<div class="contact-block"><h2 class="contact-block__title">Contact</h2><p>Coastal Access Team</p><p>Email: coastalaccess@gov.wales</p>
<p>We welcome correspondence in Welsh. Corresponding with us in Welsh will not lead to a delay in responding.</p></div>
<div class="related-links"><h2>Related content</h2><ul>${links(wRel)}</ul></div>
<div class="feedback"><h2 class="feedback__title">Is this page useful?</h2><button>Yes</button><button>No</button>
<a href="/report-problem">Report a problem with this page</a></div>
</div></article></div></main>
<footer class="footer" role="contentinfo"><ul class="footer__links">${links(wFoot)}</ul>
<p class="footer__copyright">© Crown copyright</p></footer></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const govWales: TestPage = {
  name: 'heldout453-gov-wales-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[7] ?? '', wBody[9] ?? ''],
  body: texts(['How community councils and landowners can get money to repair coastal paths.', ...wBody.filter((_, i) => ![2, 7, 9].includes(i))]),
  bylines: ['First published: 14 October 2026', 'Last updated: 2 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on GOV.WALES', 'We use some essential cookies to make this website work.',
    "We'd like to set additional cookies to understand how you use GOV.WALES.", 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Welsh Government', 'Cymraeg', ...wNav, ...wCrumbs, 'Guidance', 'Contact', 'Coastal Access Team', 'Email: coastalaccess@gov.wales',
    'We welcome correspondence in Welsh. Corresponding with us in Welsh will not lead to a delay in responding.', 'Related content', ...wRel,
    'Is this page useful?', 'Report a problem with this page', ...wFoot, '© Crown copyright',
  ],
};

const cTitle = 'Government of Canada invests in ferry terminal upgrades on the Miramet River';
const cBody = [
  j(
    'Today, the Minister of Transport announced a federal investment of $18.4 million to rebuild the two ferry terminals that link',
    'Port Delisle and Saint-Aubin-de-Miramet. The crossing carries about 240,000 passengers and 90,000 vehicles each year.',
  ),
  j(
    'The funding will replace the ramps and mooring dolphins at both landings, add a heated waiting room at Port Delisle and install',
    'shore power so that the new hybrid ferry can charge while it is docked.',
  ),
  j(
    '"This crossing is the only link for many families who work on one side of the river and live on the other. These upgrades will',
    'keep it running safely for the next forty years." – Minister of Transport',
  ),
  j(
    'Construction is expected to begin in spring 2027 and to be completed by the end of 2029. The ferry service will continue to run',
    'during construction, with short closures announced at least two weeks in advance.',
  ),
  j(
    'Local residents will be invited to an information session in Port Delisle in January to see the plans for the waiting room',
    'and to ask questions about the construction schedule. Plans will also be posted at both landings.',
  ),
  'Quick facts',
  'The Miramet River ferry has operated since 1958 and makes 36 crossings a day in summer.',
  'The project is funded through the Ferry Services Contribution Program.',
  'The Province will contribute a further $4.2 million for road work at the approaches.',
  'Associated links',
  'Ferry Services Contribution Program',
  'Miramet River crossing: schedule and notices',
];
const cNav = ['Jobs', 'Immigration and citizenship', 'Travel and tourism', 'Business and industry', 'Benefits', 'Health', 'Taxes'];
const cCrumbs = ['Canada.ca', 'Transport Canada', 'News'];
const cFoot = [
  'All contacts',
  'Departments and agencies',
  'About government',
  'Social media',
  'Mobile applications',
  'About Canada.ca',
  'Terms and conditions',
  'Privacy',
];
const cHtml = `<!DOCTYPE html><html class="no-js" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${cTitle} - Canada.ca</title><meta name="dcterms.creator" content="Transport Canada"><meta name="dcterms.language" title="ISO639-2/T" content="eng">
<meta name="dcterms.issued" title="W3CDTF" content="2026-11-19">
<link rel="alternate" hreflang="fr" href="https://www.canada.ca/fr/transports-canada/nouvelles.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-11-19"}</script>
<link rel="stylesheet" href="https://www.canada.ca/etc/designs/canada/wet-boew/css/theme.min.css">
<script>var adobeDataLayer=adobeDataLayer||[];adobeDataLayer.push({"event":"pageLoad","page":{"language":"en"}});</script></head>
<body vocab="http://schema.org/" typeof="WebPage" resource="#wb-webpage"><nav><ul id="wb-tphp"><li class="wb-slc">
<a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><div class="row"><section id="wb-lng" class="col-xs-3 col-sm-12 pull-right text-right">
<h2 class="wb-inv">Language selection</h2><ul class="list-inline mrgn-bttm-0"><li><a lang="fr" hreflang="fr"
href="https://www.canada.ca/fr/transports-canada/nouvelles.html"><span class="hidden-xs" translate="no">Français</span></a></li></ul></section>
<div class="brand col-xs-9 col-sm-5 col-md-4" property="publisher" typeof="GovernmentOrganization"><a href="https://www.canada.ca/en.html" property="url">
<img src="/etc/designs/canada/wet-boew/assets/sig-blk-en.svg" alt="Government of Canada" property="logo"></a></div>
<section id="wb-srch" class="col-lg-offset-4 col-md-offset-4 col-sm-offset-2 col-xs-12 col-sm-5 col-md-4"><h2>Search</h2>
<form action="https://www.canada.ca/en/sr/srb.html" method="get" role="search"><input id="wb-srch-q" type="search" name="q"
placeholder="Search Canada.ca"></form></section></div></div>
<nav class="gcweb-menu" typeof="SiteNavigationElement"><h2 class="wb-inv">Menu</h2><ul role="menu">${links(cNav)}</ul></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><div class="container"><ol class="breadcrumb">${links(cCrumbs)}</ol></div></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement" class="container">
<h1 property="name" id="wb-cont">${cTitle}</h1>
<p class="gc-byline"><strong>From: <a href="/en/transport-canada.html">Transport Canada</a></strong></p>
<p class="gc-byline"><strong>News release</strong></p>
<div class="mwsgeneric-base-html parbase section"><p class="mrgn-tp-lg"><strong>November 19, 2026 – Port Delisle, Quebec</strong></p></div>
<div class="mwsgeneric-base-html parbase section">
${ps([cBody[0] ?? '', cBody[1] ?? ''])}
<blockquote><p>${cBody[2]}</p></blockquote>
${ps([cBody[3] ?? '', cBody[4] ?? ''])}
<h2>${cBody[5]}</h2><ul>${lis(cBody.slice(6, 9))}</ul>
<h2>${cBody[9]}</h2><ul>${lis(cBody.slice(10, 12).map((t) => `<a href="/en/transport-canada/ferries.html">${t}</a>`))}</ul>
<p class="text-center">- 30 -</p>
<h2>Contacts</h2><p>Media Relations<br>Transport Canada, Ottawa<br>media@tc.gc.ca</p>
<p>Stay connected with Transport Canada on social media.</p></div>
<div class="pagedetails"><div class="row"><div class="col-sm-6"><a class="btn btn-default" href="/en/report-problem.html">Report a problem or mistake
on this page</a></div>
<div class="col-sm-3 pull-right"><a href="#shr-pg0" class="shr-opn wb-lbx">Share this page</a></div></div>
<dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2026-11-19</time></dd></dl></div></main>
<footer id="wb-info"><div class="gc-contextual"><h3>Transport Canada</h3><ul><li><a href="/en/transport-canada/corporate/contact-us.html">Contact us</a></li>
</ul></div><div class="landscape"><nav class="container wb-navcurr"><h2 class="wb-inv">About government</h2><ul class="list-col-xs-1">${links(cFoot)}</ul>
</nav></div><div class="brand"><img src="/etc/designs/canada/wet-boew/assets/wmms-blk.svg" alt="Symbol of the Government of Canada"></div></footer>
<script src="https://www.canada.ca/etc/designs/canada/wet-boew/js/wet-boew.min.js"></script></body></html>`;
const canadaCa: TestPage = {
  name: 'heldout453-canada-ca-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cBody[5] ?? '', cBody[9] ?? ''],
  body: texts(cBody.filter((_, i) => i !== 5 && i !== 9)),
  bylines: ['From: Transport Canada', 'November 19, 2026 – Port Delisle, Quebec', 'Date modified:', '2026-11-19'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to "About government"', 'Language selection', 'Français', 'Search', 'Menu', ...cNav, 'You are here:', ...cCrumbs,
    'News release', '- 30 -', 'Contacts', 'Media Relations', 'Transport Canada, Ottawa', 'media@tc.gc.ca',
    'Stay connected with Transport Canada on social media.', 'Report a problem or mistake on this page', 'Share this page', 'Contact us', ...cFoot,
  ],
};

export const HELDOUT453_A: readonly TestPage[] = [govWales, canadaCa];
