import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file a2: a Kyiv Independent news story on its Ghost site (ghost_head meta and JSON-LD, the Portal
 * script, the header with its section menu and "Become a member" / "Sign in", the primary tag over the headline, the
 * byline with date and reading time, the feature image with caption, a "Read also" bookmark card inside the text, the
 * membership appeal after the text, tags, the author box, the "News Feed" sidebar, "Read more" cards, the daily newsletter
 * form and the footer).
 */
const kiTitle = 'Rail service returns to front-line Dolynivka after 19-day outage';
const kiP1 = [
  'Ukraine’s state railway company restored passenger service to the front-line town of Dolynivka in Kharkiv Oblast on March 5, ' +
    'ending a 19-day outage caused by repeated Russian drone strikes on the line.',
  'The first train, a three-carriage diesel service from Kharkiv, arrived at 11:20 a.m. local time with 64 passengers on board, ' +
    'including a group of volunteers carrying medical supplies for the town’s hospital.',
  '“Our crews repaired the same section of track four times in two weeks,” said Serhii Moroz, who heads the company’s eastern ' +
    'branch. “Each time they fixed it, a drone came back the next night.”',
  'Dolynivka, which had a pre-war population of about 18,000, lies 22 kilometers from the front line. Local authorities estimate ' +
    'that around 6,000 people still live there, many of them elderly residents who depend on the train to reach hospitals and ' +
    'pension offices in Kharkiv.',
];
const kiP2 = [
  'During the outage, the regional administration ran two buses a day to the city, but residents said the road was slower and ' +
    'more dangerous. “On the bus you sit for four hours and listen for drones,” said Halyna Petrenko, 71, who traveled on the ' +
    'first train to collect her pension. “The train is quicker, and it feels safer, even if it isn’t.”',
  'To protect the line, the railway has stretched anti-drone netting over two exposed sections of track and moved a repair crew ' +
    'closer to the town, Moroz said. Trains will run only in daylight for now, with one return service a day.',
  'Russian forces have increasingly targeted rail infrastructure in the eastern regions over the winter. The Infrastructure ' +
    'Ministry recorded 212 attacks on railway facilities in January and February, nearly double the figure for the same period ' +
    'a year earlier.',
  'The railway said it would add a second daily train once repairs to a damaged bridge outside the town are complete, which it ' +
    'expects by the end of April.',
];
const kiNav = ['Ukraine', 'War', 'Business', 'Opinion', 'Investigations', 'Culture', 'Podcasts', 'Video'];
const kiCaption = 'Passengers leave the first train to reach Dolynivka, Kharkiv Oblast, in 19 days, on March 5, 2025. (Vlad Savchenko / The Kyiv Independent)';
const kiCard = {
  title: 'Drone attacks on eastern railways double as Russia targets supply lines',
  desc: 'Railway workers in Kharkiv and Donetsk oblasts say the strikes now come almost every night, and repairs take longer each time.',
  pub: 'The Kyiv Independent',
  author: 'Denys Hrytsenko',
};
const kiAppeal = [
  'We have been reporting from the ground since the first day of the full-scale invasion, and our reporters travel to front-line ' +
    'towns like this one every week.',
  'Independent journalism in wartime is expensive. More than two-thirds of our budget comes from readers like you.',
];
const kiAppealHead = 'Keep independent reporting from Ukraine going';
const kiTags = ['Kharkiv Oblast', 'Railway', 'Russian attacks', 'Infrastructure'];
const kiBio = 'Oksana Tkach is a reporter at the Kyiv Independent covering eastern Ukraine and the war’s impact on civilians.';
const kiFeed = [
  ['7:12 PM', 'Air defense downs 41 of 58 drones overnight, Air Force says'],
  ['6:55 PM', 'Parliament approves bill on compensation for destroyed housing'],
  ['6:30 PM', 'Energy company warns of scheduled outages in Sumy Oblast'],
  ['5:48 PM', 'Ukrainian drones hit fuel depot in Russia’s Bryansk Oblast, source claims'],
];
const kiMore = [
  'How Kharkiv’s metro became a school',
  'A year on the line: the train drivers of the east',
  'Inside the repair yard that keeps trains running',
  'Kharkiv Oblast villages wait for gas to return',
];
const kiNews = ['Ukraine Daily', 'Get the latest news from Ukraine in your inbox every morning.', 'Your email address', 'Subscribe'];
const kiFoot = ['About us', 'Our team', 'Become a member', 'Jobs', 'Contact us', 'Privacy policy', 'Terms of use'];
const kiPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const kiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Rail service returns to front-line Dolynivka after 19-day outage</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8a1b2c3d4e">
<meta name="description" content="Passenger trains are running again to the Kharkiv Oblast town after repeated drone strikes on the line.">
<link rel="canonical" href="https://kyivindependent.com/rail-service-returns-to-front-line-dolynivka/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Kyiv Independent"><meta property="og:type" content="article"><meta property="og:title" content="${kiTitle}">
<meta property="article:published_time" content="2025-03-05T16:41:27.000Z"><meta property="article:tag" content="Ukraine">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Oksana Tkach">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kyiv Independent",
"url":"https://kyivindependent.com/"},"author":{"@type":"Person","name":"Oksana Tkach","url":"https://kyivindependent.com/author/oksana-tkach/"},
"headline":"${kiTitle}","datePublished":"2025-03-05T16:41:27.000Z","dateModified":"2025-03-05T17:02:10.000Z",
"keywords":"Ukraine, Kharkiv Oblast, Railway"}</script>
<meta name="generator" content="Ghost 5.96">
<link rel="alternate" type="application/rss+xml" title="The Kyiv Independent" href="https://kyivindependent.com/rss/">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://kyivindependent.com/"
data-key="3c7a0e5d" data-api="https://kyiv-independent.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:24px}</style></head>
<body class="post-template tag-ukraine tag-kharkiv-oblast tag-railway tag-hash-news">
<div class="site"><header class="site-header"><div class="site-header__inner container">
<button class="site-header__burger" aria-label="Open menu"><span></span></button>
<a class="site-header__logo" href="https://kyivindependent.com"><img src="/content/images/2023/ki-logo.svg" alt="The Kyiv Independent"></a>
<nav class="site-header__nav"><ul class="nav">${links(kiNav, 'nav-item')}</ul></nav>
<div class="site-header__members"><a class="button button--primary" href="/membership/">Become a member</a>
<a class="button button--ghost" href="#/portal/signin" data-portal="signin">Sign in</a></div></div></header>
<main id="site-main" class="site-main"><div class="container post-layout"><article class="article post tag-ukraine tag-kharkiv-oblast tag-railway">
<header class="article-header"><a class="article-header__tag" href="/tag/ukraine/">Ukraine</a>
<h1 class="article-header__title">${kiTitle}</h1><div class="article-header__meta"><div class="article-header__authors">
<span class="article-header__by">by</span> <a href="/author/oksana-tkach/">Oksana Tkach</a></div>
<time class="article-header__date" datetime="2025-03-05">March 5, 2025 6:41 PM</time><span class="article-header__reading-time">3 min read</span></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2025/03/dolynivka-train.jpg 600w,
/content/images/size/w1200/2025/03/dolynivka-train.jpg 1200w"
src="/content/images/size/w1200/2025/03/dolynivka-train.jpg" alt="Passengers at Dolynivka station">
<figcaption>${kiCaption}</figcaption></figure></header>
<section class="gh-content gh-canvas article-content">
${kiPs(kiP1)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://kyivindependent.com/drone-attacks-on-eastern-railways-double/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${kiCard.title}</div><div class="kg-bookmark-description">${kiCard.desc}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/ki-192.png" alt="">
<span class="kg-bookmark-author">${kiCard.pub}</span>
<span class="kg-bookmark-publisher">${kiCard.author}</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2025/02/rail-drone.jpg"
alt="" onerror="this.style.display = 'none'"></div></a></figure>
${kiPs(kiP2)}
</section>
<aside class="member-appeal"><h3 class="member-appeal__title">${kiAppealHead}</h3>${kiAppeal.map((t) => `<p class="member-appeal__text">${t}</p>`).join('\n')}
<a class="button button--primary member-appeal__button" href="/membership/">Support us</a></aside>
<footer class="article-footer">
<div class="article-tags">${kiTags.map((t) => `<a class="article-tags__item" href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`).join('')}
</div><div class="author-card"><img class="author-card__image" src="/content/images/2024/05/oksana-tkach.jpg" alt="Oksana Tkach">
<div class="author-card__content">
<a class="author-card__name" href="/author/oksana-tkach/">Oksana Tkach</a><p class="author-card__bio">${kiBio}</p>
<a class="author-card__link" href="/author/oksana-tkach/">Read more</a></div></div></footer></article>
<aside class="post-sidebar"><section class="news-feed"><h2 class="news-feed__title">News Feed</h2><ul class="news-feed__list">
${kiFeed.map(([time, t]) => `<li class="news-feed__item"><time class="news-feed__time">${time}</time><a href="/news-feed/">${t}</a></li>`).join('\n')}</ul>
<a class="news-feed__all" href="/news-feed/">See all</a></section></aside></div>
<section class="read-more container"><h2 class="read-more__title">Read more</h2><div class="read-more__feed">
${kiMore
  .map(
    (t, i) => `<article class="post-card"><a class="post-card__link" href="/story-${i}/"><h3 class="post-card__title">${t}</h3></a>
</article>`,
  )
  .join('\n')}
</div></section></main>
<section class="newsletter-signup"><div class="container"><h2 class="newsletter-signup__title">${kiNews[0]}</h2><p>${kiNews[1]}</p>
<form data-members-form="subscribe" data-members-newsletter="ukraine-daily"><input data-members-email type="email" placeholder="${kiNews[2]}" required>
<button type="submit" class="button button--primary">${kiNews[3]}</button><p class="message-success hidden">Great! Check your inbox and click the link.</p>
<p class="message-error hidden">Sorry, something went wrong. Please try again.</p></form></div></section>
<footer class="site-footer"><div class="container"><ul class="site-footer__nav">${links(kiFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© 2025 The Kyiv Independent</p></div></footer></div>
<script src="/assets/built/main.min.js?v=8a1b2c3d4e"></script></body></html>`;
export const kyivIndependent: TestPage = {
  html: kiHtml,
  name: 'heldout153-kyiv-independent-news',
  kind: 'news',
  // the bookmark card inside the text and the membership appeal after it are furniture; "Read more" is both the author card
  // link and the rail heading (one entry); the newsletter's hidden success and error messages are furniture
  title: kiTitle,
  headings: [],
  body: [...texts(kiP1), ...texts(kiP2)],
  bylines: ['Oksana Tkach', 'March 5, 2025 6:41 PM', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kiNav, 'Become a member', 'Sign in', kiCaption, kiCard.title, kiCard.desc, kiCard.pub, kiCard.author, kiAppealHead, ...kiAppeal,
    'Support us', ...kiTags, kiBio, 'Read more', 'News Feed', ...kiFeed.flat(), 'See all', ...kiMore, ...kiNews.filter((t) => t !== 'Your email address'),
    'Great! Check your inbox and click the link.', 'Sorry, something went wrong. Please try again.', ...kiFoot.filter((t) => t !== 'Become a member'),
    '© 2025 The Kyiv Independent',
  ],
};
