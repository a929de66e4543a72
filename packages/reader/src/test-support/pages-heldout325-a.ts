import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';
import { satireWp } from './pages-heldout325-a2.js';

/**
 * Held-out batch 325, file a: a satirical news article on an Onion-style WordPress newsroom theme (masthead, section menu,
 * member promo, dateline inside the first paragraph, featured image with caption, share bar, "More News" rail, newsletter
 * box, footer, consent banner) and, from file a2, a GeneratePress satire blog post with its "This is satire" notice.
 */
const oTitle = 'Local Man Confident He Could Land Commercial Airliner After Watching Three Minutes Of Cockpit Video';
const oBody = [
  j(
    'MARLOW JUNCTION, OH—Citing a clip he had watched in its entirety while waiting for a burrito to finish in the microwave,',
    'local man Dennis Pohl, 41, told reporters Tuesday he was “pretty much 90 percent sure” he could safely land a fully loaded',
    'commercial airliner if both pilots were somehow incapacitated.',
  ),
  j(
    '“Honestly, it’s mostly pulling back on the steering thing and keeping the little line straight,” said Pohl, gesturing at',
    'a laptop frozen on a blurry image of an instrument panel. “People act like pilots go to school for years, but I’m guessing',
    'most of that is paperwork and learning how to talk in the calm voice.”',
  ),
  j(
    'According to sources close to Pohl, the 41-year-old has spent the past several days explaining the finer points of',
    'aviation to anyone within earshot, including his sister-in-law, a teenage cashier at a gas station, and a man who was',
    'visibly trying to pump diesel into a rental car.',
  ),
  j(
    'Pohl reportedly believes his only real weakness would be the radio, which he described as “a customer service thing”',
    'that could be handled by “just being polite and saying roger a lot.” He added that the runway would be “pretty obvious',
    'from up there, since it’s the long gray part with the lights.”',
  ),
  j(
    'At press time, Pohl had expanded his list of emergencies he could probably handle to include open-heart surgery,',
    'defusing a bomb, and negotiating with a bear, each on the basis of a different video he had watched with the sound off.',
  ),
  j(
    'Friends said they had been through this before. Last spring, Pohl spent three weeks insisting he could win a',
    'professional tennis match against a top-100 player “if the guy was tired,” a claim he abandoned only after losing',
    'two sets to his nine-year-old nephew on a public court behind the Marlow Junction library.',
  ),
  j(
    'Aviation experts contacted for this story declined to comment on Pohl’s readiness, though one retired captain noted',
    'that passengers “should probably still pay attention to the safety card,” before hanging up and reportedly sitting',
    'quietly in his kitchen for a long time.',
  ),
];
const oNav = ['News', 'Local', 'Politics', 'Entertainment', 'Sports', 'Opinion', 'Science & Technology', 'Video', 'Store'];
const oMore = [
  'Nation’s Dads Announce Plan To Finally Clean Out Garage This Weekend',
  'Woman Who Said She Was Fine Reportedly Not Fine',
  'Study Finds Every Meeting Could Have Been Shorter Meeting',
  'Cat Knocks Glass Off Table To Make Point About Capitalism',
];
const oFoot = ['About The Turnip', 'Careers', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const oShare = ['Facebook', 'X', 'Reddit', 'Email', 'Copy Link'];
const oHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${oTitle} | The Turnip</title>
<meta name="description" content="Citing a clip he had watched while waiting for a burrito, local man Dennis Pohl said he could land an airliner.">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Turnip"><meta property="og:title" content="${oTitle}">
<meta property="article:published_time" content="2026-03-03T15:30:00+00:00"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" id="turnip-theme-css" href="https://theturnip.example/wp-content/themes/turnip/dist/main.css?ver=4.2.1" media="all">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: oTitle,
  datePublished: '2026-03-03T15:30:00+00:00',
  publisher: { '@type': 'Organization', name: 'The Turnip' },
})}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"local","postId":208114});</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="wp-singular post-template-default single single-post postid-208114 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="promo-bar promo-bar--members"><p class="promo-bar__text">Support America’s Finest Vegetable. Become a Turnip member today.</p>
<a class="promo-bar__cta button" href="/membership/">Join Now</a></div>
<header id="masthead" class="site-header"><div class="site-header__inner"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">
<img src="https://theturnip.example/wp-content/uploads/logo.svg" alt="The Turnip" class="custom-logo"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">${links(
  oNav,
  'menu-item menu-item-type-taxonomy',
)}</ul></nav>
<div class="site-header__actions"><a class="header-subscribe button button--red" href="/membership/">Subscribe</a><button class="search-toggle"
aria-label="Search"></button></div></div></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-208114" class="post-208114 post type-post status-publish format-standard has-post-thumbnail category-local">
<header class="entry-header"><div class="entry-category"><a href="/local/" rel="category tag">Local</a></div>
<h1 class="entry-title">${oTitle}</h1><div class="entry-meta"><time class="entry-date published" datetime="2026-03-03T15:30:00+00:00">Published March 3,
2026</time></div>
</header>
<figure class="wp-block-image size-large post-thumbnail"><img src="https://theturnip.example/wp-content/uploads/2026/03/pohl-laptop.jpg"
alt="Man pointing at a laptop" width="1200" height="675"><figcaption class="wp-element-caption">Pohl explaining the landing procedure to a neighbor.
<span class="credit">Photo: Turnip Staff</span></figcaption></figure>
<div class="share-bar share-bar--top"><span class="share-bar__label">Share This Story</span><ul class="share-bar__list">${links(
  oShare,
  'share-bar__item',
)}</ul></div>
<div class="entry-content single-post-content">
${ps(oBody.slice(0, 3))}
<div class="ad-slot ad-slot--inline" data-slot="article-mid"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
${ps(oBody.slice(3))}
</div>
<div class="share-bar share-bar--bottom"><ul class="share-bar__list">${links(oShare, 'share-bar__item')}</ul></div>
</article>
<section class="newsletter-signup"><h2 class="newsletter-signup__title">Get The Turnip In Your Inbox</h2>
<p class="newsletter-signup__text">The only newsletter that is legally not allowed to be called news. Delivered every weekday morning.</p>
<form class="newsletter-signup__form"><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign Up</button></form>
</section>
<aside class="more-news" aria-label="More News"><h2 class="more-news__title">More News</h2><ul class="more-news__list">${links(
  oMore,
  'more-news__item',
)}</ul></aside>
</main></div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation"><ul class="menu">${links(oFoot, 'menu-item')}</ul></nav>
<p class="site-info">© 2026 The Turnip. All rights reserved. The Turnip is not intended for readers under 13, or for most adults.</p></footer>
<div id="cmp-banner" class="cmp-banner" role="dialog" aria-label="Cookie consent"><p class="cmp-banner__text">We and our partners use cookies to
personalise ads and measure how often you laugh at them.</p><button class="cmp-banner__accept">Accept All</button><button
class="cmp-banner__reject">Reject All</button><button class="cmp-banner__manage">Manage Preferences</button></div>
<script src="https://theturnip.example/wp-content/themes/turnip/dist/main.js?ver=4.2.1" id="turnip-main-js"></script></body></html>`;
const onion: TestPage = {
  name: 'heldout325-onion-wordpress-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: ['Published March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Support America’s Finest Vegetable. Become a Turnip member today.', 'Join Now', ...oNav, 'Subscribe',
    'Pohl explaining the landing procedure to a neighbor.', 'Photo: Turnip Staff', 'Share This Story', ...oShare.filter((t) => t.length > 2), 'Advertisement',
    'Get The Turnip In Your Inbox', 'The only newsletter that is legally not allowed to be called news. Delivered every weekday morning.', 'Sign Up',
    'More News', ...oMore, ...oFoot, '© 2026 The Turnip. All rights reserved. The Turnip is not intended for readers under 13, or for most adults.',
    'We and our partners use cookies to personalise ads and measure how often you laugh at them.', 'Accept All', 'Reject All', 'Manage Preferences',
  ],
};

export const HELDOUT325_A: readonly TestPage[] = [onion, satireWp];
