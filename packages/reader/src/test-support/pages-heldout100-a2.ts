import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 100, file a2: a Los Angeles Times story (Brightspot "ps-" custom elements: the masthead with "Show Search",
 * sections and "Subscribe" / "Log In", the section label, headline, dek, the byline block with role and the published time,
 * the "Share via" share menu with its hidden extra options, the lead image with caption and credit, an in-body newsletter
 * enhancement with its fine print, "More to Read" and "Subscribers are Reading" rails, the author bio, and the footer).
 */
const laTitle = 'Pasadena’s oldest tamale shop was set to close. Then 900 strangers showed up.';
const laDek = 'A social media post about the last week of Tamaleria Ocampo brought lines around the block, and a second chance.';
const laP1 = [
  'For 61 years, Tamaleria Ocampo has sold tamales out of a narrow storefront on North Fair Oaks Avenue, first from a steel pot ' +
    'on a folding table and, since 1989, from a glass counter that Rosa Ocampo’s father built himself.',
  'Three weeks ago, Ocampo, 68, taped a handwritten sign to that counter: The shop would close at the end of the month. The rent ' +
    'was going up by 40%, her knees were going out, and none of her three children wanted to take over.',
  'Her granddaughter photographed the sign and posted it with a short caption. By the next Saturday, the line stretched past the ' +
    'laundromat next door and around the corner onto Mountain Street.',
];
const laP2 = [
  '“I made 900 tamales that morning, and they were gone by 11,” Ocampo said on a recent weekday, stirring a pot of red chile in ' +
    'the back kitchen. “People I never saw before in my life. People who came here with their grandmother in 1970.”',
  'The crowds have not let up. The shop, which used to sell about 300 tamales on a weekend day, now sells more than 1,200, and ' +
    'Ocampo has hired two cousins and a neighbor to help spread masa on the husks before dawn.',
];
const laH1 = 'A new lease, with conditions';
const laP3 = [
  'The surge in business caught the attention of the building’s owner, Harold Whitcomb, who said he had not realized the shop was ' +
    'still the same family that rented from his father.',
  'Whitcomb agreed last week to a five-year lease at a 12% increase instead of 40%, on the condition that the shop stay open at ' +
    'least five days a week. Ocampo signed it on the glass counter.',
  '“I am not a sentimental person about real estate,” Whitcomb said. “But I am not going to be the guy who closed Ocampo’s.”',
  'Ocampo’s youngest son, Daniel, a dental technician in Alhambra, said he had started coming in on weekends and was learning the ' +
    'recipes. He has not promised to take over. “Ask me in a year,” he said.',
  'For now, the shop will keep its hours of 7 a.m. until sold out, Wednesday through Sunday. Ocampo asks one thing of the new ' +
    'customers: Bring cash, and be patient. “The tamales take as long as they take.”',
];
const laNav = ['California', 'Climate', 'Entertainment & Arts', 'Food', 'Housing & Homelessness', 'Politics', 'Sports', 'World & Nation', 'Opinion'];
const laShare = [
  'Facebook',
  'X',
  'Show more sharing options',
  'Share',
  'Close extra sharing options',
  'Email',
  'LinkedIn',
  'Threads',
  'Reddit',
  'WhatsApp',
  'Copy Link URL Copied!',
  'Print',
];
const laCaption = 'Rosa Ocampo, center, fills a takeout order at Tamaleria Ocampo in Pasadena on Nov. 8.';
const laCredit = '(Ricardo Vela / Los Angeles Times)';
const laNews = [
  'Get our L.A. Goes Out newsletter',
  'The week’s best events, to help you explore and experience our city.',
  'Enter email address',
  'Sign Me Up',
  'You may occasionally receive promotional content from the Los Angeles Times.',
];
const laMore = [
  'A Boyle Heights panadería is selling its recipes to stay open',
  'Where to eat in Pasadena right now',
  'The best tamales in L.A., ranked by our critics',
];
const laSubs = [
  'The fight over a 1920s bungalow court in Echo Park',
  'How a Glendale bakery survived three landlords',
  'Why L.A. diners keep closing in the fall',
];
const laBio =
  'Lucia Ferrante is a reporter covering the San Gabriel Valley for the Los Angeles Times. She previously wrote about food and ' +
  'small business for the Pasadena Courier.';
