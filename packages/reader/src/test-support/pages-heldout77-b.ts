import { links, type TestPage, texts } from './page-kit.js';
import { astraPost } from './pages-heldout77-b2.js';

/**
 * Held-out batch 77, file b: a science news story on a Phys.org-shaped site (the account bar, topic nav, breadcrumbs, the
 * date line, "Editors' notes" with its attribute list, headline, the "by ..., University of ..." byline, photo with
 * "Credit:" caption, the article text, the "More information:" block with DOI, "Journal information:", "Provided by",
 * the "Citation:" block and copyright notice, share buttons, "Explore further", the hidden feedback form, the "Trending"
 * rail, the newsletter box, the footer and the cookie notice), and a WordPress Astra travel post (file b2).
 */
const sxTitle = 'Meltwater lakes on a Norwegian ice cap release most of their methane in winter, study finds';
const sxP = [
  'Small lakes that form at the edge of retreating glaciers give off far more methane during the frozen months than ' +
    'scientists had assumed, according to a two-year study of a Norwegian ice cap published this week in Nature Geoscience.',
  'Researchers from the University of Tromsvik placed floating chambers and under-ice sensors on nine proglacial lakes in ' +
    'front of the Høgfjell ice cap between 2022 and 2024. They found that roughly 60% of the lakes’ yearly methane emissions ' +
    'happened between November and April, when the lakes were covered by ice and most previous measurement campaigns had ' +
    'packed up for the season.',
  '“The standard assumption has been that these lakes are quiet in winter because it is cold and dark,” said lead author ' +
    'Dr. Ingrid Solvang, a biogeochemist at the university. “What we saw instead is that methane keeps being produced in the ' +
    'sediment all winter, collects under the ice, and then escapes in large pulses.”',
  'Those pulses, the team found, were tied to changes in the ice itself. When mild spells caused the ice to crack or when ' +
    'meltwater from the glacier lifted the ice sheet slightly, bubbles trapped underneath were released within hours. A ' +
    'single event in February 2023 accounted for nearly a tenth of one lake’s annual output.',
  'The sediment in the lakes is rich in fine glacial flour mixed with organic material washed down from the surrounding ' +
    'moraines. As the glacier retreats, it exposes more of this material, and the lakes grow in number and size. The team ' +
    'counted 14 new lakes on the ice cap’s eastern margin that did not appear on satellite images from 2010.',
  'Co-author Dr. Mateus Albuquerque said the findings mattered for estimates of how much greenhouse gas will come from ' +
    'deglaciating landscapes over the coming decades. “If you measure only in summer and scale up, you underestimate the ' +
    'total by more than half for these lakes,” he said. “And there will be many more of them.”',
  'The researchers caution that their results come from a single ice cap and that lakes in other regions, with different ' +
    'bedrock and vegetation, may behave differently. They are now installing similar instruments at two sites in Iceland and ' +
    'one in the Canadian Arctic, and plan to share the sensor design so that other groups can run winter measurements at ' +
    'low cost.',
  'The winter measurements were made possible by a new sensor housing that the team built to survive being frozen into ' +
    'lake ice. Earlier designs, Solvang said, tended to crack or drift out of calibration after a few weeks below zero.',
];
const sxCaption = 'A proglacial lake in front of the Høgfjell ice cap in late winter. Credit: Ingrid Solvang';
const sxMore =
  'More information: Ingrid Solvang et al, Winter-dominated methane emissions from proglacial lakes, Nature Geoscience ' +
  '(2025). DOI: 10.1038/s41561-025-01642-x';
const sxCite =
  'Citation: Meltwater lakes on a Norwegian ice cap release most of their methane in winter, study finds (2025, March 4) ' +
  'retrieved 5 March 2025 from https://scinexus.org/news/2025-03-meltwater-lakes-norwegian-ice-cap.html';
const sxCopy =
  'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no ' +
  'part may be reproduced without the written permission. The content is provided for information purposes only.';
const sxNotes =
  'This article has been reviewed according to SciNexus’s editorial process and policies. Editors have highlighted the ' +
  'following attributes while ensuring the content’s credibility:';
