import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file a2: a Daily Mail-style article (MailOnline markup: the masthead and channel nav, the headline
 * in an h2 under #js-article-text, the bold bullet-point summary box, "By X For Mailonline" and the "Published: ... |
 * Updated: ..." byline, the share bar with share and comment counts, many artSplitter images with imageCaption paragraphs
 * including a two-picture group, a video player with its title, a fact box, "RELATED ARTICLES" carousel, "Advertisement"
 * labels, "Share or comment on this article", the comments module, the "MOST READ" puff list and the footer).
 */
const dmTitle =
  "Mystery of the 'phantom' church bells that rang at 3am every night for six weeks is finally solved by retired postman, 79, " +
  'who climbed into the belfry with a torch - and the culprits were NOT what villagers expected';
const dmBullets = [
  "Villagers in Little Amberley, Gloucestershire, were woken by the bells of St Aldhelm's church every night",
  'Theories ranged from pranksters with a key to the ghost of a bell-ringer who died in 1911',
  'Bell-ringer Dennis Whitlock, 79, finally caught the culprits in the act at 2.45am last Tuesday',
];
const dmBody1 = [
  'Villagers who have been woken at 3am every night for six weeks by the bells of their parish church have finally discovered the ' +
    'culprits - a family of jackdaws.',
  "The bells of St Aldhelm's in Little Amberley, Gloucestershire, began ringing in the early hours at the start of October.",
  "At first residents assumed a faulty timer was to blame, and the church's automatic chiming system was switched off at the mains.",
  "But the bells kept ringing, sometimes for as long as four minutes, leaving many of the village's 300 residents exhausted and some " +
    'convinced that something stranger was going on.',
  'Local Facebook groups filled with theories, from pranksters with a key to the tower to the ghost of a former bell-ringer who died in 1911.',
];
const dmBody2 = [
  "The mystery was finally solved last week by Dennis Whitlock, 79, a retired postman and the church's longest-serving bell-ringer, who " +
    'climbed into the belfry with a torch at 2.45am to wait.',
  "'I sat up there in the cold for about twenty minutes and then I heard them,' he told MailOnline. 'Three jackdaws, hopping along the " +
    "old control wire and pulling on it like it was a worm.'",
  'The wire, left over from a mechanical chiming system installed in the 1960s, runs from the clock room to the hammers above the bells ' +
    'and had come loose from its bracket over the summer.',
  "Mr Whitlock said the birds seemed to enjoy the noise. 'Every time the bell went they would all fly off and then come straight back " +
    "and do it again,' he said.",
] as const;
const dmBody3 = [
  "The vicar, the Rev Sarah Penhallow, said the parish was 'hugely relieved' and thanked villagers for their patience.",
  "'We had people asking whether we needed an exorcist,' she said. 'It turns out what we needed was a pair of pliers.'",
  'The loose wire has now been removed, and the parish council has agreed to pay for a mesh screen over the belfry louvres.',
  "Some residents said they would miss the excitement. 'It's the most anyone has talked to each other in years,' said Jenny Marsh, " +
    "who runs the village shop. 'Now we'll have to go back to talking about the bin collections.'",
];
const dmFactTitle = 'WHY DO JACKDAWS LOVE CHURCH TOWERS?';
const dmFact = [
  'Jackdaws are the smallest members of the crow family in Britain and are found across most of the country.',
  'They nest in holes and cavities, and church towers, chimneys and old trees give them shelter and height to watch for predators.',
  'The birds are highly social and intelligent, and have been seen playing with objects, including string and wire.',
];
const dmCaps = [
  "The bells of St Aldhelm's church in Little Amberley, Gloucestershire, rang at 3am every night for six weeks",
  "Retired postman Dennis Whitlock, 79, who has rung the bells at St Aldhelm's for 52 years, solved the mystery",
  'Villagers had blamed pranksters and even the ghost of a bell-ringer who died in 1911 (left), before jackdaws (right) were found to be responsible',
  "Pictured: One of the jackdaws caught on Mr Whitlock's phone in the belfry at around 3am last Tuesday",
  'The old control wire, installed in the 1960s, had come loose from its bracket over the summer',
  "The Rev Sarah Penhallow said the parish was 'hugely relieved' that the mystery had been solved",
] as const;
const dmVideo = "Moment 'phantom' bells ring out over Cotswold village at 3am";
const dmRelated = [
  'Village church forced to silence its bells after one complaint from new neighbour',
  "Seagull that stole a tourist's sandwich ALSO took her car keys",
  "Britain's oldest bell-ringer, 101, rings in his final Christmas",
];
const dmNav = ['Home', 'News', 'Royals', 'U.S.', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const dmSub = ['UK', 'Crime', 'Politics', 'World News', 'Headlines', 'Most read', 'Wires', 'Video'];
const dmMost = [
  'Moment driver reverses 400 yards down motorway slip road',
  "Two-bedroom cottage in the Cotswolds on sale for just £95,000 - but there's a catch",
  "Doctors warn of winter 'super flu' as cases rise in the North",
];
const dmComments = [
  ['Bobbyb, Cirencester', 'Best story I have read all week. Well done Dennis!'],
  ['sceptic_sue, Bristol', 'So nobody thought to look in the tower for SIX weeks?'],
];
const dmFoot = [
  'Contact us',
  'How to complain',
  'Leadership Team',
  'Advertise with us',
  'Contributors',
  'Terms',
  'Subscription Terms & Conditions',
  'Privacy policy & cookies',
  'Cookie Settings',
];
const dmImg = (src: string, cap: string): string => `<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img id="i-${src}" src="https://i.dailymail.example/1s/2025/11/12/10/${src}.jpg" height="634" width="634" alt="${cap.slice(0, 40)}"
class="blkBorder img-share" style="max-width:100%"></div></div><p class="imageCaption">${cap}</p></div>`;
const dmP = (t: string): string => `<p class="mol-para-with-font">${t}</p>`;
const dmAd = '<div class="mpu_puff_wrapper"><div class="adHolder" data-ad-slot="mpu_puff"><span class="advert-label">Advertisement</span></div></div>';
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Mystery of the 'phantom' church bells solved by retired postman | Daily Mail Online</title>
<meta property="og:title" content="Mystery of the 'phantom' church bells is finally solved"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Mystery of the phantom church bells",
"author":[{"@type":"Person","name":"Martha Ellingham"}],"datePublished":"2025-11-12T10:14:05+0000","dateModified":"2025-11-12T11:02:44+0000"}</script>
<script>window.PageCriteria={"articleId":15284731,"channel":"news","subchannel":"news"};</script></head>
<body class="dm"><div class="page-header"><div class="masthead"><a href="/home/index.html" class="logo">Daily Mail Online</a></div>
<nav class="nav-primary"><ul>${links(dmNav, 'nav-item')}</ul></nav><nav class="nav-secondary"><ul>${links(dmSub)}</ul></nav>
<div class="page-banner-wrapper"><a href="/registration/login.html">Login</a></div></div>
<div id="content" class="page-content"><div class="alpha"><div id="js-article-text" class="article-text wide heading-tag-switch">
<h2>${dmTitle}</h2>
<ul class="mol-bullets-with-font">${dmBullets.map((t) => `<li class="class"><font style="font-size: 1.2em;"><strong>${t}</strong></font></li>`).join('\n')}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&amp;authornamef=Martha+Ellingham" class="author" rel="nofollow">Martha
Ellingham</a> For Mailonline</p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2025-11-12T10:14:05+0000">10:14 GMT, 12 November 2025</time></span> <span class="article-timestamp-separator">|</span>
<span class="article-timestamp article-timestamp-updated"><span class="article-timestamp-label">Updated:</span>
<time datetime="2025-11-12T11:02:44+0000">11:02 GMT, 12 November 2025</time></span></p>
<div class="social-share-bar"><ul class="social-links"><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-twitter">
<a href="#">X</a></li><li class="share-email"><a href="#">Email</a></li></ul><div class="article-icon-links-container"><span class="share-count">
<strong>481</strong> shares</span><a class="comments-count" href="#comments"><span class="count-number">64</span> View comments</a></div></div>
<div itemprop="articleBody">
${dmImg('bells-church', dmCaps[0])}
${dmBody1.slice(0, 3).map(dmP).join('\n')}
<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul>${dmRelated
  .map(
    (t) => `<li><a href="/news/article-1523.html"><span class="pufftext">
<strong>${t}</strong></span></a></li>`,
  )
  .join('\n')}</ul><div class="button-group"><button>Previous</button><span>1</span><button>Next</button></div>
