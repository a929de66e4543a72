import { links, type TestPage, texts } from './page-kit.js';
import { rdComments, rdFooter, rdFooterHeads, type RdComment } from './pages-heldout152-a3.js';

/**
 * Held-out batch 152, file a2: an old.reddit.com self-post thread as a logged-out visitor saves it (the subreddit bar with
 * "my subreddits" and the popular/all list, the header with the "comments" tab, "Want to join? Log in or sign up in seconds.",
 * the side column with search, "this post was submitted on", points, the login form, the submit buttons, the subreddit
 * sidebar with rules and moderators; the link entry with its flair, "(self.sub)" domain, tagline and buttons, the
 * self-text in its usertext-body, "all 41 comments", "sorted by: best", nested comments with "[–]" toggles, scores,
 * "(n children)", permalink/embed/save/parent/report/reply buttons, one comment "[removed]" with its author "[deleted]",
 * "load more comments", the footer columns and the "Rendered by PID" line). Comment texts are in file a3.
 */
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const rdTitle = 'First winter on an allotment: is it worth covering the whole plot with cardboard until spring?';
const rdSelf = [
  'We took on a half plot in September. It had been empty for two years, so it is mostly couch grass, bindweed and a few brambles ' +
    'along the fence. We have cleared about a quarter of it by hand and planted garlic and broad beans there.',
  'For the rest, the committee suggested laying cardboard over everything, weighing it down, and leaving it until March. A couple ' +
    'of the older plot holders told us that is a waste of time with couch grass and we should just dig it all over now.',
  'Has anyone done the cardboard thing on a plot this bad? Did it actually work, and is there anything we should do before putting it down?',
];
const rdSubNav = ['popular', 'all', 'random', 'users', 'AskReddit', 'pics', 'worldnews', 'gardening', 'UKGardening', 'vegetablegardening'];
const rdSide = [
  'this post was submitted on',
  '214 points (97% upvoted)',
  'shortlink:',
  'remember me',
  'reset password',
  'login',
  'Submit a new link',
  'Submit a new text post',
  'Get an ad-free experience with special benefits, and directly support Reddit.',
  'get reddit premium',
];
const rdSub = ['allotmenteering', 'join', '48,211 readers', '312 users here now'];
const rdRules = [
  'A place for plot holders, waiting-list hopefuls and anyone growing food on rented land.',
  'Be kind to beginners. Everyone lost their first onions to something.',
  'No selling seeds or plants without mod approval.',
  'Pictures of your harvest are always welcome. Please say what variety it is.',
];
const rdMods = ['MODERATORS', 'message the mods', 'discussions in r/allotmenteering', 'a community for 9 years', 'created by'];
const rdButtons = ['41 comments', 'share', 'save', 'hide', 'report', 'crosspost'];
const rdComButtons = ['permalink', 'embed', 'parent', 'reply'];
const rdCom = (c: RdComment, depth: number): string => {
  const removed = c.removed === true;
  const scoreLine = removed
    ? ''
    : `<a href="https://old.reddit.com/user/${c.user}" class="author may-blank id-t2_${c.id}">${c.user}</a>${
        c.op ? '<span class="userattrs">[<a class="submitter" title="submitter" href="#">S</a>]</span>' : '<span class="userattrs"></span>'
      } <span class="score dislikes" title="${c.score}">${c.score} points</span><span class="score unvoted" title="${c.score}">${c.score} points</span>
<span class="score likes" title="${c.score}">${c.score} points</span> `;
  return `<div class=" thing id-t1_${c.id} noncollapsed ${depth % 2 ? 'even' : 'odd'} comment${removed ? ' deleted' : ''}" id="thing_t1_${c.id}"
data-fullname="t1_${c.id}" data-type="comment" data-subreddit="allotmenteering" data-author="${removed ? '[deleted]' : c.user}"
data-permalink="/r/allotmenteering/comments/1o4kq2x/x/${c.id}/"><p class="parent"><a name="${c.id}"></a></p>
<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote"
tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote"
tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand"
onclick="return togglecomment(this)">[–]</a>
${removed ? '<em>[deleted]</em> ' : scoreLine}<time title="${c.title}" datetime="2025-10-12T10:00:00+00:00" class="live-timestamp">${c.ago}</time>
${c.edited ? `<time title="last edited ${c.edited}" datetime="2025-10-12T12:00:00+00:00" class="edited-timestamp">*</time>` : ''}&#32;
<span class="numchildren">(${c.children} ${c.children === '1' ? 'child' : 'children'})</span></p>
<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_${c.id}">
<input type="hidden" name="thing_id" value="t1_${c.id}"><div class="usertext-body may-blank-within md-container "><div class="md">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}
</div></div></form><ul class="flat-list buttons"><li class="first"><a href="/r/allotmenteering/comments/1o4kq2x/x/${c.id}/" data-event-action="permalink"
class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" class="embed-comment" data-comment="/r/x/${c.id}">embed</a></li>
<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li>${
    depth > 0 ? `<li><a href="#${c.parent}" data-event-action="parent" class="bylink" rel="nofollow">parent</a></li>` : ''
  }<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li>
<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" data-event-action="comment">reply</a></li></ul>
<div class="reportform report-t1_${c.id}"></div></div><div class="child"><div id="siteTable_t1_${c.id}" class="sitetable listing">
${(c.kids ?? []).map((k) => rdCom(k, depth + 1)).join('\n')}${
  c.more
    ? `<div class=" thing id-t1_more morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" id="more_t1_${c.id}"
href="javascript:void(0)" onclick="return morechildren(this)">load more comments</a><span class="gray">&nbsp;(${c.more} replies)</span></span></div></div>`
    : ''
}</div></div><div class="clearleft"></div></div>`;
};
const rdHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>First winter on an allotment: is it worth covering the whole plot with cardboard until spring? : r/allotmenteering</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="We took on a half plot in September.">
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="canonical" href="https://www.reddit.com/r/allotmenteering/comments/1o4kq2x/first_winter_on_an_allotment_is_it_worth_covering/">
<meta property="og:title" content="r/allotmenteering on Reddit: ${rdTitle}"><meta property="og:site_name" content="reddit">
<link rel="stylesheet" href="//www.redditstatic.com/reddit.fyOvKz5YQWU.css" media="all">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "allotmenteering", "logged": false,
"cur_listing": "allotmenteering", "pref_no_profanity": true, "stats_domain": "https://stats.redditmedia.com", "renderstyle": "html"})</script>
</head><body class="listing-page comments-page">
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="drop-choices srdrop"><a href="https://old.reddit.com/subreddits/" class="bottom-option choice">edit subscriptions</a></div>
<div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="https://old.reddit.com/r/popular/" class="choice">popular</a></li>
${rdSubNav
  .slice(1)
  .map((t) => `<li><span class="separator">-</span><a href="https://old.reddit.com/r/${t}/" class="choice">${t}</a></li>`)
  .join('')}</ul></div>
