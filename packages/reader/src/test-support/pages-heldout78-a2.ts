import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 78, file a2: a Daily Mail (MailOnline) story: the channel nav and sub-nav, the headline with its bullet-point
 * summary, "By ... FOR MAILONLINE", "Published:/Updated:" stamps, the top share bar with share and comment counts, image
 * captions, the "RELATED ARTICLES" carousel with "Previous"/"Next" and "Share this article", a factbox, the "Share or comment
 * on this article:" box, the reader comments block with its notices and sort tabs, "MOST READ NEWS", ad labels and the footer.
 */
const dmTitle = 'Retired teacher, 68, who took up metal detecting to stay active finds 600-year-old gold ring in a ploughed field';
const dmBullets = [
  'Gordon Pettifer found the ring on only his third outing with a detector he was given for his birthday',
  'Experts believe it was made around 1420 and it is engraved with a lover’s motto in old French',
  'It has been reported to the coroner under treasure rules and a museum has already expressed interest',
];
const dmP1 = [
  'A retired geography teacher who took up metal detecting to keep himself active has unearthed a 600-year-old gold ring in a ploughed ' +
    'field – on only his third trip out with his new machine.',
  'Gordon Pettifer, 68, was sweeping a strip of farmland near the village of Ashby Wendle when his detector gave what he described as ' +
    '‘a lovely clean signal’ just a few inches below the surface.',
  'Expecting another ring-pull or shotgun cartridge, he dug down with a trowel and found a small, heavy band glinting among the clods.',
  '‘I honestly thought it was a brass curtain ring,’ Mr Pettifer said. ‘Then I rubbed the mud off with my thumb and saw the writing on ' +
    'the inside, and my legs went to jelly. I had to sit down on the tractor ruts for a minute.’',
];
const dmCaption1 = 'Gordon Pettifer, 68, with the detector his family gave him for his birthday in the spring';
const dmP2 = [
  'The ring, which weighs just under five grams, is engraved on the inside with the words ‘tout mon cuer’ – ‘all my heart’ – a motto ' +
    'often given between sweethearts in the late Middle Ages.',
  'Finds liaison officer Dr Ruth Okonjo, who examined it, said the style of the lettering and a small flower pattern on the outside ' +
    'pointed to a date in the first half of the 15th century.',
  '‘It is a beautiful and very personal object,’ she said. ‘Someone wore this every day, and losing it in a field must have been a ' +
    'heartbreak. Rings like this turn up only a handful of times a year across the whole country.’',
];
const dmCaption2 = 'The inscription inside the band reads ‘tout mon cuer’, meaning ‘all my heart’';
const dmRelated = [
  'Detectorist who found Roman coin hoard in a molehill says he ‘couldn’t believe his eyes’',
  'Farmer ploughing his field uncovers medieval sword that lay hidden for 700 years',
  'Schoolboy, 10, finds Bronze Age axe head on his very first day out with a detector',
];
const dmP3 = [
  'Because it is more than 300 years old and made mostly of gold, the ring counts as treasure under the law and must be reported to the ' +
    'local coroner within 14 days of its discovery, which Mr Pettifer did the same week.',
  'If a museum wants to acquire it, an independent committee will set a value, and the reward is usually split between the finder and ' +
    'the landowner. Similar rings have been valued at between £20,000 and £40,000 in recent years.',
];
const dmBoxH = 'WHAT COUNTS AS TREASURE?';
const dmBox = [
  'Any object other than a coin that is at least 300 years old and contains at least 10 per cent gold or silver',
  'Groups of two or more prehistoric metal objects found together',
  'Coins found together that are at least 300 years old',
  'Finders must report treasure to the coroner within 14 days',
];
const dmP4 = [
  'The farmer who owns the land, Alan Crouch, said he was delighted for his new friend and would be happy to see the ring go on display ' +
    'in the county museum.',
  '‘Gordon asked permission very politely and filled in every hole he dug, which is more than you can say for some,’ he said. ‘If the ' +
    'museum gets it, the whole village can go and see it.’',
  'Mr Pettifer, who taught at the same secondary school for 31 years, said he had already been back to the field twice and found ' +
    'nothing more exciting than a Victorian button.',
  '‘My wife says I’ve peaked too early,’ he laughed. ‘But I’ll keep going out whatever the weather. It gets me walking, and you ' +
    'never know what is under your feet.’',
];
const dmNav = ['Home', 'News', 'Royals', 'U.S.', 'Sport', 'TV', 'Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel', 'Podcasts', 'Shopping'];
const dmSubNav = ['Latest Headlines', 'Crime', 'Politics', 'World News', 'Weather', 'Most read'];
const dmMostRead = [
  'Pensioner’s fury as council orders her to remove garden gnomes from verge',
  'Motorway closed for hours after lorry spills 30,000 eggs',
  'Seaside café owner reveals the cheeky sign that doubled his takings',
];
const dmCommentNotices = [
  'The comments below have not been moderated.',
  'The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.',
  'By posting your comment you agree to our house rules.',
];
const dmComments = [
  { user: 'Keith_in_Kent', where: 'Maidstone, United Kingdom', when: '2 hours ago', text: 'Good for him. Hope the farmer shares fairly.' },
  { user: 'DetectorDave', where: 'Leeds, United Kingdom', when: '3 hours ago', text: 'Thirty years I’ve been out and never found gold. Beginners luck!' },
];
const dmFoot = ['Contact us', 'How to complain', 'Leadership Team', 'Advertise with us', 'Contributors', 'Work with Us', 'Terms', 'Privacy policy & cookies'];
const mp = (a: readonly string[]): string => a.map((p) => `<p class="mol-para-with-font">${p}</p>`).join('\n');
const dmImg = (cap: string, n: number): string => `<div class="artSplitter mol-img-group"><div class="mol-img"><div class="image-wrap">
<img id="i-${n}a9f3" src="https://i.dailymail.co.uk/1s/2025/11/03/14/ring-${n}.jpg" height="470" width="634" alt="${cap.replace(/’|‘/g, '')}"
class="blkBorder img-share b-loaded"></div></div><p class="imageCaption mol-style-medium">${cap}</p></div>`;
const dmShare = (title: string): string => `<div class="article-icon-links-container">${title ? `<h3 class="social-share-title">${title}</h3>` : ''}
<ul class="social-links social-share-bar"><li class="share-facebook"><a href="#" data-social-provider="facebook"><span>Share</span></a></li>
<li class="share-twitter"><a href="#" data-social-provider="twitter"></a></li><li class="share-email"><a href="#"></a></li>
<li class="comments-count"><a href="#comments"><span class="count-number">27</span> <span class="count-text">comments</span></a></li></ul>
<div class="share-count"><span class="count-number">143</span> <span class="count-text">shares</span></div></div>`;
const dmAd = '<div class="mpu_puff_wrapper"><div class="mol-ads-label-container"><span class="mol-ads-label">Advertisement</span></div></div>';
const dmHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Retired teacher finds 600-year-old gold ring in ploughed field | Daily Mail Online</title>
<meta name="description" content="Gordon Pettifer, 68, found the ring on only his third outing with a metal detector.">
<meta property="og:title" content="Retired teacher, 68, finds 600-year-old gold ring"><meta property="og:site_name" content="Mail Online">
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://www.dailymail.co.uk/news/article-15234871/gold-ring.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Retired teacher finds 600-year-old gold ring",
"author":[{"@type":"Person","name":"Helen Straker"}],"datePublished":"2025-11-03T14:22:01+0000","dateModified":"2025-11-03T16:10:44+0000"}</script>
<script>var PageCriteria = window.PageCriteria || {}; PageCriteria.articleId = 15234871; PageCriteria.channel = "news";</script>
<link rel="stylesheet" href="https://scripts.dailymail.co.uk/static/mol-fe/static/mol-fe-sync-bundle/4.12.0/desktop.css"></head>
<body class="channel-news mol-desktop"><div id="top"></div>
<div class="page-header puff"><div class="masthead"><a href="/home/index.html" title="Daily Mail Online" class="logo">Daily Mail Online</a></div>
<div class="nav-primary cleared bdrgr3"><ul class="nav-primary cleared">${links(dmNav, 'nav-item')}</ul></div>
<div class="nav-secondary-container"><ul class="nav-secondary">${links(dmSubNav)}</ul>
<a href="/registration/login.html" class="js-login login">Login</a></div></div>
<div id="page-container" class="page-container"><div id="content" class="content cleared">
<div class="column-content cleared"><div class="alpha">
<div id="js-article-text" class="article-text wide  heading-tag-switch">
<h1>${dmTitle}</h1>
<ul class="mol-bullets-with-font">${dmBullets.map((b) => `<li class="class-V5J8eWqq"><strong>${b}</strong></li>`).join('\n')}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&amp;authornamef=Helen+Straker" class="author" rel="nofollow">HELEN
STRAKER</a> FOR MAILONLINE</p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2025-11-03T14:22:01+0000">14:22 GMT, 3 November 2025</time></span> | <span class="article-timestamp article-timestamp-updated">
<span class="article-timestamp-label">Updated:</span> <time datetime="2025-11-03T16:10:44+0000">16:10 GMT, 3 November 2025</time></span></p>
${dmShare('')}
<div itemprop="articleBody">
${mp(dmP1)}
${dmImg(dmCaption1, 1)}
${dmAd}
${mp(dmP2)}
${dmImg(dmCaption2, 2)}
<div class="related-carousel"><h3>RELATED ARTICLES</h3><div class="rotator-panels"><ul>${links(dmRelated, 'related-item')}</ul></div>
<div class="rotator-pages"><a href="#" class="prev"><span>Previous</span></a> <span class="rotator-pages-item">1</span>
<a href="#" class="next"><span>Next</span></a></div>
<div class="share-container"><h3 class="social-share-title">Share this article</h3><div class="share-count">Share</div></div></div>
${mp(dmP3)}
<div class="mol-factbox news" data-version="2"><h3 class="mol-factbox-title">${dmBoxH}</h3>
<ul class="mol-factbox-list">${dmBox.map((b) => `<li class="mol-para-with-font">${b}</li>`).join('\n')}</ul></div>
${mp(dmP4)}
</div>
${dmShare('Share or comment on this article: ')}
<div id="reader-comments" class="reader-comments"><h3 class="heading">Comments <span class="count">27</span></h3>
<p class="share-what">Share what you think</p>
<ul class="tabs">${links(['Newest', 'Oldest', 'Best rated', 'Worst rated'], 'tab')}</ul><p class="tabs-view-all"><a href="#">View all</a></p>
<div class="rc-notices">${dmCommentNotices.map((n) => `<p>${n}</p>`).join('\n')}</div>
<ol class="comments">${dmComments
  .map(
    (c) => `<li class="comment"><p class="user-info"><a href="#" class="js-usr">${c.user}</a>, <span class="user-location">${c.where}</span>,
<span class="comment-time">${c.when}</span></p><p class="comment-body">${c.text}</p>
<p class="rating"><span class="rating-button-up">Click to rate</span></p></li>`,
  )
  .join('\n')}</ol>
