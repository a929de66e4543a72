import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file f2: a GOV.WALES guidance page (the cookie banner, skip link, the header with "Cymraeg" and search,
 * the breadcrumb, the "Guidance" label, the summary, "First published" and "Last updated" lines, the "Part of" links, the
 * print-only "This document was downloaded from GOV.WALES" notice, the "Contents" list, the chapter text, the "Share this
 * page" links, the "Is this page useful?" widget and the footer with the Open Government Licence line).
 */
const wgTitle = 'Keeping poultry at home: registration and biosecurity';
const wgSummary = 'What you need to do if you keep chickens, ducks, geese or other poultry at home, including how to register your birds.';
const wgH1 = 'Who this guidance is for';
const wgP1 = [
  'This guidance is for anyone in Wales who keeps poultry, whether you have a few hens in your garden or a larger flock on a ' +
    'smallholding. Poultry includes chickens, ducks, geese, turkeys, quail, guinea fowl and pigeons kept for meat or eggs.',
];
const wgH2 = 'Registering your birds';
const wgP2 = [
  'You must register with the Animal and Plant Health Agency if you keep 50 or more birds. We strongly encourage keepers of smaller ' +
    'flocks to register too. Registering means we can contact you quickly if there is an outbreak of bird flu or another disease near you.',
  'To register you will need:',
];
const wgL2 = [
  'your name, address and telephone number',
  'the address where your birds are kept, if this is different',
  'the number and type of birds you keep',
  'whether your birds are kept indoors, outdoors or both',
];
const wgP2b = ['Registration is free. You must update your details within one month if anything changes, including if you stop keeping poultry.'];
const wgH3 = 'Biosecurity';
const wgP3 = ['Good biosecurity helps protect your birds from disease. You should:'];
const wgL3 = [
  'keep feed and water where wild birds cannot get to them',
  'clean and disinfect footwear before and after visiting your birds',
  'keep your birds away from ponds and other water that wild birds use',
  'clean housing regularly and remove droppings',
  'limit visitors to your birds and keep a record of who visits',
];
const wgP3b = [
  'During an Avian Influenza Prevention Zone, extra rules may apply. These can include housing your birds or keeping them separate ' +
    'from wild birds. Check the latest position before moving birds or taking them to shows.',
];
const wgH4 = 'Reporting disease';
const wgP4 = [
  'Bird flu is a notifiable disease. If you suspect it, you must report it straight away by calling 0300 555 0145. Signs include ' +
    'sudden deaths, a swollen head, difficulty breathing and a drop in egg production. Do not move birds, eggs or equipment off ' +
    'your premises while you wait for advice.',
  'Keepers in Wales can also contact their local animal health office for advice on keeping birds healthy.',
];
const wgCookie = [
  'Cookies on GOV.WALES',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.WALES, remember your settings and improve government services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const wgCrumbs = ['Home', 'Environment and climate change', 'Farming and countryside', 'Animal health and welfare'];
const wgPartOf = ['Animal health and welfare', 'Bird flu (avian influenza)'];
const wgShare = ['Share this page', 'Share this page via X', 'Share this page via Facebook', 'Share this page via Email'];
const wgUseful = ['Is this page useful?', 'Yes', 'No', 'Report a problem with this page'];
const wgFoot = ['Accessibility', 'Contact Welsh Government', 'Copyright statement', 'Cookies', 'Freedom of information', 'Privacy', 'Terms and conditions'];
const wgOgl = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const wgPrint =
  'This document was downloaded from GOV.WALES and may not be the latest version. Go to https://www.gov.wales/keeping-poultry-home for ' +
  'the latest version.';
const wgHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="description" content="${wgSummary}">
<link rel="canonical" href="https://www.gov.wales/keeping-poultry-home-registration-and-biosecurity"><meta property="og:site_name" content="GOV.WALES">
<meta property="og:title" content="${wgTitle}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="alternate" hreflang="cy" href="https://www.llyw.cymru/cadw-dofednod-gartref-cofrestru-bioddiogelwch"><title>${wgTitle} | GOV.WALES</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentOrganization","name":"Welsh Government",
"url":"https://www.gov.wales"},{"@type":"WebPage","name":"${wgTitle}","datePublished":"2025-10-02","dateModified":"2025-10-14"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_wg7Xk1.css">
<link rel="stylesheet" media="print" href="/sites/default/files/css/print.css">
</head><body class="page-node-type-guidance"><div id="cookie-banner" class="cookie-banner" role="region" aria-label="${wgCookie[0]}">
<div class="cookie-banner__content"><h2 class="cookie-banner__title">${wgCookie[0]}</h2><p>${wgCookie[1]}</p><p>${wgCookie[2]}</p>
<div class="cookie-banner__buttons"><button class="button" data-accept-cookies>${wgCookie[3]}</button>
<button class="button" data-reject-cookies>${wgCookie[4]}</button>
<a class="cookie-banner__link" href="/cookies">${wgCookie[5]}</a></div></div></div><a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header" role="banner"><div class="header__inner container"><a class="header__logo" href="/"><img src="/themes/wg/images/logo-wg-en.svg"
alt="Welsh Government"></a><div class="header__utilities"><a class="header__language-toggle" href="https://www.llyw.cymru/cadw-dofednod-gartref" lang="cy"
hreflang="cy">Cymraeg</a><form class="header__search" action="/search" role="search"><label for="global-search" class="visually-hidden">Search GOV.WALES</label>
<input id="global-search" type="search" name="global_keywords" placeholder="Search GOV.WALES"><button type="submit" class="header__search-submit">
<span class="visually-hidden">Search</span></button></form></div></div></header>
<div class="print-only print-header" aria-hidden="true"><p>${wgPrint}</p></div>
<nav class="breadcrumb container" aria-label="Breadcrumb"><ol>${links(wgCrumbs, 'breadcrumb__item')}</ol></nav>
<main id="main-content" class="main" role="main"><div class="hero-banner container"><div class="hero-banner__label">Guidance</div>
<h1 class="hero-banner__title">${wgTitle}</h1><div class="hero-banner__summary"><p>${wgSummary}</p></div>
<div class="hero-banner__meta"><p>First published: <time datetime="2025-10-02">2 October 2025</time></p>
<p>Last updated: <time datetime="2025-10-14">14 October 2025</time></p></div>
<div class="hero-banner__part-of"><span class="hero-banner__part-of-label">Part of:</span><ul class="inline-list">${links(wgPartOf)}</ul></div></div>
<div class="container"><div class="row"><div class="col-md-4"><nav class="index-list" aria-labelledby="contents-title"><h2 id="contents-title"
class="index-list__title">Contents</h2><ol class="index-list__items"><li><a href="#who">${wgH1}</a></li><li><a href="#register">${wgH2}</a></li>
<li><a href="#biosecurity">${wgH3}</a></li><li><a href="#report">${wgH4}</a></li></ol></nav></div><div class="col-md-8"><article class="guidance-document">
<section id="who" class="chapter"><h2>${wgH1}</h2>${ps(wgP1)}</section><section id="register" class="chapter"><h2>${wgH2}</h2>${ps(wgP2)}
<ul>${wgL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(wgP2b)}<p><a class="button button--primary" href="https://www.gov.uk/poultry-registration">
Register your birds</a></p></section><section id="biosecurity" class="chapter"><h2>${wgH3}</h2>${ps(wgP3)}<ul>${wgL3.map((t) => `<li>${t}</li>`).join('\n')}
</ul>${ps(wgP3b)}</section><section id="report" class="chapter"><h2>${wgH4}</h2>${ps(wgP4)}</section></article>
<div class="share-links"><h2 class="share-links__title">${wgShare[0]}</h2><ul>
<li><a href="https://twitter.example/intent/tweet"><span class="visually-hidden">${wgShare[1]}</span><svg class="icon icon--x"></svg></a></li>
<li><a href="https://www.facebook.example/sharer"><span class="visually-hidden">${wgShare[2]}</span><svg class="icon icon--facebook"></svg></a></li>
<li><a href="mailto:?subject=${encodeURIComponent(wgTitle)}"><span class="visually-hidden">${wgShare[3]}</span><svg class="icon icon--email"></svg></a></li>
</ul></div></div></div></div>
<div class="page-feedback container"><h2 class="page-feedback__title">${wgUseful[0]}</h2><div class="page-feedback__buttons">
<button class="button button--secondary" value="yes">${wgUseful[1]}</button><button class="button button--secondary" value="no">${wgUseful[2]}</button></div>
<a class="page-feedback__report" href="/report-problem">${wgUseful[3]}</a></div></main>
<footer class="footer" role="contentinfo"><div class="footer__inner container"><ul class="footer__links">${links(wgFoot, 'footer__item')}</ul>
<div class="footer__licence"><img src="/themes/wg/images/ogl.svg" alt="Open Government Licence"><p>${wgOgl}</p></div>
<div class="footer__copyright"><p>© Crown copyright</p></div></div></footer>
<script src="/sites/default/files/js/js_Hq0d2v.js"></script></body></html>`;
export const govWales: TestPage = {
  html: wgHtml,
  name: 'heldout199-gov-wales-guidance',
  kind: 'docs',
  // the summary is body; the "Contents" list repeats the headings and is left out; "Register your birds" (a button) is in
  // neither list; the published and updated lines are bylines; the print-only notice, "Part of" links, share links,
  // feedback, cookie banner and footer are furniture
  title: wgTitle,
  headings: [wgH1, wgH2, wgH3, wgH4],
  body: texts([wgSummary, ...wgP1, ...wgP2, ...wgL2, ...wgP2b, ...wgP3, ...wgL3, ...wgP3b, ...wgP4]),
  bylines: ['First published: 2 October 2025', 'Last updated: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wgCookie, 'Skip to main content', 'Cymraeg', 'Search GOV.WALES', wgPrint, ...wgCrumbs.slice(1), 'Part of:', ...wgPartOf.slice(1), 'Contents',
    ...wgShare, ...wgUseful, ...wgFoot, wgOgl, '© Crown copyright',
  ],
};
