import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file c: an Anime News Network-style news story (top menu, the "posted on ... by" byline with the
 * topic tags, the lead in its intro box, a trailer caption, sources line, the forum discussion link, "Top News" and
 * "This week" rails, footer) and a webcomic page whose main text is short: the strip (an image with its alt text and
 * transcript toggle), the archive navigation, and the artist's blog post under the strip with its own h2 title.
 */
const aTitle = 'Starfold Courier Anime Gets Second Season in October';
const aIntro = [
  j(
    "The official website for the television anime of Nanami Oda's <cite>Starfold Courier</cite> (Hoshiori no Haitatsunin) manga",
    'announced on Thursday that the anime will get a second season that will premiere in October. The site also revealed a teaser',
    'video and a new key visual.',
  ),
];
const aBody = [
  j(
    'Returning staff include director Kaede Imura at studio Lumen Reel, series composer Haruto Sena, and character designer Ayaka',
    'Morishita. Composer Ren Takatsu is also returning to score the new season. The teaser video previews the opening theme song',
    '"Paper Comet" by the band Moonlit Relay.',
  ),
  j(
    'The first season premiered in January and ran for 12 episodes. It followed Yui, a girl who delivers letters between small',
    'asteroid colonies on a folding paper ship, and the rival courier Shion who keeps sabotaging her routes. The second season will',
    'adapt the manga\'s "Lighthouse Belt" arc.',
  ),
  j(
    "Oda launched the manga in Seirinsha's <cite>Monthly Comet Ace</cite> magazine in 2021, and the publisher released the ninth",
    'compiled book volume in February. Northstar Press publishes the manga in English and will release the sixth volume in June.',
  ),
  j('Streaming service Beacon streamed the first season as it aired in Japan and will also stream the second season. The', 'company describes the story:'),
];
const aAfter = [
  j(
    "The first season was one of the most-watched new series of the winter on the service, and the manga's publisher said that",
    'sales of the compiled volumes more than tripled while it aired. A stage play adaptation is also in production and will run in',
    'Tokyo and Osaka in the summer.',
  ),
];
const aQuote = j(
  'Yui has delivered letters across the Fold for three years, and she has never lost one. But when a letter arrives addressed to',
  'a colony that vanished a century ago, she and Shion must sail past the last lighthouse to find out who is still writing.',
);
const aNav = ['News', 'Interest', 'Reviews', 'Features', 'Columns', 'Encyclopedia', 'Forum'];
const aTop = ['Mangaka Ryo Hanabusa Ends Lantern Street Manga', 'Gearheart Academy Film Reveals Cast, Spring Opening', 'Kujira no Uta Game Delayed to 2027'];
const aWeek = ['The Winter 2026 Anime Preview Guide', 'Answerman - Why Do Anime Seasons Have Gaps?'];
const aFoot = ['about us', 'contact us', 'advertise', 'privacy', 'cookie settings', 'terms of use'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} - News - Anime News Network</title>
<meta name="description" content="Returning staff include director Kaede Imura at studio Lumen Reel">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@anime">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-04-02T03:15:00-04:00",
"author":{"@type":"Person","name":"Sora Whitlock"},"publisher":{"@type":"Organization","name":"Anime News Network"}}</script>
<script>var ANN_ID=212384;var EDITION="w";</script></head>
<body class="news"><div id="page"><div id="topbar"><a href="/" id="logo" title="Anime News Network">Anime News Network</a>
<div id="edition-select">North America <a href="/edition">change</a></div><div id="login"><a href="/bbs/phpBB2/login.php">Sign In</a></div></div>
<nav id="navigation"><ul>${links(aNav, 'nav-item')}</ul></nav>
<div id="maincontent"><div id="page-title"><h1 id="page_header" class="same-width-as-main">${aTitle}</h1>
<div id="heading-deets"><small class="byline">posted on <time datetime="2026-04-02T03:15:00-04:00">2026-04-02 03:15 EDT</time> by <a
href="/staff/sora-whitlock">Sora Whitlock</a></small></div>
<div class="topics"><a href="/topic/anime" class="topic">Anime</a> <a href="/topic/industry" class="topic">Industry</a></div></div>
<div class="text-zone easyread-width KonaBody"><div class="intro"><span>${aIntro[0]}</span></div>
<div class="meat"><div class="video-embed"><iframe src="https://www.youtube.example/embed/aB3dE" title="video"></iframe>
<p class="caption">Teaser video for the second season</p></div>
${ps(aBody)}
<blockquote><p>${aQuote}</p></blockquote>
${ps(aAfter)}
<p class="source"><small>Sources: Starfold Courier anime's website, Comic Natalie</small></p></div>
<div class="discuss"><a href="/bbs/phpBB2/viewtopic.php?t=212384">discuss this in the forum (38 posts)</a> | <a href="/archives">back to News homepage</a></div>
<div class="share"><a class="fb" href="#">Share on Facebook</a><a class="tw" href="#">Share on X</a><a class="rd" href="#">Share on Reddit</a></div></div>
<div id="sidebar"><div class="box"><h3>Top News</h3><ul>${links(aTop)}</ul></div><div class="box"><h3>This week in anime</h3><ul>${links(aWeek)}</ul></div>
<div class="ad-container"><div class="adlabel">advertisement</div><div id="ad-mrec"></div></div></div></div>
<div id="footer"><ul>${links(aFoot)}</ul><p>Copyright © 1998-2026 Anime News Network. All rights reserved.</p></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a device, such as
cookies.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></div></body></html>`;
const ann: TestPage = {
  name: 'heldout302-anime-news-network-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts([...aIntro, ...aBody, aQuote, ...aAfter]),
  bylines: ['2026-04-02 03:15 EDT', 'Sora Whitlock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Anime News Network', 'North America', 'change', 'Sign In', ...aNav, 'Industry', 'Teaser video for the second season',
    "Sources: Starfold Courier anime's website, Comic Natalie", 'discuss this in the forum (38 posts)', 'back to News homepage', 'Share on Facebook',
    'Share on X', 'Share on Reddit', 'Top News', ...aTop, 'This week in anime', ...aWeek, 'advertisement', ...aFoot,
    'Copyright © 1998-2026 Anime News Network. All rights reserved.',
    'We value your privacy. We and our partners store and access information on a device, such as cookies.', 'AGREE', 'MORE OPTIONS',
  ],
};

const wTitle = 'Page 212: Low Tide';
const wTranscript = [
  'MOSS: The tide went out and took the whole road with it.',
  'PELL: Then we walk on the sea floor. It is only mud.',
  'MOSS: Mud with teeth, Pell. Look at the footprints.',
];
const wPost = [
  j(
    'Hi all! Chapter nine is finally underway, and Moss and Pell are about to find out what has been walking across the bay at night.',
    'This page took me almost three days because of the wet-sand texture in the last panel, but I think it was worth it.',
  ),
  j(
    'Some housekeeping: I will be at Harbourline Comic Fair on the 14th and 15th of next month, table B12, with the new print of',
    "chapter eight and a small run of enamel pins of Pell's lantern. If you come by, say hi and tell me which sea monster you think",
    'it is. I have heard some great guesses in the comments already.',
  ),
  j(
    'Because of the fair there will be only one update that week, on the Monday. Normal Monday and Thursday updates come back the',
    'week after. Supporters on the tip jar page can already read the next four pages.',
  ),
  'Thank you for reading, and keep your boots dry.',
];
const wNav = ['Home', 'Archive', 'About', 'Cast', 'Store', 'Support the comic'];
const wComicNav = ['First', 'Previous', 'Random', 'Next', 'Latest'];
const wSide = ['Chapter 9: The Bay', 'Chapter 8: Salt Roads', 'Chapter 7: Lantern Keepers'];
const wLinks = ['Tidewrack Tales', 'The Quiet Lighthouse', 'Kelpie & Co.'];
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} – Mudlarks</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<meta property="og:image" content="https://mudlarkscomic.example/wp-content/uploads/2026/03/mudlarks-212.png">
<link rel="stylesheet" id="comiceasel-style-css" href="https://mudlarkscomic.example/wp-content/plugins/comic-easel/css/comiceasel.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${wTitle}"},{"@type":"Person",
"name":"Tamsin Rook"}]}</script>
</head><body class="comic-template-default single single-comic postid-2412 story-chapter-9-the-bay layout-2cr">
<div id="page-wrap"><div id="page"><header id="header"><div class="header-info"><div id="blogtitle"><a href="https://mudlarkscomic.example/">Mudlarks</a></div>
<div class="description">A webcomic about two kids, one lantern and a very strange bay</div></div>
<div id="menubar-wrapper"><div class="menu-container"><div class="menu"><ul id="menu-main" class="menu">${links(wNav, 'menu-item')}</ul></div></div></div>
</header>
<div id="content-wrapper"><div id="comic-wrap" class="comic-id-2412"><div id="comic-head"></div><div class="comic-table"><div id="comic">
<a href="https://mudlarkscomic.example/comic/page-213/" alt="${wTitle}" title="${wTitle}">
<img src="https://mudlarkscomic.example/wp-content/uploads/2026/03/mudlarks-212.png"
alt="Moss and Pell stand at the edge of a drained bay, huge footprints leading into the mud" title="${wTitle}"></a></div></div>
<div id="comic-foot"><table id="comic-nav-wrapper"><tr class="comic-nav-container"><td class="comic-nav">
${wComicNav.map((t) => `<a href="/comic/${t.toLowerCase()}" class="navi navi-${t.toLowerCase()}" title="${t}">${t}</a>`).join('')}</td></tr></table></div></div>
<div id="subcontent-wrapper"><div id="content-column"><div id="content" class="narrowcolumn">
<article class="post-2412 comic type-comic status-publish has-post-thumbnail hentry uentry postonpage-1 odd post-author-tamsin">
<div class="post-content"><div class="post-info"><h1 class="post-title entry-title">${wTitle}</h1>
<div class="post-text"><span class="post-author">by <a href="/author/tamsin" rel="author">Tamsin Rook</a></span> <span class="posted-on">on&nbsp;</span><span
class="post-date">March 19, 2026</span> <span class="posted-at">at&nbsp;</span><span class="post-time">6:00 am</span></div></div>
<div class="clear"></div><div class="entry">
<div class="comic-transcript"><a class="transcript-toggle" href="#">Transcript</a><div class="transcript-text" style="display:none">${ps(wTranscript)}</div>
</div>
${ps(wPost)}
</div><div class="post-extras"><div class="post-tags">Tags: <a href="/tag/cryptids" rel="tag">cryptids</a>, <a href="/tag/mudflats" rel="tag">mudflats</a></div>
<div class="comic-post-info"><div class="comic-chapter">Chapter: <a href="/chapter/chapter-9-the-bay" rel="tag">Chapter 9: The Bay</a></div></div></div></div>
</article>
<div class="comment-wrapper"><div id="comments"><h3 id="comments">47 Comments</h3><p class="comments-closed-note">Comments are loaded from Disqus.</p>
<div id="disqus_thread"></div></div></div></div></div>
<div id="sidebar-right-of-comic" class="sidebar"><div class="widget widget_ceo_comic_archive_dropdown"><h2 class="widget-title">Chapters</h2>
<ul>${links(wSide, 'cat-item')}</ul></div><div class="widget widget_text"><h2 class="widget-title">Support Mudlarks</h2>
<div class="textwidget"><p>Read pages early and get sketches every month on the tip jar page.</p></div></div>
<div class="widget widget_links"><h2 class="widget-title">Friends of the bay</h2><ul>${links(wLinks)}</ul></div></div></div></div>
<footer id="footer"><p class="copyright-info">©2019-2026 Tamsin Rook · Powered by WordPress with ComicPress</p></footer></div></div>
<script>var disqus_config=function(){this.page.identifier="2412 https://mudlarkscomic.example/?post_type=comic&amp;p=2412";};</script></body></html>`;
const webcomic: TestPage = {
  name: 'heldout302-comic-easel-webcomic-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wTranscript, ...wPost]),
  bylines: ['Tamsin Rook', 'March 19, 2026', '6:00 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mudlarks', 'A webcomic about two kids, one lantern and a very strange bay', ...wNav, ...wComicNav, 'Transcript', 'Tags:', 'cryptids', 'mudflats',
    'Chapter:', '47 Comments', 'Comments are loaded from Disqus.', 'Chapters', ...wSide, 'Support Mudlarks',
    'Read pages early and get sketches every month on the tip jar page.', 'Friends of the bay', ...wLinks,
    '©2019-2026 Tamsin Rook · Powered by WordPress with ComicPress',
  ],
};

export const HELDOUT302_C: readonly TestPage[] = [ann, webcomic];
