import { links, ps, type TestPage, texts } from './page-kit.js';
import { wapoOpinion } from './pages-heldout136-b2.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file b: a New York Times opinion column on the vi article template (skip links, masthead with the
 * "Opinion" section label, the opinion sub-nav, "Advertisement" / "SKIP ADVERTISEMENT" slots, the kicker, headline, summary,
 * columnist card, byline and time, the share tools with "Listen to this article", the companion-column body with mid-article
 * ads, the italic letters and "Follow the New York Times Opinion section" notes at the end of the body, the columnist bio,
 * the print line with "Order Reprints | Today’s Paper | Subscribe", "More in Opinion" and "Editors’ Picks" rails, the site
 * index and the privacy banner) and, from file b2, a Washington Post opinion piece.
 */
const nTitle = 'Cities Keep Chasing Shiny Transit. The Bus Is What Works.';
const nSummary = 'Redfield spent a decade planning a streetcar. Then it fixed its buses in eighteen months.';
const nBody = paras(`
Every few years an American city falls in love with a train. There is a glossy rendering, a ribbon of track along a freshly
planted boulevard, a mayor in a hard hat. Then come the cost overruns, the utility relocations and the lawsuit from the people
whose parking spaces disappear. A decade later the city has a mile and a half of streetcar that runs every 20 minutes and
carries fewer people than the bus it replaced.

Redfield was on that path. The city spent eleven years and about $40 million studying a streetcar between its downtown and the
university. Last year it quietly shelved the project and did something far less photogenic: it redrew its bus map.

The results are worth the attention of every transit agency in the country. In the first full year of the new network, weekday
ridership rose 31 percent. The number of residents who could reach a job center within 45 minutes by transit nearly doubled.
The agency did it with roughly the same operating budget, by cutting winding routes that came once an hour and running fewer,
straighter lines every ten minutes.

None of this is new. Transit planners have known for decades that frequency is freedom: a bus that comes every ten minutes does
not need a timetable, and a network of such buses lets people make trips they would never attempt if each leg meant a half-hour
wait. What is new is that a mid-sized city in a car-dependent region was willing to accept the political pain of doing it.

And there was pain. Some riders lost a stop outside their front door and now walk five minutes to a busier street. A few
neighborhoods that had infrequent service lost it altogether. At one packed public meeting, a retired teacher told the board
that the redesign was “a plan for people who can walk.” She was not wrong to be angry, and the agency responded by adding an
on-demand van for older and disabled riders in those areas.

But the trade-off was the right one. The old network served everyone badly so that it could claim to serve everyone. The new
one serves most people well, and it has made the bus something working people in Redfield choose rather than endure.

Other cities should notice what Redfield did not need. It did not need a federal grant for new rail or years of environmental
review. It needed paint for bus lanes, new signs, a few dozen more drivers and the nerve to tell some constituents that their
route was going away.

The streetcar still has fans in Redfield, and maybe one day it will be built. But in the meantime, tens of thousands of people
are getting to work faster on a vehicle that already existed. That should not be the boring answer. It should be the first one.
`);
const nNotes = paras(`
The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any
of our articles. Here are some tips. And here’s our email: letters@nytimes.com.

Follow the New York Times Opinion section on Facebook, Instagram, TikTok, WhatsApp, X and Threads.
`);
const nBio =
  'Mariela Ostrander is an Opinion columnist for The Times, writing about cities, housing and how Americans get around. ' +
  'She was previously a transportation reporter in Chicago.';
const nPrint =
  'A version of this article appears in print on Nov. 14, 2025, Section A, Page 23 of the New York edition with the headline: ' +
  'Forget the Streetcar. Fix the Bus.';
