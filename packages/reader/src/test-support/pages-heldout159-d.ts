import { links, type TestPage, texts } from './page-kit.js';
import { pitchforkReview } from './pages-heldout159-d2.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file d: a Billboard chart story on the PMC theme (the "Subscribe" and "Log In" header, section nav with
 * "Billboard Pro" and "Español", the hidden charts menu, the kicker, byline and date, the share icons, the lede photo credit,
 * the "Trending on Billboard" video player inside the article body after the first paragraph, a mid-article newsletter box,
 * the tags, the "Billboard Explains" and "Get Billboard's" boxes, the "Most Popular" rail, "More From Our Brands" and the
 * footer) and, from file d2, a Pitchfork album review.
 */
const bbTitle = 'Nadia Prowse Earns First Billboard 200 No. 1 With ‘Glasshouse Weather’';
const bbP1 = paras(`
Nadia Prowse scores her first No. 1 album on the Billboard 200 as <em>Glasshouse Weather</em> debuts atop the list dated Nov. 1.
The set earned 118,000 equivalent album units in the U.S. in the week ending Oct. 23, according to Luminate.
`);
const bbP2 = paras(`
It is the biggest week for a debut album by a solo artist this year. Prowse’s previous album, 2023’s <em>Small Hours</em>,
peaked at No. 14.

Of the set’s total units, SEA units comprise 71,000, equaling 94.6 million on-demand official streams of the album’s 14 songs.
Album sales comprise 45,500 units, and TEA units comprise 1,500. Vinyl accounted for 29,000 of the album’s sales, aided by five
color variants and a signed edition sold through Prowse’s webstore.

The album was preceded by the single “Tin Roof,” which reached No. 22 on the Billboard Hot 100 in September and topped the Adult
Alternative Airplay chart for two weeks. Prowse promoted the release with a run of in-store performances and an appearance on a
late-night talk show the day before the album arrived.
`);
const bbList = lines(`
No. 2 is held by the country trio Copperline with <em>Backroad Psalms</em>, which falls one spot with 84,000 units.
No. 3 goes to rapper Tavi Oduya’s <em>Eastside Ledger</em>, steady with 70,000 units.
No. 4 is a new entry, the K-pop group NOVAEL’s <em>Parallel Summer</em>, which starts with 66,500 units, mostly from CD sales.
No. 5 is <em>Halfway Home</em> by Jonah Redfield, down one place with 58,000 units.
`);
const bbP3 = paras(`
Elsewhere in the top ten, the soundtrack to the animated film <em>Paper Moons</em> rises 12-8 after the movie arrived on
streaming, and the indie rock band Marrow Lane earns its first top ten with <em>Fever Dream Motel</em>, debuting at No. 10.

The Billboard 200 chart ranks the most popular albums of the week in the U.S. based on multi-metric consumption as measured in
equivalent album units. The new top 10 will be posted in full on Billboard’s website on Oct. 28.
`);
const bbNav = lines(`
Charts
Music
Video
Awards
Culture
Business
Billboard Pro
Español
`);
const bbMenu = lines(`
Hot 100
Billboard 200
Billboard Global 200
Artist 100
Songs of the Summer
Year-End Charts
`);
const bbTrend = lines(`
Trending on Billboard
Now Playing
Up Next
Watch Nadia Prowse Perform ‘Tin Roof’ Live
`);
const bbTags = lines(`
Billboard 200
Chart Beat
Nadia Prowse
`);
const bbPopular = lines(`
Every Song Ranked on the New Copperline Album
Jonah Redfield Announces 2026 Stadium Tour
The 25 Best Rock Albums of the Year So Far: Staff Picks
Hot 100 First-Timers: Meet the Bedroom Producer Behind the Viral Hit
`);
const bbBrands = lines(`
Variety
The Hollywood Reporter
Rolling Stone
Vibe
Deadline
`);
const bbFooter = lines(`
About Us
Advertise
Privacy Policy
Terms of Use
AdChoices
Your Privacy Choices
Accessibility
Billboard Careers
Billboard Shop
Contact Us
Customer Service
`);
const bbCredit = 'Tamsin Okoro';
const bbNews = 'Get weekly rundowns straight to your inbox';
const bbCopy = 'Billboard is a part of Penske Media Corporation. © 2025 Billboard Media, LLC. All Rights Reserved.';
const bbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bbHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Nadia Prowse Earns First Billboard 200 No. 1 With ‘Glasshouse Weather’ – Billboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Billboard"><meta name="author"
content="Keith Aldana-Moore">
<link rel="canonical" href="https://www.billboard.com/music/chart-beat/nadia-prowse-glasshouse-weather-billboard-200-number-one-1236118822/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bbTitle}","datePublished":"2025-10-26T10:02:14-04:00",
"author":[{"@type":"Person","name":"Keith Aldana-Moore"}],"articleSection":"Chart Beat","publisher":{"@type":"Organization","name":"Billboard"}}</script>
<script type="text/javascript">var pmc_meta = {"lob":"billboard","page-type":"article","primary-category":"Music"};</script>
<script async src="https://www.billboard.com/wp-content/themes/vip/pmc-billboard-2021/assets/build/js/main.js"></script></head>
<body class="post-template-default single single-post pmc-billboard-2021"><div id="site-wrap">
<a class="lrv-a-screen-reader-only" href="#main-wrapper">Skip to main content</a>
<header class="header lrv-u-flex"><button class="c-button" aria-label="Open Menu">Open Menu</button><a class="c-logo" href="/">
<span class="lrv-a-screen-reader-only">Billboard</span></a><nav class="o-nav"><ul>${links(bbNav, 'o-nav__list-item')}</ul></nav>
<div class="header-actions"><a href="/subscribe/" class="c-button">Subscribe</a><a href="/login/" class="c-link">Log In</a></div>
<div class="charts-menu" aria-hidden="true" hidden><ul>${links(bbMenu)}</ul></div></header>
<main id="main-wrapper"><article class="pmc-paywall lrv-u-flex lrv-u-flex-direction-column">
<div class="article-header"><a class="c-tagline" href="/c/music/chart-beat/">Chart Beat</a>
<h1 class="c-title a-font-basic-secondary-m">${bbTitle}</h1>
<div class="c-byline"><span class="c-byline__prefix">By </span><a class="c-link" href="/author/keith-aldana-moore/">Keith Aldana-Moore</a></div>
<time class="c-timestamp" datetime="2025-10-26T10:02:14-04:00">10/26/2025</time>
<div class="o-social-list"><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Share on Facebook</span></a><a href="#" class="c-icon">
<span class="lrv-a-screen-reader-only">Share on X</span></a><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Share to Reddit</span></a>
<a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Send an Email</span></a><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">
Show additional share options</span></a></div>
<figure class="o-figure"><img src="https://www.billboard.com/wp-content/uploads/2025/10/nadia-prowse.jpg?w=942" alt="Nadia Prowse">
<figcaption><cite class="c-figcaption__credit">${bbCredit}</cite></figcaption></figure></div>
<div class="a-content a-font-body-m" id="pmc-gallery-vertical">
${bbPs(bbP1)}
<div class="jwplayer-trending c-video-playlist" data-jw-playlist="bb-trending"><h3 class="c-heading">${bbTrend[0]}</h3>
<div class="jw-player-wrapper"><span class="jw-state">${bbTrend[1]}</span><span class="jw-title">${bbTrend[3]}</span></div>
<div class="jw-next-up"><span>${bbTrend[2]}</span></div></div>
${bbPs(bbP2)}
${bbPs(bbList)}
<div class="pmc-newsletter-widget newsletter-inline"><p class="c-tagline">${bbNews}</p><form><input type="email" aria-label="Email address"
placeholder="Enter Email">
<button type="submit">Sign Up</button></form></div>
${bbPs(bbP3)}
</div>
<div class="article-tags"><span>Tags</span><ul>${links(bbTags)}</ul></div>
<section class="billboard-explains"><h2 class="c-heading">Billboard Explains</h2><p>How the Billboard 200 is calculated, and what counts as an album
unit.</p></section>
<section class="get-billboards"><h2 class="c-heading">Get Billboard’s Newsletter</h2><p>The essential news about charts, artists and the music
business.</p></section>
</article><aside class="sidebar"><div class="admz"><span class="ad-label">Advertisement</span></div>
<section class="most-popular"><h3 class="c-heading">Most Popular</h3><ol>${links(bbPopular)}</ol></section></aside></main>
<section class="more-from-our-brands"><h2 class="c-heading">More From Our Brands</h2><ul>${links(bbBrands, 'brand-item')}</ul></section>
<footer class="footer"><ul>${links(bbFooter, 'footer__link')}</ul><p class="footer__copyright">${bbCopy}</p><p>Powered by WordPress.com VIP</p></footer>
</div></body></html>`;
const billboard: TestPage = {
  html: bbHtml,
  name: 'heldout159-billboard-story',
  kind: 'news',
  // the chart rundown is written as one paragraph a position, all body
  title: bbTitle,
  headings: [],
  body: [...texts(bbP1), ...texts(bbP2), ...texts(bbList), ...texts(bbP3)],
  bylines: ['By Keith Aldana-Moore', '10/26/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Open Menu', 'Billboard', ...bbNav, 'Subscribe', 'Log In', ...bbMenu, 'Chart Beat', 'Share on Facebook', 'Share on X',
    'Share to Reddit', 'Send an Email', 'Show additional share options', bbCredit, ...bbTrend, bbNews, 'Sign Up', 'Tags', ...bbTags,
    'Billboard Explains', 'How the Billboard 200 is calculated, and what counts as an album unit.', 'Get Billboard’s Newsletter',
    'The essential news about charts, artists and the music business.', 'Advertisement', 'Most Popular', ...bbPopular, 'More From Our Brands',
    ...bbBrands, ...bbFooter, bbCopy, 'Powered by WordPress.com VIP',
  ])],
};

export const HELDOUT159_D: readonly TestPage[] = [billboard, pitchforkReview];
