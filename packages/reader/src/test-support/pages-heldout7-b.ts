import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7 (news), written in session 10 without reading the reader's rules: a wire
 * agency's fact check with a rating badge and a closing "Verdict" section, and a football club's
 * official news page with a fixtures widget, a pull quote and a partners strip.
 */
const floodClaim = [
  'A video showing water pouring through the ceiling of an airport terminal and passengers wading through ankle-deep floodwater is being ' +
    'shared online as footage of Storm Harriet, which hit northern Europe on June 17. The clip was in fact filmed in Southeast Asia during ' +
    'a monsoon downpour in 2019.',
  'One post on X that shared the 38-second video on June 18 said: &quot;This is Norrvik right now. Storm Harriet has shut down the whole ' +
    'terminal.&quot; The post had been viewed more than 2.3 million times by June 20. Versions of the clip circulated on Facebook, TikTok ' +
    'and Telegram with captions naming three different European airports.',
  'Storm Harriet did cause heavy disruption to air travel, with hundreds of flights cancelled across the region, but none of the airports ' +
    'named in the posts reported flooding inside their terminals.',
];
const floodOlder = [
  'A reverse image search of key frames led to a longer version of the video uploaded to YouTube on Nov. 6, 2019, under a title ' +
    'describing heavy rain at an airport in Malaysia. That upload, which runs for 1 minute 12 seconds, shows the same collapsed ceiling ' +
    'panel and the same row of yellow wet-floor signs seen in the recent posts.',
  'Signs in the background of the footage are in Malay and English, and a departures board visible near the end of the longer clip ' +
    'lists flights to Kota Kinabalu and Penang. Neither destination is served from the airports named in the posts.',
  'Local news reports from November 2019 described flooding in a terminal there after more than 100 millimetres of rain fell in three hours.',
];
const floodAirports = [
  'A spokesperson for Norrvik Airport told Wireline by email that the terminal had remained open throughout the storm and that ' +
    '&quot;the video circulating online does not show our airport.&quot; The operators of the other two airports said on their ' +
    'websites that flights had been restricted because of high winds, not flooding.',
];
const floodVerdict = [
  'Misattributed. The video shows flooding at an airport in Malaysia in November 2019. It does not show a European airport during ' +
    'Storm Harriet in June 2025.',
];
const wireNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations'];
const wireMore = ['Fact Check: Photo of empty supermarket shelves is from 2020', 'Fact Check: No, the new coins do not contain tracking chips'];
const wireFoot = ['Browse', 'Media', 'Advertise with Us', 'Information you can trust', 'Cookies', 'Terms of Use', 'Privacy', 'Digital Accessibility'];
const floodTitle = "Fact Check: Video of flooded airport terminal was filmed in 2019, not during this week's storm";
const floodHtml =
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${floodTitle} | Wireline</title>
<meta name="description" content="A viral video of a flooded airport terminal predates Storm Harriet by more than five years.">
<meta property="og:title" content="${floodTitle}"><meta property="og:type" content="article"><meta name="article:section" content="Fact Check">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"Video shows an airport flooded by Storm Harriet",
"reviewRating":{"@type":"Rating","alternateName":"Misattributed"},"author":{"@type":"Organization","name":"Wireline Fact Check"},
"datePublished":"2025-06-20T15:18:00Z"}</script><script src="/pf/dist/engine/react.js?d=812" defer></script></head>
<body><div id="fusion-app"><a class="skip-link__skip__2lfx" href="#main-content">Skip to main content</a>
<div class="consent-banner" role="region" aria-label="Cookie banner"><p>We use cookies and similar technologies to improve our services. ` +
  `By clicking Accept all you agree to our use of cookies.</p><button>Accept all</button><button>Manage cookies</button></div>