<a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname">
<a href="https://old.reddit.com/r/allotmenteering/">allotmenteering</a></span><ul class="tabmenu "><li class="selected">
<a href="https://old.reddit.com/r/allotmenteering/comments/1o4kq2x/x/" class="choice">comments</a></li><li>
<a href="https://old.reddit.com/r/allotmenteering/duplicates/1o4kq2x/x/" class="choice">other discussions (1)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="https://old.reddit.com/login" class="login-required">Log in or sign up</a>&#32;in
seconds.</span><span class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/allotmenteering/search" id="search" role="search">
<input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"><label><input type="checkbox"
name="restrict_sr" tabindex="21" checked="checked">limit my search to r/allotmenteering</label><div id="moresearchinfo"><p>use the following search parameters
to
narrow your results:</p></div></form></div><div class="spacer"><div class="linkinfo"><div class="date"><span>${rdSide[0]}</span>
<time datetime="2025-10-12T07:31:02+00:00">12 Oct 2025</time></div><div class="score"><span class="number">214</span>&nbsp;<span class="word">points</span>
(97% upvoted)</div><div class="shortlink">shortlink: <input type="text" value="https://redd.it/1o4kq2x" readonly="readonly" id="shortlink-text"></div>
</div></div><div class="spacer"><form method="post" id="login_login-main" action="https://old.reddit.com/post/login" class="login-form login-form-side">
<input type="hidden" name="op" value="login-main"><input name="user" placeholder="username" type="text" maxlength="20" tabindex="1"><input name="passwd"
placeholder="password" type="password" tabindex="1"><div class="status"></div><div id="remember-me"><input type="checkbox" name="rem" id="rem-login-main"
tabindex="1"><label for="rem-login-main">${rdSide[3]}</label><a class="recover-password" href="/password">${rdSide[4]}</a></div><div class="submit">
<span class="throbber"></span><button class="btn" type="submit" tabindex="1">${rdSide[5]}</button></div><div class="clear"></div></form></div>
<div class="spacer"><div class="sidebox submit submit-link"><div class="morelink"><a href="/r/allotmenteering/submit" class="login-required access-required"
target="_top">${rdSide[6]}</a><div class="nub"></div></div></div></div><div class="spacer"><div class="sidebox submit submit-text"><div class="morelink">
<a href="/r/allotmenteering/submit?selftext=true" class="login-required access-required" target="_top">${rdSide[7]}</a><div class="nub"></div></div></div></div>
<div class="spacer"><div class="premium-banner-outer"><div class="premium-banner"><p class="premium-banner__description">${rdSide[8]}</p>
<a href="/premium" class="premium-banner__button">${rdSide[9]}</a></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/allotmenteering/" class="hover">${rdSub[0]}</a></h1>
<span class="fancy-toggle-button subscribe-button toggle"><a class="option active add login-required" href="#">${rdSub[1]}</a></span>
<span class="subscribers"><span class="number">48,211</span>&#32;<span class="word">readers</span></span><p class="users-online"><span class="number">312</span>
&#32;<span class="word">users here now</span></p><form action="#" class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container ">
<div class="md"><p>${rdRules[0]}</p><h3>Rules</h3><ol>${rdRules
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol></div></div></form><div class="bottom">created by<a href="https://old.reddit.com/user/plotfourteen" class="author may-blank">
plotfourteen</a><span class="age">a community for 9 years</span></div></div></div><div class="spacer"><div class="sidecontentbox"><a class="helplink"
href="/message/compose?to=%2Fr%2Fallotmenteering">message the mods</a><div class="title"><h1>MODERATORS</h1></div><ul class="content">
<li><a href="https://old.reddit.com/user/plotfourteen" class="author may-blank">plotfourteen</a></li><li><a href="https://old.reddit.com/user/rhubarb_and_rust"
class="author may-blank">rhubarb_and_rust</a></li><li class="more"><a href="/r/allotmenteering/about/moderators">about moderation team
»</a></li></ul></div></div>
<div class="spacer"><div class="sidecontentbox"><div class="title"><h1>discussions in r/allotmenteering</h1></div><ul class="content">
${links(['Is it too late to sow broad beans in late October?', 'Our site has finally banned carpet as a weed suppressant', 'Rats in the compost bays again'])}
</ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable">
<div class=" thing id-t3_1o4kq2x odd link self" id="thing_t3_1o4kq2x" data-fullname="t3_1o4kq2x" data-type="link" data-author="turnip_theory"
data-subreddit="allotmenteering" data-domain="self.allotmenteering" data-rank="" data-comments-count="41" data-score="214">
<p class="parent"></p><span class="rank"></span><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote"
role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="213">213</div><div class="score unvoted" title="214">214</div>
<div class="score likes" title="215">215</div><div class="arrow down login-required access-required" data-event-action="downvote" role="button"
aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank "
data-event-action="title" href="/r/allotmenteering/comments/1o4kq2x/first_winter_on_an_allotment/" tabindex="1">${rdTitle}</a>
<span class="linkflairlabel " title="Advice">Advice</span> <span class="domain">(<a href="/r/allotmenteering/">self.allotmenteering</a>)</span></p>
<p class="tagline ">submitted&#32;<time title="Sun Oct 12 07:31:02 2025 UTC" datetime="2025-10-12T07:31:02+00:00" class="live-timestamp">6 hours ago</time>
&#32;by&#32;<a href="https://old.reddit.com/user/turnip_theory" class="author may-blank id-t2_8kq1">turnip_theory</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="/r/allotmenteering/comments/1o4kq2x/x/" data-event-action="comments" class="bylink comments may-blank"
rel="nofollow">41 comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li>
<li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button">
<span><a href="javascript:void(0)" data-event-action="hide">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)"
class="reportbtn access-required">report</a></li><li class="crosspost-button"><a class="post-crosspost-button"
href="javascript: void 0;">crosspost</a></li></ul>
<div class="expando"><form action="#" class="usertext warn-on-unload" id="form-t3_1o4kq2x"><input type="hidden" name="thing_id" value="t3_1o4kq2x">
<div class="usertext-body may-blank-within md-container "><div class="md">${rdSelf.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form></div></div>
<div class="child"></div><div class="clearleft"></div></div><div class="clearleft"><!--IE6fix--></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 41 comments</span></div><div class="menuarea"><div class="spacer">
<span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">best</span></div>
<div class="drop-choices lightdrop">${['top', 'new', 'controversial', 'old', 'q&amp;a']
  .map(
    (t) => `<a class="choice"
href="?sort=${t}">${t}</a>`,
  )
  .join('')}</div>
</div></div><form action="#" class="usertext cloneable warn-on-unload" style="display:none"><div class="usertext-edit md-container">
<div class="bottom-area"><span class="help-toggle toggle"><a class="option active " href="#">formatting help</a></span></div></div></form>
<div id="siteTable_t3_1o4kq2x" class="sitetable nestedlisting">
${rdComments.map((c) => rdCom(c, 0)).join('\n')}
</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">${esc(
  rdFooterHeads[0] ?? '',
)}</li>
${links(rdFooter[0] ?? [])}</ul></div><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">${esc(
  rdFooterHeads[1] ?? '',
)}</li>${links(rdFooter[1] ?? [])}
</ul></div><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">${esc(rdFooterHeads[2] ?? '')}</li>${links(rdFooter[2] ?? [])}</ul></div>
<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">${esc(rdFooterHeads[3] ?? '')}</li>${links(rdFooter[3] ?? [])}</ul></div></div>
<p class="bottommenu">Use of this site constitutes acceptance of our <a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a> and
<a href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a>. © 2025 reddit inc. All rights reserved.</p>
<p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;<span class="content">Rendered by PID 48211 on reddit-service-r2-loggedout-7f9c8d6b5-q2lmz at
2025-10-12 13:44:09.118243+00:00 running 4a9e1b3 country code: GB.</span></p>
<script type="text/javascript" src="//www.redditstatic.com/reddit-init.en.XkO3fZCq1r4.js"></script></body></html>`;
const allCom = (cs: readonly RdComment[]): RdComment[] => cs.flatMap((c) => [c, ...allCom(c.kids ?? [])]);
export const oldReddit: TestPage = {
  html: rdHtml,
  name: 'heldout152-old-reddit-thread',
  kind: 'forum',
  // the self-text and every comment are body; the removed comment's "[removed]" and its "[deleted]" author slot are furniture;
  // user names, "submitted 6 hours ago by", comment ages and the "this post was submitted on" date are bylines; points,
  // "(n children)", flair, buttons, the side column, sidebar rules, footer and the "Rendered by PID" line are furniture
  title: rdTitle,
  headings: [],
  body: [...texts(rdSelf), ...allCom(rdComments).flatMap((c) => (c.removed ? [] : texts(c.paras)))],
  bylines: ['submitted 6 hours ago by turnip_theory', '12 Oct 2025', ...new Set(allCom(rdComments).flatMap((c) => (c.removed ? [c.ago] : [c.user, c.ago])))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'jump to content', 'my subreddits', 'edit subscriptions', ...rdSubNav, 'more »', 'reddit.com', 'comments', 'other discussions (1)',
    'Want to join? Log in or sign up in seconds.', 'English', 'limit my search to r/allotmenteering',
    'use the following search parameters to narrow your results:',
    ...rdSide, ...rdSub, 'Rules', ...rdRules, ...rdMods, 'plotfourteen', 'about moderation team »', 'Is it too late to sow broad beans in late October?',
    'Our site has finally banned carpet as a weed suppressant', 'Rats in the compost bays again',
    'Advice', '(self.allotmenteering)', ...rdButtons, 'all 41 comments', 'sorted by:', 'best', 'top', 'new', 'controversial',
    'old', 'q&a', 'formatting help', '[–]', ...new Set(allCom(rdComments).flatMap((c) => (c.removed ? [] : [`${c.score} points`]))), ...rdComButtons,
    '[deleted]', '[removed]', 'load more comments', ...new Set(allCom(rdComments).flatMap((c) => (c.more ? [`(${c.more} replies)`] : []))),
    ...new Set(allCom(rdComments).map((c) => `(${c.children} ${c.children === '1' ? 'child' : 'children'})`)), ...rdFooterHeads, ...rdFooter.flat(),
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
    'Rendered by PID 48211 on reddit-service-r2-loggedout-7f9c8d6b5-q2lmz at 2025-10-12 13:44:09.118243+00:00 running 4a9e1b3 country code: GB.',
  ])],
};