<div class="share-this"><span>Share this article</span><button>Share</button></div></div>
${dmBody1.slice(3).map(dmP).join('\n')}
<div class="artSplitter mol-img-group"><div class="mol-img-group-2"><div class="mol-img"><img src="https://i.dailymail.example/1s/ghost.jpg" alt=""
height="306" width="306"></div><div class="mol-img"><img src="https://i.dailymail.example/1s/jackdaw.jpg" alt="" height="306" width="306"></div></div>
<p class="imageCaption">${dmCaps[2]}</p></div>
${dmAd}
${dmP(dmBody2[0])}
${dmImg('whitlock', dmCaps[1])}
${dmBody2.slice(1, 3).map(dmP).join('\n')}
<div class="vjs-video-container" data-opts='{"autoplay":false,"videoId":3391482}'><div class="video-js"><button class="vjs-big-play-button"
title="Play Video"><span>Play Video</span></button></div><div class="video-info"><h3 class="video-title">${dmVideo}</h3>
<span class="vjs-duration">Duration 0:48</span></div><noscript>Please enable JavaScript to watch this video</noscript></div>
${dmImg('jackdaw-belfry', dmCaps[3])}
${dmP(dmBody2[3])}
<div class="mol-factbox floatRHS" data-version="2"><h3 class="mol-factbox-title">${dmFactTitle}</h3>
<div class="mol-factbox-body">${dmFact.map(dmP).join('\n')}</div></div>
${dmImg('control-wire', dmCaps[4])}
${dmBody3.slice(0, 2).map(dmP).join('\n')}
${dmAd}
${dmImg('vicar', dmCaps[5])}
${dmBody3.slice(2).map(dmP).join('\n')}
</div>
<div class="article-share-bottom"><h3 class="social-headline">Share or comment on this article:</h3></div>
<div id="comments" class="comments-container"><h3 class="reader-comments-title">Comments <span class="count">64</span></h3>
<p class="comment-cta">Share what you think</p><div class="sort-bar"><span>Newest</span><span>Oldest</span><span>Best rated</span>
<span>Worst rated</span></div><p class="moderation-notice">The comments below have not been moderated.</p><ul class="comments">
${dmComments
  .map(
    ([u, c]) => `<li class="comment"><p class="user-info"><a href="#">${u}</a></p><p class="comment-body">${c}</p>
<span class="rating">Click to rate</span></li>`,
  )
  .join('\n')}</ul><button class="view-all">View all</button>
