import { links, type TestPage, texts } from './page-kit.js';
import { thrStory } from './pages-heldout159-c2.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file c: a Variety TV news story on the Penske Media (PMC) theme (the header with section nav, "Subscribe"
 * and "Login", the hidden mega-menu, the breadcrumb, the byline with its plus icon and the date, the share bar with "Comments",
 * the lede image caption and credit, the inline "Related Stories" box between paragraphs, the "Read More About:" tags, the "Must
 * Read" and "Most Popular" rails, "Sign Up for Variety Newsletters", the "More From Our Brands" carousel, the consent banner and
 * the footer) and, from file c2, a Hollywood Reporter story.
 */
const vyTitle = '‘The Lantern Keepers’ Renewed for Season 2 at Brightwave as Showrunner Signs Overall Deal';
const vyP1 = paras(`
Brightwave has renewed “The Lantern Keepers” for a second season, Variety has learned exclusively, and the fantasy drama’s
co-creator and showrunner Abigail Okonkwo-Reyes has signed a multi-year overall deal with the streamer’s in-house studio.

The renewal comes three weeks after the eight-episode first season finished its run. According to Brightwave, the show was the
platform’s most-watched original series debut of the year, drawing 21 million viewers worldwide in its first 28 days. It also
spent five consecutive weeks in the top ten of third-party streaming charts in the U.S.
`);
const vyP2 = paras(`
Based on the novel series by Teodor Malinowski, the show follows three siblings who inherit a lighthouse on a cursed stretch
of coast and discover that the light keeps something in the sea from coming ashore. Season 1 starred Ruth Abernathy, Callum
Rees-Duncan and newcomer Ines Tavora, all of whom are expected to return.

“From the first table read, we knew Abigail had built a world audiences would want to come back to,” said Marcus Delahaye,
head of scripted programming at Brightwave. “We’re thrilled that she’ll be making her home with us for years to come.”

Under the overall deal, Okonkwo-Reyes will develop new series exclusively for Brightwave Studios through her production company,
Low Tide Pictures. Her producing partner, Simeon Achterberg, will continue to run development at the company.

Okonkwo-Reyes previously served as a writer and co-executive producer on the legal drama “Bench Warrant” and the limited series
“Saltmarsh.” She co-created “The Lantern Keepers” with Malinowski, who also serves as an executive producer.

“I’m so grateful to the fans who spent their summer at the lighthouse,” Okonkwo-Reyes said. “Season 2 goes further out to sea,
and it gets a lot stranger.”

Production on the second season is scheduled to begin in early 2026 in Nova Scotia. The new season will again consist of eight
episodes.

Okonkwo-Reyes is repped by UTA and Marlowe Stein Management.
`);
const vyNav = lines(`
Film
TV
What To Watch
Music
Docs
Tech
Global
Awards Circuit
Video
VIP+
`);
const vyMega = lines(`
Box Office
Reviews
Podcasts
Events
Lists
Obituaries
Digital Magazine
Variety Archives
`);
const vyRelated = lines(`
Brightwave Sets Premiere Date for ‘Saltmarsh’ Creator’s New Thriller
‘The Lantern Keepers’ Review: A Lighthouse Fantasy With Real Bite
`);
const vyTags = lines(`
Brightwave
The Lantern Keepers
`);
const vyMust = lines(`
Inside the Bidding War for the Year’s Hottest Festival Documentary
Box Office: ‘Cold Orchard’ Leads Quiet Weekend With $14 Million
Emmy Predictions: Limited Series Race Tightens After Late Entries
`);
const vyPopular = lines(`
Streaming Ratings: Reality Dating Show Tops Nielsen Chart for Third Week
Talent Agency Promotes Four to Partner
Late-Night Host Signs Two-Year Extension
Studio Chief Exits After Eight Years
`);
const vyBrands = lines(`
The Hollywood Reporter
Rolling Stone
Billboard
Deadline
IndieWire
`);
const vyFooter = lines(`
About Us
Advertise
Accessibility
Privacy Policy
Terms of Use
Ad Choices
Your Privacy Choices
California Privacy Rights
EU Privacy Preferences
Customer Service
Licensing & Reprints
Variety Careers
`);
const vyCaption = 'Ruth Abernathy in “The Lantern Keepers”';
const vyCredit = 'Courtesy of Brightwave';
const vyNews = 'Sign Up for Variety Newsletters';
const vyLegal = 'By providing your information, you agree to our Terms of Use and our Privacy Policy.';
const vyCookie = 'We use cookies and other tracking technologies to personalize content and ads, and to analyze our traffic.';
const vyCopy = 'Variety is a part of Penske Media Corporation. © 2025 Variety Media, LLC. All Rights Reserved.';
const vyPs = (a: readonly string[]): string => a.map((p) => `<p class="paragraph larva // lrv-u-margin-lr-auto">${p}</p>`).join('\n');
const vyHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>‘The Lantern Keepers’ Renewed for Season 2 at Brightwave - Variety</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Variety"><meta property="og:type" content="article">
<meta name="author" content="Lorraine Castellano"><link rel="canonical"
href="https://variety.com/2025/tv/news/lantern-keepers-renewed-season-2-brightwave-1236291107/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vyTitle}","datePublished":"2025-10-22T10:30:00-07:00",
"author":[{"@type":"Person","name":"Lorraine Castellano"}],"publisher":{"@type":"Organization","name":"Variety"},"isAccessibleForFree":true}</script>
<script type="text/javascript">var pmc_meta = {"lob":"variety","page-type":"article","primary-category":"TV","vertical":"News"};</script>
<script async src="https://variety.com/wp-content/themes/vip/pmc-variety-2020/assets/build/js/main.js"></script></head>
<body class="post-template-default single single-post pmc-variety-2020 lrv-a-wrapper"><div id="site-wrap">
<a class="lrv-a-screen-reader-only" href="#main-wrapper">Skip to main content</a>
<div class="pmc-adm-goog-pub-div" id="adm-top-leaderboard" data-ad-label="Advertisement"><span class="lrv-u-font-size-10">Advertisement</span></div>
<header class="header // lrv-u-background-color-white"><div class="lrv-a-wrapper lrv-u-flex"><button class="o-icon-button"
data-collapsible-toggle>Open Menu</button>
<a class="c-logo" href="https://variety.com/"><span class="lrv-a-screen-reader-only">Variety</span></a>
<nav class="o-nav // lrv-u-flex"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex">${links(vyNav, 'o-nav__list-item')}</ul></nav>
<div class="header-actions"><a class="c-button" href="/subscribe-variety/">Subscribe</a><a class="c-link"
href="/digital-subscriber-access/#r=/login">Login</a></div></div>
<div class="mega-menu lrv-a-hidden" data-collapsible-panel aria-hidden="true"><ul>${links(vyMega)}</ul></div></header>
<main id="main-wrapper" class="lrv-a-wrapper"><article class="vy-cx-page lrv-u-flex">
<div class="article-header"><div class="o-taxonomy-list"><a class="c-link" href="/v/tv/">TV</a> <span>/</span> <a class="c-link" href="/c/news/">News</a></div>
<h1 id="section-heading" class="c-title article-title lrv-u-font-family-primary">${vyTitle}</h1>
<div class="author-and-date lrv-u-flex"><div class="c-byline"><span class="c-byline__prefix">By </span><a class="c-link c-byline__link"
href="/author/lorraine-castellano/">
Lorraine Castellano</a><span class="c-icon c-byline__plus"><span class="lrv-a-screen-reader-only">Plus Icon</span></span></div>
<time class="c-timestamp" datetime="2025-10-22T10:30:00-07:00">October 22, 2025 10:30am PT</time></div>
<div class="o-social-list"><ul class="lrv-a-unstyle-list lrv-u-flex"><li><a href="#" class="c-icon" title="Facebook"><span
class="lrv-a-screen-reader-only">Facebook</span></a></li>
<li><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">X</span></a></li><li><a href="#" class="c-icon"><span
class="lrv-a-screen-reader-only">Pin It</span></a></li>
<li><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Email</span></a></li><li><a href="#" class="c-icon"><span
class="lrv-a-screen-reader-only">Print</span></a></li>
<li><a href="#comments" class="c-icon"><span class="lrv-a-screen-reader-only">Comments</span></a></li></ul></div>
<figure class="o-figure article-featured-image"><img src="https://variety.com/wp-content/uploads/2025/10/lantern-keepers.jpg?w=1000"
alt="The Lantern Keepers" width="1000" height="563">
<figcaption class="o-figure__caption"><span class="c-figcaption__caption">${vyCaption}</span> <cite
class="c-figcaption__credit">${vyCredit}</cite></figcaption></figure></div>
<div class="vy-cx-page-content a-content lrv-u-font-family-body" id="article-content">
${vyPs(vyP1)}
<div class="article-related-stories // lrv-u-border-t-1"><h4 class="c-heading lrv-u-text-transform-uppercase">Related Stories</h4><ul>
${links(vyRelated, 'related-story')}</ul></div>
${vyPs(vyP2.slice(0, 3))}
<div class="pmc-adm-goog-pub-div admz" id="adm-inline-article-ad-1"><span class="lrv-u-font-size-10">Advertisement</span></div>
${vyPs(vyP2.slice(3))}
</div>
<div class="article-tags"><span class="article-tags__label">Read More About:</span><ul>${links(vyTags, 'article-tags__item')}</ul></div></article>
<aside class="sidebar"><section class="must-read"><h3 class="c-heading">Must Read</h3><ul>${links(vyMust, 'c-tagline')}</ul></section>
<section class="most-popular"><h3 class="c-heading">Most Popular</h3><ol>${links(vyPopular, 'most-popular__item')}</ol></section>
<section class="newsletter-cta"><h3 class="c-heading">${vyNews}</h3><form><label for="nl">Enter your email</label><input id="nl" type="email">
<button type="submit">Sign Up</button></form><p class="c-tagline lrv-u-font-size-12">${vyLegal}</p></section></aside></main>
<section class="more-from-our-brands"><h2 class="c-heading">More From Our Brands</h2><ul>${links(vyBrands, 'brand-item')}</ul></section>
<footer class="footer // lrv-u-background-color-black"><ul class="footer__links">${links(vyFooter, 'footer__link')}</ul>
<p class="footer__copyright">${vyCopy}</p><p class="footer__vip">Powered by WordPress.com VIP</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${vyCookie}</p><button
id="onetrust-accept-btn-handler">Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></body></html>`;
const variety: TestPage = {
  html: vyHtml,
  name: 'heldout159-variety-story',
  kind: 'news',
  title: vyTitle,
  headings: [],
  body: [...texts(vyP1), ...texts(vyP2)],
  bylines: ['By Lorraine Castellano', 'October 22, 2025 10:30am PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Advertisement', 'Open Menu', ...vyNav, 'Subscribe', 'Login', ...vyMega, 'News', 'Plus Icon', 'Facebook', 'X', 'Pin It',
    'Email', 'Print', 'Comments', vyCaption, vyCredit, 'Related Stories', ...vyRelated, 'Read More About:', ...vyTags, 'Must Read', ...vyMust,
    'Most Popular', ...vyPopular, vyNews, 'Enter your email', 'Sign Up', vyLegal, 'More From Our Brands', ...vyBrands, ...vyFooter, vyCopy,
    'Powered by WordPress.com VIP', vyCookie, 'Accept', 'Cookie Settings',
  ])],
};

export const HELDOUT159_C: readonly TestPage[] = [variety, thrStory];
