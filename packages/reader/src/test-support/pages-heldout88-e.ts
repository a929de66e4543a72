import { links, type TestPage, texts } from './page-kit.js';
import { cnbcMarkets } from './pages-heldout88-e2.js';

/**
 * Held-out batch 88, file e: a UK tabloid story in MailOnline's shape, for an invented paper (the masthead, the channel nav
 * and sub-nav, "Login", the long headline, the bold bullet-point summary, the "By ... For GlobeOnline" byline, published and
 * updated times, the top share bar with share and comment counts, image blocks with captions, an "Advertisement" slot,
 * the "RELATED ARTICLES" carousel inside the text, the "Share or comment on this article:" bar at the end, the comments
 * block with two reader comments, ratings and moderation notes, the "MOST READ" rail and the footer).
 */
const dmTitle =
  'Fury in picture-postcard village as council paints its 200-year-old stone bridge bright PINK for a charity campaign - ' +
  'and locals say it looks like a "giant strawberry milkshake"';
const dmBullets = [
  'Residents of Little Bramford woke to find the Grade II-listed bridge painted pink',
  'Council says the paint is temporary and will wash off within six weeks',
  'But heritage campaigners say the stone could be damaged and want it removed now',
];
const dmP1 = [
  'Furious villagers have accused their council of vandalism after a 200-year-old stone bridge was painted bright pink ' +
    'overnight as part of a charity awareness campaign.',
  'Residents of Little Bramford, in the Cotswolds, woke on Monday morning to find the Grade II-listed packhorse bridge ' +
    'over the River Elm covered from end to end in what one described as a "giant strawberry milkshake".',
  'Wychcombe District Council said the paint was a temporary, water-based coating that would wash away within six ' +
    'weeks, and that the stunt was intended to raise money for a local breast cancer charity.',
  'But heritage campaigners say the porous limestone could be stained permanently, and have demanded the council remove ' + 'it before the first frosts.',
];
const dmP2 = [
  'Retired architect Geoffrey Pennington, 71, who has lived in the village for 40 years, said: "It is a beautiful old ' +
    'bridge and they have made it look like something from a theme park.',
  '"Nobody asked us. We would all have been happy to give money to the charity. We did not need our bridge turned into a ' + 'birthday cake to do it."',
  'Another resident, Sandra Okoye, 54, said tourists had been stopping in the lane to take selfies since the paint went ' +
    'on. "At least the pub is doing well out of it," she added.',
  'The Wychcombe Heritage Trust said it had written to the council and to Historic England asking for the coating to be ' +
    'tested on a hidden section of stone before any more was applied.',
  'A spokesman for the trust said: "Limestone of this age is like a sponge. We have seen so-called temporary paints ' + 'leave marks for years."',
];
const dmP3 = [
  'The council insisted the product had been used on listed buildings elsewhere without problems and that it had the ' + 'permission it needed.',
  'A spokeswoman said: "The pink bridge has already raised more than £8,000 for the Elm Valley Breast Cancer Support ' +
    'Group and has got people talking about checking themselves, which is exactly what we hoped for.',
  '"The coating will be gone by Christmas and we are sorry if anyone has been upset."',
  'Not everyone in Little Bramford is against it. Primary school teacher Chloe Marsh, 33, said: "My class think it is the ' +
    'best thing that has ever happened here. It is for a good cause and it is only six weeks."',
];
const dmNav = ['Home', 'News', 'U.S.', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const dmSub = ['Latest Headlines', 'Royals', 'World News', 'Crime', 'Weather'];
const dmCaptions = [
  'The 200-year-old packhorse bridge in Little Bramford, Gloucestershire, after it was painted pink on Sunday night',
  'How the bridge looked before: campaigners say the limestone could be stained for years',
] as const;
const dmRelated = ['Village in uproar as council paints zebra crossing RAINBOW colours', 'Homeowner ordered to repaint his lilac front door'];
const dmShareBar = ['Share or comment on this article:', 'e-mail', '312 shares', '94 View comments'];
const dmComments = [
  { name: 'Bramford Belle', place: 'Gloucestershire, United Kingdom', ago: '2 hours ago', text: 'It is for charity, lighten up everyone.' },
  { name: 'OldStoneWall', place: 'Bath, United Kingdom', ago: '3 hours ago', text: 'Would they paint Stonehenge pink for charity? Ridiculous.' },
];
const dmCommentUi = [
  'Share what you think',
  'Newest',
  'Oldest',
  'Best rated',
  'Worst rated',
  'View all',
  'The comments below have not been moderated.',
  'The views expressed in the contents above are those of our users and do not necessarily reflect the views of GlobeOnline.',
  'By posting your comment you agree to our house rules.',
];
const dmMost = [
  'Couple win £1million on scratchcard bought for a neighbour',
  'TV chef reveals the one ingredient she never cooks with',
  'Motorway closed for seven hours after lorry sheds load of cabbages',
];
const dmFoot = ['Contact us', 'How to complain', 'Advertise with us', 'Contributors', 'Terms', 'Privacy policy & cookies', 'Cookie Settings'];
const dmPs = (a: readonly string[]): string => a.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n');
const dmImg = (cap: string, n: number): string => `<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img id="i-8c1${n}" src="https://i.dailyglobe.example/1s/2025/11/12/09/10${n}_bridge.jpg" height="423" width="634" alt="${cap}" class="blkBorder img-share">
</div></div><p class="imageCaption">${cap}</p></div>`;
const dmShare = (
  pos: string,
): string => `<div class="social-share-bar social-share-bar-${pos}"><p class="share-label">${dmShareBar[0]}</p><ul class="social-share">
<li class="share-facebook"><span>Share</span></li><li class="share-twitter"><span>Share</span></li><li class="share-email"><span>${dmShareBar[1]}</span></li>
</ul><div class="counts"><span class="count-number">${dmShareBar[2]}</span><a href="#comments" class="comments-count"><span>94</span> View comments</a></div>
</div>`;
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Fury in village as council paints 200-year-old bridge PINK | Daily Globe Online</title>
<meta name="description" content="${dmBullets[0]}."><meta property="og:title" content="Fury in village as council paints 200-year-old bridge PINK">
<meta property="og:type" content="article"><meta name="article:published_time" content="2025-11-12T14:05:21+0000">
<link rel="canonical" href="https://www.dailyglobe.example/news/article-15244781/little-bramford-bridge-painted-pink-council.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Fury in village as council paints bridge PINK",
"datePublished":"2025-11-12T14:05:21+0000","dateModified":"2025-11-12T15:22:40+0000","author":[{"@type":"Person","name":"Harriet Blake"}]}</script>
<script>var DMS = {"articleId":15244781,"channel":"news"};</script></head>
<body class="mol-desktop"><div class="page"><div id="top" class="masthead"><a href="/home/index.html" class="logo"><span>Daily Globe Online</span></a>
<a href="/registration/login.html" class="login-link">Login</a></div>
<div class="nav-primary"><ul>${links(dmNav, 'nav-item')}</ul></div><div class="nav-secondary"><ul>${links(dmSub, 'nav-item')}</ul></div>
<div id="content" class="content"><div class="alpha"><div id="js-article-text" class="article-text wide heading-tag-switch">
<h1>${dmTitle}</h1>
<ul class="mol-bullets-with-font">${dmBullets.map((b) => `<li class="class-1"><strong>${b}</strong></li>`).join('\n')}</ul>
<div class="author-section byline-plain">By <a class="author" rel="nofollow"
href="/home/search.html?authornamef=Harriet+Blake">HARRIET BLAKE</a> For GlobeOnline</div>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2025-11-12T14:05:21+0000">14:05 GMT, 12 November 2025</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2025-11-12T15:22:40+0000">15:22 GMT, 12 November 2025</time></span></p>
${dmShare('top')}
<div itemprop="articleBody">
${dmPs(dmP1.slice(0, 2))}
${dmImg(dmCaptions[0], 1)}
${dmPs(dmP1.slice(2))}
<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul>${links(dmRelated, 'carousel-item')}</ul><span class="prev">Previous</span>
<span class="next">Next</span>
<div class="share-article"><span>Share this article</span><a href="#" class="share">Share</a></div></div>
${dmPs(dmP2)}
<div class="billboard-container"><span class="adHolder-label">Advertisement</span><div id="mpu_bottom" class="ad-slot"></div></div>
${dmImg(dmCaptions[1], 2)}
${dmPs(dmP3)}
</div>
${dmShare('bottom')}
<div id="comments" class="reader-comments"><h3 class="comments-title">Comments <span>94</span></h3><a class="share-your-thoughts" href="#">${dmCommentUi[0]}</a>
<ul class="tabs">${dmCommentUi
  .slice(1, 5)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul>
${dmComments
  .map(
    (c) => `<div class="comment"><p class="user-info"><a class="user">${c.name}</a>, <span class="location">${c.place}</span>,
<span class="time">${c.ago}</span></p><p class="comment-body">${c.text}</p><div class="rating"><span class="rate">Click to rate</span></div></div>`,
  )
  .join('\n')}
<a class="view-all" href="#">${dmCommentUi[5]}</a>${dmCommentUi
  .slice(6)
  .map((t) => `<p class="comment-rules">${t}</p>`)
  .join('')}</div>
</div></div>
<div class="beta"><div class="puff"><h3 class="puff-title">MOST READ NEWS</h3><ul>${links(dmMost, 'puff-item')}</ul></div></div></div>
<div class="footer"><ul>${links(dmFoot, 'footer-item')}</ul><p>Published by Associated Globe Newspapers Ltd</p>
<p>Part of the Daily Globe, The Globe on Sunday &amp; Metrotown Media Group</p></div></div>
<script src="https://scripts.dailyglobe.example/static/mol-fe/static/mol-fe-article/2.81.0/scripts/article.js" async></script></body></html>`;
const dailyGlobe: TestPage = {
  html: dmHtml,
  name: 'heldout88-dailymail-tabloid-news',
  kind: 'news',
  // the bold bullet summary under the headline is the story's own summary: body; the share bars, captions, the related
  // carousel, the ad label, reader comments (with their names, places and times) and the rail are furniture
  title: dmTitle,
  headings: [],
  body: [...dmBullets, ...texts(dmP1), ...dmP2, ...dmP3],
  bylines: ['By HARRIET BLAKE For GlobeOnline', 'Published:', '14:05 GMT, 12 November 2025', 'Updated:', '15:22 GMT, 12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Globe Online', 'Login', ...dmNav, ...dmSub, ...dmShareBar, 'Share', ...dmCaptions, 'RELATED ARTICLES', ...dmRelated, 'Previous', 'Next',
    'Share this article', 'Advertisement', 'Comments 94', ...dmCommentUi, ...dmComments.flatMap((c) => [c.name, c.place, c.ago, c.text]),
    'Click to rate', 'MOST READ NEWS', ...dmMost, ...dmFoot, 'Published by Associated Globe Newspapers Ltd',
    'Part of the Daily Globe, The Globe on Sunday & Metrotown Media Group',
  ],
};

export const HELDOUT88_E: readonly TestPage[] = [dailyGlobe, cnbcMarkets];
