import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';
import { lemmyThread } from './pages-heldout272-d2.js';

/**
 * Held-out batch 272, file d: an old.reddit thread (the sr-header-area bar of subreddits, header with tabs and "login or
 * sign up", the siteTable link with its score, domain, tagline and flat-list buttons, the usertext body, the comment area
 * with "sort by" menu and nested comments with tagline (author, points, time) and their buttons, the side bar with the
 * search form, subscribe button, sidebar text and "ad" box, and the footer) and, from file d2, a Lemmy thread.
 */
const oTitle = 'Is it worth re-tinning an old copper pan myself, or should I send it out?';
const oPost = [
  j(
    'I picked up a heavy copper saute pan at a house clearance for very little money. The tin lining is worn through in a patch',
    'about the size of a coin in the middle, and the rest is dull but intact. The pan is otherwise in great shape, with a riveted',
    'iron handle and no dents.',
  ),
  j(
    'The only re-tinning service I can find nearby quotes more than I paid for the pan, plus postage both ways. I have seen videos',
    'of people doing it at home with a blowtorch, a bar of pure tin and a rag. Has anyone here done it, and how did it go?',
  ),
];
const oC1 = [
  j(
    'Did two pans last year. It is very doable, but the cleaning takes far longer than the tinning. Every trace of the old lining',
    'and any oxide has to go, otherwise the new tin beads up and will not wet the copper.',
  ),
  j(
    'Work outside, use flux made for food-safe tinning, and keep the heat even: the whole pan has to be just above the melting',
    'point of tin, not one hot spot under the torch.',
  ),
];
const oC2 = [
  j(
    'Counterpoint: my first attempt came out lumpy and I ended up paying the professional anyway, and they charged extra to strip',
    'my mess. If the pan is a good one, the fee is money well spent.',
  ),
];
const oC3 = [j('Lumpy is usually a sign the pan cooled while you were wiping. A second person turning the pan over the flame makes a huge', 'difference.')];
const oC3b = [
  j(
    'Also worth knowing: the bar of tin should be marked as pure, with no lead and no antimony. Plumbing solder is cheaper and',
    'looks the same on the shelf, but it has no place inside a cooking pan.',
  ),
];
const oC4 = [
  j(
    'Whatever you decide, do not cook anything acidic in it until the bare patch is covered. Tomato sauce on exposed copper is',
    'the classic way to ruin both the pan and the dinner.',
  ),
];
const oBar = ['popular', 'random', 'users', 'AskReddit', 'worldnews', 'pics', 'castiron', 'cookware'];
const oFoot = ['blog', 'advertising', 'careers', 'help', 'site rules', 'Reddit help center', 'reddiquette', 'mobile', 'Reddit for iPhone'];
const buttons = (n: string): string => `<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink" rel="nofollow">permalink</a></li>
<li><a href="#" class="embed-comment">embed</a></li><li><a href="javascript:void(0)">save</a></li><li><a href="javascript:void(0)">report</a></li>
<li class="reply-button"><a href="javascript:void(0)" class="access-required">reply</a></li></ul><!-- ${n} -->`;
const cm = (id: string, author: string, points: string, time: string, body: string, child = ''): string => `<div class=" thing id-t1_${id} noncollapsed
comment" id="thing_t1_${id}" data-author="${author}" data-type="comment"><p class="parent"><a name="${id}"></a></p><div class="midcol unvoted">
<div class="arrow up login-required access-required" role="button" aria-label="upvote"></div><div class="arrow down login-required" role="button"
aria-label="downvote"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a>
<a href="https://old.reddit.com/user/${author}" class="author may-blank id-t2_${id}">${author}</a><span class="userattrs"></span>
<span class="score unvoted" title="${points}">${points} points</span> <time title="Sun Mar 1 10:12:03 2026 UTC" datetime="2026-03-01T10:12:03+00:00"
class="live-timestamp">${time}</time>&#32;<a href="javascript:void(0)" class="numchildren">(${child === '' ? 0 : 1} child${child === '' ? 'ren' : ''})</a></p>
<form action="#" class="usertext warn-on-unload" id="form-t1_${id}"><div class="usertext-body may-blank-within md-container "><div class="md">${body}</div>
</div></form>${buttons(id)}</div><div class="child">${child === '' ? '' : `<div class="sitetable listing">${child}</div>`}</div><div class="clearleft">
</div></div>`;
const oHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>${oTitle} : r/copperware</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="I picked up a heavy copper saute pan at a
house clearance for very little money."><meta property="og:site_name" content="reddit"><link rel="canonical"
href="https://www.reddit.com/r/copperware/comments/1j7k2dd/is_it_worth_retinning/"><link rel="stylesheet" href="//www.redditstatic.example/reddit.css">
<script type="text/javascript" id="config">r.setup({"ajax_domain":"old.reddit.com","post_site":"copperware","user_id":false,"logged":false});</script></head>
<body class="listing-page comments-page single-page loggedin-false"><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop">
<span class="selected title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover">${links(oBar)}</ul></div>
<a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><a href="/" id="header-img" class="default-header"
title="">reddit.com</a><span class="hover pagename redditname"><a href="/r/copperware/">copperware</a></span>
<ul class="tabmenu "><li class="selected"><a href="#" class="choice">comments</a></li><li><a href="#" class="choice">other discussions (2)</a></li></ul>
<div id="header-bottom-right"><span class="user">Want to join? <a href="#" class="login-required">Log in or sign up</a> in seconds.</span><span
class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/copperware/search" id="search" role="search"><input type="text"
name="q" placeholder="search" tabindex="20"></form></div><div class="spacer"><div class="sidecontentbox"><h1 class="hover redditname"><a
href="/r/copperware/">copperware</a></h1><span class="fancy-toggle-button subscribe-button toggle"><a class="option active add login-required"
href="#">join</a></span><span class="subscribers"><span class="number">48,210</span> <span class="word">readers</span></span>
<div class="usertext-body"><div class="md"><p>For people who cook with, collect and restore copper cookware.</p></div></div></div></div>
<div class="spacer"><div id="ad_main" class="ad-container"><span class="sponsored-tagline">advertisement</span></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1j7k2dd linkflair
self link" id="thing_t3_1j7k2dd" data-author="saucier_mo" data-subreddit="copperware" data-type="link"><div class="midcol unvoted"><div class="score
unvoted" title="642">642</div></div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " href="#"
tabindex="1">${oTitle}</a> <span class="linkflairlabel " title="Restoration">Restoration</span>
<span class="domain">(<a href="/r/copperware/">self.copperware</a>)</span></p>
<p class="tagline ">submitted <time title="Sat Feb 28 21:03:44 2026 UTC" datetime="2026-02-28T21:03:44+00:00" class="live-timestamp">1 day ago</time> by
<a href="https://old.reddit.com/user/saucier_mo" class="author may-blank">saucier_mo</a></p></div>
<div class="expando"><form action="#" class="usertext"><div class="usertext-body may-blank-within md-container "><div class="md">
${ps(oPost)}
</div></div></form></div><ul class="flat-list buttons"><li class="first"><a href="#" class="bylink comments may-blank">37 comments</a></li>
<li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li><a href="#">save</a></li><li><a href="#">hide</a></li>
<li><a href="#" class="reportbtn access-required">report</a></li></ul></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">top 200 comments</span> <a href="#" class="title-button">show all 37</a></div>
<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by:</span> <div class="dropdown lightdrop"><span
class="selected">best</span></div></div></div><div class="sitetable nestedlisting" id="siteTable_t3_1j7k2dd">
${cm('m9a1b2c', 'tinsmith_ros', '318 points', '1 day ago', ps(oC1), cm('m9a7e8f', 'pewter_pilgrim', '74 points', '22 hours ago', ps([...oC3, ...oC3b])))}
${cm('m9a3d4e', 'larder_owl', '151 points', '23 hours ago', ps(oC2))}
${cm('m9a9f0g', 'brasica_jo', '96 points', '20 hours ago', ps(oC4))}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover">${links(oFoot)}</ul></div></div><p class="bottommenu">Use of this
site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.</p></div></body></html>`;
const oldReddit: TestPage = {
  name: 'heldout272-old-reddit-forum',
  kind: 'forum',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([...oPost, ...oC1, ...oC3, ...oC3b, ...oC2, ...oC4]),
  bylines: [
    'submitted 1 day ago by saucier_mo',
    'tinsmith_ros',
    '318 points',
    'pewter_pilgrim',
    '74 points',
    '22 hours ago',
    'larder_owl',
    '151 points',
    '23 hours ago',
    'brasica_jo',
    '96 points',
    '20 hours ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'my subreddits', ...oBar, 'more »', 'jump to content', 'reddit.com', 'copperware', 'comments', 'other discussions (2)',
    'Want to join? Log in or sign up in seconds.', 'English', 'join', '48,210', 'readers', 'For people who cook with, collect and restore copper cookware.',
    'advertisement', '642', 'Restoration', 'self.copperware', '37 comments', 'share', 'save', 'hide', 'report', 'permalink', 'embed', 'reply',
    '(0 children)', '(1 child)', '[–]', 'top 200 comments', 'show all 37', 'sorted by:', 'best', ...oFoot,
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.',
  ],
};

export const HELDOUT272_D: readonly TestPage[] = [oldReddit, lemmyThread];
