import { links, type TestPage, texts } from './page-kit.js';
import { guardianLongRead } from './pages-heldout106-a2.js';

/**
 * Held-out batch 106, file a: a New York Times guest essay (Opinion) as saved from the web (the masthead with the sections
 * menu, the top ad slot with "Advertisement" and "SKIP ADVERTISEMENT", the "Opinion" and "Guest Essay" kickers, the summary,
 * the byline and time, the listen bar, "Share full article", the gift button and comment count, the story body in companion
 * columns with a mid-article ad, a photo with caption and credit, the italic author bio at the end of the body, the letters
 * note and the Opinion social line, the "More in Opinion" rail, the hidden site index and the footer) and, from file a2, a
 * Guardian long read.
 */
const nyTitle = 'Our Town Libraries Are Quietly Becoming the Last Public Living Rooms';
const nySummary = 'When the cafes, malls and union halls closed, the branch library took in everyone who had nowhere else to sit.';
const nyP1 = [
  'On a wet Tuesday in February, I counted forty-one people in the Eastfield branch library before noon. Six were reading. The rest were ' +
    'doing what people used to do in diners, bowling alleys and church basements: waiting out the weather, charging a phone, filling in a ' +
    'benefits form, arguing gently about the football.',
  'Nobody planned for this. The library in my town was built in 1962 to lend books to schoolchildren and retirees. It now lends laptops, ' +
    'fishing rods and a sewing machine, hosts a tax clinic on Thursdays and keeps a drawer of spare reading glasses at the desk. Its four ' +
    'staff members have become, without any change in their job titles, the front line of a social safety net that no one admits exists.',
];
const nyP2 = [
  'I have spent the past two years visiting small-town libraries in five states for a book about what I have come to think of as the ' +
    'public living room: the last indoor place in most American towns where you can stay for hours without buying anything. What I found ' +
    'was less a crisis than a quiet transfer of responsibility.',
  'In Marlow County, the closing of the last shopping center food court sent its regular crowd of older men to the reading room, ' +
    '<a href="https://www.nytimes.example/2024/05/02/us/food-courts.html">a pattern repeated across the country</a>. In Pine Hollow, the ' +
    'librarian now keeps a list of which local landlords return calls. In Drayton, the branch opens an hour early on cold days because the ' +
    'bus from the shelter arrives at 8.',
  'Librarians are not complaining, exactly. Most of the ones I met were proud of what their buildings had become. But they were also tired, ' +
    'and very few had been trained for the situations they now handle every week, from overdoses in the restroom to a teenager with nowhere ' +
    'to sleep.',
];
const nyP3 = [
  'The obvious response is more money, and libraries do need it. Branch budgets in the towns I visited have, on average, fallen by a fifth ' +
    'in real terms since 2010. But money alone will not fix a mismatch between what a library is funded to do and what a town asks of it.',
  'A better start would be to say plainly what has happened. If the library is now where the town gathers, then it should be counted, ' +
    'staffed and paid for like the civic institution it has become. That means social workers on site a few days a week, as a handful of ' +
    'city systems already do. It means longer hours in winter. And it means asking the people who use these rooms what they need, rather ' +
    'than assuming they came for the books.',
  'We lost a great many third places over the past thirty years, mostly without noticing. The library is one of the few left standing. ' +
    'It would be a strange kind of thrift to let it wear out for want of admitting what it does.',
];
const nyBio =
  'Dara Whitcombe is a sociologist at Harlan State University and the author of the forthcoming book “The Public Living Room: ' +
  'Small Towns and the Places They Share.”';
const nyLetters =
  'The Times is committed to publishing a diversity of letters to the editor. We’d like to hear what you think about this or any of our ' +
  'articles. Here are some tips. And here’s our email: letters@nytimes.example.';
