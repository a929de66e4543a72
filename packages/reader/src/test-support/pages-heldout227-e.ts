import { links, ps, type TestPage, texts } from './page-kit.js';
import { climbingBlog } from './pages-heldout227-e2.js';

/**
 * Held-out batch 227, file e: a fantasy football advice article on a WordPress fantasy site (the deadline countdown bar,
 * the header nav with "Members" and "Log in", the category and "by ... on ..." meta with the comment count, a members-only
 * promo box at the top of the post content, the h2 sections with player lists and a fixture table, "Tags", the author box,
 * the native WordPress comments with "Reply" links and the comment form, the sidebar with a poll and "Most read", and the
 * footer) and, from file e2, a climbing gym's route-setting blog post.
 */
const ffTitle = 'Gameweek 9 tips: captain picks, transfers and differentials';
const ffP = [
  'Gameweek 9 is the last one before the international break, and with three of the top six at home against sides in the ' +
    'bottom half, it is a good week to make sure your best attackers are in your team rather than on your bench.',
  'Here is who we are backing for the armband, the transfers we would make with a single free transfer, and two cheaper ' +
    'players owned by fewer than five per cent of managers who could give you a lift in the rankings.',
];
const ffPromo = ['Members: our Rate My Team tool and full Gameweek 9 projections are now live.', 'Not a member yet? Join from £2.49 a month.'];
const ffH1 = 'Captain picks';
const ffP2 = [
  'Our first choice is Marco Belotti (Ashford Rovers, £12.1m), at home to Whitcombe, who have conceded 19 goals in eight ' +
    'matches. Belotti has scored in five of his six home games and takes every penalty. He is the safe pick and the one most ' +
    'managers will make.',
  'If you want to go against the crowd, Kwame Asante (Harrowgate City, £10.4m) has three goals and four assists in his last ' +
    'four, and Harrowgate host a Ferndale side missing both of their first-choice centre-backs.',
];
const ffH2 = 'Transfers in';
const ffIn = [
  'Kwame Asante (Harrowgate City, £10.4m): in the form of his life, and Harrowgate’s next four fixtures are all favourable.',
  'Luis Torrado (Eastbridge, £6.8m): nailed on at left-back, averaging 2.1 shots a game from set pieces.',
  'Sam Oduya (Millbrook, £5.4m): a budget forward who starts every week and is on penalties.',
];
const ffH3 = 'Transfers out';
const ffOut = [
  'Jordan Pike (Ferndale, £8.0m): Ferndale face three of the top four in their next four matches.',
  'Nils Aaberg (Whitcombe, £5.0m): rotated in two of the last three games after the new manager arrived.',
];
const ffH4 = 'Differentials';
const ffP3 = [
  'Theo Marsh (Eastbridge, £5.9m) is owned by 3.1 per cent of managers and has had more touches in the opposition box than any ' +
    'midfielder under £6m since gameweek 5. Eastbridge play Millbrook and Whitcombe in the next three weeks.',
  'In goal, Pavel Hrdina (Millbrook, £4.5m) has made the most saves of any goalkeeper this season and gets a save point every ' +
    'three stops. At 1.8 per cent ownership, a clean sheet against Ferndale would be a big gain for very little outlay.',
  'We will publish our final team news update on Friday evening after the press conferences. Good luck for the weekend.',
];
const ffDeadline = ['Gameweek 9 deadline', 'Sat 25 Oct, 11:00'];
const ffNav = ['Latest', 'Team News', 'Price Changes', 'Stats', 'Podcast', 'Members'];
const ffTags = ['Captaincy', 'Differentials', 'Gameweek 9', 'Transfers'];
const ffBio =
  'Rob has played fantasy football since 2009 and finished inside the top 5,000 three times. He writes the weekly tips column ' + 'and co-hosts the podcast.';