<p class="comments-disclaimer">The views expressed in the comments above are those of our users and do not necessarily reflect the views of MailOnline.</p>
<a class="add-comment" href="#">Add your comment</a></div></div></div>
<div class="beta"><div class="puff"><h3>MOST READ NEWS</h3><ul>${links(dmMost)}</ul><button>Previous</button><button>Next</button></div>
${dmAd}</div></div>
<div id="cmp-banner" role="dialog"><p>We value your privacy. We and our partners store and access information on your device to personalise ads
and content.</p><button>Got it</button><button>Manage</button></div>
<footer class="page-footer"><ul>${links(dmFoot)}</ul><p>Published by Associated Newspapers Ltd</p>
<p>Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p></footer></body></html>`;
export const dailyMail: TestPage = {
  html: dmHtml,
  name: 'heldout20-daily-mail-article',
  kind: 'news',
  // the bold bullet-point box under the headline is the article's own summary, written with it: body; the fact box belongs
  // to the article too (its capitalised title is the one heading, its paragraphs body); "Martha Ellingham" and "For
  // Mailonline" are the byline ("By" in neither), the two timestamps bylines (their "Published:"/"Updated:" labels
  // furniture); every imageCaption, the video title and duration, share and comment counts, "RELATED ARTICLES", ad labels
  // (once), the comments module, "MOST READ NEWS", the consent banner, masthead, navs and footer are furniture; "Share" of
  // the related carousel is the share bar's word too: listed once
  title: dmTitle,
  headings: [dmFactTitle],
  body: [...dmBullets, ...texts(dmBody1), ...texts(dmBody2), ...texts(dmFact), ...texts(dmBody3)],
  bylines: ['Martha Ellingham For Mailonline', '10:14 GMT, 12 November 2025', '11:02 GMT, 12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Mail Online', ...dmNav, ...dmSub, 'Login', 'Published:', 'Updated:', 'Facebook', 'X', 'Email', '481 shares', '64 View comments',
    ...dmCaps, 'RELATED ARTICLES', ...dmRelated, 'Previous', 'Next', 'Share this article', 'Share', 'Advertisement', 'Play Video', dmVideo,
    'Duration 0:48', 'Please enable JavaScript to watch this video', 'Share or comment on this article:', 'Comments 64', 'Share what you think',
    'Newest', 'Oldest', 'Best rated', 'Worst rated', 'The comments below have not been moderated.', ...dmComments.flat(), 'Click to rate',
    'View all', 'The views expressed in the comments above are those of our users and do not necessarily reflect the views of MailOnline.',
    'Add your comment', 'MOST READ NEWS', ...dmMost,
    'We value your privacy. We and our partners store and access information on your device to personalise ads and content.', 'Got it',
    'Manage', ...dmFoot, 'Published by Associated Newspapers Ltd', 'Part of the Daily Mail, The Mail on Sunday & Metro Media Group',
  ],
};
