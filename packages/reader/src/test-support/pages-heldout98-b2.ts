import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file b2: a Japan Times story as the WordPress japantimes.co.jp theme renders it (the top bar with
 * Subscribe and Log in, the section nav, the category line, headline, "by" author with "Staff writer" and the date, the share
 * bar, a "Note" box at the top of the article text, the lead image with a "| credit" caption, the "PHOTO GALLERY (CLICK TO
 * ENLARGE)" strip with its own captions after the text, the "In a time of both misinformation and too much information,
 * quality journalism is more crucial than ever." subscription box, "KEYWORDS", the "LATEST NATIONAL STORIES" and "MOST
 * READ" rails, the newsletter sign-up, the cookie notice and the footer).
 */
const jTitle = 'Snowbound Niigata town enlists drone pilots to check roofs of older residents';
const jNote = `This article is free to read as part of our coverage of heavy snow on the Sea of Japan coast. For the latest advisories,
check the Japan Meteorological Agency and your local municipal office.`;
const jBody = [
  `YUKIZAWA, Niigata Pref. — Before this winter, Tomoko Ishida would lie awake on snowy nights listening for the creak of her roof.
The 84-year-old has lived alone since her husband died, and the snow that piles up to 2 meters on her farmhouse in the hills above
this town has to be cleared by hand.`,
  `This year, a drone did the first part of the job. Every few days, a small quadcopter rises over her house, photographs the roof
from four sides and sends the images to a screen at the town hall, where staff estimate how much snow has built up and whether it
needs to come down.`,
  `"I used to be embarrassed to ask for help until it was almost too late," Ishida said. "Now they call me first and tell me when
the volunteers are coming."`,
  `Yukizawa, a town of about 7,800 people, began the program in December with three drones and a dozen pilots, most of them
employees of local construction firms who were trained over the autumn. By early March the drones had surveyed more than 1,100
homes, focusing on residents aged 75 and over who live alone or with a spouse.`,
  `Snow removal is one of the deadliest tasks of winter in Japan's snow country. Each year dozens of people die nationwide after
falling from roofs or being buried by snow sliding off them, and the majority are older residents clearing their own homes,
according to the Fire and Disaster Management Agency.`,
  `"The problem is not only the snow itself, it's that people wait too long," said Hiroshi Kudo, who heads the town's disaster
prevention section. "By the time an 80-year-old decides the roof is too heavy, it may already be dangerous to climb up there."`,
  `The drone images let the town rank homes by risk and send teams of volunteers and contractors to the most urgent ones first.
Officials say the number of emergency calls about collapsing eaves and blocked doors fell by about 40 percent compared with the
previous winter, although they caution that this year's snowfall was slightly lighter.`,
  `The program costs around ¥18 million a year, two-thirds of it covered by a central government grant for regional digital projects.
Several neighboring municipalities have asked to borrow pilots next winter, and the prefecture is considering a shared fleet.`,
  `Not every resident has welcomed the drones. A few complained about privacy, and the town now notifies households by phone the day
before a flight. Pilots are also barred from photographing windows or gardens, Kudo said.`,
  `For Ishida, the buzz overhead has become part of winter. "It sounds like a big insect," she said, laughing. "But it's a friendly
one."`,
];
const jTop = ['Subscribe', 'Log in', 'Newsletters', 'Search'];
const jNav = ['Japan', 'World', 'Business', 'Opinion', 'Culture', 'Life', 'Sports', 'Podcasts', 'Explainers'];
const jCats = ['NATIONAL', 'SOCIETY'];
const jShare = ['Share', 'Copy link', 'Facebook', 'X', 'LinkedIn', 'Email'];
const jLead = 'A drone photographs the snow on a house in Yukizawa, Niigata Prefecture, in February. | Yuki Harada';
const jGallery = [
  'Volunteers clear snow from the roof of a house identified by the drone survey. | Yuki Harada',
  'Town hall staff review roof images sent by the drones. | Yuki Harada',
  'Tomoko Ishida outside her farmhouse in Yukizawa. | Yuki Harada',
];
const jSub1 = 'In a time of both misinformation and too much information, quality journalism is more crucial than ever.';
const jSub2 = 'By subscribing, you can help us get the story right.';
const jKeys = ['Niigata Prefecture', 'snow', 'drones', 'aging society', 'disaster prevention'];
const jLatest = [
  'Japan’s rice prices ease as government releases more reserve stocks',
  'Tokyo to expand free child care to 2-year-olds from April',
  'Record number of foreign residents registered in Japan last year',
];
const jMost = [
  'Why Japan’s convenience stores are cutting 24-hour service',
  'Hokkaido ski resort orders lifts shut after avalanche warning',
  'A guide to the spring equinox holidays in 2025',
];
const jNews = ['Sign up for our newsletters', 'Stay updated on the news from Japan by signing up for our free newsletters.', 'Sign up'];
const jCookie = 'We use cookies to improve your experience on our website. By continuing to use the site, you agree to our cookie policy.';
const jFoot = ['About us', 'Contact us', 'Advertise', 'Careers', 'Privacy policy', 'Cookie policy', 'Terms of service', 'Sitemap'];
const jCopy = 'Copyright © The Japan Times, Ltd. All rights reserved.';
const jRail = (title: string, items: readonly string[], cls: string): string => `<section class="${cls}"><h3 class="widget-title">${title}</h3><ul>
${items.map((t, i) => `<li class="article-list__item"><a href="/news/2025/03/1${i}/japan/${cls}-${i}/"><p class="article-title">${t}</p></a></li>`).join('\n')}
</ul></section>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${jTitle} - The Japan Times</title>
<meta name="description" content="A town in Niigata uses drones to spot dangerous snow loads on the roofs of older residents.">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${jTitle}">
<meta property="article:section" content="National"><meta property="article:published_time" content="2025-03-11T05:00:00+00:00">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.japantimes.co.jp/news/2025/03/11/japan/society/niigata-drone-snow-roofs/">
<link rel="stylesheet" id="jt-main-css" href="https://www.japantimes.co.jp/wp-content/themes/jt-theme/dist/css/main.css?ver=4.12.3" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${jTitle}",
"datePublished":"2025-03-11T05:00:00+00:00","author":{"@type":"Person","name":"Yuki Harada"},"articleSection":["National","Society"],
"publisher":{"@id":"https://www.japantimes.co.jp/#organization"}},{"@type":"Organization","@id":"https://www.japantimes.co.jp/#organization",
"name":"The Japan Times"}]}</script>
<script>var jtPiano={"aid":"jtPianoAid","section":"national","isPremium":false};</script>
<script src="https://www.japantimes.co.jp/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1281544 single-format-standard"><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="header-top"><a class="site-logo" href="https://www.japantimes.co.jp/">
<img src="https://www.japantimes.co.jp/wp-content/themes/jt-theme/dist/images/jt-logo.svg" alt="The Japan Times"></a>
<ul class="header-top__links">${links(jTop, 'header-top__link')}</ul></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<ul id="primary-menu" class="menu">${links(jNav, 'menu-item menu-item-type-taxonomy')}</ul>
</nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><div class="article-page"><article id="post-1281544"
class="post-1281544 post type-post status-publish format-standard has-post-thumbnail category-national category-society">
<div class="article-meta"><div class="single-post-categories">${jCats.map((t) => `<a href="/news/national/${t.toLowerCase()}/">${t}</a>`).join(' / ')}</div>
<div class="article-title-wrapper"><h1 class="title-article">${jTitle}</h1></div>
<div class="jt-byline"><p class="author">by <a href="https://www.japantimes.co.jp/author/int-yuki-harada/">Yuki Harada</a></p>
<p class="author-title">Staff writer</p><p class="publish-date"><time datetime="2025-03-11T14:00:00+09:00">Mar 11, 2025</time></p></div>
<div class="jt-share-buttons" data-share="top"><ul>${links(jShare, 'jt-share-button')}</ul></div></div>
<figure class="article-image"><img src="https://www.japantimes.co.jp/uploads/imported_images/uploads/2025/03/np_file_312456.jpeg" alt="" width="1024"
height="683"><figcaption class="jt-caption">${jLead}</figcaption></figure>
<div class="article-body" id="jtarticle">
<div class="jt-note"><p class="jt-note__label"><strong>Note</strong></p><p class="jt-note__text">${jNote}</p></div>
${jBody.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="jt-subscribe-box"><p class="jt-subscribe-box__text">${jSub1}<br>${jSub2}</p>
<a class="jt-subscribe-box__button" href="https://www.japantimes.co.jp/subscription/?utm_source=article_bottom">SUBSCRIBE NOW</a></div>
<div class="photo-gallery"><h4 class="photo-gallery__title">PHOTO GALLERY (CLICK TO ENLARGE)</h4><div class="photo-gallery__items">
${jGallery
  .map(
    (c, i) => `<figure class="photo-gallery__item"><a href="#gallery-${i}"><img src="https://www.japantimes.co.jp/uploads/2025/03/np_file_31246${i}.jpeg"
