import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file d: an AP News-style article (Brightspot "Page-" markup, bsp-timestamp, share menu with its
 * networks, figure with a "Read More" caption toggle and AP Photo credit, the "___" rule and contributor credit, "Related
 * Stories" and "Most read") and a Daily Mail-style article (summary bullets, byline box, "Published: | Updated:" line, share
 * bar with share count, "Scroll down for video", image captions with credits, "RELATED ARTICLES" carousel, comments and
 * the "MOST READ NEWS" rail).
 */
const aTitle = 'Small-town Nebraska library lends telescopes, and the waiting list keeps growing';
const aB1 = [
  j(
    'CEDAR HOLLOW, Neb. (AP) — The most popular item at the Cedar Hollow Public Library is not a bestseller or a video game. It is a',
    'four-foot telescope in a padded orange case, and the waiting list to borrow it is 63 names long.',
  ),
  j(
    'The library began lending two telescopes in 2023 after a local astronomy club donated them. It now has nine, and librarian',
    'Wanda Kettering says every one of them is checked out on any clear weekend between April and October.',
  ),
  j(
    '“People come back and tell me they saw the rings of Saturn from their backyard and they are almost in tears,” Kettering said.',
    '“That is a big thing to hand somebody for two weeks with a library card.”',
  ),
  j(
    'Each telescope comes with a laminated guide to the night sky, a red flashlight and a note asking borrowers not to point it at the',
    'sun. Kettering said none has come back broken, though one returned with a ladybug living in the lens cap.',
  ),
  j(
    'The town of 2,300 sits an hour from the nearest city, and on a moonless night the Milky Way is bright enough to cast a faint',
    'shadow. Members of the astronomy club hold free viewing nights in the library parking lot once a month in the summer.',
  ),
  j(
    'Other libraries in the region have followed. Kettering has fielded calls from 11 library directors in four states asking how',
    'to start a lending program, and she now keeps a one-page instruction sheet ready to email.',
  ),
  j(
    'The club has also started a waiting-list fund. Borrowers who return a telescope are invited to drop a dollar in a jar on the',
    'circulation desk, and when the jar reaches the price of a new one, the library orders it.',
  ),
];
const aNav = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well', 'Newsletters'];
const aShare = ['Share', 'Copy', 'Link copied', 'Email', 'Facebook', 'Reddit', 'LinkedIn', 'Pinterest', 'Flipboard', 'Print'];
const aRel = ['Dark-sky towns draw stargazers and a few new businesses', 'Libraries lend more than books: seeds, tools and cake pans'];
const aMost = ['Man returns library book 54 years late with an apology note', 'Storm Orlen makes landfall near Port Leland'];
const aFoot = [
  'About',
  'Contact Us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
];
const aHtml = `<!DOCTYPE html><html class="ArticlePage" lang="en"><head><meta charset="UTF-8"><title>${aTitle} | AP News</title>
<meta name="description" content="The most popular item at the Cedar Hollow Public Library is a telescope."><meta property="og:site_name" content="AP News">
<meta name="brightspot.contentId" content="0000018e-55a2-d8f1-a3cf-7df3c9a10000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${aTitle}","author":["JOANNA PRESCOTT"],
"datePublished":"2026-03-05T15:02:41Z","dateModified":"2026-03-05T21:12:09Z"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"Oddities"});</script></head>
<body class="Page-body"><div class="Page-header-stickyWrap"><header class="Page-header"><a class="Page-header-logo" href="/"><svg></svg></a>
<nav class="Page-header-navigation"><ul class="Navigation-items">${links(aNav, 'Navigation-items-item')}</ul></nav>
<a class="Page-header-cta" href="/donate">Donate</a></header></div>
<main class="Page-main"><div class="Page-content"><div class="Page-breadcrumbs"><a class="Link" href="/hub/oddities">ODDITIES</a></div>
<div class="Page-headline"><h1 class="Page-headline">${aTitle}</h1></div>
<div class="Page-byline"><div class="Page-authors"><span class="Page-authors-by">By </span><a class="Link" href="/author/joanna-prescott">JOANNA
PRESCOTT</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1772745129000" data-timezone="America/New_York">
<span data-date="">Updated 4:12 PM EST, March 5, 2026</span></bsp-timestamp></div></div>
<bsp-custom-headline-actions class="Page-actions"><div class="Page-actions-share"><ul class="ActionBar-items">${links(aShare, 'ActionBar-item')}</ul>
</div></bsp-custom-headline-actions>
<div class="Page-lead"><figure class="Figure"><div class="Figure-content"><img alt="Telescope" src="https://dims.apnews.example/telescope.jpg"></div>
<bsp-read-more class="Figure-caption" data-more-toggle><div class="CarouselSlide-infoDescription"><p>Librarian Wanda Kettering adjusts a lending
telescope outside the Cedar Hollow Public Library in Cedar Hollow, Neb., Feb. 27, 2026.</p><span class="Figure-caption-credit">(AP Photo/Rory
Hendricks)</span></div><button class="ReadMore-button">Read More</button></bsp-read-more></figure></div>
<bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">
${ps(aB1)}
<div class="Advertisement"><span class="Advertisement-label">ADVERTISEMENT</span></div>
<p>___</p>
<p>Associated Press writer Luis Ondrej in Omaha, Nebraska, contributed to this report.</p>
</div></bsp-story-page>
<div class="Page-below"><div class="PageList"><h2 class="PageList-header-title">Related Stories</h2><ul>${links(aRel, 'PageList-items-item')}</ul></div>
<div class="PageList"><h2 class="PageList-header-title">Most read</h2><ol>${links(aMost, 'PageList-items-item')}</ol></div></div></div></main>
<footer class="Page-footer"><p class="Page-footer-description">The Associated Press is an independent global news organization dedicated to
factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.</p>
<ul class="Page-footer-links">${links(aFoot)}</ul><p class="Page-footer-disclaimer">Copyright 2026 The Associated Press. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to offer you a better browsing experience and analyze site
traffic.</p><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div>
</body></html>`;
const ap: TestPage = {
  name: 'heldout259-apnews-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aB1),
  bylines: ['By JOANNA PRESCOTT', 'Updated 4:12 PM EST, March 5, 2026', 'Associated Press writer Luis Ondrej in Omaha, Nebraska, contributed to this report.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav, 'Donate', 'ODDITIES', ...aShare,
    'Librarian Wanda Kettering adjusts a lending telescope outside the Cedar Hollow Public Library in Cedar Hollow, Neb., Feb. 27, 2026.',
    '(AP Photo/Rory Hendricks)', 'Read More', 'ADVERTISEMENT', '___', 'Related Stories', ...aRel, 'Most read', ...aMost,
    'The Associated Press is an independent global news organization dedicated to factual reporting.',
    'Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.', ...aFoot,
    'Copyright 2026 The Associated Press. All Rights Reserved.',
    'We use cookies to offer you a better browsing experience and analyze site traffic.', 'I Accept', 'Cookie Preferences',
  ],
};