const laFoot = [
  'Subscribe',
  'Manage Subscription',
  'EZPAY',
  'Delivery Issue',
  'eNewspaper',
  'Students & Educators',
  'Subscribe to Newsletters',
  'Crossword',
  'Obituaries',
];
const laFoot2 = ['About/Contact', 'For the Record', 'L.A. Times Careers', 'Manage Subscription', 'Reprints and Permissions', 'Site Map', 'Terms of Service'];
const laBtn = (t: string, icon: string): string => `<a class="social-bar-item" data-social-service="${icon}" href="#"><svg><use href="#${icon}"></use></svg>
<span class="sr-only">${t}</span></a>`;
const laNewsBox = `<div class="enhancement" data-align-center><ps-newsletter-module class="newsletter-module" data-newsletter-name="la-goes-out">
<div class="newsletter-module-content"><p class="newsletter-module-title">${laNews[0]}</p><p class="newsletter-module-description">${laNews[1]}</p>
<form class="newsletter-module-form"><label class="sr-only" for="nl-email">${laNews[2]}</label><input id="nl-email" type="email" placeholder="${laNews[2]}">
<button class="button" type="submit">${laNews[3]}</button></form><p class="newsletter-module-disclaimer">${laNews[4]}</p></div></ps-newsletter-module></div>`;
const laPs = (a: readonly string[]): string => ps(a);
const laHtml = `<!DOCTYPE html>
<html class="ArticlePage" lang="en" data-ps-page-type="article"><head><meta charset="UTF-8">
<title>Pasadena’s oldest tamale shop was set to close. Then 900 strangers showed up. - Los Angeles Times</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${laDek}">
<meta property="og:title" content="${laTitle}"><meta property="og:site_name" content="Los Angeles Times"><meta property="article:section" content="California">
<meta property="article:published_time" content="2025-11-15T10:00:00.000-08:00"><meta name="author" content="Lucia Ferrante">
<link rel="canonical" href="https://www.latimes.com/california/story/2025-11-15/pasadena-tamaleria-ocampo-new-lease">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${laTitle}","description":"${laDek}",
"author":[{"@type":"Person","name":"Lucia Ferrante"}],"datePublished":"2025-11-15T18:00:00.000Z","publisher":{"@type":"NewsMediaOrganization",
"name":"Los Angeles Times"},"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False",
"cssSelector":".subscriber-content"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"section":"california","contentType":"article","paywall":"metered"});</script>
<link rel="stylesheet" href="https://www.latimes.example/resource/00000177-a69b-da8b-a3ff-e7ff6c1a0000/styleguide/All.min.css"></head>
<body data-ps-site="latimes"><ps-header class="page-header" data-sticky><div class="page-header-row"><button class="page-header-menu-button"
aria-label="Show Search">
<span>Show Search</span></button><a class="page-header-logo" href="https://www.latimes.com"><img alt="Los Angeles Times" src="/logo.svg"></a>
<div class="page-header-actions"><a class="button" href="/subscribe">Subscribe</a><a class="login-button" href="/login">Log In</a></div></div>
<nav class="page-header-navigation" aria-label="Sections"><ul class="navigation-items">${links(laNav, 'navigation-item')}</ul></nav></ps-header>
<main class="page-main"><div class="page-content"><article class="page-article" data-content-id="00000193-4f1a">
<div class="page-breadcrumbs"><a class="breadcrumb" href="/california">California</a></div>
<h1 class="headline">${laTitle}</h1><p class="subheadline">${laDek}</p>
<div class="page-lead-media"><figure class="figure"><img class="image" alt="" src="https://ca-times.example/tamaleria.jpg">
<div class="figure-content"><figcaption class="figure-caption"><p>${laCaption}</p></figcaption><div class="figure-credit">${laCredit}</div></div></figure></div>
<div class="page-authors-dates"><div class="byline"><div class="author-image"><img alt="Lucia Ferrante" src="/lf.jpg"></div><div class="author-name-role">
<div class="author-name"><span class="link">By <a href="/people/lucia-ferrante">Lucia Ferrante</a></span></div><div class="author-role">Staff
Writer</div></div></div>
<time class="published-date" datetime="2025-11-15T10:00:00-08:00">Nov. 15, 2025 10 AM PT</time></div>
<ps-social-bar class="page-social-bar"><div class="social-bar"><div class="social-bar-menu-label">Share
via</div>${laBtn('Facebook', 'facebook')}${laBtn('X', 'x')}
<button class="social-bar-more" aria-label="Show more sharing options"><span>Show more sharing options</span></button>
<div class="social-bar-menu" hidden><p class="social-bar-menu-title">Share</p><button aria-label="Close extra sharing options">Close extra sharing
options</button>
${laBtn('Email', 'email')}${laBtn('LinkedIn', 'linkedin')}${laBtn('Threads', 'threads')}${laBtn('Reddit', 'reddit')}${laBtn('WhatsApp', 'whatsapp')}
<button class="social-bar-copy">Copy Link URL Copied!</button>${laBtn('Print', 'print')}</div></div></ps-social-bar>
<div class="rich-text-article-body"><div class="rich-text-body">
${laPs(laP1)}
${laNewsBox}
${laPs(laP2)}
<div class="enhancement"><ps-ad-slot class="google-dfp-ad-wrapper"><div class="google-dfp-ad-label">Advertisement</div><div id="div-gpt-ad-article-1"></div>
</ps-ad-slot></div>
<h2 class="subhead">${laH1}</h2>
${laPs(laP3)}
</div></div>
<div class="page-article-end"><div class="author-bio"><div class="author-bio-title">Lucia Ferrante</div><div
class="author-bio-description"><p>${laBio}</p></div></div>
<ps-promo-list class="list"><h3 class="list-title">More to Read</h3><ul>${laMore
  .map(
    (t) => `<li><ps-promo><p
