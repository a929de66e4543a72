import { links, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';
import { tumblr } from './pages-heldout325-f2.js';

/**
 * Held-out batch 325, file f: a tabloid's reality-TV recap on a MailOnline-style template (channel nav, headline bullets,
 * author and published / updated lines, share bar with counts, images with captions, "RELATED ARTICLES" puff, a video
 * placeholder, the "Share or comment" bar, reader comments, the "MOST READ" and "DON'T MISS" right column and the footer)
 * and, from file f2, a humour blogger's post on a Tumblr theme.
 */
const mTitle = 'Villa Vows star storms out of dinner as bombshell arrival sends couples into meltdown';
const mBullets = [
  'Newcomer Sienna Crowe arrived at the villa during a candlelit couples’ dinner',
  'Islander Jake Merriman stormed off after she said she had ‘come for him’',
  'Viewers called it the most chaotic episode of the series so far',
];
const mBody = [
  j(
    'Tuesday night’s episode of Villa Vows descended into chaos when a surprise arrival crashed a candlelit couples’ dinner,',
    'leaving one islander storming off and two couples questioning everything.',
  ),
  j(
    'Bombshell Sienna Crowe, 26, a dental nurse from Leeds, strode onto the terrace in a sequinned gold dress just as host',
    'Nadia Fenn announced that the couples would be sharing “one secret each” over dessert.',
  ),
  j(
    'Before the first secret could be revealed, Sienna declared she had “come for Jake”, prompting Jake Merriman, 28, to',
    'put down his fork, stare at his partner Amber Lowe and walk off towards the pool without a word.',
  ),
  j(
    '“I genuinely don’t know what is going on,” Amber told the Beach Hut afterwards. “Ten minutes ago we were talking about',
    'meeting each other’s parents. Now he’s sulking by the jacuzzi and she’s eating his tiramisu.”',
  ),
  j(
    'The drama did not stop there. Sienna also revealed she had previously been on a date with Marcus Obi, 27, who has been',
    'coupled up with Priya Desai since the first week. Marcus insisted it was “one coffee, two years ago, and she left early”.',
  ),
  j(
    'Priya was unimpressed. “One coffee is still a date, Marcus,” she said, to gasps from the rest of the table, before',
    'asking Sienna whether the coffee had at least been any good.',
  ),
  j(
    'Later in the episode, Jake returned to the fire pit to apologise to Amber, telling her he had “panicked” because he',
    'had never been “claimed” on national television before. Amber accepted the apology but told him he was “on a warning”.',
  ),
  j(
    'Fans at home were delighted with the chaos. One viewer wrote on X: “Best episode of the series, no contest. Sienna has',
    'been in there eight minutes and already ended two relationships.” Another added: “Priya asking if the coffee was good',
    'is the funniest thing I have seen all year.”',
  ),
  j(
    'Sienna now has 48 hours to choose which islander she wants to couple up with, with a recoupling expected on Friday’s',
    'episode. Villa Vows continues tomorrow at 9pm on Channel Six and the Six Play app.',
  ),
];
const mNav = ['Home', 'News', 'Royals', 'U.S.', 'Sport', 'TV&Showbiz', 'Femail', 'Health', 'Science', 'Money', 'Travel'];
const mSub = ['Showbiz Home', 'TV', 'Music', 'Celebrity Galleries', 'Reality TV'];
const mRelated = ['Villa Vows couple CONFIRM split just days after leaving show', 'Host Nadia Fenn reveals the one rule islanders always break'];
const mMost = ['TV presenter’s bold outfit sparks debate', 'Soap legend reveals secret wedding', 'Singer confirms surprise pregnancy in sweet post'];
const mComments: [string, string][] = [
  ['Telly Addict, Bristol, United Kingdom', 'The coffee line from Priya was television gold. Give her the prize money now.'],
  ['jen_in_york, York, United Kingdom', 'Jake walking off mid-dessert is the most dramatic thing a man has done over tiramisu.'],
];
const mFoot = ['Back to top', 'Home', 'News', 'U.S.', 'Sport', 'TV&Showbiz', 'Femail', 'Terms', 'Privacy policy & cookies', 'Advertise with us'];
const cap = (t: string): string => `<div class="artSplitter mol-img-group"><div class="mol-img"><img src="https://i.dailymail.example/1s/2026/03/04/img.jpg"
alt="" class="blkBorder img-share"></div><p class="imageCaption">${t}</p></div>`;
const mp = (t: string): string => `<p class="mol-para-with-font">${t}</p>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Villa Vows star storms out of dinner as bombshell arrival sends couples into meltdown | Daily Post
Online</title>
<meta name="description" content="Tuesday night's episode of Villa Vows descended into chaos."><meta property="og:type" content="article">
<meta name="author" content="Keeley Pratt"><meta property="article:section" content="tvshowbiz">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: mTitle,
  author: [{ '@type': 'Person', name: 'Keeley Pratt' }],
  datePublished: '2026-03-04T10:14:00+0000',
  dateModified: '2026-03-04T12:40:00+0000',
})}
<script>var PageCriteria = window.PageCriteria || {}; PageCriteria.articleId = 15590122; PageCriteria.channel = "tvshowbiz";</script>
<link rel="stylesheet" href="https://scripts.dailymail.example/static/mol-fe/static/mol-fe-article/4.29.0/styles.css"></head>
<body class="tvshowbiz mol-desktop"><div class="page-banner"><div class="masthead"><a href="/home/index.html" class="logo">Daily Post Online</a>
<ul class="nav-primary cleared bdrgr3 cnr5">${links(mNav)}</ul><ul class="nav-secondary">${links(mSub)}</ul></div></div>
<div id="content" class="page-content"><div class="alpha"><div id="js-article-text" class="article-text wide heading-tag-switch">
<h1>${mTitle}</h1>
<ul class="mol-bullets-with-font">${mBullets.map((b) => `<li class="class"><strong>${b}</strong></li>`).join('\n')}</ul>
<p class="author-section byline-plain">By <a href="/home/search.html?s=&authornamef=Keeley+Pratt" class="author" rel="nofollow">KEELEY PRATT FOR
MAILONLINE</a></p>
<p class="byline-section"><span class="article-timestamp article-timestamp-published"><span class="article-timestamp-label">Published:</span>
<time datetime="2026-03-04T10:14:00+0000">10:14 GMT, 4 March 2026</time></span> | <span class="article-timestamp article-timestamp-updated"><span
class="article-timestamp-label">Updated:</span> <time datetime="2026-03-04T12:40:00+0000">12:40 GMT, 4 March 2026</time></span></p>
<div class="social-share-top"><ul class="social-links">${links(['Share', 'Facebook', 'X', 'Flipboard', 'Email'])}</ul><div class="share-count"><span
class="count-number">312</span> <span class="count-text">shares</span></div><a class="comments-count" href="#comments">84 View comments</a></div>
<div itemprop="articleBody">
${mBody.slice(0, 2).map(mp).join('\n')}
${cap('Drama: Sienna Crowe arrived at the villa during the couples’ dinner on Tuesday night')}
${mBody.slice(2, 4).map(mp).join('\n')}
<div class="related-carousel"><h3>RELATED ARTICLES</h3><ul>${links(mRelated)}</ul><div class="carousel-nav">Previous 1 Next</div>
<div class="share-article">Share this article</div></div>
${mBody.slice(4, 6).map(mp).join('\n')}
${cap('Unimpressed: Priya Desai questioned Marcus Obi about the date')}
<div class="vjs-video-container"><span class="vjs-title">Villa Vows: Sienna makes her entrance</span><span class="vjs-duration">01:12</span></div>
${mBody.slice(6).map(mp).join('\n')}
</div>
<div class="social-share-bottom"><h3 class="share-title">Share or comment on this article:</h3><p class="share-headline">${mTitle}</p>
<span class="count-number">312</span> <span class="count-text">shares</span></div>
<div id="comments" class="reader-comments"><h3>Comments 84</h3><p class="comments-intro">Share what you think</p><div class="rc-tabs">${links([
  'Newest',
  'Oldest',
  'Best rated',
  'Worst rated',
])}</div>${mComments
  .map(
    ([
      who,
      text,
    ]) => `<div class="comment"><p class="user-info"><a class="user">${who}</a>, <span class="time">2 hours ago</span></p><p class="comment-body">${text}</p>
<div class="rating-button-up">Click to rate</div></div>`,
  )
  .join('\n')}<a class="view-all" href="#">View all</a></div></div>
<div class="beta"><div class="puff mostread"><h3>MOST READ</h3><ul>${links(mMost)}</ul></div><div class="puff dont-miss"><h3>DON'T MISS</h3><ul>${links([
  'The best spring coats under £100 - shop the edit',
])}</ul><span class="sponsored">Sponsored</span></div><div class="adHolder"><span>Advertisement</span></div></div></div></div>
<div class="footer"><ul>${links(mFoot)}</ul><p>Published by Associated Newspapers Example Ltd. Part of the Daily Post, The Sunday Post &amp; Metro Media
Group</p></div>
<script src="https://scripts.dailymail.example/static/mol-fe/static/mol-fe-article/4.29.0/scripts.js"></script></body></html>`;
const dmail: TestPage = {
  name: 'heldout325-mailonline-reality-recap-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mBullets, ...mBody]),
  bylines: ['By KEELEY PRATT FOR MAILONLINE', 'Published: 10:14 GMT, 4 March 2026', 'Updated: 12:40 GMT, 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Daily Post Online', ...mNav, ...mSub.filter((t) => t.length > 2), 'Share', 'Facebook', 'Flipboard', 'Email', '312', 'shares', '84 View comments',
    'Drama: Sienna Crowe arrived at the villa during the couples’ dinner on Tuesday night', 'RELATED ARTICLES', ...mRelated, 'Previous 1 Next',
    'Share this article', 'Unimpressed: Priya Desai questioned Marcus Obi about the date', 'Villa Vows: Sienna makes her entrance', '01:12',
    'Share or comment on this article:', 'Comments 84', 'Share what you think', 'Newest', 'Oldest', 'Best rated', 'Worst rated', ...mComments.flat(),
    '2 hours ago', 'Click to rate', 'View all', 'MOST READ', ...mMost, "DON'T MISS", 'The best spring coats under £100 - shop the edit', 'Sponsored',
    'Advertisement', 'Back to top', 'Terms', 'Privacy policy & cookies', 'Advertise with us',
    'Published by Associated Newspapers Example Ltd. Part of the Daily Post, The Sunday Post & Metro Media Group',
  ],
};

export const HELDOUT325_F: readonly TestPage[] = [dmail, tumblr];
