import { links, plain, ps, type TestPage, texts } from './page-kit.js';
import {
  wmCookie,
  wmCopy,
  wmDek,
  wmFoot,
  wmH1,
  wmH2,
  wmH3,
  wmL,
  wmMore,
  wmNav,
  wmNews,
  wmP1,
  wmP2,
  wmP3,
  wmP4,
  wmP5,
  wmSlides,
  wmSources,
  wmTitle,
} from './pages-heldout122-c2.js';
import { universityRelease } from './pages-heldout122-c3.js';

/**
 * Held-out batch 122, file c: a WebMD news article (the cookie notice, the header with the logo, search, "Subscribe" and
 * "Log In", the mega navigation, the news breadcrumb, the h1 with its dek, the author / date / reading-time line, the share
 * icons, the lead image with credit, the dateline at the start of the first paragraph, in-text ad slots with "Advertisement"
 * labels, the inline "SLIDESHOW" promo, the "SOURCES:" block, the newsletter box, the "More on" rail and the footer with
 * its policy, about and network columns) and, from file c3, a university news release.
 */
const wmAd = (id: string): string => `<div class="ad-container responsive-ad" data-ad-pos="${id}"><div class="ad-label">Advertisement</div>
<div id="ads2-pos-${id}" class="ad ad-${id}" data-size="728x90,300x250"></div></div>`;
const wmHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${wmTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${wmDek}">
<meta property="og:title" content="${wmTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="WebMD">
<meta name="article:published_time" content="2025-10-03T16:04:00Z"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.webmd.com/diabetes/news/20251003/walk-after-meals-blood-sugar-older-adults">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wmTitle}","datePublished":"2025-10-03T16:04:00Z",
"author":[{"@type":"Person","name":"Ileana Fairbrother"}],"publisher":{"@type":"Organization","name":"WebMD","logo":{"@type":"ImageObject",
"url":"https://img.webmd.com/dtmcms/live/webmd/consumer_assets/site_images/logos/webmd-logo.png"}}}</script>
<script>window.s_sponsor_program = ''; window.s_topic = '1012'; window.s_business_reference = 'News'; var _pageType = 'article';</script>
<link rel="stylesheet" href="https://www.webmd.com/app/article/css/article.3f8d1e.css"><script src="https://www.webmd.com/app/article/js/vendor.8c2b7a.js"
defer></script>
</head><body class="article-page news-article" data-page-type="news">
<div id="global-header"><header class="webmd-header"><div class="header-inner"><a class="logo" href="https://www.webmd.com/" aria-label="WebMD Home">
<img src="https://img.webmd.com/dtmcms/live/webmd/consumer_assets/site_images/logos/webmd-logo.svg" alt="WebMD Logo"></a>
<form class="search-form" action="https://www.webmd.com/search/search_results/default.aspx" role="search"><label for="header-search"
class="visually-hidden">Search</label>
<input id="header-search" name="query" type="text" placeholder="Search"><button type="submit" aria-label="Search"></button></form>
<div class="header-actions"><a class="subscribe-btn" href="https://www.webmd.com/newsletters/managesubscriptions/">Subscribe</a>
<a class="login-btn" href="https://member.webmd.com/signin">Log In</a></div></div>
<nav class="main-nav" aria-label="Main"><ul class="nav-list">${links(wmNav, 'nav-item')}</ul><button class="more-btn" aria-expanded="false">More</button>
</nav></header></div>
<div id="ContentPane"><div class="breadcrumb"><ul>${links(['News', 'Diabetes'], 'breadcrumb-item')}</ul></div>
${wmAd('101')}
<article class="article news-article" itemscope itemtype="https://schema.org/NewsArticle"><header class="article-header">
<h1 class="title" itemprop="headline">${wmTitle}</h1><p class="dek">${wmDek}</p>
<div class="article-info"><div class="author-info">By <a class="person" href="https://www.webmd.com/ileana-fairbrother" rel="author">Ileana Fairbrother</a>
</div>
<div class="date-info">Published on October 03, 2025</div><div class="read-time">4 min read</div></div>
<div class="share-bar" aria-label="Share this article"><ul>
${['Facebook', 'Pinterest', 'Email', 'Print']
  .map((t) => `<li class="share-${t.toLowerCase()}"><button type="button"><span class="visually-hidden">${t}</span></button></li>`)
  .join('\n')}