<header class="site-header__header__1m6z"><a class="site-header__logo" href="/">Wireline</a><nav><ul class="site-header__nav">${links(wireNav)}</ul></nav>
<button class="site-header__register">Register</button></header>
<main id="main-content"><article class="article__container__2dC4"><header class="article-header__heading__15OpQ">
<nav class="article-header__tags"><a href="/fact-check/">Fact Check</a></nav>
<h1 data-testid="Heading" class="text__heading_3">${floodTitle}</h1>
<div class="info-content__author-date"><address>By <a href="/authors/fact-check/" rel="author">Wireline Fact Check</a></address>
<time datetime="2025-06-20T15:18:00Z"><span>June 20, 2025</span><span>4:18 PM GMT+1</span><span>Updated 2 hours ago</span></time></div>
<div class="article-header__share"><button aria-label="Share">Share</button><button aria-label="Save">Save</button></div></header>
<aside class="fact-check-rating__container" aria-label="Rating"><span class="fact-check-rating__label">Our rating</span>
<span class="fact-check-rating__value">Misattributed</span></aside>
<figure class="article-body__image"><img src="/resizer/v2/flood-still.jpg" alt="">
<figcaption>A still from the video, which has been shared with captions naming several European airports. Screenshot via X</figcaption></figure>
<div class="article-body__content__17Yit">${ps(floodClaim, ' data-testid="paragraph" class="text__text__1FZLe"')}
<h2 data-testid="Heading">The footage predates the storm</h2>${ps(floodOlder, ' data-testid="paragraph"')}
<h2 data-testid="Heading">What the airports said</h2>${ps(floodAirports, ' data-testid="paragraph"')}
<h2 data-testid="Heading">Verdict</h2>${ps(floodVerdict, ' data-testid="paragraph"')}
<p data-testid="paragraph" class="text__italic"><i>This article was produced by the Wireline Fact Check team. ` +
  `<a href="/fact-check/about/">Read more about our work to fact-check social media posts.</a></i></p></div>