alt="" loading="lazy"></a><figcaption>${c}</figcaption></figure>`,
  )
  .join('\n')}</div></div>
<div class="article-keywords"><p class="article-keywords__title">KEYWORDS</p><ul>${links(jKeys, 'keyword')}</ul></div>
<div class="jt-share-buttons" data-share="bottom"><ul>${links(jShare, 'jt-share-button')}</ul></div></article>
<aside id="secondary" class="widget-area">${jRail('LATEST NATIONAL STORIES', jLatest, 'latest')}
<div class="ad-slot"><p class="ad-label">AD</p><div id="jt_article_rect_1"></div></div>
${jRail('MOST READ', jMost, 'most-read')}
<section class="newsletter-signup"><h3 class="widget-title">${jNews[0]}</h3><p>${jNews[1]}</p><form action="/newsletter/"><label class="screen-reader-text"
for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Email address"><button type="submit">${jNews[2]}</button></form></section>
</aside></div></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-links">${links(jFoot, 'footer-link')}</ul><p class="copyright">${jCopy}</p></footer></div>
<div id="cookie-notice" role="dialog" aria-label="Cookie Notice" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom">
<div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">${jCookie}</span><span id="cn-notice-buttons"
class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">OK</a></span></div></div>
<script src="https://www.japantimes.co.jp/wp-content/themes/jt-theme/dist/js/main.js?ver=4.12.3" id="jt-main-js"></script></body></html>`;
export const japanTimesStory: TestPage = {
  html: jHtml,
  name: 'heldout98-japantimes-story',
  kind: 'news',
  // the dateline opens the first paragraph and stays in it (body); "by" author, "Staff writer" and the date are bylines;
  // the "Note" box at the top of the article text is a notice around the story (furniture), as are the subscription box,
  // the gallery and its captions, keywords, rails, newsletter, cookie notice and footer
  title: jTitle,
  headings: [],
  body: texts(jBody),
  bylines: ['Yuki Harada', 'Staff writer', 'Mar 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...jTop, ...jNav, ...jCats, ...jShare, jLead, 'Note', texts([jNote])[0] ?? '', jSub1, jSub2, 'SUBSCRIBE NOW',
    'PHOTO GALLERY (CLICK TO ENLARGE)', ...jGallery, 'KEYWORDS', ...jKeys, 'LATEST NATIONAL STORIES', ...jLatest, 'AD', 'MOST READ', ...jMost, ...jNews,
    'Email address', ...jFoot, jCopy, jCookie, 'OK',
  ],
};
