import { links, type TestPage, texts } from './page-kit.js';
import { smhStory } from './pages-heldout116-d2.js';

/**
 * Held-out batch 116, file d: a Daily Mail Online story on the MailOnline template (the top and section navs, the h1 over
 * the bold summary bullets, the upper-case "By" line, the Published / Updated timestamps, the share bar with share and
 * comment counts, "Scroll down for video" at the top of the text, the video embed with its title, "artSplitter" images
 * with bold captions, the "RELATED ARTICLES" carousel inside the article, "Share or comment on this article:", the reader
 * comments with their moderation notices and sort links, the "MOST READ NEWS" rail and the footer) and, from file d2, a
 * Sydney Morning Herald story.
 */
const dmTitle = 'Villagers save their 400-year-old pub from being turned into flats after 600 locals chip in £500 each to buy it';
const dmBullets = [
  'The Plough at Upper Wickham closed in 2023 after its owners put it up for sale',
  'Developers wanted to convert the Grade II-listed building into four homes',
  'Now a community group has raised £310,000 and reopened it with volunteer staff',
];
const dmP1 = [
  'Villagers have saved their 400-year-old pub from being turned into flats after more than 600 people chipped in to buy ' + 'it themselves.',
  'The Plough in Upper Wickham, Oxfordshire, shut its doors in the spring of 2023 when its owners, a regional pub company, ' +
    'put it on the market for £450,000.',
  'A developer had applied for permission to convert the thatched, Grade II-listed building into four homes, prompting ' +
    'fury among residents who said the village would lose its last meeting place.',
];
const dmP2 = [
  'Instead, a community group formed by regulars sold shares at £500 each, raising £310,000 from 612 investors. A grant ' +
    'and a loan from a rural business fund covered the rest.',
  'The pub reopened on Saturday with a queue stretching down the lane and a brass band playing in the garden.',
  'Retired teacher Margaret Hollins, 71, who chairs the group, said: ‘People told us we were mad. A village of 900 people ' +
    'buying a pub? But everyone here has a story about the Plough, and nobody wanted to see it become somebody’s kitchen.’',
  'Investors include a former landlord, several farmers and a couple who held their wedding reception in the back room in ' + '1968.',
  'Some shareholders live as far away as Canada and Australia, having grown up in the village.',
];
const dmP3 = [
  'The building dates from around 1620 and still has its original inglenook fireplace and oak beams.',
  'Volunteers spent four months repainting the bar, rewiring the kitchen and clearing a garden that had become overgrown ' + 'while the pub stood empty.',
  'A paid manager has been hired, but much of the work behind the bar will be done by a rota of around 40 volunteers.',
  'The group plans to open a small shop selling bread, milk and newspapers in one of the outbuildings, after the village ' + 'shop closed in 2019.',
  'Local councillor Derek Amos, who has lived in the village for more than 30 years, said: ‘This is what community spirit looks ' +
    'like. When the pub closed, the village lost its heart. They have put it back.’',
  'According to industry figures, around 400 pubs closed in England and Wales last year, but the number of community-owned ' +
    'pubs has risen to more than 200.',
];
const dmNav = ['Home', 'News', 'Royals', 'U.S.', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const dmSub = ['Latest Headlines', 'Royal Family News', 'King Charles', 'Prince Harry', 'World News', 'Headlines'];
const dmVideo = 'Brass band plays as villagers queue to get into reopened pub';
const [dmCap1, dmCap2] = [
  'The Plough in Upper Wickham, Oxfordshire, reopened on Saturday after villagers bought it for £310,000',
  'Margaret Hollins, 71, who chairs the community group, pulls the first pint behind the newly painted bar',
];
const dmRelated = ['Britain’s oldest pub calls last orders after 900 years', 'Pubs closing at rate of seven a week as costs soar'];
const dmComments = [
  { user: 'CotswoldLad', where: 'Oxford, United Kingdom', ago: '2 hours ago', text: 'Brilliant. More villages should do this before it is too late.' },
  { user: 'Jen_from_Leeds', where: 'Leeds, United Kingdom', ago: '3 hours ago', text: 'Our local went the same way. Now it is flats and nobody talks.' },
];
const dmCommentText = [
  'Share what you think',
  'The comments below have not been moderated.',
  'The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.',
  'By posting your comment you agree to our house rules.',
];
const dmMost = [
  'Heatwave warning as temperatures set to soar to 30C',
  'Mother reveals the £2 trick that gets her children to sleep',
  'Supermarket recalls popular snack over fears it contains glass',
  'Pensioner, 84, finishes her 100th marathon',
];
const dmFoot = [
  'Contact us',
  'How to complain',
  'Leadership Team',
  'Advertise with us',
  'Contributors',
  'Work with Us',
  'Terms',
  'Subscription Terms & Conditions',
  'Privacy policy & cookies',
  'Cookie Settings',
];
const dmP = (a: readonly string[]): string => a.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n');
const dmImg = (cap: string, n: number): string => `<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img id="i-${n}a9c" src="https://i.dailymail.example/1s/2025/03/03/08/9501${n}-0-image-a-12_1741000.jpg" height="423" width="634" alt="${cap}"
class="blkBorder img-share" loading="lazy"></div></div><p class="imageCaption mol-ss">${cap}</p></div>`;
const dmAd = (n: number): string => `<div class="mpu_puff_wrapper" id="ad-${n}"><div class="adHolder"><span class="ad-label">Advertisement</span></div></div>`;
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Villagers save 400-year-old pub from being turned into flats | Daily Mail Online</title>
<meta name="description" content="The Plough at Upper Wickham closed in 2023. Now a community group has reopened it.">
<meta property="og:title" content="${dmTitle}"><meta property="og:site_name" content="Mail Online"><meta name="author" content="Harriet Wells">
<meta property="article:published_time" content="2025-03-03T08:12:33+0000">
<link rel="canonical" href="https://www.dailymail.co.uk/news/article-14456123/Villagers-save-400-year-old-pub-Plough-Upper-Wickham.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dmTitle}","author":[{"@type":"Person",
"name":"Harriet Wells"}],"datePublished":"2025-03-03T08:12:33+0000","dateModified":"2025-03-03T10:31:07+0000",
"publisher":{"@type":"Organization","name":"Mail Online"}}</script>
<script>var PageCriteria = PageCriteria || {};PageCriteria.articleId=14456123;PageCriteria.channel="news";</script>
<script src="https://scripts.dailymail.example/static/mol-fe/static/mol-fe-sync-bundle/7.12.0/scripts/sync-bundle.js"></script></head>
<body id="mol" class="mol-desktop mol-news"><div class="page-banner"><div class="masthead"><a href="/home/index.html" class="logo">
<img src="/i/furniture/logo.png" alt="Daily Mail Online"></a><a class="login" href="/registration/login.html">Login</a></div>
<nav class="nav-primary cleared"><ul>${links(dmNav, 'nav-item')}</ul></nav><nav class="nav-secondary"><ul>${links(dmSub)}</ul></nav></div>
<div id="page-container" class="page-container"><div id="content" class="page-content cleared"><div class="alpha">
<div id="js-article-text" class="article-text wide heading-tag-switch"><h1>${dmTitle}</h1>
<ul class="mol-bullets-with-font">${dmBullets.map((t) => `<li class="class-ZMnHn4p8jHAi7ApZkApIlQ"><strong>${t}</strong></li>`).join('')}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&amp;authornamef=Harriet+Wells" class="author" rel="nofollow">HARRIET WELLS</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2025-03-03T08:12:33+0000">08:12 GMT, 3 March 2025</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2025-03-03T10:31:07+0000">10:31 GMT, 3 March 2025</time></span></p>
<div class="social share-links" data-track-module="am-social_share-links^social"><ul><li class="email"><a href="#">e-mail</a></li>
<li class="facebook"><a href="#" class="share-facebook">Share</a></li></ul><div class="share-count"><span class="count-number">84</span> shares</div>
<a class="comments-count" href="#comments"><span class="count-number">37</span> View comments</a></div>
<div itemprop="articleBody">
<p class="mol-para-with-font mol-style-bold"><strong>Scroll down for video</strong></p>
${dmP(dmP1)}
${dmImg(dmCap1, 1)}
${dmP(dmP2)}
<div class="related-carousel" data-track-module="am-related_carousel"><h3>RELATED ARTICLES</h3><ul>${links(dmRelated)}</ul>
<div class="carousel-nav"><a class="prev">Previous</a><span class="page">1</span><a class="next">Next</a></div>
<div class="share-article"><span>Share this article</span><a href="#">Share</a></div></div>
${dmAd(1)}
${dmImg(dmCap2, 2)}
${dmP(dmP3)}
<div class="mol-video" data-track-module="am-video"><div class="vjs-video-container"><video preload="none"></video></div>
<span class="video-title">${dmVideo}</span><span class="ad-label">Advertisement</span></div>
</div>
<div class="article-icon-links-container"><p class="share-title">Share or comment on this article:</p><ul><li><a href="#">e-mail</a></li></ul></div>
<div id="reader-comments" class="reader-comments"><h3 class="rc-title">Comments <span class="count-number">37</span></h3>
${dmCommentText.map((t) => `<p class="rc-note">${t}</p>`).join('\n')}
<div class="rc-sort"><a href="#">Newest</a><a href="#">Oldest</a><a href="#">Best rated</a><a href="#">Worst rated</a></div>
<ul class="rc-list">${dmComments
  .map(
    (c) => `<li class="comment"><p class="user-info"><a href="#" class="js-usr">${c.user}</a>, <span>${c.where}</span>, <span>${c.ago}</span></p>
<p class="comment-body comment-text">${c.text}</p><div class="rating"><a class="reply">Reply</a><span>Click to rate</span></div></li>`,
  )
  .join('\n')}</ul><a class="rc-all" href="#">View all</a></div></div></div>