const sxAttrs = ['fact-checked', 'peer-reviewed publication', 'trusted source', 'proofread'];
const sxNav = ['Nanotechnology', 'Physics', 'Earth', 'Astronomy & Space', 'Chemistry', 'Biology', 'Other Sciences'];
const sxCrumbs = ['Home', 'Earth', 'Environment'];
const sxExplore = 'Thawing permafrost lakes found to emit more carbon dioxide than expected';
const sxTrend = [
  'Astronomers spot a planet orbiting two brown dwarfs',
  'Ancient grain stores show early farmers planned for drought',
  'Octopuses use different arms for different tasks, video analysis shows',
  'New catalyst turns waste plastic into jet fuel at lower temperatures',
];
const sxFeedback = [
  'Feedback to editors',
  'Use this form if you have come across a typo, inaccuracy or would like to send an edit request for the content on this page.',
  'Your message',
  'Send',
];
const sxNews = [
  'E-mail newsletter',
  'Get weekly and/or daily updates delivered to your inbox. You can unsubscribe at any time and we’ll never share your details to third parties.',
  'Subscribe',
];
const sxFoot = ['About us', 'Sponsored Account', 'Newsletter', 'Help', 'Contact', 'Privacy policy', 'Terms of use'];
const sxCookie = 'Our site uses cookies to improve navigation, analyse site usage and provide content from third parties.';
const sxHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>${sxTitle}</title>
<meta name="description" content="Small lakes that form at the edge of retreating glaciers give off far more methane during the frozen months.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="SciNexus">
<meta property="og:type" content="article"><meta name="citation_doi" content="10.1038/s41561-025-01642-x">
<link rel="canonical" href="https://scinexus.org/news/2025-03-meltwater-lakes-norwegian-ice-cap.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${sxTitle}","datePublished":"2025-03-04T10:12:03-05:00",
"author":{"@type":"Person","name":"Kari Holmen"},"publisher":{"@type":"Organization","name":"SciNexus"}}</script>
<link rel="stylesheet" href="https://scx1.b-cdn.net/css/main.min.css?v=2.6.9">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body><div class="account-bar d-none d-lg-flex"><a class="account-bar__link" href="/account/">SciNexus Account</a>
<a class="account-bar__link" href="/login/">Sign in</a></div>
<header class="header"><div class="header-wrap container"><a href="/" class="header__logo"><img src="https://scx1.b-cdn.net/img/logo.svg" alt="SciNexus"></a>
<nav class="header-nav"><ul class="header-nav__list">${links(sxNav, 'header-nav__item')}</ul></nav>
<form class="header-search" action="/search/"><input type="search" name="search" placeholder="Search" aria-label="Search"></form></div></header>
<main class="main-content"><div class="container"><div class="row"><div class="col-12 col-lg-8">
<article class="news-article" itemscope itemtype="http://schema.org/Article">
<nav class="article-breadcrumbs text-low" aria-label="breadcrumb"><ul class="breadcrumb">${links(sxCrumbs, 'breadcrumb-item')}</ul></nav>
<div class="d-flex justify-content-between align-items-center mb-2"><p class="text-uppercase text-low mb-0">March 4, 2025</p>
<div class="article__share"><a class="share-btn share-btn--fb" href="#" aria-label="Share on Facebook">Share</a>
<a class="share-btn share-btn--x" href="#" aria-label="Post on X">Tweet</a><a class="share-btn share-btn--mail" href="#"
aria-label="Email">Email</a></div></div>
<div class="article__info article__info--notes"><button class="article__info-toggle" type="button">Editors' notes</button>
<div class="article__info-content"><p>${sxNotes}</p><ul class="article__info-list">${sxAttrs.map((a) => `<li>${a}</li>`).join('')}</ul></div></div>
<h1 class="text-extra-large line-low mb-2" itemprop="headline">${sxTitle}</h1>
<p class="article-byline text-low">by <a href="/partners/university-of-tromsvik/">Kari Holmen</a>, <a href="/partners/university-of-tromsvik/">University
of Tromsvik</a></p>
<div class="article-main" itemprop="articleBody">
<div class="article-gallery lightGallery"><figure class="article-img"><img src="https://scx1.b-cdn.net/csz/news/800a/2025/meltwater-lakes.jpg"
alt="proglacial lake" title="${sxCaption}" width="800" height="530"><figcaption class="text-darken text-low
text-lighten">${sxCaption}</figcaption></figure></div>
${sxP
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="ads-container inline-ad"><div id="div-gpt-ad-inarticle" class="gpt-ad"><span class="ad-label">Advertisement</span></div></div>
${sxP
  .slice(4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="article-main__more p-4"><p><strong>More information:</strong> Ingrid Solvang et al, Winter-dominated methane emissions from proglacial lakes,
<i>Nature Geoscience</i> (2025). <a href="https://dx.doi.org/10.1038/s41561-025-01642-x" target="_blank">DOI: 10.1038/s41561-025-01642-x</a></p>
<p><strong>Journal information:</strong> <a href="/journals/nature-geoscience/">Nature Geoscience</a></p></div>
<div class="d-inline-block text-medium my-4"><p>Provided by <a href="/partners/university-of-tromsvik/">University of Tromsvik</a></p></div>
<div class="mt-4 text-medium"><p><b>Citation</b>: ${sxCite.replace('Citation: ', '')}</p><p>${sxCopy}</p></div></div></article>
<div class="explore-further"><h3 class="explore-further__title">Explore further</h3><a href="/news/2024-11-permafrost-lakes.html">${sxExplore}</a></div>
<div class="feedback-form" hidden><h4>${sxFeedback[0]}</h4><p>${sxFeedback[1]}</p><label for="fb-msg">${sxFeedback[2]}</label>
<textarea id="fb-msg"></textarea><button type="submit">${sxFeedback[3]}</button></div></div>
<aside class="col-lg-4 d-none d-lg-block sidebar"><div class="ads-container"><div id="div-gpt-ad-sidebar" class="gpt-ad"></div></div>
<section class="sidebar-trending"><h3 class="sidebar-title">Trending</h3><ul class="news-list">${links(sxTrend, 'news-list__item')}</ul></section>
<section class="sidebar-newsletter"><h3 class="sidebar-title">${sxNews[0]}</h3><p>${sxNews[1]}</p>
<form action="/newsletter/"><input type="email" placeholder="Your email"><button type="submit">${sxNews[2]}</button></form></section></aside></div></div></main>
<footer class="footer"><div class="container"><ul class="footer__links">${links(sxFoot, 'footer__item')}</ul>
<p class="footer__copy">© SciNexus Network 2003 - 2025, powered by SciNexus Network.</p></div></footer>
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>${sxCookie} <a href="/privacy-policy/">More info</a></p>
<button class="cookie-notice__btn" type="button">Accept</button></div>
<script src="https://scx1.b-cdn.net/js/main.min.js?v=2.6.9"></script></body></html>`;
const physStory: TestPage = {
  html: sxHtml,
  name: 'heldout77-phys-org-science-news',
  kind: 'news',
  // the "More information:", "Journal information:", "Provided by" and "Citation:" blocks and the copyright notice are
  // furniture, as are the "Editors' notes" box and its attributes; "Earth" is both nav item and breadcrumb
  title: sxTitle,
  headings: [],
  body: texts(sxP),
  bylines: ['March 4, 2025', 'Kari Holmen', 'University of Tromsvik'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SciNexus Account', 'Sign in', ...sxNav, 'Home', 'Environment', 'Share', 'Tweet', 'Email', 'Editors\' notes', sxNotes, ...sxAttrs,
    sxCaption, 'Advertisement', sxMore, 'Journal information: Nature Geoscience', 'Provided by University of Tromsvik', sxCite,
    sxCopy, 'Explore further', sxExplore, ...sxFeedback, 'Trending', ...sxTrend, ...sxNews, ...sxFoot,
    '© SciNexus Network 2003 - 2025, powered by SciNexus Network.', sxCookie, 'More info', 'Accept',
  ],
};

export const HELDOUT77_B: readonly TestPage[] = [physStory, astraPost];
