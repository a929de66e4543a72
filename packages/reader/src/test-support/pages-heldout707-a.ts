import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file a: a smartwatch review on a tech site running Vox Media's Chorus (classic `c-entry-*` template,
 * with a scorecard and an "Agree to Continue" box), and a game-delay news story on a gaming site built with Next.js in the
 * style of IGN (sub-headline, "In This Article" card, ad slots and an author box).
 */
const cTitle = 'Tessel Watch 3 review: a week on one charge, if you let it';
const cDek = 'Tessel’s third smartwatch finally fixes the battery, but a new band connector and a harder subscription push hold it back.';
const cIntro = [
  j(
    'For two years, the question I got most about the Tessel Watch 2 was whether it would make it to dinner. It usually did, barely.',
    'The Watch 3, which goes on sale on March 11th for $349, is the first Tessel wearable I have worn for a full week without',
    'carrying its little puck charger in my bag.',
  ),
  j(
    'That is mostly down to a new chip and a second, low-power display layer that takes over when you are not looking at the watch.',
    'Tessel says the combination adds up to eight days of typical use. In my testing, with notifications on, two outdoor runs a week',
    'and sleep tracking every night, I got six and a half.',
  ),
];
const cGood = ['Six to eight days of battery life', 'Bright display you can read in direct sun', 'Much better GPS accuracy'];
const cBad = ['Old bands do not fit the new connector', 'Key features now need a subscription', 'The low-power screen looks dated'];
const cSecs: [string, string[]][] = [
  [
    'A screen that gets out of the way',
    [
      j(
        'The Watch 3 keeps the 44mm rounded-square case of its predecessor, but the bezel is thinner and the display is brighter,',
        'peaking at 2,400 nits. I could read my pace in direct sun on a cloudless afternoon in Marlow Bay, which was never true of',
        'the old model.',
      ),
      j(
        'The trick is the low-power layer. When your wrist is down, the main OLED panel switches off and a monochrome',
        'memory-in-pixel screen shows the time, your step count and one complication of your choice. It looks a bit like a',
        'calculator display, and some people on our team found that jarring. I stopped noticing it after a day.',
      ),
    ],
  ],
  [
    'Fitness tracking',
    [
      j(
        'Heart rate readings were close to a chest strap on steady runs and drifted by up to eight beats per minute during',
        'intervals, which is typical for a wrist sensor. GPS was the bigger improvement: the new dual-frequency chip kept my tracks on',
        'the right side of the river along the Calder embankment, where the Watch 2 used to put me in the water.',
      ),
      j(
        'Sleep tracking is fine but unremarkable. The new readiness score blends heart rate variability, sleep and training load',
        'into a number from 1 to 100, and it was right more often than it was wrong about the mornings I felt rough.',
      ),
    ],
  ],
  [
    'The band and the subscription',
    [
      j(
        'Two things keep me from recommending the Watch 3 without reservation. The first is the band. Tessel has moved to a new',
        'sliding connector, so none of the bands you bought for the Watch 2 will fit, and the new ones start at $49.',
      ),
      j(
        'The second is Tessel Plus, a $7.99 a month subscription that now holds back the history of the readiness score, guided',
        'workouts and the detailed sleep charts. The watch comes with six months free. After that, you keep the raw data but lose',
        'most of the ways to look at it.',
      ),
      j(
        'If you already pay for Tessel Plus, the Watch 3 is an easy upgrade. If you do not, budget for it, or look at the cheaper',
        'Watch SE, which has the same chip and most of the battery life for $249.',
      ),
    ],
  ],
];
const cAgreeHead = 'Agree to Continue: Tessel Watch 3';
const cAgreeIntro = j(
  'Every smart device now requires you to agree to a series of terms and conditions before you can use it, contracts that no one',
  'actually reads. We read them so you do not have to. To use the Tessel Watch 3, you need a phone and a Tessel account, and you',
  'must agree to:',
);
const cAgreeList = ['Tessel Terms of Service', 'Tessel Privacy Policy', 'Health Data Processing Notice'];
const cAgreeEnd = j(
  'There are also optional agreements, including sharing workout data with Tessel’s research partners and personalised offers',
  'by email. Final tally: three mandatory agreements and two optional ones.',
);
const cNav = ['Tech', 'Reviews', 'Science', 'Entertainment', 'Deals'];
const cLabels = ['Wearables', 'Tech'];
const cRelated = ['Tessel Watch 2 review: almost there', 'The best fitness trackers to buy right now'];
const cPopular = [
  'Norvik’s next phone will ship without a charger in the box, again',
  'The Halden Deck handheld is getting a price cut',
  'A tiny e-reader with page-turn buttons is back in stock',
];
const cFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell Or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Contact'];
const cSec = ([h, paras]: [string, string[]]): string => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(paras)}`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tessel Watch 3 review: a week on one charge - The Relay</title>
<meta name="description" content="${cDek}"><link rel="canonical" href="https://www.therelay.com/27114/tessel-watch-3-review-battery-price">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Relay"><meta property="og:title" content="${cTitle}">
<meta property="og:image" content="https://cdn.relay-cdn.com/thumbor/tessel-watch-3-hero.jpg"><meta name="twitter:site" content="@relaytech">
<meta property="article:published_time" content="2027-03-04T09:00:00-05:00"><meta name="parsely-section" content="reviews">
<link rel="stylesheet" media="all" href="https://cdn.relay-cdn.com/production_assets/chorus/css/relay_application-4c1e9a.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2027-03-04T09:00:00-05:00",
"author":[{"@type":"Person","name":"Callum Pereira"}],"publisher":{"@type":"Organization","name":"The Relay"},
"review":{"@type":"Review","reviewRating":{"@type":"Rating","ratingValue":7,"bestRating":10}}}</script>
<script>window.Chorus = window.Chorus || {}; Chorus.Context = {"community":{"slug":"relay","id":371},"entry":{"id":27114,"type":"Review"},
"ads":{"unit":"relay/reviews","kw":["wearables","tessel"]}};</script>
<script async src="https://cdn.relay-cdn.com/production_assets/chorus/js/concert_ads-2f8a.js"></script></head>
<body class="entry-template community-relay has-scorecard">
<a class="c-skip-link" href="#content">Skip to main content</a>
<div class="c-consent-banner" role="dialog" aria-label="Privacy and cookies"><div class="c-consent-banner__inner">
<p class="c-consent-banner__text">We use cookies and similar technologies to personalise content and ads and to analyse our traffic.</p>
<button class="c-consent-banner__accept" type="button">Accept</button><button class="c-consent-banner__manage" type="button">Manage preferences</button>
</div></div>
<header class="c-global-header" role="banner"><div class="c-global-header__logo"><a href="https://www.therelay.com/">
<svg role="img" aria-labelledby="relay-logo-title"><title id="relay-logo-title">The Relay homepage</title></svg></a></div>
<nav class="c-global-header__links" aria-label="Main"><ul>${links(cNav, 'c-global-header__link')}</ul></nav>
<div class="c-global-header__actions"><button class="c-global-header__search-button" type="button">Search</button>
<a class="c-global-header__login" href="/login">Sign in</a></div></header>
<div class="l-root l-reskin"><div class="m-ad m-ad--leaderboard" data-concert-ads-name="leaderboard"><span class="m-ad__label">Advertisement</span></div>
<main id="content" class="l-main-content"><article class="l-segment">
<div class="c-entry-hero c-entry-hero--default"><div class="c-entry-hero__header-wrap">
<ul class="c-entry-group-labels"><li class="c-entry-group-labels__item"><a href="/reviews"><span>Reviews</span></a></li>
${cLabels.map((t) => `<li class="c-entry-group-labels__item"><a href="/${t.toLowerCase()}"><span>${t}</span></a></li>`).join('\n')}</ul>
<h1 class="c-page-title">${cTitle}</h1>
<h2 class="c-entry-summary p-dek">${cDek}</h2>
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">By <a href="/authors/callum-pereira">Callum Pereira</a></span>
<span class="c-byline__twitter-handle">@callumpereira</span></span>
<span class="c-byline__item"><time class="c-byline__item" datetime="2027-03-04T14:00:00+00:00">Mar 4, 2027, 9:00am EST</time></span>
<span class="c-byline__item"><a class="c-byline__comments-link" href="#comments"><svg class="p-svg-icon" aria-hidden="true"></svg>87 Comments</a></span></div>
<div class="c-social-buttons c-social-buttons--popover"><span class="c-social-buttons__label">Share this story</span>
<a class="c-social-buttons__item c-social-buttons__facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">
<span class="u-hidden-text">Share this on Facebook</span></a>
<a class="c-social-buttons__item c-social-buttons__twitter" href="https://twitter.com/intent/tweet?text=x"><span class="u-hidden-text">Share this on
Twitter</span></a>
<a class="c-social-buttons__item c-social-buttons__more" href="#"><span class="u-hidden-text">Share</span> All sharing options</a></div></div>
<div class="c-entry-hero__image"><figure class="e-image e-image--hero"><span class="e-image__inner"><span class="e-image__image">
<picture><img alt="A Tessel Watch 3 with a green band lying on a wooden table" src="https://cdn.relay-cdn.com/thumbor/tessel-watch-3-hero.jpg"></picture>
</span></span><span class="e-image__meta"><cite>Photo by Noor Adeyemi / The Relay</cite></span></figure></div></div>
<div class="l-col__main"><div class="c-entry-content">
${ps(cIntro)}
<aside class="c-scorecard" id="scorecard"><div class="c-scorecard__score"><span class="c-scorecard__score-number">7</span>
<span class="c-scorecard__score-title">Relay Score</span></div>
<h3 class="c-scorecard__title">Tessel Watch 3</h3><div class="c-scorecard__buy"><a class="c-scorecard__buy-button"
href="https://shop.tessel.example/watch3">$349 at Tessel</a></div>
<div class="c-scorecard__pros"><h4>Good Stuff</h4><ul>${lis(cGood)}</ul></div>
<div class="c-scorecard__cons"><h4>Bad Stuff</h4><ul>${lis(cBad)}</ul></div></aside>
${cSec(cSecs[0] ?? ['', []])}
<q class="left">When your wrist is down, the watch turns into a calculator, and after a day you stop caring.</q>
<figure class="e-image"><span class="e-image__inner"><span class="e-image__image"><picture><img alt="Close-up of the monochrome screen"
src="https://cdn.relay-cdn.com/thumbor/tessel-lowpower.jpg"></picture></span></span>
<span class="e-image__meta"><figcaption>The low-power screen shows the time, your steps and one complication.</figcaption>
<cite>Photo by Noor Adeyemi / The Relay</cite></span></figure>
<div class="c-float-right"><div class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul class="c-related-list__list">
${links(cRelated, 'c-related-list__item')}</ul></div></div>
${cSec(cSecs[1] ?? ['', []])}
<div class="m-ad m-ad--feature" data-concert-ads-name="feature"><span class="m-ad__label">Advertisement</span></div>
${cSec(cSecs[2] ?? ['', []])}
<div class="c-float-left c-float-hang"><aside class="c-agree-to-continue"><h3>${cAgreeHead}</h3>
<p>${cAgreeIntro}</p><ul>${lis(cAgreeList)}</ul><p>${cAgreeEnd}</p></aside></div>
<p><em>Photography by Noor Adeyemi / The Relay</em></p></div>
<div class="c-entry-stat c-entry-stat--words" hidden data-cdata='{"words":812}'>812 words</div>
<div class="c-nextclick"><a class="c-nextclick__link" href="/27098/halden-deck-price-cut"><span class="c-nextclick__label">Next Up In Reviews</span>
<span class="c-nextclick__title">The Halden Deck handheld is getting a price cut</span></a></div></div>
<div class="l-col__sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">Most Popular</h2><ol>${links(cPopular, 'c-rock-list__item')}</ol></div>
<div class="c-newsletter_signup_box"><h3 class="c-newsletter_signup_box__title">Relay Daily</h3>
<p class="c-newsletter_signup_box__desc">The day’s biggest tech stories, every weekday morning.</p>
<form><label class="c-newsletter_signup_box__label" for="nl-email">Email (required)</label><input id="nl-email" type="email" placeholder="Your email">
<button type="submit">Sign Up</button></form>
<p class="c-newsletter_signup_box__fine">By submitting your email, you agree to our Terms and Privacy Notice.</p></div></div>
</article></main>
<footer class="c-footer"><div class="c-footer__logo"><a href="/">The Relay</a></div><ul class="c-footer__links">${links(cFoot)}</ul>
<p class="c-footer__copyright">© 2027 Kestrel Media, LLC. All Rights Reserved</p></footer></div>
<script>window.Chorus.Coral = {"storyId":"27114","embedUrl":"https://coral.therelay.com/embed.js"};</script></body></html>`;
const chorus: TestPage = gold({
  name: 'heldout707-chorus-watch-review',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [...cSecs.map(([h]) => h), cAgreeHead],
  body: texts([cDek, ...cIntro, ...cGood, ...cBad, ...cSecs.flatMap(([, p]) => p), cAgreeIntro, ...cAgreeList, cAgreeEnd]),
  bylines: ['By Callum Pereira', '@callumpereira', 'Mar 4, 2027, 9:00am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Relay homepage',
    'We use cookies and similar technologies to personalise content and ads and to analyse our traffic.', 'Accept',
    'Manage preferences', ...cNav, 'Search', 'Sign in', 'Advertisement', ...cLabels, '87 Comments', 'Share this story',
    'Share this on Facebook', 'Share this on Twitter', 'Share', 'All sharing options', 'Photo by Noor Adeyemi / The Relay', '7', 'Relay Score',
    'Tessel Watch 3',
    '$349 at Tessel', 'Good Stuff', 'Bad Stuff', 'When your wrist is down, the watch turns into a calculator, and after a day you stop caring.',
    'The low-power screen shows the time, your steps and one complication.', 'Related', ...cRelated,
    'Photography by Noor Adeyemi / The Relay', 'Next Up In Reviews', 'Most Popular', ...cPopular, 'Relay Daily',
    'The day’s biggest tech stories, every weekday morning.', 'Email (required)', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'The Relay', ...cFoot, '© 2027 Kestrel Media, LLC. All Rights Reserved',
  ],
});