<p class="add-comment"><a href="#" class="js-comment">Add your comment</a></p></div>
</div></div>
<div class="beta"><div class="femail item"><h3 class="mostread-title">MOST READ NEWS</h3><ul>${links(dmMostRead)}</ul></div>${dmAd}</div>
</div></div></div>
<div id="footer" class="footer"><ul class="footer-links">${links(dmFoot)}</ul>
<p>Published by Associated Newspapers Ltd</p><p>Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group</p></div>
<script src="https://scripts.dailymail.co.uk/static/mol-fe/static/mol-fe-async-bundle/4.12.0/desktop.js" async></script></body></html>`;
export const dailyMailStory: TestPage = {
  html: dmHtml,
  name: 'heldout78-daily-mail-news',
  kind: 'news',
  // the bullet-point summary under the headline is body (list items of the story); the factbox is the story's own: its title is a
  // heading and its items body; "By HELEN STRAKER FOR MAILONLINE" and the two stamps are bylines; captions, the related carousel,
  // share boxes and counts, reader comments with their names and notices, rails and footer are furniture
  title: dmTitle,
  headings: [dmBoxH],
  body: [...dmBullets, ...dmP1, ...dmP2, ...dmP3, ...dmBox, ...dmP4],
  bylines: ['By HELEN STRAKER FOR MAILONLINE', 'Published: 14:22 GMT, 3 November 2025', 'Updated: 16:10 GMT, 3 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Mail Online', ...dmNav, ...dmSubNav, 'Login', 'Share', '27 comments', '143 shares', dmCaption1, dmCaption2, 'Advertisement',
    'RELATED ARTICLES', ...dmRelated, 'Previous', 'Next', 'Share this article', 'Share or comment on this article:', 'Comments 27',
    'Share what you think', 'Newest', 'Oldest', 'Best rated', 'Worst rated', 'View all', ...dmCommentNotices,
    ...dmComments.flatMap((c) => [c.user, c.where, c.when, c.text]), 'Click to rate', 'Add your comment', 'MOST READ NEWS', ...dmMostRead,
    ...dmFoot, 'Published by Associated Newspapers Ltd', 'Part of the Daily Mail, The Mail on Sunday & Metro Media Group',
  ],
};