const nyFollow = 'Follow the New York Times Opinion section on Facebook, Instagram, TikTok, Bluesky, WhatsApp and Threads.';
const nyCaption = 'The reading room of the Eastfield branch library on a weekday morning.';
const nyCredit = 'Maya Orlov for The New York Times';
const nySections = ['U.S.', 'World', 'Business', 'Arts', 'Lifestyle', 'Opinion', 'Audio', 'Games', 'Cooking', 'Wirecutter', 'The Athletic'];
const nyMore = [
  'The Supreme Court’s Quietest Term in Years Was Anything but Dull',
  'I Tried to Live Without a Smartphone for a Month. My Bank Had Other Ideas.',
  'What the Midwest Drought Tells Us About Water Rights',
  'Stop Telling Teenagers to Follow Their Passion',
];
const nyIndex = ['News', 'Arts', 'Lifestyle', 'Opinion', 'Account'];
const nyFoot = [
  'NYTCo',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'T Brand Studio',
  'Your Ad Choices',
  'Privacy Policy',
  'Terms of Service',
  'Terms of Sale',
  'Site Map',
  'Help',
  'Subscriptions',
];
const nyCol = (inner: string): string =>
  `<div class="css-53u6y8 StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-1fanzo5
StoryBodyCompanionColumn">${inner}</div></div>`;
const nyPs = (a: readonly string[]): string => a.map((p) => `<p class="css-at9mc1 evys1bk0">${p}</p>`).join('\n');
const nyAd = (id: string): string => `<div id="${id}-wrapper" class="css-1wxvg4r"><div id="${id}" class="place-ad css-1e5ybw5" data-position="${id}"
data-size-key="${id}" aria-hidden="false"><div class="ad-header css-1l2oqp7"><p class="css-1rg7tjp">Advertisement</p></div>
<a href="#after-${id}" class="css-1ly73wi">SKIP ADVERTISEMENT</a><div id="dfp-ad-${id}" class="ad"></div></div><div id="after-${id}"></div></div>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article nytapp-vi-story" xmlns:og="http://opengraphprotocol.org/schema/"><head>
<meta charset="utf-8"><title>Opinion | ${nyTitle} - The New York Times</title>
<meta data-rh="true" name="description" content="${nySummary}"><meta data-rh="true" property="og:title" content="Opinion | ${nyTitle}">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="byl" content="By Dara Whitcombe">
<meta data-rh="true" name="articleid" content="100000010231187"><meta data-rh="true" property="article:section" content="Opinion">
<meta data-rh="true" property="article:published_time" content="2025-11-12T10:00:12.000Z">
<link data-rh="true" rel="canonical" href="https://www.nytimes.example/2025/11/12/opinion/libraries-small-towns.html">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"${nyTitle}",
"description":"${nySummary}","datePublished":"2025-11-12T10:00:12.000Z","author":[{"@context":"https://schema.org","@type":"Person",
"name":"Dara Whitcombe"}],"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".meteredContent"},"publisher":{"@id":"https://www.nytimes.example/#publisher"}}</script>
<script>window.__preloadedData = {"initialState":{"Article:nyt://article/7d1e":{"__typename":"Article","sourceId":"100000010231187"}}};</script>
<link rel="stylesheet" href="/vi-assets/static-assets/global-5f3b8c2e.css"></head>
<body><div id="app"><div><div class="NYTAppHideMasthead css-1r6wvpq e1m0pzr40"><header class="css-ahe4g0 e1m0pzr41" data-testid="masthead-container">
<section class="css-9kr9i3 e1m0pzr42"><div class="css-qo6pn ea180rp0"><div class="css-1wr3we4 ea180rp1"><button aria-label="Sections Navigation &amp;
Search"
data-testid="nav-button" class="css-fzvsed">Sections</button></div>
<div class="css-10488qs"><a href="#site-content" class="css-1r7ky0e">Skip to content</a><a href="#site-index" class="css-1r7ky0e">Skip to site
index</a></div>
<div class="css-1bvtpon"><a class="css-nhjhh0" href="/section/opinion">Opinion</a></div>
<div class="css-10698na e1huz5gh0"><a data-testid="masthead-mobile-logo" aria-label="New York Times homepage" href="/"><svg class="css-1fe7a5q"
viewBox="0 0 184 25"></svg></a></div><div class="css-6n7j50"><a href="/subscription?campaignId=4QHQ8" class="css-1kj7lfb"
data-testid="masthead-subscribe">
Subscribe for $1/week</a><a href="/login" class="css-1kj7lfb" data-testid="login-link">Log in</a></div></div></div></section>
<nav aria-label="Main" data-testid="desktop-nav" class="css-1d8a290"><ul class="css-1vxc2sl">${links(nySections, 'css-ui9rw0')}</ul></nav></header></div>
</div>
<div id="top-wrapper" class="css-1sy8kpn">${nyAd('top')}</div>
<main id="site-content"><div><div class="css-1cq9wqp"><article id="story" class="meteredContent css-1ygdjhk">
<header class="css-1ivvwct e1h9rw200"><div class="css-1vkm6nb ehdk2mb0"><p class="css-1qxyq6i e1xdw5350"><a class="css-nuvmzp"
href="https://www.nytimes.example/section/opinion">Opinion</a></p><span class="css-1dhw6ld">Guest Essay</span></div>
<div class="css-1vkm6nb ehdk2mb0"><h1 id="link-7d1e" class="css-1rjdmq9 e1h9rw200" data-testid="headline">${nyTitle}</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">${nySummary}</p>
<div class="css-1vd5wck"><figure class="sizeMedium layoutHorizontal css-1qb4k6x" aria-label="media" role="group">
<div data-testid="imageblock-wrapper" class="css-1xdhyk6"><picture><img alt="" class="css-rq4mmj"
src="https://static01.nyt.example/images/2025/11/12/opinion/12whitcombe/lib-articleLarge.jpg"
width="600" height="400" decoding="async"></picture></div><figcaption class="css-1s2xm7y e1maroi60"><span class="css-cnj6d5
e1z0qqy90">${nyCaption}</span>
<span class="css-1u46b97 e1z0qqy90"><span class="css-s3y3oq">Credit...</span><span>${nyCredit}</span></span></figcaption></figure></div>
<div class="css-wmhtg4 e1h9rw202"><div class="css-1a48zt4 ehw59r15"><div class="css-1rv3h0p e1jsehar0"><p class="css-aknsld e1jsehar1">
<span class="css-1baulvz">By </span><span class="css-1baulvz last-byline" itemprop="name"><a class="css-n8ff4n e1jsehar0"
href="https://www.nytimes.example/by/dara-whitcombe">Dara Whitcombe</a></span></p></div>
<div class="css-1d4vvl2 e16638kd0"><time class="css-1k6jf5d e16638kd0" datetime="2025-11-12T05:00:12-05:00">Nov. 12, 2025, 5:00 a.m.
ET</time></div></div>
<div class="css-aqne1x"><div class="css-1b6n2d9"><button class="css-fr0p3e" data-testid="listen-button"><span class="css-1w3wl5h">Listen to this
article</span>
<span class="css-dcrdfm"> · 7:42 min</span></button><a class="css-3x3dx" href="https://www.nytimes.example/article/audio-app.html">Learn
more</a></div>
<div class="css-1ldd5f0"><button class="css-1fqk6qe" data-testid="share-tools-menu-button"><span class="css-1g9grlu">Share full
article</span></button>
<button class="css-1fqk6qe" data-testid="gift-article-button" aria-label="Gift this article"></button>
<button class="css-1fqk6qe" data-testid="comments-speech-bubble-header"><span class="css-1dtr3u3">312</span></button></div></div></div></header>
<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
${nyCol(nyPs(nyP1))}
${nyAd('mid1')}
${nyCol(nyPs(nyP2))}
${nyAd('mid2')}
${nyCol(`${nyPs(nyP3)}\n<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">${nyBio}</em></p>
<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">${nyLetters}</em></p>
<p class="css-at9mc1 evys1bk0"><em class="css-2fg4z9 e1gzwzxm0">${nyFollow}</em></p>`)}
</section>
<div class="bottom-of-article"><div class="css-1h9xkdu"><p class="css-n6o9zp">A version of this article appears in print on Nov. 16, 2025, Section SR,
Page 4 of the New York edition with the headline: The Last Public Living Rooms.
<a href="https://www.parsely.example/nytimes/reprints">Order Reprints</a> | <a href="https://www.nytimes.example/section/todayspaper">Today’s
Paper</a> |
<a href="https://www.nytimes.example/subscriptions">Subscribe</a></p></div>
<div class="css-1jxn2rn"><button class="css-1dtr3u3" data-testid="comments-button">See more on: Libraries</button></div></div>
</article></div>
<div class="css-1bju46m"><section class="css-1pnekqb" aria-labelledby="more-in-opinion"><h2 id="more-in-opinion" class="css-9wwn9h">More in
Opinion</h2>
<ol class="css-11jjg">${nyMore
  .map(
    (t) => `<li class="css-18yolpw"><a class="css-1u3p7j1" href="/2025/11/opinion/x.html"><h3
