import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file e2: an Inside Climate News story on insideclimatenews.org (the top tagline bar, the header with
 * topic nav, "Newsletters", "About" and "Donate", the hidden mobile menu, the category label, headline, dek, "By" line and
 * date, the "Share this article" buttons and "Republish", the lead image caption with its "Credit:" line, the newsletter
 * box and an "Explore" promo between paragraphs, the "About This Story" donation box with its sign-off, the author card,
 * the repeated share bar, the "Most Popular" and "Latest Climate News" rails and the footer).
 */
const icTitle = 'Residents of a Louisiana Parish Sue Over Flaring at a New Gas Export Terminal';
const icDek = 'Neighbors say weeks of flaring during startup coated homes in soot and sent children to the hospital. The company says it followed its permit.';
const icSrc = `
@@image

BAYOU CLAIR PARISH, La.—For most of July, the night sky over Cheniere Road glowed orange. Marjorie Thibodeaux could read a
newspaper on her porch at midnight by the light of the flares at the new gas export terminal two miles away, and each
morning she wiped a fine black film from her car.

"My grandson's inhaler went from once a week to three times a day," said Thibodeaux, 66, who has lived on the road for
more than four decades. "Nobody from the company ever knocked on a door."

On Tuesday, Thibodeaux and 41 other residents filed a lawsuit in state court against Gulfward LNG, the operator of the
terminal, alleging that excessive flaring during the plant's startup exposed them to soot, benzene and other pollutants
and that the company failed to warn them.

@@newsletter

The suit, filed with help from the Tulane-area nonprofit Coastal Justice Project, seeks damages and a court order requiring
the company to install additional air monitors along the fence line and publish their readings in real time.

## A Startup That Ran Long

Gas export terminals typically flare heavily for a few weeks when they begin operating, burning off gas while equipment is
tested and brought up to pressure. Gulfward's state air permit allowed up to 45 days of startup flaring.

According to the company's own reports to the Louisiana Department of Environmental Quality, reviewed by Inside Climate
News, the terminal flared on 71 of the 90 days between June 1 and Aug. 30, including 19 days when it reported flaring
volumes above the limits in its permit. The company attributed the extra flaring to a faulty compressor that had to be
replaced twice.

In a statement, Gulfward spokesperson Dana Mireaux said the company "operated within the requirements of its permit and
promptly reported all flaring events to regulators." She said the terminal's air monitoring had shown "no exceedances of
health-based standards" and declined to comment on the lawsuit.

@@explore

## Regulators Under Pressure

The state environmental agency has not issued any violations related to the startup. Agency spokesperson Carl Benoit said
the department was reviewing the company's reports and "will take appropriate action if warranted."

Environmental lawyers say that kind of review can take years. "The permit gives the company a lot of room to explain away
its own numbers," said Priya Venkataraman, a senior attorney at the Coastal Justice Project. "What the residents are asking
for is simple. They want to know what they are breathing."

Researchers at a regional university who placed low-cost sensors at three homes near the terminal in July recorded fine
particle levels more than twice the federal annual standard on several nights, according to data shared with the
plaintiffs. The sensors are not regulatory grade, the researchers noted, but the readings matched the nights the company
reported its heaviest flaring.

Gulfward plans to add a second production unit at the site in 2027, which would require another startup period. Residents
said they would ask the parish council to hold a public hearing before that begins.

"We're not against jobs," Thibodeaux said. "We just want to be able to open our windows."
`;
const icBlocks = parse(icSrc);
const icGold = gold(icBlocks);
const icTagline = 'Nonprofit, independent journalism covering climate, energy and the environment';
const icNav = ['Science', 'Justice', 'Politics & Policy', 'Fossil Fuels', 'Clean Energy', 'Oceans', 'Agriculture', 'Investigations'];
const icTop = ['Newsletters', 'About'];
const icShare = ['Share this article', 'Facebook', 'LinkedIn', 'Bluesky', 'Email', 'Print'];
const icCaption = 'Flares burn at the Gulfward LNG terminal in Bayou Clair Parish, Louisiana, on July 19, 2025.';
const icCredit = 'Credit: Hollis Guidry/Inside Climate News';
const icNews = [
  'Get the latest climate news in your inbox',
  'Our original stories and a digest of the web’s top climate headlines, delivered every weekday, for free.',
  'Email address',
  'Sign up',
];
const icExplore = 'Explore our coverage of the Gulf Coast’s gas export boom';
const icAbout = [
  'About This Story',
  'You may have noticed that this story, like everything we publish, is free to read. That is because Inside Climate News is a nonprofit ' +
    'newsroom. We do not charge for subscriptions or hide our reporting behind a paywall.',
  'We rely on readers to keep our reporting going. If you value stories like this one, please consider supporting our work.',
  'Donate Now',
  'Thank you,',
  'Stacy Merrin, Editor in Chief, Inside Climate News',
];
const icAuthorBio = 'Julien Batiste covers environmental justice and the petrochemical industry along the Gulf Coast. He is based in New Orleans.';
const icPopular = [
  'A Drought-Stricken Town Bets Its Future on Treated Wastewater',
  'The Hidden Methane Leaks in Texas’ Oldest Oil Fields',
  'Why Insurers Are Pulling Out of Coastal Georgia',
  'Inside the Fight Over a Pipeline Through the Ozarks',
];
const icLatest = [
  ['Offshore Wind Developer Scales Back New Jersey Project', 'October 14, 2025'],
  ['Great Lakes Ice Cover Hit a Record Low. Here’s What Comes Next', 'October 13, 2025'],
  ['Farmers in Iowa Test a New Way to Keep Nitrates Out of Rivers', 'October 12, 2025'],
];
const icFoot = ['About Us', 'Our Staff', 'Jobs', 'Contact Us', 'Republishing Guidelines', 'Privacy Policy', 'Terms of Service'];
const icCopy = '© 2025 Inside Climate News. All rights reserved.';
const icShareBar = (cls: string): string =>
  `<div class="share-bar ${cls}"><span class="share-bar__label">${icShare[0]}</span><ul>${icShare
    .slice(1)
    .map((t) => `<li><a class="share-bar__link share-bar__link--${t.toLowerCase()}" href="#" aria-label="${t}"><span>${t}</span></a></li>`)
    .join('')}</ul></div>`;
const icHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${icTitle} - Inside Climate News</title>
<meta name="description" content="${icDek}"><meta property="og:type" content="article"><meta property="og:title" content="${icTitle}">
<meta property="og:site_name" content="Inside Climate News"><meta property="article:published_time" content="2025-10-14T09:00:00+00:00">
<meta property="article:section" content="Justice">
<link rel="canonical" href="https://insideclimatenews.example/news/14102025/louisiana-parish-lawsuit-lng-flaring/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${icTitle}","datePublished":
"2025-10-14T09:00:00+00:00","author":[{"@type":"Person","name":"Julien Batiste"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Inside Climate News"}}]}</script>
<link rel="stylesheet" id="icn-style-css" href="https://insideclimatenews.example/wp-content/themes/icn/assets/css/main.min.css?ver=2.8.4" media="all"></head>
<body class="post-template-default single single-post postid-1204417 single-format-standard">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="top-bar"><p class="top-bar__tagline">${icTagline}</p></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/logo.svg" alt="Inside Climate News"></a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Topics"><ul id="primary-menu" class="menu">${links(icNav, 'menu-item')}</ul></nav>
<ul class="header-utility">${links(icTop, 'menu-item')}</ul><a class="header-donate button" href="/donate/">Donate</a>
<button class="menu-toggle" aria-controls="mobile-menu" aria-expanded="false"><span class="screen-reader-text">Open menu</span></button>
<div id="mobile-menu" class="mobile-menu" hidden><ul>${links(icNav, 'menu-item')}${links(icTop, 'menu-item')}</ul></div></header>
<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post-1204417 post type-post status-publish has-post-thumbnail">
<header class="entry-header"><div class="entry-category"><a href="/category/justice/">Justice</a></div><h1 class="entry-title">${icTitle}</h1>
<p class="entry-subtitle">${icDek}</p><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n"
href="/author/julien-batiste/">Julien Batiste</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2025-10-14T09:00:00+00:00">October 14, 2025</time></span></div>
${icShareBar('share-bar--top')}<button class="republish-button">Republish</button></header>
<div class="entry-content">
${render(
  icBlocks,
  { h2: (h) => `<h2 class="wp-block-heading">${h}</h2>` },
  {
    image: `<figure class="wp-block-image size-full"><img src="https://insideclimatenews.example/wp-content/uploads/2025/10/flares.jpg" alt="" width="1600"
height="1067"><figcaption class="wp-element-caption">${icCaption} <span class="credit">${icCredit}</span></figcaption></figure>`,
    newsletter: `<div class="icn-newsletter-block"><h4 class="icn-newsletter-block__title">${icNews[0]}</h4><p>${icNews[1]}</p><form><label
class="screen-reader-text" for="icn-nl">${icNews[2]}</label>
<input id="icn-nl" type="email" placeholder="Email address"><button>${icNews[3]}</button></form></div>`,
    explore: `<div class="icn-promo-block"><a href="/series/gulf-gas-boom/">${icExplore}</a></div>`,
  },
)}
</div>
<aside class="about-this-story"><h3 class="about-this-story__title">${icAbout[0]}</h3><p>${icAbout[1]}</p><p>${icAbout[2]}</p>
<a class="button" href="/donate/">${icAbout[3]}</a><p class="about-this-story__signoff">${icAbout[4]}</p><p>${icAbout[5]}</p></aside>
<div class="author-card"><img src="/batiste.jpg" alt=""><div>
<h3 class="author-card__name">Julien Batiste</h3><p class="author-card__role">Reporter, New Orleans</p>
<p class="author-card__bio">${icAuthorBio}</p></div></div>
${icShareBar('share-bar--bottom')}</article></main>
<aside id="secondary" class="widget-area"><section class="widget most-popular"><h2 class="widget-title">Most Popular</h2>
<ol>${links(icPopular, 'most-popular__item')}</ol></section><section class="widget latest-news"><h2 class="widget-title">Latest Climate News</h2>
<ul>${icLatest.map(([t, d]) => `<li><a href="/news/latest/">${t}</a><time>${d}</time></li>`).join('\n')}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(icFoot)}</ul><p class="site-info">${icCopy}</p></footer>
<script src="https://insideclimatenews.example/wp-content/themes/icn/assets/js/main.min.js?ver=2.8.4" id="icn-main-js"></script></body></html>`;
export const insideClimate: TestPage = {
  name: 'heldout148-insideclimatenews-news',
  kind: 'news',
  html: icHtml,
  // the dek is body; the "BAYOU CLAIR PARISH, La.—" dateline opens the first paragraph (body)
  title: icTitle,
  headings: icGold.headings,
  body: [icDek, ...icGold.body],
  bylines: ['By Julien Batiste', 'October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', icTagline, ...icNav, ...icTop, 'Donate', 'Open menu', ...icShare, 'Republish', icCaption, icCredit, ...icNews, icExplore,
    ...icAbout, 'Reporter, New Orleans', icAuthorBio, 'Most Popular', ...icPopular, 'Latest Climate News', ...icLatest.flat(), ...icFoot, icCopy,
  ],
};