class="promo-title"><a>${t}</a></p></ps-promo></li>`,
  )
  .join('\n')}
</ul></ps-promo-list></div></article>
<aside class="page-aside"><ps-promo-list class="list"><h3 class="list-title">Subscribers are Reading</h3><ul>
${laSubs.map((t) => `<li><ps-promo><p class="promo-title"><a>${t}</a></p></ps-promo></li>`).join('\n')}</ul></ps-promo-list></aside></div></main>
<footer class="page-footer"><div class="page-footer-logo"><img alt="Los Angeles Times" src="/logo.svg"></div><ul class="footer-navigation">${links(laFoot)}</ul>
<ul class="footer-navigation">${links(laFoot2)}</ul><p class="page-footer-copyright">Copyright © 2025, Los Angeles Times | Terms of Service | Privacy Policy |
CA Notice of Collection | Do Not Sell or Share My Personal Information</p></footer>
<script src="https://www.latimes.example/resource/00000177-a69b-da8b/styleguide/All.min.js" defer></script></body></html>`;
export const latimesStory: TestPage = {
  html: laHtml,
  name: 'heldout100-latimes-news',
  kind: 'news',
  // the dek is body; the newsletter enhancement inside the body, the ad label, caption and credit, author role and bio, the share
  // menu (with its hidden extra options), rails and footer are furniture
  title: laTitle,
  headings: [laH1],
  body: texts([laDek, ...laP1, ...laP2, ...laP3]),
  bylines: ['Lucia Ferrante', 'Nov. 15, 2025 10 AM PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Show Search', 'Subscribe', 'Log In', ...laNav.filter((t) => t !== 'California'), laCaption, laCredit, 'Staff Writer', 'Share via', ...laShare, ...laNews,
    'Advertisement', laBio, 'More to Read', ...laMore, 'Subscribers are Reading', ...laSubs, ...laFoot.filter((t) => t !== 'Subscribe'),
    ...laFoot2.filter((t) => t !== 'Manage Subscription'), 'Copyright © 2025, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection',
    'Do Not Sell or Share My Personal Information', 'California',
  ],
};
