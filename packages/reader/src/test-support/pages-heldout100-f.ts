import { links, type TestPage, texts } from './page-kit.js';
import { stackExchangeQuestion } from './pages-heldout100-f2.js';

/**
 * Held-out batch 100, file f: an old.reddit.com self-post thread (the subreddit bar with "my subreddits" and the popular
 * list, the header with tabs and "Want to join? Log in or sign up in seconds.", the side bar with search, login form,
 * "Submit a new text post", subscribe button, reader counts, the subreddit's description, rules and moderators, the post
 * with score, flair, domain, tagline and the buttons row, "all 38 comments" with "sorted by", six nested comments with
 * points, times and the buttons, and the footer) and, from file f2, a Stack Exchange question.
 */
const rdTitle = 'Is it worth replacing the original single-glazed sash windows in a 1905 terrace, or should I restore them?';
const rdSelf = [
  'We bought a 1905 mid-terrace last spring and all eight windows are the original single-glazed timber sashes. Two are rotten ' +
    'at the bottom rail, the rest are draughty but sound. We have had two quotes: about £14,000 to replace everything with ' +
    'uPVC double-glazed sashes, or about £9,500 to have a joiner restore them, fit draught-proofing and secondary glazing on the ' +
    'two bedrooms.',
  'Heating bills last winter were painful. Which would you do, and why? Anyone who has done either, I would love to hear how ' + 'it went a few years on.',
];
const rdComments = [
  {
    user: 'brickandlime',
    pts: '212 points',
    ago: '6 hours ago',
    depth: 1,
    text: [
      'Restore. Properly draught-proofed sashes lose far less heat than people expect, because most of the loss is through the ' +
        'gaps, not the glass. Our joiner did ours for about the same price per window as your quote and the house is a different place.',
      'Also, 120-year-old timber is better than almost anything you can buy now. Once it is repaired, it will outlast the uPVC.',
    ],
  },
  {
    user: 'Tall_Radiator_88',
    pts: '64 points',
    ago: '5 hours ago',
    depth: 2,
    text: ['Seconding this. We did restoration plus secondary glazing in 2019 and the bills dropped by about a quarter.'],
  },
  {
    user: 'northernplumb',
    pts: '41 points',
    ago: '5 hours ago',
    depth: 1,
    text: [
      'Check whether you are in a conservation area before you get too far. Ours would not allow uPVC at the front, so the decision ' + 'was made for us.',
    ],
  },
  {
    user: 'OP_house_1905',
    pts: '18 points',
    ago: '4 hours ago',
    depth: 2,
    text: ['Good shout, I had not checked. Looked it up and we are not, but the street next to us is.'],
  },
  {
    user: 'quietfenland',
    pts: '9 points',
    ago: '2 hours ago',
    depth: 1,
    text: [
      'Counterpoint: we replaced ours with good timber double-glazed units rather than uPVC. Expensive, but the street still looks ' +
        'right and we never think about the windows. Might be worth a third quote.',
    ],
  },
  {
    user: 'damp_proof_dan',
    pts: '6 points',
    ago: '1 hour ago',
    depth: 1,
    text: [
      'Whatever you choose, fix the two rotten bottom rails first and look at why they rotted. Usually it is a blocked drip groove or ' +
        'failed putty letting water sit on the sill. New windows will rot the same way if the water has nowhere to go.',
      'And ask the joiner for references you can actually go and look at. A good sash restorer is booked months ahead for a reason.',
    ],
  },
];
const rdSrBar = ['Popular', 'All', 'Random', 'Users', 'AskReddit', 'pics', 'news', 'worldnews', 'funny', 'gaming', 'todayilearned', 'movies'];
const rdSide = [
  'Submit a new link',
  'Submit a new text post',
  'HomeImprovementUK',
  'subscribe',
  'unsubscribe',
  '84,211 readers',
  '312 users here now',
  'A place to ask questions and share advice about improving your home in the United Kingdom.',
  'Rules',
  'Be civil. No personal attacks.',
  'No advertising or self-promotion.',
  'Use the search before posting common questions.',
  'created by',
  'a community for 11 years',
  'MODERATORS',
  'message the mods',
  'about moderation team »',
];
const rdMods = ['sashandcase', 'UKDIYmod', 'AutoModerator'];
const rdLogin = ['username', 'password', 'remember me', 'reset password', 'login'];
const rdButtons = ['permalink', 'embed', 'save', 'parent', 'report', 'reply'];
const rdFoot = [
  'about',
  'blog',
  'advertising',
  'careers',
  'help',
  'site rules',
  'Reddit help center',
  'reddiquette',
  'mod guidelines',
  'contact us',
  'apps & tools',
  'Reddit for iPhone',
  'Reddit for Android',
  'mobile website',
  'reddit premium',
];
const rdLegal = 'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.';
const rdTm = 'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.';
type RdComment = (typeof rdComments)[number];
const rdComment = (c: RdComment, i: number, child: string): string => `<div class=" thing id-t1_mx${i}k comment noncollapsed" id="thing_t1_mx${i}k"
data-fullname="t1_mx${i}k" data-type="comment" data-subreddit="HomeImprovementUK" data-author="${c.user}"
data-permalink="/r/HomeImprovementUK/comments/1ox7h2q/x/mx${i}k/">
<p class="parent"><a name="mx${i}k"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required"
data-event-action="upvote" role="button"
aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button"
aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a>
<a href="https://old.reddit.com/user/${c.user}" class="author may-blank id-t2_${i}">${c.user}</a>${
  c.user === 'OP_house_1905' ? '<a href="#" ' + 'class="submitter" title="submitter">[S]</a>' : ''
}
<span class="userattrs"></span> <span class="score dislikes" title="${parseInt(c.pts, 10) - 1}">${parseInt(c.pts, 10) - 1} points</span><span
class="score unvoted"
title="${parseInt(c.pts, 10)}">${c.pts}</span><span class="score likes" title="${parseInt(c.pts, 10) + 1}">${parseInt(c.pts, 10) + 1} points</span>
<time title="Wed Nov 12 ${8 + i}:14:02 2025 UTC" datetime="2025-11-12T0${i}:14:02+00:00" class="live-timestamp">${c.ago}</time>&nbsp;<a href="#"
class="numchildren">(${child ? 1 : 0} child${child ? '' : 'ren'})</a></p>
<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_mx${i}k"><input type="hidden"
name="thing_id" value="t1_mx${i}k">
<div class="usertext-body may-blank-within md-container "><div class="md">${c.text.map((t) => `<p>${t}</p>`).join('\n')}</div></div></form>
<ul class="flat-list buttons">${rdButtons.map((b, j) => `<li${j === 0 ? ' class="first"' : ''}><a href="#" class="bylink">${b}</a></li>`).join('')}</ul></div>
<div class="child">${child}</div><div class="clearleft"></div></div>`;
const rdTree = `${rdComment(rdComments[0]!, 0, `<div class="sitetable listing">${rdComment(rdComments[1]!, 1, '')}</div>`)}
${rdComment(rdComments[2]!, 2, `<div class="sitetable listing">${rdComment(rdComments[3]!, 3, '')}</div>`)}
${rdComment(rdComments[4]!, 4, '')}
${rdComment(rdComments[5]!, 5, '')}`;
const rdHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>Is it worth replacing the original single-glazed sash windows in a 1905 terrace, or should I restore them? : HomeImprovementUK</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="${rdSelf[0]?.slice(0, 120)}">
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><link rel="canonical"
href="https://www.reddit.com/r/HomeImprovementUK/comments/1ox7h2q/">
<meta property="og:title" content="${rdTitle}"><link rel="stylesheet" href="//www.redditstatic.example/reddit.v9oFRzPBoCg.css" media="all">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "HomeImprovementUK", "logged": false, "cur_link":
"t3_1ox7h2q"})</script></head>
<body class="listing-page comments-page loggedout"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="sr-list"><ul class="flat-list sr-bar hover">${links(rdSrBar)}</ul></div><a href="https://old.reddit.com/subreddits/"
id="sr-more-link">edit »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname">
<a href="https://old.reddit.com/r/HomeImprovementUK/">HomeImprovementUK</a></span><ul class="tabmenu "><li class="selected"><a href="#"
class="choice">comments</a></li>
<li><a href="#" class="choice">other discussions (2)</a></li></ul></div><div id="header-bottom-right"><span class="user">Want to join?
<a href="https://old.reddit.com/login" class="login-required login-link">Log in</a> or <a href="https://old.reddit.com/register">sign up</a> in seconds.</span>
<span class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/HomeImprovementUK/search" id="search" role="search"><input type="text"
name="q" placeholder="search"
tabindex="20"></form></div><div class="spacer"><form method="post" id="login_login-main" action="https://old.reddit.com/post/login" class="login-form
login-form-side">
<input name="user" placeholder="${rdLogin[0]}" type="text"><input name="passwd" placeholder="${rdLogin[1]}" type="password"><div id="remember-me">
<input type="checkbox" name="rem" id="rem-login-main"><label for="rem-login-main">${rdLogin[2]}</label><a class="recover-password"
href="/password">${rdLogin[3]}</a></div>
<div class="submit"><button class="btn" type="submit">${rdLogin[4]}</button></div></form></div>
<div class="spacer"><div class="sidebox submit submit-link"><div class="morelink"><a href="/submit" class="login-required">${rdSide[0]}</a></div></div></div>
<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="/submit?selftext=true"
class="login-required">${rdSide[1]}</a></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/HomeImprovementUK/" class="hover">${rdSide[2]}</a></h1><span
class="fancy-toggle-button subscribe-button toggle"
><a class="option active add login-required" href="#">${rdSide[3]}</a><a class="option remove" href="#">${rdSide[4]}</a></span><span
class="subscribers"><span class="number">${rdSide[5]}</span></span>
<p class="users-online"><span class="number">${rdSide[6]}</span></p><div class="usertext-body"><div class="md"><p>${rdSide[7]}</p><h3>${rdSide[8]}</h3><ol>
<li>${rdSide[9]}</li><li>${rdSide[10]}</li><li>${rdSide[11]}</li></ol></div></div><div class="bottom">${rdSide[12]} <a
href="/user/sashandcase">sashandcase</a><span class="age">${rdSide[13]}</span></div>
</div></div><div class="spacer"><div class="sidecontentbox "><a class="helplink"
href="/message/compose?to=%2Fr%2FHomeImprovementUK">${rdSide[15]}</a><div class="title"><h1>${rdSide[14]}</h1></div>
<ul class="content">${rdMods.map((m) => `<li><a href="/user/${m}" class="author">${m}</a></li>`).join('')}<li class="more"><a
href="/about/moderators">${rdSide[16]}</a></li></ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1ox7h2q odd link
self" data-fullname="t3_1ox7h2q"
data-author="OP_house_1905" data-subreddit="HomeImprovementUK" data-domain="self.HomeImprovementUK" data-num-comments="38" data-score="486"><div
class="midcol unvoted">
<div class="arrow up login-required" aria-label="upvote" role="button"></div><div class="score dislikes" title="485">485</div><div class="score
unvoted" title="486">486</div>
<div class="score likes" title="487">487</div><div class="arrow down login-required" aria-label="downvote" role="button"></div></div><div class="entry
unvoted"><div class="top-matter">
<p class="title"><a class="title may-blank " data-event-action="title" href="/r/HomeImprovementUK/comments/1ox7h2q/" tabindex="1">${rdTitle}</a>
<span class="linkflairlabel " title="Windows and Doors">Windows and Doors</span> <span class="domain">(<a
href="/r/HomeImprovementUK/">self.HomeImprovementUK</a>)</span></p>
<p class="tagline ">submitted <time title="Wed Nov 12 02:41:19 2025 UTC" datetime="2025-11-12T02:41:19+00:00" class="live-timestamp">7 hours ago</time> by
<a href="https://old.reddit.com/user/OP_house_1905" class="author may-blank">OP_house_1905</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink comments may-blank">38 comments</a></li><li class="share"><a
class="post-sharing-button" href="#">share</a></li>
<li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form class="state-button hide-button"><span><a
href="#">hide</a></span></form></li>
<li class="report-button login-required"><a href="#" class="reportbtn access-required">report</a></li><li class="crosspost-button"><a
class="post-crosspost-button" href="#">crosspost</a></li></ul>
</div><div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_1ox7h2q"><div class="usertext-body may-blank-within
md-container "><div class="md">
${rdSelf.map((t) => `<p>${t}</p>`).join('\n')}</div></div></form></div></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 38 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span>
<div class="dropdown lightdrop"><span class="selected">best</span></div></div></div><div class="sitetable nestedlisting" id="siteTable_t3_1ox7h2q">
${rdTree}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><ul class="flat-vert hover">${links(rdFoot)}<li><a href="/premium">&lt;3</a></li></ul></div><p
class="bottommenu">${rdLegal}
${rdTm}</p></div><script type="text/javascript" src="//www.redditstatic.example/reddit-init.en.3Fjq5V1Rmt8.js"></script></body></html>`;
const oldRedditThread: TestPage = {
  html: rdHtml,
  name: 'heldout100-oldreddit-thread-forum',
  kind: 'forum',
  // the self-post and every comment are body; usernames and "N hours ago" times are bylines; scores (the visible "unvoted"
  // one and the hidden like/dislike copies), flair, buttons, the side bar and the footer are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdSelf, ...rdComments.flatMap((c) => c.text)]),
  bylines: [
    'OP_house_1905',
    '7 hours ago',
    ...rdComments.filter((c) => c.user !== 'OP_house_1905').map((c) => c.user),
    '6 hours ago',
    '5 hours ago',
    '4 hours ago',
    '2 hours ago',
    '1 hour ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', ...rdSrBar, 'edit »', 'reddit.com', 'comments', 'other discussions (2)', 'Want to join? Log in or sign up in ' +
  'seconds.', 'English',
    ...rdLogin.slice(2), ...rdSide.filter((t) => t !== 'HomeImprovementUK'), 'HomeImprovementUK', ...rdMods, 'Windows and ' +
  'Doors', 'self.HomeImprovementUK', '38 comments',
    'share', 'save', 'hide', 'report', 'crosspost', 'all 38 comments', 'sorted ' +
  'by:', 'best', ...rdComments.map((c) => c.pts), 'permalink', 'embed', 'parent', 'reply',
    ...rdFoot, '<3', rdLegal, rdTm,
  ],
};

export const HELDOUT100_F: readonly TestPage[] = [oldRedditThread, stackExchangeQuestion];
