import { links, type TestPage, texts } from './page-kit.js';
import { lobstersStory } from './pages-heldout38-a2.js';
import { type RdComment, rdAuto, rdBot, rdComments } from './pages-heldout38-a3.js';

/**
 * Held-out batch 38, file a: an old Reddit (old.reddit.com) comments page of a self post, saved logged out (the
 * subreddit bar, "Want to join?" header, the self post with its vote arrows, tagline, edit star and buttons, the
 * comment tree with flair, a stickied AutoModerator comment, a deleted comment, "load more comments", the sidebar with
 * the login form, subreddit description, rules and moderators, the footer and the "Rendered by PID" line).
 */
const rdTitle = "Danube cycle path, Passau to Budapest on a 1991 steel tourer: what I'd change next time";
const rdPost = [
  'Got back on Sunday from eleven days on the Danube route, roughly 640 km from Passau to Budapest. The bike is a 1991 ' +
    'Carlton Tourmaster I picked up for 90 quid and rebuilt over the winter: new wheels, 8-speed bar-end shifters and a 30/46 ' +
    "double up front. Overall it was brilliant, but a few things surprised me and I'd plan them differently.",
  'The Austrian section is as easy as everyone says. Signs every few kilometres, cafes in every village, and the path is ' +
    'mostly tarmac. I averaged 72 km a day there without really trying.',
];
const rdList = [
  'Slovakia after Bratislava is fine but exposed. There is almost no shade on the dyke for about 40 km, so carry more water than you think you need.',
  'Hungary is where the route gets patchy. Between Győr and Komárom I ended up on a main road with lorries for an hour ' +
    'because the path was closed for works.',
  "Campsites in Hungary closed earlier than their websites said. Two of the four I'd marked had shut for the season on 15 September.",
];
const rdPost2 = [
  "Next time I'd take the train from Győr to Esztergom and skip the worst stretch entirely, and I'd book the last three nights " +
    'instead of winging it. Happy to answer questions about the bike or the route.',
  '<strong>Edit:</strong> a few people asked about luggage. Two rear panniers, a bar bag and nothing on the front. Total about 14 kg with camping kit.',
];
const utc = (age: string): string => String(19 - Number.parseInt(age, 10)).padStart(2, '0');
const kids = (n: number): string => (n === 1 ? '(1 child)' : `(${n} children)`);
const rdTagline = (c: RdComment): string =>
  `<p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a>${
    c.user === '[deleted]'
      ? '<em>[deleted]</em>'
      : `<a href="https://old.reddit.com/user/${c.user}" class="author may-blank${c.op ? ' submitter' : ''} id-t2_${c.id.slice(2)}">${c.user}</a>`
  }${c.flair ? `<span class="flair " title="${c.flair}">${c.flair}</span>` : ''}<span class="userattrs"></span> ${
    c.pts === '' ? '' : `<span class="score unvoted" title="${c.pts.split(' ')[0]}">${c.pts}</span> `
  }<time title="Sun Nov 9 ${utc(c.age)}:14:08 2025 UTC" datetime="2025-11-09T${utc(c.age)}:14:08+00:00" class="live-timestamp">${c.age}</time>${
    c.edited ? `<time class="edited-timestamp" title="${c.edited}" datetime="2025-11-09T12:40:51+00:00">*</time>` : ''
  }&#32;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">${kids(c.kids?.length ?? 0)}</a></p>`;
const rdButtons = (c: RdComment): string =>
  `<ul class="flat-list buttons"><li class="first"><a href="https://old.reddit.com/r/bicycletouring/comments/1ot8x2q/danube/${c.id}/" ` +
  'data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li><li class="comment-save-button save-button login-required">' +
  '<a href="javascript:void(0)">save</a></li><li><a href="javascript:void(0)" class="bylink" data-event-action="context">context</a></li>' +
  '<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li>' +
  '<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" onclick="return reply(this)">reply</a></li></ul>';