const nOpNav = ['Today’s Opinion', 'Columnists', 'Editorials', 'Guest Essays', 'Letters', 'Sunday Opinion', 'Opinion Video', 'Opinion Audio'];
const nMore = items(`
The Housing Shortage Is a Zoning Choice
What My Neighborhood Learned From Losing Its Grocery Store
Our Airports Are Not Built for the People Who Use Them
`);
const nPicks = items(`
The Best Soup Recipes for a Cold Week
How a Small Town Saved Its Movie Theater
36 Hours in Lisbon
`);
const nIndex: [string, string[]][] = [
  ['News', ['Home Page', 'U.S.', 'World', 'Politics', 'New York', 'Business', 'Tech', 'Science', 'Climate']],
  ['Arts', ['Book Review', 'Movies', 'Music', 'Television', 'Theater']],
  ['Opinion', ['Today’s Opinion', 'Columnists', 'Editorials', 'Guest Essays', 'Letters']],
  ['Account', ['Subscribe', 'Manage My Account', 'Home Delivery', 'Gift Subscriptions']],
];
const nLegal = items(`
NYTCo
Contact Us
Accessibility
Work with us
Advertise
T Brand Studio
Your Ad Choices
Privacy Policy
Terms of Service
Terms of Sale
Site Map
Help
Subscriptions
`);
const nPrivacy =
  'We and our partners use cookies and similar technologies to personalize content and ads and to analyze traffic. ' +
  'You can accept all, reject all or manage your preferences.';