class="css-1j8ok28">${t}</h3></a></li>`,
  )
  .join('\n')}
</ol></section></div>
${nyAd('bottom')}
</div></main>
<nav id="site-index" class="css-1jvtzt7" aria-labelledby="site-index-label"><h2 id="site-index-label" class="css-5hbgkr">Site Index</h2>
<div class="css-1mo9ea" hidden>${nyIndex.map((t) => `<section><h3 class="css-1onhbft">${t}</h3></section>`).join('')}</div></nav>
<footer role="contentinfo" class="css-1e1s8k7"><nav data-testid="footer" class="css-1qf1qf4"><ul class="css-1ho5u4o">
<li><a href="https://help.nytimes.example/hc/en-us/articles/115014792127-Copyright-notice">© 2025 The New York Times Company</a></li>
${links(nyFoot, 'css-1dv1kvn')}</ul></nav></footer></div>
<script>window.__hydrated = false;</script><script async src="/vi-assets/static-assets/main-7b3b14b0.js"></script></body></html>`;
const nytimes: TestPage = {
  html: nyHtml,
  name: 'heldout106-nytimes-opinion',
  kind: 'news',
  // the summary (dek) is body; the italic author bio, the letters note and the social line at the end of the body
  // section are furniture, as are the kickers, caption, credit, listen bar, print line, rail and ads
  title: nyTitle,
  headings: [],
  body: [nySummary, ...texts(nyP1), ...texts(nyP2), ...texts(nyP3)],
  bylines: ['By Dara Whitcombe', 'Nov. 12, 2025, 5:00 a.m. ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Sections', 'Skip to content', 'Skip to site index', 'Opinion', 'Subscribe for $1/week', 'Log in', ...nySections, 'Advertisement',
    'SKIP ADVERTISEMENT', 'Guest Essay', nyCaption, 'Credit...', nyCredit, 'Listen to this article', '· 7:42 min', 'Learn more',
    'Share full article', '312', nyBio, nyLetters, nyFollow, 'Order Reprints', 'Today’s Paper', 'Subscribe', 'See more on: Libraries',
   
'A version of this article appears in print on Nov. 16, 2025, Section SR, Page 4 of the New York edition with the headline: The Last Public Living Rooms.',
    'More in Opinion', ...nyMore, 'Site Index', ...nyIndex, '© 2025 The New York Times Company', ...nyFoot,
  ])],
};

export const HELDOUT106_A: readonly TestPage[] = [nytimes, guardianLongRead];