const rdComment = (c: RdComment): string =>
  `<div class=" thing id-t1_${c.id} noncollapsed comment ${c.user === '[deleted]' ? 'deleted ' : ''}" id="thing_t1_${c.id}" ` +
  `data-fullname="t1_${c.id}" data-type="comment" data-subreddit="bicycletouring" data-author="${c.user}"><p class="parent"><a name="${c.id}"></a></p>` +
  '<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div>' +
  `<div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div><div
class="entry unvoted">${rdTagline(c)}` +
  `<form action="#" class="usertext warn-on-unload" id="form-t1_${c.id}"><input type="hidden" name="thing_id" value="t1_${c.id}"/>` +
  `<div class="usertext-body may-blank-within md-container "><div class="md">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form>` +
  `${rdButtons(c)}<div class="reportform report-t1_${c.id}"></div></div><div class="child">${
    c.kids ? `<div id="siteTable_t1_${c.id}" class="sitetable listing">${c.kids.map(rdComment).join('\n')}</div>` : ''
  }</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const flat = (cs: RdComment[]): RdComment[] => cs.flatMap((c) => [c, ...flat(c.kids ?? [])]);
const rdSrBar = ['popular', 'all', 'random', 'users', 'AskReddit', 'pics', 'worldnews', 'funny', 'todayilearned', 'gaming', 'news', 'movies'];
const rdRules = ['1. Be kind to other riders', '2. Trip reports need a route and dates', '3. No affiliate links or sales posts', '4. Search the wiki first'];
const rdFootAbout = ['blog', 'about', 'advertising', 'careers'];
const rdFootHelp = ['site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us'];
const rdFootApps = ['Reddit for iPhone', 'Reddit for Android', 'mobile website'];
const rdHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>${rdTitle} : bicycletouring</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit ">
<meta name="description" content="Got back on Sunday from eleven days on the Danube route, roughly 640 km from Passau to Budapest.">
<meta property="og:title" content="${rdTitle}"><meta property="og:site_name" content="reddit">
<link rel="canonical" href="https://www.reddit.com/r/bicycletouring/comments/1ot8x2q/danube_cycle_path_passau_to_budapest_on_a_1991/">
<link rel="stylesheet" href="//www.redditstatic.com/reddit.wjFOfFDGJzA.css" type="text/css">
<style type="text/css">.side .titlebox .md h3{margin-top:8px} .flair{background:#eef;border:1px solid #ccd}</style>
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "bicycletouring", "logged": false,
"cur_domain": "reddit.com", "is_fake": false, "renderstyle": "html", "pageInfo": {"verification": "ae81f4"}});</script></head>
<body class="listing-page comments-page single-page" >
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="sr-list"><ul class="flat-list sr-bar hover">${links(rdSrBar.slice(0, 4), 'choice-item')}</ul><span class="separator">&nbsp;|&nbsp;</span>
<ul class="flat-list sr-bar hover" id="sr-bar">${links(rdSrBar.slice(4), 'choice-item')}</ul></div>
<a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname">
<a href="https://old.reddit.com/r/bicycletouring/">bicycletouring</a></span><ul class="tabmenu "><li class="selected"><a href="#"
class="choice">comments</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="https://old.reddit.com/login" class="login-required login-link">Log
in</a>&#32;or&#32;
<a class="login-required" href="https://old.reddit.com/register">sign up</a>&#32;in seconds.</span><span class="separator">|</span>
<ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/bicycletouring/search" id="search" role="search">
<input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"><div id="searchexpando" class="infobar">
<label><input type="checkbox" name="restrict_sr" tabindex="21"> limit my search to r/bicycletouring</label></div></form></div>
<div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span><time datetime="2025-11-09T06:02:17+00:00">09 Nov
2025</time></div>
<div class="score"><span class="number">212</span>&#32;<span class="word">points</span>&#32;(96% upvoted)</div>
<div class="shortlink">shortlink: <input type="text" value="https://redd.it/1ot8x2q" readonly="readonly" id="shortlink-text"></div></div></div>
<div class="spacer"><form method="post" id="login_login-main" action="https://old.reddit.com/post/login" class="login-form login-form-side">
<input type="hidden" name="op" value="login-main"><input name="user" placeholder="username" type="text" maxlength="20" tabindex="1">
<input name="passwd" placeholder="password" type="password" tabindex="1"><div id="remember-me"><input type="checkbox" name="rem" id="rem-login-main"
tabindex="1">
<label for="rem-login-main">remember me</label><a class="recover-password" href="/password">reset password</a></div>
<div class="submit"><span class="throbber"></span><button class="btn" type="submit" tabindex="1">login</button></div><div class="clear"></div></form></div>
<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="https://old.reddit.com/r/bicycletouring/submit?selftext=true"
class="login-required access-required" target="_top">Submit a new text post</a><div class="nub"></div></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/bicycletouring/" class="hover">bicycletouring</a></h1>
<span class="fancy-toggle-button subscribe-button toggle" style=""><a class="option active add login-required" href="#">join</a><a class="option remove"
href="#">leave</a></span>
<span class="subscribers"><span class="number">187,402</span>&#32;<span class="word">readers</span></span>
<p class="users-online"><span class="number">311</span>&#32;<span class="word">users here now</span></p>
<div class="usertext-body may-blank-within md-container "><div class="md"><p>A place for trip reports, route questions and gear advice for travelling by
bicycle.</p>
<h3>Rules</h3><ol>${rdRules.map((r) => `<li>${r.slice(3)}</li>`).join('')}</ol>
<p><a href="/r/bicycletouring/wiki/index">Wiki and FAQ</a> | <a href="/r/bicycletouring/wiki/routes">Route library</a></p></div></div>
<div class="bottom">created by<a href="https://old.reddit.com/user/pannier_pete" class="author may-blank">pannier_pete</a><span class="age">a community for&#32;
<time datetime="2010-03-14T18:21:09+00:00">15 years</time></span></div></div></div>
<div class="spacer"><div class="sidecontentbox "><a class="helplink" href="/message/compose?to=%2Fr%2Fbicycletouring">message the mods</a><div
class="title"><h1>MODERATORS</h1></div>
<ul class="content"><li><a href="https://old.reddit.com/user/pannier_pete" class="author may-blank">pannier_pete</a></li>
<li><a href="https://old.reddit.com/user/velo_nomad" class="author may-blank">velo_nomad</a></li>
<li><a href="https://old.reddit.com/user/AutoModerator" class="author may-blank">AutoModerator</a></li>
<li class="more"><a href="/r/bicycletouring/about/moderators">...and 3 more »</a></li></ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable">
<div class=" thing id-t3_1ot8x2q odd link self" id="thing_t3_1ot8x2q" data-fullname="t3_1ot8x2q" data-type="link" data-author="tourmaster_91"
data-subreddit="bicycletouring" data-score="212" data-comments-count="47" data-timestamp="1762668137000" data-nsfw="false">
<p class="parent"></p><span class="rank"></span><div class="midcol unvoted"><div class="arrow up login-required access-required" role="button"
aria-label="upvote" tabindex="0"></div>
<div class="score dislikes" title="211">211</div><div class="score unvoted" title="212">212</div><div class="score likes" title="213">213</div>
<div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/bicycletouring/comments/1ot8x2q/danube_cycle_path_passau_to_budapest_on_a_1991/" tabindex="1">${rdTitle}</a>&#32;<span class="linkflairlabel "
title="Trip Report">Trip Report</span>&#32;<span class="domain">(<a href="/r/bicycletouring/">self.bicycletouring</a>)</span></p>
<p class="tagline ">submitted&#32;<time title="Sun Nov 9 06:02:17 2025 UTC" datetime="2025-11-09T06:02:17+00:00" class="live-timestamp">13 hours ago</time><time
class="edited-timestamp" title="last edited 4 hours ago" datetime="2025-11-09T15:11:40+00:00">*</time>&#32;by&#32;<a
href="https://old.reddit.com/user/tourmaster_91"
class="author may-blank id-t2_8kq3z">tourmaster_91</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="#" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">47 comments</a></li>
<li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a
href="#">save</a></li>
<li><form action="/post/hide" method="post" class="state-button hide-button"><span><a href="javascript:void(0)"
data-event-action="hide">hide</a></span></form></li>
<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li>
<li class="crosspost-button"><a class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul></div>
<div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_1ot8x2q"><input type="hidden" name="thing_id" value="t3_1ot8x2q">
<div class="usertext-body may-blank-within md-container "><div class="md">${rdPost.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${rdList.map((p) => `<li>${p}</li>`).join('\n')}</ul>
${rdPost2.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form></div></div><div class="child"></div><div class="clearleft"></div></div>
<div class="clearleft"><!--IE6fix--></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 47 comments</span></div><div class="menuarea"><div class="spacer">
<span class="dropdown-title lightdrop">sorted by:&#32;</span><div class="dropdown lightdrop" onclick="open_menu(this)"><span
class="selected">best</span></div></div></div>
<div class="infobar commentsignupbar"><div class="commentsignupbar__container"><div class="commentsignupbar__title">Want to add to the discussion?</div>
<div class="commentsignupbar__description">Post a comment!</div><a class="c-btn c-btn-primary" href="https://old.reddit.com/register">Create an
account</a></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1ot8x2q">
<div class=" thing id-t1_m4q0a1b noncollapsed comment stickied" data-fullname="t1_m4q0a1b" data-type="comment" data-author="AutoModerator">
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a
href="https://old.reddit.com/user/AutoModerator" class="author may-blank moderator id-t2_6l4z3">AutoModerator</a><span class="userattrs">[<a class="moderator"
title="moderator of /r/bicycletouring, speaking officially" href="/r/bicycletouring/about/moderators">M</a>]</span>&#32;<time
title="Sun Nov 9 06:02:18 2025 UTC"
datetime="2025-11-09T06:02:18+00:00" class="live-timestamp">13 hours ago</time>&#32;<span class="stickied-tagline"
title="selected by this subreddit's moderators">stickied
comment</span>&#32;<a href="javascript:void(0)" class="numchildren">(0 children)</a></p><div class="usertext-body may-blank-within md-container "><div
class="md">
<p>${rdAuto}</p>
<p><em>I am a bot, and this action was performed automatically. Please <a href="/message/compose/?to=/r/bicycletouring">contact the moderators of this
subreddit</a>
if you have any questions or concerns.</em></p></div></div>${rdButtons({ id: 'm4q0a1b', user: 'AutoModerator', pts: '', age: '', paras: [] })}</div></div>
${rdComments.map(rdComment).join('\n')}
<div class=" thing id-t1_m4qa0z1 morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" id="more_t1_m4qa0z1"
href="javascript:void(0)" onclick="return morechildren(this, 't3_1ot8x2q', 'confidence', 'm4qa0z1,m4qa7c4,m4qb2d8,m4qc1e3', 'False')">load more comments</a>
<span class="gray">&nbsp;(4 replies)</span></span></div></div></div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li>
${links(rdFootAbout)}</ul></div><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">help</li>${links(rdFootHelp)}</ul></div>
<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">apps &amp; tools</li>${links(rdFootApps)}</ul></div>
<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">&lt;3</li><li><a href="/premium">reddit premium</a></li></ul></div></div>
<p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="https://www.redditinc.com/policies/user-agreement">User
Agreement</a>&#32;and&#32;<a
href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a>. © 2025 reddit inc. All rights reserved.</p>
<p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;<span class="content">Rendered by PID 27318 on reddit-service-r2-loggedout-6d8c4b7f9-x2kqp at 2025-11-09
19:04:33.123456+00:00 running 8f3c2a1 country code: GB.</span></p>
<script type="text/javascript">r.utils.loadScripts(); $(function(){ r.comments.init(); });</script></body></html>`;
const rdAll = flat(rdComments);
export const oldRedditSelfPost: TestPage = {
  html: rdHtml,
  name: 'heldout38-old-reddit-self-post',
  kind: 'forum',
  // the self post (its paragraphs, list items and the "Edit:" paragraph) and every comment are body; the stickied
  // AutoModerator comment is a comment (its first paragraph body), but its "I am a bot..." line is the bot's fixed
  // sign-off, a signature: furniture; the deleted comment's "[removed]" is a moderation placeholder, not text anyone wrote:
  // furniture, while "[deleted]" stands where the poster's name stands: byline; usernames and post times are bylines
  // ("submitted", "by" and the edit star "*" in neither), the sidebar's "this post was submitted on 09 Nov 2025" is a dateline
  // (byline); scores, flair, link flair, "(n children)", the buttons, "load more comments", sort menu, sign-up bar, the whole
  // sidebar (login form, description, rules, moderators, "created by pannier_pete"), header, footer and debug line are furniture;
  // the link flair "Trip Report", the "report" buttons, the footer's "about" and the bar's "more »" are words of the body: left out
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...rdList, ...texts(rdPost2), rdAuto, ...rdAll.filter((c) => c.user !== '[deleted]').flatMap((c) => c.paras)],
  bylines: [
    'tourmaster_91',
    '13 hours ago',
    'this post was submitted on 09 Nov 2025',
    'AutoModerator',
    ...new Set(rdAll.filter((c) => c.user !== 'tourmaster_91').map((c) => c.user)),
    ...new Set(rdAll.map((c) => c.age).filter((a) => a !== '13 hours ago')),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', ...rdSrBar, 'reddit.com', 'bicycletouring', 'comments', 'Want to join? Log in or sign up in seconds.',
    'English', 'limit my search to r/bicycletouring', '212', 'points', '(96% upvoted)', 'shortlink:', 'remember me', 'reset password', 'login',
    'Submit a new text post', 'join', 'leave', '187,402', 'readers', '311', 'users here now',
    'A place for trip reports, route questions and gear advice for travelling by bicycle.', 'Rules', ...rdRules.map((r) => r.slice(3)), 'Wiki and FAQ',
    'Route library', 'created by', 'pannier_pete', 'a community for 15 years', 'message the mods', 'MODERATORS', 'velo_nomad', '...and 3 more »',
    '211', '213', '(self.bicycletouring)', '47 comments', 'share', 'save', 'hide', 'crosspost', 'all 47 comments', 'sorted by:',
    'best', 'Want to add to the discussion?', 'Post a comment!', 'Create an account', '[–]', 'M', 'stickied comment', rdBot, 'permalink', 'context',
    'reply', '(0 children)', '(1 child)', 'Koga, 2012',
    ...new Set(rdAll.map((c) => c.pts).filter((p) => p !== '')), '[removed]', 'load more comments', '(4 replies)',
    'blog', 'advertising', 'careers', 'help', ...rdFootHelp, 'apps & tools', ...rdFootApps, '<3', 'reddit premium',
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.', 'π',
    'Rendered by PID 27318 on reddit-service-r2-loggedout-6d8c4b7f9-x2kqp at 2025-11-09 19:04:33.123456+00:00 running 8f3c2a1 country code: GB.',
  ],
};

export const HELDOUT38_A: readonly TestPage[] = [oldRedditSelfPost, lobstersStory];