const ad = (id: string): string => `<div class="css-9tf9ac" id="${id}-wrapper"><div class="css-1cf9kwr" id="${id}-slug"><p class="css-1bda2rl">Advertisement</p>
</div><a href="#after-${id}" class="css-1ly73wi e1xxpj0j0">SKIP ADVERTISEMENT</a><div class="ad ${id}-wrapper css-rfqw0c"><div id="${id}"
class="place-ad" data-position="${id}" data-size-key="${id}"></div></div><div id="after-${id}" class="css-1lrq2d5"></div></div>`;
const col = (a: readonly string[], i: number): string => `<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-${i}">
<div class="css-53u6y8">${ps(a, ' class="css-at9mc1 evys1bk0"')}</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" class=" nytapp-vi-article " xmlns:og="http://opengraphprotocol.org/schema/"><head><meta charset="utf-8">
<title>Opinion | ${nTitle} - The New York Times</title><meta data-rh="true" name="description" content="${nSummary}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="Opinion | ${nTitle}">
<meta data-rh="true" name="byl" content="By Mariela Ostrander"><meta data-rh="true" property="article:section" content="Opinion">
<meta data-rh="true" property="article:published_time" content="2025-11-13T10:00:02.000Z"><link data-rh="true" rel="canonical"
href="https://www.nytimes.com/2025/11/13/opinion/redfield-bus-network-streetcar.html">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}",
"description":"${nSummary}","author":[{"@type":"Person","name":"Mariela Ostrander","url":"https://www.nytimes.com/by/mariela-ostrander"}],
"datePublished":"2025-11-13T05:00:02.000-05:00","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".meteredContent"},"publisher":{"@id":"https://www.nytimes.com/#publisher"}}</script>
<script>window.__preloadedData = {"initialState":{"Article:nyt://article/8d1f":{"sprinkledBody":{"__ref":"DocumentBlock"}}}};</script>
<link rel="stylesheet" href="/vi-assets/static-assets/global-a8f2a4b0c1.css"></head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr40"><header class="css-1bymuyk e1m0pzr41">
<a class="css-1lxb2hi" href="#site-content">Skip to content</a><a class="css-1lxb2hi" href="#site-index">Skip to site index</a>
<section class="css-ui9rw0 e1m0pzr42"><div class="css-qo6pn ea180rp0"><button aria-label="Sections Navigation &amp; Search"
class="css-1j8dw05" data-testid="nav-button"><span class="css-1dv1kvn">Search &amp; Section Navigation</span></button></div>
<div class="css-10698na e1huz5gh0"><a data-testid="masthead-mobile-logo" aria-label="New York Times homepage" href="/" class="css-nuvmzp">
<svg viewBox="0 0 184 25" fill="#000"></svg></a></div><div class="css-1sclfig"><a href="/section/opinion" class="css-1wr3we4">Opinion</a></div>
<div class="css-6n7j50"><a href="https://www.nytimes.com/subscription" class="css-1bqo3ac" data-testid="masthead-subscribe">Subscribe for $1/week</a>
<a href="https://myaccount.nytimes.com/auth/login" class="css-1kj7lfb" data-testid="login-button">Log in</a></div></section>
<nav aria-label="Opinion" class="css-1o7rhji"><ul class="css-1a4wh1j">${links(nOpNav, 'css-1r7w5kj')}</ul></nav></header></div>
<div id="top-wrapper" class="css-1ykjc6r"><div id="top-slug" class="css-l9onyx"><p>Advertisement</p></div><a href="#after-top"
class="css-1ly73wi e1xxpj0j0">SKIP ADVERTISEMENT</a><div class="ad top-wrapper"><div id="top"></div></div><div id="after-top"></div></div>
<main id="site-content"><div><div id="NYT_ABOVE_MAIN_CONTENT_REGION"></div><article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1p8cjk1 e1e1d3wx1"><div class="css-1ld4b9v"><p class="css-1kn4cbo e1tpjkxh0"><a class="css-1gzlhkp"
href="https://www.nytimes.com/section/opinion">Opinion</a></p></div><div class="css-1vkm6nb ehdk2mb0"><h1 class="css-1l5r55j e1h9rw200"
data-testid="headline" id="link-1b2c9f5e">${nTitle}</h1></div><p id="article-summary" class="css-79rysd e1wiw3jv0">${nSummary}</p>
<div class="css-12hlv4o"><a href="https://www.nytimes.com/by/mariela-ostrander" class="css-hq7hhh"><img src="/images/mariela-ostrander.png"
alt="" class="css-rq4mmj"><div class="css-1vt1bj1"><span class="css-ri2ur">Mariela Ostrander</span><span class="css-1lufnmi">Opinion Columnist</span>
</div></a></div><div class="css-1xdhyk6 e1e7j8ap0"><div class="css-233int e1j3jvdr0"><div class="css-1baulvz last-byline" itemprop="author creator"
itemscope itemtype="http://schema.org/Person"><p class="css-aknsld e1jsehar1" data-testid="byline"><span class="css-1n6z4y">By </span><span
class="css-1baulvz"><a href="https://www.nytimes.com/by/mariela-ostrander" class="css-n8ff4n e1jsehar0">Mariela Ostrander</a></span></p></div></div>
<ul class="css-sqxatt"><li class="css-ccw2r3"><time class="css-x7rtpa e16638kd0" datetime="2025-11-13T05:00:02-05:00"><span>Nov. 13, 2025, 5:00 a.m.
ET</span></time></li></ul></div><div class="css-1jxdssd" data-testid="share-tools"><button aria-label="Share full article" class="css-j3uhgg"
type="button"><span class="css-1dv1kvn">Share full article</span></button><button aria-label="Save article for reading later" class="css-3hmkd5">
<span class="css-1dv1kvn">Save article for reading later...</span></button><a href="#commentsContainer" class="css-1a3v8gk"><span
class="css-1dv1kvn">Read 612 comments</span><span class="css-12t6q2r">612</span></a></div><div class="css-xt80pu" data-testid="audio-player">
<button class="css-1t4mxik" type="button">Listen to this article · 7:48 min</button><a href="https://www.nytimes.com/article/audm.html"
class="css-19t6k0s">Learn more</a></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${col(nBody.slice(0, 3), 0)}
${ad('story-ad-1')}
${col(nBody.slice(3, 6), 1)}
${ad('story-ad-2')}
${col(nBody.slice(6), 2)}
<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-3"><div class="css-53u6y8">
<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">The Times is committed to publishing
<a href="https://www.nytimes.com/2019/01/31/opinion/letters/letters.html">a diversity of letters</a>
to the editor. We’d like to hear what you think about this or any of our articles. Here are some
<a href="https://help.nytimes.com/hc/en-us/articles/115014925288">tips</a>.
And here’s our email: <a href="mailto:letters@nytimes.com">letters@nytimes.com</a>.</em></p>
<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">Follow the New York Times Opinion section on
<a href="https://www.facebook.com/nytopinion">Facebook</a>,
<a href="https://www.instagram.com/nytopinion/">Instagram</a>, <a href="https://www.tiktok.com/@nytopinion">TikTok</a>, <a href="#wa">WhatsApp</a>,
<a href="https://x.com/NYTOpinion">X</a> and <a href="https://www.threads.net/@nytopinion">Threads</a>.</em></p></div></div></section>
<div class="bottom-of-article"><div class="css-1ub9xla"><div class="css-5tbhbf"><img src="/images/mariela-ostrander-thumb.png" alt=""
class="css-1dtkzs6"><p class="css-1xr8fcz">${nBio}</p></div></div><div class="css-1vhog55"><span class="css-1b8zt3q"
data-testid="print-info">${nPrint}</span> <a href="https://www.parsintl.com/publication/the-new-york-times/">Order Reprints</a> |
<a href="https://www.nytimes.com/section/todayspaper">Today’s Paper</a> |
<a href="https://www.nytimes.com/subscriptions/Multiproduct/lp8HYKU.html">Subscribe</a></div>
<div class="css-1hbwl1i"><button class="css-1ne1m4v" type="button">See more comments</button></div></div></article>
<aside class="css-ew4tgv"><section class="css-1gc4a9g" data-testid="more-in"><h2 class="css-ozdvzp">More in Opinion</h2><ul class="css-13mho3u">
${links(nMore, 'css-ye6x8s')}</ul></section><section class="css-1gc4a9g" data-testid="editors-picks"><h2 class="css-ozdvzp">Editors’ Picks</h2>
<ul class="css-13mho3u">${links(nPicks, 'css-ye6x8s')}</ul></section></aside></div></main>
<nav id="site-index" aria-labelledby="site-index-label" class="css-1sje6ld"><h2 id="site-index-label" class="css-1dv1kvn">Site Index</h2>
${nIndex.map(([h, l]) => `<div class="css-1mwbg1u"><h3 class="css-1onhbft">${h}</h3><ul class="css-1igo4ye">${links(l)}</ul></div>`).join('\n')}
<nav aria-labelledby="site-information-heading" class="css-1gjn7s"><h2 id="site-information-heading" class="css-1dv1kvn">Site Information Navigation</h2>
<ul class="css-6td9kr"><li><a href="https://help.nytimes.com/hc/en-us/articles/115014792127-Copyright-notice">© 2025 The New York Times Company</a></li>
${links(nLegal, 'css-a7htku')}</ul></nav></nav>
<div id="fides-overlay"><div id="fides-banner-container" class="fides-banner fides-banner-bottom" role="dialog" aria-label="Your Privacy Choices">
<div id="fides-banner-title" class="fides-banner-title">Your Privacy Choices</div><div id="fides-banner-description" class="fides-banner-description">
${nPrivacy}</div><button class="fides-accept-all-button" type="button">Accept all</button>
<button class="fides-reject-all-button" type="button">Reject all</button>
<button class="fides-manage-preferences-button" type="button">Manage preferences</button></div></div></div></div>
<script src="/vi-assets/static-assets/main-2b91d3a7c5.js" async></script></body></html>`;
const nytOpinion: TestPage = {
  name: 'heldout136-nytimes-opinion-column',
  kind: 'news',
  // the summary under the headline is body (a dek); the italic letters and "Follow the New York Times Opinion section" notes
  // at the end of articleBody, the columnist bio and the print line are furniture; the columnist card name and role, the
  // byline and the time are bylines; the masthead "Opinion" and the kicker "Opinion" are furniture
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nSummary, ...texts(nBody)],
  bylines: ['By Mariela Ostrander', 'Mariela Ostrander', 'Opinion Columnist', 'Nov. 13, 2025, 5:00 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Skip to site index', 'Search & Section Navigation', 'Opinion', 'Subscribe for $1/week', 'Log in', ...nOpNav, 'Advertisement',
    'SKIP ADVERTISEMENT', 'Share full article', 'Save article for reading later...', 'Read 612 comments', 'Listen to this article · 7:48 min',
    'Learn more', ...nNotes, nBio, nPrint, 'Order Reprints', 'Today’s Paper', 'Subscribe', 'See more comments', 'More in Opinion', ...nMore,
    'Editors’ Picks', ...nPicks, 'Site Index', ...nIndex.flatMap(([h, l]) => [h, ...l]), 'Site Information Navigation',
    '© 2025 The New York Times Company', ...nLegal, 'Your Privacy Choices', nPrivacy, 'Accept all', 'Reject all', 'Manage preferences',
  ]),
};

export const HELDOUT136_B: readonly TestPage[] = [nytOpinion, wapoOpinion];