<div class="trust-badge"><a href="/trust-principles/">Our Standards: The Wireline Trust Principles.</a></div>
<section class="more-fact-checks"><h2>More Fact Checks</h2><ul>${links(wireMore)}</ul></section></article></main>
<footer class="site-footer__footer"><ul>${links(wireFoot)}</ul>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p>© 2025 Wireline. All rights reserved</p></footer></div></body></html>`;
const floods: TestPage = {
  name: 'heldout7-wire-factcheck',
  kind: 'news',
  html: floodHtml,
  // hard calls: the rating badge ("Our rating / Misattributed") beside the headline is furniture,
  // the closing "Verdict" section (same word, written as a sentence) is body; the italic team
  // boilerplate under the verdict is furniture (it closes every fact check word for word); the
  // "Fact Check" kicker over the headline is furniture
  title: floodTitle,
  headings: ['The footage predates the storm', 'What the airports said', 'Verdict'],
  body: texts([...floodClaim, ...floodOlder, ...floodAirports, ...floodVerdict]),
  bylines: ['By Wireline Fact Check', 'June 20, 2025', '4:18 PM GMT+1', 'Updated 2 hours ago'],
  furniture: [
    'Skip to main content',
    'By clicking Accept all you agree to our use of cookies.',
    'Manage cookies',
    ...wireNav,
    'Register',
    'Fact Check',
    'Our rating',
    // "Misattributed" left out (round 6): the Verdict's first sentence (body) is that word, so a summary picking it counted as a leak
    'A still from the video, which has been shared with captions naming several European airports. Screenshot via X',
    'This article was produced by the Wireline Fact Check team.',
    'Read more about our work to fact-check social media posts.',
    'Our Standards: The Wireline Trust Principles.',
    'More Fact Checks',
    ...wireMore,
    'Advertise with Us',
    'Information you can trust',
    'Digital Accessibility',
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.',
    '© 2025 Wireline. All rights reserved',
  ],
};

const mensah = [
  'Ellis Mensah has signed a new contract that will keep him at Harbourside Athletic until the summer of 2028, the club is delighted to announce.',
  'The 23-year-old midfielder, who came through the academy after joining at the age of nine, made 41 appearances in all competitions ' +
    'last season and scored seven goals, including the late winner at Ketley Town in March that sealed a place in the play-offs.',
  'His previous deal was due to expire next summer, and head coach Sandra Ortiz had made extending it a priority during pre-season.',
  '&quot;Ellis is exactly the type of player we want to build around,&quot; said Ortiz. &quot;He covers every blade of grass, he wins the ' +
    'ball back high up the pitch and he has grown into a leader in the dressing room. Getting this done before the season starts sends a ' +
    'clear message about where we are heading.&quot;',
  'Mensah, who captained the under-21 side to the semi-finals of the national youth cup in 2021, said he had never seriously considered leaving.',
  '&quot;This club has given me everything since I was a kid,&quot; he said. &quot;My family still sits in the same part of the East ' +
    'Stand they sat in when I was a mascot. I want to be part of the team that takes us up, and I believe this group can do it.&quot;',
  "Sporting director Graham Kell said talks had been straightforward and thanked Mensah's representatives for the way they had handled the negotiations.",
  'Mensah will wear the number eight shirt this season, having switched from 24.',
  'Supporters can hear more from Ellis in a full interview on Athletic TV, free to all registered members from 6pm this evening.',
];
const clubNav = ['News', 'Tickets', 'Shop', 'Athletic TV', 'Teams', 'Hospitality', 'Community', 'Club'];
const clubNews = ['Pre-season: Athletic 2-0 Brackley Rangers', 'Away ticket details confirmed for Ketley Town', 'Academy duo earn international call-ups'];
const clubPartners = ['Principal Partner', 'Official Kit Supplier', 'Official Betting Partner'];
const clubFoot = ['Contact Us', 'Accessibility', 'Modern Slavery Statement', 'Privacy Policy', 'Cookie Settings'];
const mensahTitle = 'Mensah commits his future to Athletic with new three-year deal';
const mensahHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${mensahTitle} | Harbourside Athletic FC</title>
<meta property="og:title" content="${mensahTitle}"><meta property="og:image" content="https://www.harboursideafc.example/images/mensah-signs.jpg">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="/dist/css/styles.min.css?v=7.3.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mensahTitle}",
"datePublished":"2025-08-05T12:00:00+01:00","publisher":{"@type":"SportsOrganization","name":"Harbourside Athletic FC"}}</script>
<script>(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({"event":"pageview","section":"news"});})(window,document);</script></head>
<body class="page-news-article"><a href="#content" class="skip-link">Skip to content</a>
<header class="site-header"><div class="site-header__crest"><a href="/">Harbourside Athletic FC</a></div>
<nav class="main-nav"><ul class="main-nav__list">${links(clubNav, 'main-nav__item')}</ul></nav>
<a class="site-header__cta" href="/tickets/season">Buy Season Tickets</a></header>
<div class="fixture-bar" data-widget="next-match"><span class="fixture-bar__label">Next Match</span>
<span class="fixture-bar__teams">Harbourside Athletic v Ketley Town</span><span class="fixture-bar__comp">National League One</span>
<time class="fixture-bar__date">Sat 16 Aug 2025 · 15:00</time><span class="fixture-bar__venue">Quayside Park</span>
<a class="fixture-bar__cta" href="/tickets">Buy Tickets</a></div>
<main id="content" class="article"><div class="article__hero"><img src="/images/mensah-signs.jpg" alt="Ellis Mensah signing">
<span class="article__hero-caption">Ellis Mensah puts pen to paper at the training ground on Monday</span></div>
<div class="article__header"><span class="article__category">First Team</span><h1 class="article__title">${mensahTitle}</h1>
<div class="article__meta"><span class="article__author">By Club Media</span> <time class="article__date">Tuesday 5 August 2025</time></div>
<ul class="article__share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Copy link</a></li></ul></div>
<div class="article__body rich-text">${ps(mensah.slice(0, 4))}
<blockquote class="article__pullquote"><p>&quot;This place gave me everything growing up&quot;</p><cite>Ellis Mensah</cite></blockquote>
${ps(mensah.slice(4))}
<div class="article__video" data-provider="athletic-tv"><span class="article__video-label">Watch</span>
<span class="article__video-title">Ellis Mensah: My first interview after signing</span><span class="article__video-lock">Members only</span></div></div>
<div class="article__tags"><span>Tags:</span> <a href="/tag/first-team">First Team</a> <a href="/tag/contracts">Contracts</a></div></main>
<aside class="related-news"><h2 class="related-news__title">Latest News</h2><ul>${links(clubNews)}</ul></aside>
<section class="partners-strip"><h2>Our Partners</h2><ul>${clubPartners.map((p) => `<li><span>${p}</span><img alt=""></li>`).join('')}</ul></section>
<footer class="site-footer"><ul>${links(clubFoot)}</ul><p>© Harbourside Athletic Football Club 2025. All rights reserved.</p></footer>
<script src="/dist/js/app.min.js?v=7.3.1"></script></body></html>`;
const mensahPage: TestPage = {
  name: 'heldout7-club-news',
  kind: 'news',
  html: mensahHtml,
  // hard calls: no section headings; the pull quote paraphrases the player (not word for word in
  // the body) and is furniture with its cite; the members-only video card is furniture, the
  // closing sentence plugging the interview is article text and body; the fixtures bar is furniture
  title: mensahTitle,
  headings: [],
  body: texts(mensah),
  bylines: ['By Club Media', 'Tuesday 5 August 2025'],
  furniture: [
    'Skip to content',
    ...clubNav,
    'Buy Season Tickets',
    'Next Match',
    'Harbourside Athletic v Ketley Town',
    'National League One',
    'Sat 16 Aug 2025 · 15:00',
    'Quayside Park',
    'Buy Tickets',
    'Ellis Mensah puts pen to paper at the training ground on Monday',
    'First Team',
    'Share on Facebook',
    'Copy link',
    '"This place gave me everything growing up"',
    'Ellis Mensah: My first interview after signing',
    'Members only',
    'Latest News',
    ...clubNews,
    ...clubPartners,
    ...clubFoot,
    '© Harbourside Athletic Football Club 2025. All rights reserved.',
  ],
};

export const HELDOUT7_B: readonly TestPage[] = [floods, mensahPage];