const mTitle = "Pensioner, 81, digs up 200-year-old gold coin in his allotment - and it's worth more than his car";
const mBullets = [
  'Retired postman Dennis Harrop found the coin while planting onions in Little Brampford',
  'Experts say the 1820s half-guinea is in remarkable condition and could fetch £9,000',
  'He plans to share the money with the allotment society that gave him his plot',
];
const mBody = [
  j(
    'A retired postman who has tended the same allotment for 30 years got the surprise of his life when his trowel struck a gold coin',
    'while he was planting onions.',
  ),
  j(
    'Dennis Harrop, 81, was working on his plot in the village of Little Brampford last month when he spotted a glint in the soil.',
    'At first he thought it was a bottle top.',
  ),
  j(
    "'I nearly threw it on the compost heap,' he said. 'Then I rubbed the mud off with my thumb and saw a king's head looking back",
    "at me. I had to sit down on the wheelbarrow.'",
  ),
  j(
    'The coin has been identified as a half-guinea from the 1820s. Coin specialist Harriet Oldfield, of the auction house Pembury &amp;',
    'Vane, said it was in remarkable condition for something that had spent two centuries in damp clay.',
  ),
  j(
    "'Gold does not corrode, which helps, but there is barely a scratch on it,' she said. 'It may have been dropped by a farm labourer",
    "who was paid for a season's work and lost his wages on the way home.'",
  ),
  'The coin will go under the hammer next month with an estimate of £7,000 to £9,000, more than the value of Mr Harrop’s 2011 hatchback.',
  j(
    'The grandfather of five said he would give part of the money to the Little Brampford Allotment Society, which has been raising',
    "funds to replace its rotting tool shed. 'They gave me this plot when I retired,' he said. 'It is only fair.'",
  ),
  'Fellow plot holders have since been seen digging with noticeably more enthusiasm, he added.',
];
const mShare = ['Share', 'Facebook', 'X', 'Flipboard', 'Email', 'Comments'];
const mRel = ['Metal detectorist finds Roman ring in farmer’s field', 'Gardener unearths wartime tin full of love letters'];
const mMost = ['Grandmother, 92, passes her driving test at the first attempt', 'Village pub named best in Britain for third year', 'Puzzles'];
const mFoot = ['Home', 'News', 'U.S.', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const mFoot2 = ['Back to top', 'Terms', 'Privacy policy & cookies', 'Advertise with us', 'Contact us', 'How to complain', 'Leaders Guide'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><title>${mTitle} | Daily Mail Online</title>
<meta name="description" content="Dennis Harrop found the coin while planting onions."><meta property="og:site_name" content="Mail Online">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle.replace(/"/g, '')}",
"author":[{"@type":"Person","name":"Josie Caldwell"}],"datePublished":"2026-03-05T08:14:22+0000"}</script>
<script>var PageCriteria = window.PageCriteria || {}; PageCriteria.channel = "news"; PageCriteria.articleId = 14512345;</script></head>
<body class="mol-desktop"><div class="page-header"><div class="masthead"><a href="/home/index.html" class="logo">Daily Mail</a></div>
<ul class="nav-primary cleared bdrgr3 cnr5">${links(mFoot, 'nav-primary-item')}</ul>
<div class="page-banner"><a href="/registration/login.html">Login</a></div></div>
<div id="content" class="page-content"><div class="article-text wide heading-tag-switch" id="js-article-text" itemprop="articleBody">
<h1>${mTitle}</h1>
<ul class="mol-bullets-with-font">${mBullets.map((b) => `<li class="class-1"><strong>${b}</strong></li>`).join('\n')}</ul>
<div class="author-wrapper"><p class="author-section byline-plain">By <a href="/home/search.html?s=&authornamef=Josie+Caldwell" class="author"
rel="nofollow">JOSIE CALDWELL FOR MAILONLINE</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2026-03-05T08:14:22+0000">08:14 GMT, 5 March 2026</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2026-03-05T11:02:40+0000">11:02 GMT, 5 March 2026</time></span></p></div>
<div class="social-share share-top"><ul class="social-links">${mShare.map((s) => `<li class="${s.toLowerCase()}"><a href="#">${s}</a></li>`).join('\n')}</ul>
<div class="article-icon social-share-count"><span class="count-number">412</span> <span class="count-label">shares</span></div></div>
<p class="mol-para-with-font"><font style="font-size: 1.2em;"><strong>Scroll down for video</strong></font></p>
${ps(mBody.slice(0, 3), ' class="mol-para-with-font"')}
<div class="artSplitter mol-img-group"><div class="mol-img"><img alt="Dennis Harrop" src="https://i.dailymail.example/1s/2026/03/05/harrop.jpg">
</div><p class="imageCaption">Dennis Harrop, 81, with the half-guinea he found while planting onions on his allotment in Little Brampford</p>
<span class="mol-style-bold">SWNS</span></div>
<div class="related-carousel"><h3>RELATED ARTICLES</h3><a class="prev">Previous</a><ul>${links(mRel)}</ul><a class="next">Next</a></div>
<div class="share-artical"><a href="#">Share this article</a></div>
${ps(mBody.slice(3), ' class="mol-para-with-font"')}
<div class="mol-video"><p class="vjs-title">Video: Pensioner shows off his allotment find</p><span class="vjs-progress">0:00</span></div>
<div class="column-content"><p class="share-or-comment">Share or comment on this article:</p></div></div>
<div id="reader-comments" class="reader-comments"><h3 class="comments-title">Comments 87</h3><p class="rc-title">Share what you think</p>
<ul class="rc-sort">${lis(['Newest', 'Oldest', 'Best rated', 'Worst rated'])}</ul><div class="comment"><p class="comment-body">Good on him. Hope
the shed gets a new roof.</p><p class="comment-user">Marjorie, Devon</p></div><p class="rc-disclaimer">The views expressed in the contents above
are those of our users and do not necessarily reflect the views of MailOnline.</p></div>
<div class="column-content puff"><h3 class="rail-title">MOST READ NEWS</h3><ul>${links(mMost)}</ul><p class="ad-label">Advertisement</p></div></div>
<div class="footer"><ul>${links(mFoot2)}</ul><p>Published by Associated Newspapers Ltd</p><p>Part of the Daily Mail, The Mail on Sunday &amp;
Metro Media Group</p></div><div id="cmp-banner"><p>We value your privacy</p><button>Got it</button><button>Cookie settings</button></div></body></html>`;
const dailyMail: TestPage = {
  name: 'heldout259-dailymail-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mBullets, ...mBody]),
  bylines: ['By JOSIE CALDWELL FOR MAILONLINE', 'Published: 08:14 GMT, 5 March 2026', 'Updated: 11:02 GMT, 5 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Mail', ...mFoot.filter((t) => t.length > 2), 'Login', ...mShare.filter((t) => t.length > 2), '412 shares', 'Scroll down for video',
    'Dennis Harrop, 81, with the half-guinea he found while planting onions on his allotment in Little Brampford', 'SWNS', 'RELATED ARTICLES',
    'Previous', ...mRel, 'Next', 'Share this article', 'Video: Pensioner shows off his allotment find', 'Share or comment on this article:',
    'Comments 87', 'Share what you think', 'Newest', 'Oldest', 'Best rated', 'Worst rated', 'Good on him. Hope the shed gets a new roof.',
    'Marjorie, Devon', 'The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.',
    'MOST READ NEWS', ...mMost, 'Advertisement', ...mFoot2, 'Published by Associated Newspapers Ltd',
    'Part of the Daily Mail, The Mail on Sunday & Metro Media Group', 'We value your privacy', 'Got it', 'Cookie settings',
  ],
};

export const HELDOUT259_D: readonly TestPage[] = [ap, dailyMail];