const ffComments = [
  { name: 'DeadlineDave', when: 'October 22, 2025 at 9:14 pm', text: 'Asante over Belotti for me. Everyone has Belotti, need to gain rank somewhere.' },
  { name: 'Lou_FPL', when: 'October 22, 2025 at 10:02 pm', text: 'Hrdina is a great shout. Already have Oduya, might double up on Millbrook.' },
  { name: 'GreenArrows94', when: 'October 23, 2025 at 7:40 am', text: 'Is Torrado fit? Saw he trained alone on Tuesday.' },
];
const ffForm = ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Post Comment'];
const ffPoll = ['Poll', 'Who is your Gameweek 9 captain?', 'Belotti', 'Asante', 'Other', 'Vote'] as const;
const ffMost = ['Price changes: Torrado rises again', 'Team news: Pike a doubt for Ferndale', 'Podcast: is it time to wildcard?'];
const ffFoot = ['About', 'Write for us', 'Advertise', 'Privacy Policy', 'Contact'];
const ffHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ffTitle} - Fantasy Dugout</title>
<meta property="og:type" content="article"><meta property="og:title" content="${ffTitle}"><meta property="article:published_time"
content="2025-10-22T18:00:00+00:00">
<link rel="canonical" href="https://www.fantasydugout.example/2025/10/22/gameweek-9-tips/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${ffTitle}","datePublished":"2025-10-22T18:00:00+00:00",
"author":{"@type":"Person","name":"Rob Kenning"},"commentCount":214}</script>
<link rel="stylesheet" id="dugout-style-css" href="https://www.fantasydugout.example/wp-content/themes/dugout/style.css?ver=5.1" media="all">
<script src="https://www.fantasydugout.example/wp-content/themes/dugout/js/deadline.js?ver=5.1" id="dugout-deadline-js"></script></head>
<body class="post-template-default single single-post postid-51203 single-format-standard">
<div class="deadline-bar"><span class="deadline-bar__label">${ffDeadline[0]}</span> <span class="deadline-bar__time">${ffDeadline[1]}</span>
<span class="deadline-bar__countdown" data-deadline="2025-10-25T10:00:00Z"></span></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Fantasy Dugout</a></p>
<p class="site-description">Fantasy football tips, stats and team news</p></div><nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu" class="menu">${links(ffNav, 'menu-item')}</ul>
</nav><a class="login-link" href="/wp-login.php">Log in</a></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-51203" class="post-51203 post type-post status-publish format-standard has-post-thumbnail category-tips">
<header class="entry-header"><span class="cat-links"><a href="/category/tips/" rel="category tag">Tips</a></span><h1 class="entry-title">${ffTitle}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/rob/">Rob Kenning</a></span></span>
<span class="posted-on">on <time class="entry-date published" datetime="2025-10-22T18:00:00+00:00">October 22, 2025</time></span>
<span class="comments-link"><a href="#comments">214 Comments</a></span></div></header>
<div class="entry-content">
<div class="members-promo"><p><strong>${ffPromo[0]}</strong></p><p>${ffPromo[1]} <a href="/members/join/">Sign up</a></p></div>
${ps(ffP)}
<h2>${ffH1}</h2>
${ps(ffP2)}
<h2>${ffH2}</h2>
<ul>${ffIn.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${ffH3}</h2>
<ul>${ffOut.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${ffH4}</h2>
${ps(ffP3)}
</div>
<footer class="entry-footer"><span class="tags-links">Tags: ${ffTags.map((t) => `<a href="/tag/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-box"><img alt="" src="https://secure.gravatar.example/avatar/9f1?s=96" class="avatar"><h4 class="author-box__name">About Rob Kenning</h4>
<p class="author-box__bio">${ffBio}</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">214 thoughts on “${ffTitle}”</h2><ol class="comment-list">
${ffComments
  .map(
    (c, i) => `<li id="comment-${i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${i}">
<time datetime="2025-10-22">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol><div class="nav-links"><a href="/comment-page-2/#comments">Older Comments</a></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${ffForm[0]}</h3><form id="commentform" class="comment-form">
<p class="comment-notes">${ffForm[1]}</p><p class="comment-form-comment"><label for="comment">${ffForm[2]}</label><textarea id="comment"></textarea></p>
<p class="comment-form-author"><label for="author">${ffForm[3]}</label><input id="author"></p><p class="comment-form-email"><label
for="email">${ffForm[4]}</label>
<input id="email"></p><p class="form-submit"><input type="submit" class="submit" value="Post Comment"><span class="screen-reader-text">${ffForm[5]}</span></p>
</form></div></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_poll"><h2 class="widget-title">${ffPoll[0]}</h2><p>${ffPoll[1]}</p><ul>
${ffPoll
  .slice(2, 5)
  .map((t) => `<li><label><input type="radio" name="poll"> ${t}</label></li>`)
  .join('')}</ul><button>${ffPoll[5]}</button></section>
<section class="widget widget_most_read"><h2 class="widget-title">Most read</h2><ul>${links(ffMost)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(ffFoot)}</ul><div class="site-info">© 2025 Fantasy Dugout.
Not affiliated with any football league or club.</div></footer></body></html>`;
const fantasy: TestPage = {
  html: ffHtml,
  name: 'heldout227-fantasy-football-advice-blog',
  kind: 'blog',
  // the members promo at the top of the post content, tags, the author box, the comments (a blog's reader comments) and
  // the comment form are furniture; the poll's player names and the "Tips" category (words of short gold lines) are left out
  title: ffTitle,
  headings: [ffH1, ffH2, ffH3, ffH4],
  body: [...texts(ffP), ...texts(ffP2), ...ffIn, ...ffOut, ...texts(ffP3)],
  bylines: ['by Rob Kenning', 'October 22, 2025', ...ffComments.flatMap((c) => [c.name, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ffDeadline, 'Fantasy Dugout', 'Fantasy football tips, stats and team news', 'Menu', ...ffNav, 'Log in', '214 Comments', ...ffPromo, 'Sign up',
    'Tags:', 'Captaincy', 'About Rob Kenning', ffBio, `214 thoughts on “${ffTitle}”`, 'says:', ...ffComments.map((c) => c.text), 'Reply', 'Older Comments',
    ...ffForm, ffPoll[0], ffPoll[1], ffPoll[4], ffPoll[5], 'Most read', ...ffMost, ...ffFoot, '© 2025 Fantasy Dugout.',
    'Not affiliated with any football league or club.',
  ],
};

export const HELDOUT227_E: readonly TestPage[] = [fantasy, climbingBlog];