<div class="beta"><div class="femail item"><h3>MOST READ NEWS</h3><ul>${links(dmMost, 'puff')}</ul></div>${dmAd(2)}</div></div></div>
<footer class="page-footer"><a class="back-to-top" href="#top">Back to top</a><ul>${links(dmFoot)}</ul>
<p>Published by Associated Newspapers Ltd</p><p>Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p></footer>
</body></html>`;
const dailyMail: TestPage = {
  html: dmHtml,
  name: 'heldout116-dailymail-news',
  kind: 'news',
  // the bold summary bullets under the h1 are the dek: body; "Scroll down for video", image captions, the related carousel
  // and the video title inside the article are furniture; reader comments are furniture
  title: dmTitle,
  headings: [],
  body: [...dmBullets, ...texts(dmP1), ...texts(dmP2), ...texts(dmP3)],
  bylines: ['By HARRIET WELLS', 'Published: 08:12 GMT, 3 March 2025', 'Updated: 10:31 GMT, 3 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', ...dmNav, ...dmSub, 'e-mail', 'Share', '84 shares', '37 View comments', 'Scroll down for video', dmCap1, dmCap2, 'RELATED ARTICLES',
    ...dmRelated, 'Previous', 'Next', 'Share this article', 'Advertisement', dmVideo, 'Share or comment on this article:', 'Comments 37',
    ...dmCommentText, 'Newest', 'Oldest', 'Best rated', 'Worst rated', ...dmComments.flatMap((c) => [c.user, c.where, c.ago, c.text]), 'Reply',
    'Click to rate', 'View all', 'MOST READ NEWS', ...dmMost, 'Back to top', ...dmFoot, 'Published by Associated Newspapers Ltd',
    'Part of the Daily Mail, The Mail on Sunday & Metro Media Group',
  ],
};

export const HELDOUT116_D: readonly TestPage[] = [dailyMail, smhStory];
