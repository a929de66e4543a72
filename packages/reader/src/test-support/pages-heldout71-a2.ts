import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 71, file a2: a UK national paper's live story in the shape of the Independent's site (top bar with
 * "Subscribe" and "Log in", section nav, "LIVE" label, headline, standfirst, author and dates, share bar and bookmark
 * button with its hidden premium popover, the "Key points" box of jump links, the newsletter box, live posts with times,
 * authors and a "Pinned" label, the premium paywall prompt, the hidden "Thank you for registering" modal, "More about" tags,
 * the comments prompt, "Most popular" and the footer).
 */
interface LivePost {
  id: number;
  time: string;
  by: string;
  head: string;
  paras: readonly string[];
  pinned?: boolean;
}
const mlTitle = 'Storm Ondine live: Trains cancelled and 40,000 homes without power as amber wind warning comes into force';
const mlStand = ['Gusts of up to 80mph are expected along western coasts, with forecasters warning of flying debris and large waves into Thursday'];
const mlPosts: LivePost[] = [
  {
    id: 6,
    time: '14:20',
    by: 'Samir Haddad',
    head: 'Coastal road closed after wall collapses',
    paras: [
      'Part of the sea wall on the coast road at Lowenna Bay has collapsed under heavy waves, and police have closed the road in both ' +
        'directions. Nobody was hurt, but officers have asked people to stay away from the seafront to watch the waves.',
    ],
  },
  {
    id: 5,
    time: '13:41',
    by: 'Eleanor Whitcombe',
    head: 'Ferry crossings suspended until Friday morning',
    paras: [
      'Westway Ferries has cancelled all sailings between Pembrey and Rosslare until at least 6am on Friday. Passengers booked on ' +
        'cancelled crossings can move to a later sailing free of charge or ask for a full refund, the operator said.',
      'Lorry drivers waiting at the port have been told to stay with their vehicles because the car park is being used to hold freight.',
    ],
  },
  {
    id: 4,
    time: '12:58',
    by: 'Eleanor Whitcombe',
    head: 'Power cuts rise to 40,000 homes',
    paras: [
      'Western Grid Networks now says about 40,000 homes are without power, most of them in rural parts of the southwest. The company ' +
        'said engineers cannot safely climb poles while gusts stay above 60mph, so some customers may not be reconnected until tomorrow.',
      'It has opened welfare centres in three village halls and is asking vulnerable customers to call its priority line.',
    ],
  },
  {
    id: 3,
    time: '12:15',
    by: 'Samir Haddad',
    head: 'Schools close early across three counties',
    paras: [
      'Dozens of schools sent pupils home at lunchtime after councils advised heads that buses might not be able to run this afternoon. ' +
        'Parents said they received text messages with less than an hour’s notice.',
      '“We would rather families are inconvenienced than have children waiting at bus stops in this,” a council spokesperson said.',
    ],
  },
  {
    id: 2,
    time: '11:30',
    by: 'Samir Haddad',
    head: 'What does an amber wind warning mean?',
    paras: [
      'An amber warning means there is an increased likelihood of impacts that could affect daily life, such as power cuts, damage to ' +
        'buildings and travel disruption. Forecasters say people in the warning area should think about changing plans.',
      'The warning runs from midday today until 9am on Thursday. A separate yellow warning for rain covers much of the north.',
    ],
  },
  {
    id: 1,
    time: '10:02',
    by: 'Eleanor Whitcombe',
    head: 'Rail operators cancel services on western lines',
    pinned: true,
    paras: [
      'Northern Coast Rail has cancelled all services west of Carrowford for the rest of the day, and other operators have brought in ' +
        'speed limits of 50mph on exposed stretches. Passengers have been told not to travel unless their journey is essential.',
      'Tickets dated for today can be used tomorrow, or refunded with no fee, the operators said in a joint statement.',
    ],
  },
];
const mlKey = [
  'Amber wind warning in force until 9am Thursday',
  'About 40,000 homes without power in the southwest',
  'Rail services west of Carrowford cancelled for the day',
  'All ferry sailings to Rosslare off until Friday',
];
const mlTop = ['News', 'Sport', 'Culture', 'Lifestyle', 'Travel', 'Premium', 'Climate', 'Money', 'Voices'];
const mlSub = ['UK', 'World', 'Politics', 'Science', 'Weather', 'Health'];
const mlShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share via email', 'Copy link'];
const mlNews = [
  'Sign up to our free Morning Briefing email for the news you need to start your day',
  'Get our free Morning Briefing email',
  'I would like to be emailed about offers, events and updates from The Meridian.',
  'Read our privacy notice',
];
const mlWall = [
  'You’ve read 5 free articles this month',
  'Support trusted, independent reporting. Subscribe to Meridian Premium for unlimited access, fewer ads and the daily digital edition.',
  'Subscribe now',
  'Already a subscriber?',
];
const mlBookmark = 'Want to bookmark your favourite articles and stories to read or reference later? Start your Meridian Premium subscription today.';
const mlThanks = [
  'Thank you for registering',
  'Please refresh the page or navigate to another page on the site to be automatically logged in',
  'Please refresh your browser to be logged in',
];
const mlTags = ['Storm Ondine', 'Weather warning', 'UK weather', 'Rail travel'];
const mlComments = ['Join our commenting forum', 'Join thought-provoking conversations, follow other Meridian readers and see their replies', 'Comments'];
const mlPopular = [
  'Chancellor signals U-turn on fuel duty rise after backbench revolt',
  'Hidden cost of smart meters revealed in watchdog report',
  'Why the weather keeps breaking records, according to forecasters',
  'Holidaymakers warned over new passport rules',
];
const mlFoot = ['About us', 'Contact us', 'Jobs', 'Terms of use', 'Privacy notice', 'Cookie policy', 'Code of conduct', 'Advertising guide'];
const mlPs = (p: LivePost): string => `<div id="post-${p.id}" class="live-blog-post${p.pinned ? ' pinned' : ''}" data-post-id="${p.id}">
${p.pinned ? '<span class="pinned-label" aria-label="Pinned post">Pinned</span>' : ''}<div class="post-header">
<time class="post-time" datetime="2025-03-05T${p.time}:00Z">${p.time}</time><h3 class="post-title">${p.head}</h3>
<div class="post-author"><a href="/author/${p.by.toLowerCase().replace(/ /g, '-')}">${p.by}</a></div></div>
<div class="post-body">${ps(p.paras)}</div>
<div class="post-share"><button type="button" class="share-post" aria-label="Share this post">Share</button></div></div>`;
const mlHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${mlTitle} | The Meridian</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${mlStand[0]}">
<meta property="og:type" content="article"><meta property="article:section" content="Weather"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${mlTitle}",
"coverageStartTime":"2025-03-05T10:02:00Z",
"author":[{"@type":"Person","name":"Eleanor Whitcombe"},{"@type":"Person","name":"Samir Haddad"}],"publisher":{"@type":"NewsMediaOrganization",
"name":"The Meridian"},"isAccessibleForFree":true,"liveBlogUpdate":[{"@type":"BlogPosting","headline":"${mlPosts[0]!.head}"}]}</script>
<script>window.JSGlobals = { mode: 'production', section: 'weather', premium: false };</script>
<script async src="https://static.themeridian.co.uk/js/main.4c1f9e.js"></script>
<link rel="stylesheet" href="https://static.themeridian.co.uk/css/article.4c1f9e.css"></head>
<body class="article live-blog section-news-uk-weather"><div id="__next">
<a class="skip-link" href="#main">Skip to main content</a>
<header id="header" class="site-header"><div class="top-bar"><a href="/" class="logo" aria-label="The Meridian homepage"><svg
role="img"><title>The Meridian</title>
</svg></a>
<div class="account-links"><a href="/subscribe" class="subscribe-button">Subscribe</a><a href="/login" class="login-button">Log in</a></div></div>
<nav class="primary-nav" aria-label="Main"><ul>${links(mlTop, 'nav-item')}</ul></nav>
<nav class="secondary-nav" aria-label="News"><ul>${links(mlSub, 'nav-item')}</ul></nav></header>
<main id="main"><article class="article-wrapper" data-article-type="live">
<div id="articleHeader" class="article-header">
<div class="live-label"><span class="live-dot"></span><span>LIVE</span></div>
<h1 id="main-headline" class="headline">${mlTitle}</h1>
<h2 class="standfirst">${mlStand[0]}</h2>
<div class="article-meta"><div class="author-container"><span class="by">By</span> <a href="/author/eleanor-whitcombe" class="author-name">Eleanor Whitcombe</a>
and <a href="/author/samir-haddad" class="author-name">Samir Haddad</a></div>
<div class="dates"><span>Updated <time datetime="2025-03-05T13:41:00Z">Wednesday 05 March 2025 13:41 GMT</time></span></div></div>
<div class="share-bar">${mlShare.map((t) => `<button type="button" class="share-button" aria-label="${t}"><span class="sr-only">${t}</span></button>`).join('')}
<button type="button" class="bookmark-button" aria-label="Bookmark"><span>Bookmark</span></button>
<div class="bookmark-popover" hidden><p>${mlBookmark}</p><a href="/subscribe">Subscribe now</a></div>
<a href="#comments" class="comments-count"><span>Comments</span></a></div></div>
<div id="key-points" class="key-points"><h2 class="key-points-title">Key points</h2><ul>
${mlKey.map((t, i) => `<li><a href="#post-${4 - i > 0 ? 4 - i : 1}">${t}</a></li>`).join('\n')}</ul></div>
<div class="newsletter-inline" data-newsletter="morning-briefing"><p class="newsletter-title">${mlNews[0]}</p>
<form><label for="nl-email" class="sr-only">Email</label><input id="nl-email" type="email" placeholder="Enter your email address">
<button type="submit">${mlNews[1]}</button><p class="consent"><label><input type="checkbox"> ${mlNews[2]}</label> <a href="/privacy">${mlNews[3]}</a></p>
</form></div>
<div id="live-blog-posts" class="live-blog" data-refresh="30"><button type="button" class="show-latest">Show latest updates</button>
${mlPosts.map(mlPs).join('\n')}
</div>
<div id="paywall-prompt" class="premium-prompt" data-paywall="metered"><p class="prompt-count">${mlWall[0]}</p><p>${mlWall[1]}</p>
<a href="/subscribe?source=live" class="cta">${mlWall[2]}</a><p class="login-line">${mlWall[3]} <a href="/login">Log in</a></p></div>
<div class="registration-modal" hidden><h3>${mlThanks[0]}</h3><p>${mlThanks[1]}</p><p>${mlThanks[2]}</p></div>
<div class="article-tags"><h3>More about</h3><ul>${links(mlTags, 'tag')}</ul></div>
<div id="comments" class="comments-prompt"><h3>${mlComments[0]}</h3><p>${mlComments[1]}</p>
<button type="button" class="comments-button">${mlComments[2]}</button></div></article>
<aside class="most-popular"><h2>Most popular</h2><ol>${links(mlPopular, 'popular-item')}</ol>
<div class="ad-slot" data-ad="mpu"><span class="ad-label">Advertisement</span></div></aside></main>
<footer class="site-footer"><ul>${links(mlFoot)}</ul><p>© 2025 The Meridian. Registered in England and Wales.</p></footer></div>
<div id="sp_message_container_1047823" class="consent-banner"><p>We and our partners use cookies to store and access information on your device for
personalised ads and content, measurement and audience insights.</p><button type="button">Accept all</button><button
type="button">Manage preferences</button></div>
</body></html>`;
const mlHeads = mlPosts.map((p) => p.head);

export const meridianLive: TestPage = {
  html: mlHtml,
  name: 'heldout71-meridian-live-news',
  kind: 'news',
  // the standfirst is body; each live post's own headline is a heading; the "Key points" box is a list of jump links to
  // the posts (like a table of contents) and is furniture, as are "Pinned", the post share buttons, the hidden bookmark
  // popover and the hidden registration modal; post times and authors are bylines
  title: mlTitle,
  headings: mlHeads,
  body: [...texts(mlStand), ...mlPosts.flatMap((p) => texts(p.paras))],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Eleanor Whitcombe', 'Samir Haddad', 'Updated', 'Wednesday 05 March 2025 13:41 GMT', ...mlPosts.map((p) => p.time),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Meridian', 'Subscribe', 'Log in', ...mlTop, ...mlSub, 'LIVE', ...mlShare, 'Bookmark', mlBookmark,
    'Key points', ...mlKey, ...mlNews, 'Show latest updates', 'Pinned', 'Share', ...mlWall, ...mlThanks, 'More about',
    ...mlTags, ...mlComments, 'Most popular', ...mlPopular, 'Advertisement', ...mlFoot, '© 2025 The Meridian. Registered in England and Wales.',
    'We and our partners use cookies to store and access information on your device for personalised ads and content, measurement and audience insights.',
    'Accept all', 'Manage preferences',
  ],
};