const iTitle = 'Hollowmere Delayed to 2028 as Studio Tidewell Confirms Layoffs';
const iDek = 'The open-world fantasy RPG was due out in October. Around 60 staff are leaving the studio.';
const iBody = [
  j(
    'Studio Tidewell has delayed Hollowmere, its open-world fantasy RPG, from October 2027 to an unspecified date in 2028, and has',
    'confirmed that around 60 staff will leave the company as part of what it called a “reshaping” of the studio.',
  ),
  j(
    'In a statement posted to the game’s social channels on Thursday, studio head Mireille Ostrander said the team needed “more time',
    'to make Hollowmere the game we promised,” pointing to its dynamic weather system and seamless co-op mode as the features that',
    'had taken longer than expected.',
  ),
  j(
    '“We know many of you have been waiting a long time, and we know this news is disappointing. We would rather ask for your',
    'patience now than ship a game that is not ready. We will share a new date when we are confident in it, and not before.”',
  ),
  j(
    'The layoffs affect roughly a fifth of Tidewell’s staff across its offices in Larkhaven and Port Essel. A Tidewell spokesperson',
    'told GameHQ that affected employees would receive four months of severance and that the cuts were “not related to the delay,”',
    'though they did not give any other reason for them.',
  ),
  'A Troubled Few Years',
  j(
    'Hollowmere was first revealed at the Northlight Showcase in 2024 with a target of late 2026, before slipping to October 2027',
    'last spring. The game’s publisher, Quarry Interactive, bought a majority stake in Tidewell in 2025 and has since cancelled',
    'two smaller projects at the studio.',
  ),
  j(
    'Former Tidewell developers who spoke to GameHQ on condition of anonymity described repeated changes to the game’s scope,',
    'including a competitive multiplayer mode that was added in 2025 and partly removed a year later. One described the co-op',
    'feature as “the thing that kept breaking everything else.”',
  ),
  'What About Pre-Orders?',
  j(
    'Quarry Interactive said pre-orders on all platforms would stay open, and that anyone who wants a refund can request one',
    'through the store they bought from. The Founder’s Edition, which includes a cloth map and a steelbook case, has been taken',
    'off sale while the company “reviews its plans” for it.',
  ),
  j(
    'Hollowmere is planned for PC, PlayStation 5 and Xbox Series X|S. For more, read our hands-on preview from last summer and',
    'everything we know about the game so far.',
  ),
];
const iNav = ['Games', 'Movies', 'TV', 'Reviews', 'Guides', 'Videos', 'Deals'];
const iRecs = ['Hollowmere: 14 Minutes of Co-Op Gameplay', 'The Biggest Games Delayed to 2028', 'Quarry Interactive’s Showcase in 9 Minutes'];
const iCard = ['Hollowmere', 'Studio Tidewell', 'Quarry Interactive'];
const iFoot = ['About Us', 'Careers', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Accessibility Statement'];
const iHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${iTitle} - GameHQ</title><meta name="description" content="${iDek}"/><meta property="og:site_name" content="GameHQ"/>
<meta property="og:type" content="article"/><meta property="og:title" content="${iTitle} - GameHQ"/>
<meta property="article:published_time" content="2027-03-04T21:26:00.000Z"/><meta name="twitter:card" content="summary_large_image"/>
<link rel="preload" href="/_next/static/media/inter-latin.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/_next/static/css/8d1f4c2e0b7a.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}",
"datePublished":"2027-03-04T21:26:00.000Z","dateModified":"2027-03-04T23:10:00.000Z","author":[{"@type":"Person","name":"Rhea Castillo"}]}</script>
<script>window.__ads = {"site":"gamehq","zone":"news/article","targeting":{"franchise":"hollowmere"}};</script></head>
<body><div id="__next"><div class="jsx-2211609871 app-wrapper">
<div class="jsx-4107731392 consent-bar" role="region" aria-label="Cookie consent"><span class="jsx-4107731392">We and our partners use cookies to
improve your experience.</span> <a class="jsx-4107731392" href="/privacy">Learn more</a><button class="jsx-4107731392 button">Got it</button></div>
<header class="jsx-3381474722 navigation"><a class="jsx-3381474722 logo" href="/" aria-label="GameHQ Home"><svg aria-hidden="true"></svg></a>
<nav class="jsx-3381474722 main-nav"><ul class="jsx-3381474722">${links(iNav, 'jsx-3381474722 nav-item')}</ul></nav>
<div class="jsx-3381474722 nav-actions"><button class="jsx-3381474722 search-button" aria-label="Search"></button>
<a class="jsx-3381474722 sign-in" href="/account/login">Sign In</a></div></header>
<main class="jsx-1520957405 main-content"><div class="jsx-2089176741 ad-slot leaderboard"><div class="jsx-2089176741 ad-label">Advertisement</div></div>
<div class="jsx-1875429337 article-content page-content"><div class="jsx-1875429337 article-headline">
<div class="jsx-1875429337 article-section"><a href="/news" class="jsx-1875429337 section-link">News</a></div>
<h1 class="display-title jsx-1875429337" data-cy="article-headline">${iTitle}</h1>
<h2 class="article-sub-headline jsx-1875429337" data-cy="article-sub-headline">${iDek}</h2>
<div class="jsx-3517418025 article-author-container"><div class="jsx-3517418025 author-names"><span class="jsx-3517418025">By </span>
<a class="article-author underlined jsx-3517418025" data-cy="article-author" href="/person/rhea-castillo">Rhea Castillo</a></div>
<div class="article-publish-date jsx-3517418025" data-cy="article-publish-date">Updated: Mar 4, 2027 6:10 pm</div>
<div class="article-publish-date jsx-3517418025">Posted: Mar 4, 2027 4:26 pm</div></div>
<div class="jsx-2934428493 article-share-bar"><button class="jsx-2934428493 share-button" aria-label="Share on X"></button>
<button class="jsx-2934428493 share-button" aria-label="Share on Facebook"></button><button class="jsx-2934428493 share-button">Copy link</button>
<a class="jsx-2934428493 comment-count" href="#comments">214 Comments</a></div></div>
<div class="jsx-1875429337 article-video"><div class="jsx-1190226815 video-player" data-video-id="hollowmere-delay-reaction">
<div class="jsx-1190226815 video-title">Hollowmere: Studio Tidewell Explains the Delay</div></div></div>
<section class="article-page page-0 jsx-1875429337" data-cy="article-page">
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 0)}</p>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 1)}</p>
<blockquote class="jsx-3892416517 quote" data-cy="quote"><p class="paragraph jsx-2480431539">${at(iBody, 2)}</p></blockquote>
<div class="jsx-2089176741 ad-slot in-content"><div class="jsx-2089176741 ad-label">Advertisement</div></div>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 3)}</p>
<div class="jsx-2658128530 object-summary-embed"><div class="jsx-2658128530 embed-title">In This Article</div>
<a class="jsx-2658128530 object-link" href="/games/hollowmere"><div class="jsx-2658128530 object-title">${at(iCard, 0)}</div>
<div class="jsx-2658128530 object-meta"><span class="jsx-2658128530">${at(iCard, 1)}</span><span class="jsx-2658128530">${at(iCard, 2)}</span>
<span class="jsx-2658128530">Release date: 2028</span></div></a><a class="jsx-2658128530 wiki-link" href="/wikis/hollowmere">View Guide</a></div>
<h2 class="title3 jsx-1453474331">${at(iBody, 4)}</h2>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 5)}</p>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 6)}</p>
<div class="jsx-1042867013 recommends"><div class="jsx-1042867013 recommends-title">GameHQ Recommends</div>
<ul class="jsx-1042867013">${links(iRecs, 'jsx-1042867013 rec-item')}</ul></div>
<h2 class="title3 jsx-1453474331">${at(iBody, 7)}</h2>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${at(iBody, 8)}</p>
<p class="paragraph jsx-2480431539" data-cy="paragraph">${j(
  'Hollowmere is planned for PC, PlayStation 5 and Xbox Series X|S. For more, read our <a href="/articles/hollowmere-preview">hands-on preview</a> from',
  'last summer and <a href="/articles/hollowmere-everything-we-know">everything we know about the game</a> so far.',
)}</p>
</section>
<div class="jsx-4053921087 author-box"><div class="jsx-4053921087 author-box-name"><a href="/person/rhea-castillo">Rhea Castillo</a></div>
<p class="jsx-4053921087 author-box-bio">Rhea Castillo is a senior news writer at GameHQ. You can find her on Bluesky at @rheacastillo.</p></div>
<div class="jsx-2089176741 ad-slot bottom"><div class="jsx-2089176741 ad-label">Advertisement</div></div>
<div class="jsx-3145529804 comments-module" id="comments"><h3 class="jsx-3145529804">Comments</h3>
<button class="jsx-3145529804 load-comments">Load comments (214)</button></div></div></main>
<footer class="jsx-1987403329 footer"><ul class="jsx-1987403329">${links(iFoot)}</ul>
<p class="jsx-1987403329 copyright">© 2027 Brightfold Digital, Inc. All Rights Reserved. GameHQ is a registered trademark.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"hollowmere-delayed-2028-tidewell-layoffs","vertical":"news",
"authors":[{"name":"Rhea Castillo"}]}}},"page":"/articles/[slug]","buildId":"s8GQ1-b2x","isFallback":false}</script></body></html>`;
const nextGame: TestPage = gold({
  name: 'heldout707-nextjs-game-delay',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [at(iBody, 4), at(iBody, 7)],
  body: texts([iDek, ...iBody.filter((_, i) => i !== 4 && i !== 7)]),
  bylines: ['By', 'Rhea Castillo', 'Updated: Mar 4, 2027 6:10 pm', 'Posted: Mar 4, 2027 4:26 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to improve your experience.', 'Learn more', 'Got it', ...iNav, 'Sign In', 'Advertisement', 'News',
    'Copy link', '214 Comments', 'Hollowmere: Studio Tidewell Explains the Delay', 'In This Article', ...iCard, 'Release date: 2028', 'View Guide',
    'GameHQ Recommends', ...iRecs, 'Rhea Castillo is a senior news writer at GameHQ. You can find her on Bluesky at @rheacastillo.', 'Comments',
    'Load comments (214)', ...iFoot, '© 2027 Brightfold Digital, Inc. All Rights Reserved. GameHQ is a registered trademark.',
  ],
});

export const HELDOUT707_A: readonly TestPage[] = [chorus, nextGame];