</ul></div></header>
<figure class="article-image"><img src="https://img.webmd.com/dtmcms/live/webmd/consumer_assets/site_images/articles/health_and_balance/older_couple_walk.jpg"
alt="Older couple walking on a path"><figcaption><span class="credit">Photo Credit: Halden Images / Getty Images</span></figcaption></figure>
<div class="article-body" itemprop="articleBody"><section class="page-1">
${ps(wmP1.slice(0, 2))}
${wmAd('121')}
${ps(wmP1.slice(2))}
<h2>${wmH1}</h2>
${ps(wmP2.slice(0, 2))}
<div class="inline-promo slideshow-promo"><span class="promo-label">${wmSlides[0]}</span>
<a href="https://www.webmd.com/diabetes/ss/slideshow-type-2-diabetes-foods" class="promo-title">${wmSlides[1]}</a></div>
${ps(wmP2.slice(2))}
<h2>${wmH2}</h2>
${ps(wmP3)}
${wmAd('137')}
<h2>${wmH3}</h2>
${ps(wmP4)}
<ul>${wmL.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wmP5)}
</section></div>
<div class="sources"><p><strong>${wmSources[0]}</strong></p>${ps(wmSources.slice(1))}</div>
<div class="newsletter-signup" data-newsletter="daily"><h3>${wmNews[0]}</h3><p>${wmNews[1]}</p><form><label for="nl-email"
class="visually-hidden">${wmNews[2]}</label>
<input id="nl-email" type="email" placeholder="${wmNews[2]}"><button type="submit">${wmNews[3]}</button></form>
<p class="legal">By clicking Subscribe, I agree to the WebMD <a href="/terms">Terms &amp; Conditions</a> &amp; <a href="/privacy">Privacy Policy</a>
and understand that I may opt out of WebMD subscriptions at any time.</p></div></article>
<aside class="right-rail">${wmAd('5000')}<section class="related-links"><h3>${wmMore[0]}</h3><ul>${links(wmMore.slice(1))}</ul>
</section>${wmAd('5001')}</aside></div>
<footer class="webmd-footer"><div class="footer-columns">
${wmFoot.map(([h, items]) => `<div class="footer-column"><h4>${h}</h4><ul>${links(items)}</ul></div>`).join('\n')}
</div><div class="footer-bottom"><p class="copyright">© 2005 - 2025 WebMD LLC, an Internet Brands company. All rights reserved. WebMD does not provide medical
advice, diagnosis or treatment. <a href="/about-webmd-policies/about-terms-and-conditions-of-use">See additional information</a>.</p></div></footer>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite"><p>${wmCookie[0]}</p>
<button class="accept">${wmCookie[1]}</button><button class="manage">${wmCookie[2]}</button></div>
<script src="https://www.webmd.com/app/article/js/article.3f8d1e.js" defer></script></body></html>`;
const webmd: TestPage = {
  html: wmHtml,
  name: 'heldout122-webmd-news-article',
  kind: 'news',
  // the dek is body and so is the dateline that opens the first paragraph; the author line, the "Published on" date and
  // the reading time are bylines; the slideshow promo, ads, the sources block, the newsletter box, rails and footer are
  // furniture
  title: wmTitle,
  headings: [wmH1, wmH2, wmH3],
  body: texts([wmDek, ...wmP1, ...wmP2, ...wmP3, ...wmP4, ...wmL, ...wmP5]),
  bylines: ['By Ileana Fairbrother', 'Published on October 03, 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Search', 'Subscribe', 'Log In', ...wmNav, 'More', 'News', 'Diabetes', 'Advertisement', 'Facebook', 'Pinterest', 'Email', 'Print',
    'Photo Credit: Halden Images / Getty Images', ...wmSlides, ...texts(wmSources), ...wmNews, ...wmMore,
    ...wmFoot.flatMap(([h, items]) => [h, ...items]), plain(wmCopy), ...wmCookie,
  ])],
};

export const HELDOUT122_C: readonly TestPage[] = [webmd, universityRelease];
