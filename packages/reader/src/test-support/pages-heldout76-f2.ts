import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 76, file f2: an old.reddit.com self-post with nested comments, logged out (the subreddit bar with "my
 * subreddits", "popular", "all" and the default subreddits, the header tabs, "Want to join? Log in or sign up in seconds.",
 * the side bar with search, login form, submit buttons, subscribe button, reader counts, the subreddit's sidebar text and
 * moderators, the post's vote arrows and scores, link flair, "submitted ... by" tagline with the edited "*" marker,
 * buttons, the comment area's title and sort menu, comments with "[–]", author flair, points, times, "(n children)",
 * buttons and "load more comments", the footer and the "Rendered by PID" line).
 */
interface RdComment {
  id: string;
  user: string;
  op?: boolean;
  flair?: string;
  points: string;
  ago: string;
  edited?: boolean;
  children?: string;
  html: string;
  kids?: RdComment[];
  more?: string;
}
const rdTitle = 'Fresh-milled whole wheat loaves always come out dense. What am I missing?';
const rdPost = [
  'I bought a small stone mill in the summer and I’ve been milling hard red wheat for sandwich loaves. The flavour is amazing but every ' +
    'loaf comes out dense and a bit gummy in the middle, with almost no rise in the oven. Same recipe with bagged whole wheat flour ' +
    'from the supermarket rises fine.',
  'Recipe is 500 g flour, 375 g water, 10 g salt, 7 g instant yeast, 20 g honey. I knead for about 10 minutes, bulk for an hour, ' +
    'shape, proof for 45 minutes and bake at 200°C for 35 minutes. I’m milling on the finest setting.',
  'EDIT: thanks everyone, trying the longer soak and less kneading this weekend. Will report back.',
];
const rdC1 = [
  'Fresh flour drinks a lot more water than the bagged stuff, and it drinks it slowly. At 75% hydration your dough is probably ' +
    'stiff by the time the bran has soaked up its share. Try 85% and mix the flour and water first, then leave it for an hour before ' +
    'adding the yeast and salt.',
];
const rdC2 = ['This. Also the bran cuts the gluten if you knead too long. Fold it a few times during bulk instead of 10 minutes of kneading.'];
const rdC3 = ['Ok I’m definitely kneading too much then. Will an hour soak make it sticky though? My dough is already hard to handle.'];
const rdC4 = [
  'It will be stickier, yes. Wet hands and a bench scraper help. It firms up a lot after the folds.',
  'Edit: forgot to say, 45 minutes of proofing is short for whole wheat in a cool kitchen. Go by the poke test, not the clock.',
];
const rdC5 = [
  'Another thing nobody mentions: freshly milled flour can behave oddly for the first few days. Some people let it rest a week or ' +
    'two before baking with it. I never noticed much difference myself, but it’s cheap to try.',
];
const rdComments: RdComment[] = [
  {
    id: 'lw3k9a1',
    user: 'millstone_mags',
    flair: 'Komo Classic, 3 yrs',
    points: '64 points',
    ago: '5 hours ago',
    children: '(3 children)',
    html: rdC1.map((p) => `<p>${p}</p>`).join(''),
    kids: [
      {
        id: 'lw3m2x7',
        user: 'tentatively_yeasted',
        points: '22 points',
        ago: '4 hours ago',
        children: '(2 children)',
        html: `<p>${rdC2[0]}</p>`,
        kids: [
          {
            id: 'lw3p0q4',
            user: 'quiet_crumb',
            op: true,
            points: '9 points',
            ago: '4 hours ago',
            children: '(1 child)',
            html: `<p>${rdC3[0]}</p>`,
            kids: [
              {
                id: 'lw3r8d2',
                user: 'millstone_mags',
                flair: 'Komo Classic, 3 yrs',
                points: '11 points',
                ago: '3 hours ago',
                edited: true,
                html: rdC4.map((p) => `<p>${p}</p>`).join(''),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'lw3n5t0',
    user: 'Harold_Bakes_Badly',
    points: '15 points',
    ago: '4 hours ago',
    children: '(4 children)',
    html: `<p>${rdC5[0]}</p>`,
    more: 'load more comments (4 replies)',
  },
];
const rdTop = ['popular', 'all', 'users', 'AskReddit', 'pics', 'news', 'worldnews', 'funny', 'tifu', 'videos', 'gaming', 'aww', 'todayilearned'];
const rdSideText = [
  'A community for people who mill their own flour at home: grains, mills, recipes and troubleshooting.',
  'Please include your recipe and process when asking for help with a bake.',
];
const rdMods = ['grist_and_grain', 'millstone_mags', 'AutoModerator'];
const rdButtons = ['permalink', 'embed', 'save', 'report', 'reply'];
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
  '<3',
  'reddit premium',
];
const rdLegal = 'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.';
const rdPid = 'Rendered by PID 28412 on reddit-service-r2-loggedout-6d9f7b8c4-2xkqp at 2025-11-14 10:21:33.481201+00:00 running 9f3c2a1 country code: GB.';
const rdComment = (
  c: RdComment,
  depth: number,
): string => `<div class=" thing id-t1_${c.id} noncollapsed ${depth % 2 ? 'even' : 'odd'} comment " id="thing_t1_${c.id}"
onclick="click_thing(this)" data-fullname="t1_${c.id}" data-type="comment" data-subreddit="homemillers" data-subreddit-prefixed="r/homemillers"
data-author="${c.user}" data-author-fullname="t2_${c.id}" data-replies="${c.kids?.length ?? 0}" data-permalink="/r/homemillers/comments/1gqz7x/_/${c.id}/">
<p class="parent"><a name="${c.id}"></a></p><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote"
role="button"
aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote"
tabindex="0"></div></div><div class="entry unvoted">
<p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a>
<a href="https://old.reddit.com/user/${c.user}" class="author ${c.op ? 'submitter ' : ''}may-blank id-t2_${c.id}">${c.user}</a>${
  c.op
    ? '<span class="userattrs">[<a class="submitter" title="submitter" href="/r/homemillers/comments/1gqz7x/_/">S</a>]</span>'
    : '<span class="userattrs"></span>'
}${c.flair ? ` <span class="flair flair-miller" title="${c.flair}">${c.flair}</span>` : ''} <span class="score dislikes" title="${parseInt(c.points, 10)}">${
  parseInt(c.points, 10) - 1
} points</span><span class="score unvoted" title="${parseInt(c.points, 10)}">${c.points}</span><span class="score likes" title="${parseInt(c.points, 10)}">${
  parseInt(c.points, 10) + 1
} points</span> <time title="Thu Nov 14 05:12:44 2025 UTC" datetime="2025-11-14T05:12:44+00:00" class="live-timestamp">${c.ago}</time>${
  c.edited ? '<time title="last edited 2 hours ago" datetime="2025-11-14T08:02:10+00:00" class="edited-timestamp">*</time>' : ''
}${c.children ? `&#32;<a href="#" class="numchildren" onclick="return togglecomment(this)">${c.children}</a>` : ''}</p>
<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t1_${c.id}"><input type="hidden" name="thing_id"
value="t1_${c.id}"><div class="usertext-body may-blank-within md-container "><div class="md">${c.html}</div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="/r/homemillers/comments/1gqz7x/_/${c.id}/" data-event-action="permalink" class="bylink"
rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" data-comment="/r/homemillers/comments/1gqz7x/_/${c.id}/" class="embed-comment">embed</a></li>
<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a
href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a class="access-required"
href="javascript:void(0)" data-event-action="comment">reply</a></li></ul><div class="reportform report-t1_${c.id}"></div></div>
<div class="child">${
  c.kids || c.more
    ? `<div id="siteTable_t1_${c.id}" class="sitetable listing">${(c.kids ?? []).map((k) => rdComment(k, depth + 1)).join('')}${
        c.more
          ? `<div class=" thing morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)"
id="more_t1_${c.id}">${c.more}</a></span></div></div>`
          : ''
      }</div>`
    : ''
}</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const rdHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>Fresh-milled whole wheat loaves always come out dense. What am I missing? :
homemillers</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="${rdPost[0]!.slice(0, 140)}">
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link rel="canonical" href="https://www.reddit.com/r/homemillers/comments/1gqz7x/freshmilled_whole_wheat_loaves_always_come_out/">
<meta property="og:site_name" content="reddit"><meta property="og:title" content="r/homemillers on Reddit: ${rdTitle}">
<link rel="stylesheet" href="//www.redditstatic.example/reddit.jVpdp4SLUSU.css" type="text/css">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "homemillers", "logged": false, "is_fake": false})</script>
</head><body class="listing-page comments-page loggedout"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="drop-choices srdrop"><a href="/subreddits/"
class="bottom-option choice">edit subscriptions</a></div><div class="sr-list"><ul class="flat-list sr-bar hover">
${links(rdTop.slice(0, 3))}</ul><span class="separator">|</span><ul class="flat-list sr-bar hover">${links(rdTop.slice(3))}</ul></div>
<a href="/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname">
<a href="/r/homemillers/">homemillers</a></span><ul class="tabmenu "><li class="selected"><a href="/r/homemillers/comments/1gqz7x/_/"
class="choice">comments</a></li>
<li><a href="/r/homemillers/duplicates/1gqz7x/_/" class="choice">other discussions (1)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required login-link">Log in or sign up</a> in seconds.</span>
<span class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="/r/homemillers/search" id="search" role="search"><input type="text" name="q" placeholder="search"
tabindex="20">
<input type="submit" value="" tabindex="22"><div id="searchexpando" class="infobar"><label><input type="checkbox" name="restrict_sr"
tabindex="21">limit my search to
r/homemillers</label></div></form></div>
<div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span>
<time datetime="2025-11-14T04:38:10+00:00">14 Nov 2025</time>
</div><div class="score"><span class="number">88</span>&#32;<span class="word">points</span>&#32;(92% upvoted)</div><div class="shortlink">shortlink: <input
type="text" value="https://redd.it/1gqz7x" readonly></div></div></div>
<div class="spacer"><form method="post" action="/post/login" id="login_login-main" class="login-form login-form-side"><input type="text" name="user"
placeholder="username" tabindex="1"><input type="password" name="passwd" placeholder="password" tabindex="1"><div class="status"></div><div id="remember-me">
<input type="checkbox" name="rem" id="rem-login-main" tabindex="1"><label for="rem-login-main">remember me</label><a class="recover-password"
href="/password">reset
password</a></div><div class="submit"><button class="btn" type="submit" tabindex="1">login</button></div></form></div>
<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="/r/homemillers/submit?selftext=true"
class="login-required access-required"
target="_top">Submit a new text post</a></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/homemillers/"
class="hover">homemillers</a></h1><span class="fancy-toggle-button
subscribe-button toggle" style=""><a class="option active add login-required" href="#" tabindex="100">join</a><a class="option remove" href="#">leave</a></span>
<span class="subscribers"><span class="number">24,118</span>&#32;<span class="word">readers</span></span><p class="users-online"
title="logged-in users viewing this
subreddit in the past 15 minutes"><span class="number">~61</span>&#32;<span class="word">users here now</span></p><form action="#" class="usertext"><div
class="usertext-body may-blank-within md-container"><div class="md">${rdSideText.map((t) => `<p>${t}</p>`).join('')}</div></div></form>
<div class="bottom"><span class="age">a community for 6 years</span></div></div></div>
<div class="spacer"><div class="sidecontentbox"><a class="helplink"
href="/message/compose?to=/r/homemillers">message the mods</a><div class="title"><h1>MODERATORS</h1>
</div><ul class="content">${rdMods.map((m) => `<li><a href="/user/${m}" class="author may-blank">${m}</a></li>`).join('')}</ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1gqz7x odd link self"
id="thing_t3_1gqz7x"
onclick="click_thing(this)" data-fullname="t3_1gqz7x" data-type="link" data-author="quiet_crumb" data-domain="self.homemillers" data-score="88"
data-comments-count="23" data-url="/r/homemillers/comments/1gqz7x/_/"><p class="parent"></p><span class="rank"></span><div class="midcol unvoted">
<div class="arrow up
login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes"
title="87">87</div><div
class="score unvoted" title="88">88</div><div class="score likes" title="89">89</div><div class="arrow down login-required access-required" role="button"
aria-label="downvote" tabindex="0"></div></div><div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank "
data-event-action="title"
href="/r/homemillers/comments/1gqz7x/_/" tabindex="1">${rdTitle}</a> <span class="linkflairlabel " title="Help">Help</span> <span class="domain">(<a
href="/r/homemillers/">self.homemillers</a>)</span></p><p class="tagline ">submitted&#32;<time title="Thu Nov 14 04:38:10 2025 UTC"
datetime="2025-11-14T04:38:10+00:00"
class="live-timestamp">6 hours ago</time><time title="last edited 3 hours ago" datetime="2025-11-14T07:40:00+00:00"
class="edited-timestamp">*</time>&#32;by&#32;<a
href="https://old.reddit.com/user/quiet_crumb" class="author may-blank id-t2_8x2k1">quiet_crumb</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="/r/homemillers/comments/1gqz7x/_/" data-event-action="comments" class="bylink comments may-blank"
rel="nofollow">23 comments</a></li><li class="share"><a class="post-sharing-button"
href="javascript: void 0;">share</a></li><li class="link-save-button save-button
login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post"
class="state-button hide-button"><span><a href="javascript:void(0)">hide</a></span>
</form></li><li class="report-button login-required"><a href="javascript:void(0)"
class="reportbtn access-required">report</a></li><li class="crosspost-button"><a
class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul></div><div class="expando"><form action="#" class="usertext warn-on-unload"
id="form-t3_1gqz7x"><div class="usertext-body may-blank-within md-container "><div class="md">${rdPost.map((p) => `<p>${p}</p>`).join('')}</div></div></form>
</div></div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 23 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">best</span></div>
<div class="drop-choices lightdrop">${['top', 'new', 'controversial', 'old', 'random', 'q&amp;a', 'live (beta)']
  .map((t) => `<a href="?sort=${t}" class="choice">${t}</a>`)
  .join(
    '',
  )}</div></div></div><div id="siteTable_t3_1gqz7x" class="sitetable nestedlisting">${rdComments.map((c) => rdComment(c, 0)).join('\n')}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover">${links(rdFoot.filter((t) => t !== '<3'))}
<li><a href="/r/redditgifts">&lt;3</a></li></ul></div>
<p class="bottommenu">${rdLegal}</p><p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div></div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;<span class="content">${rdPid}</span></p>
<script type="text/javascript" src="//www.redditstatic.example/reddit-init.en.ZkqDnX4N1vU.js"></script></body></html>`;
const rdAll = (cs: RdComment[]): RdComment[] => cs.flatMap((c) => [c, ...rdAll(c.kids ?? [])]);
export const oldRedditPost: TestPage = {
  html: rdHtml,
  name: 'heldout76-old-reddit-self-post',
  kind: 'forum',
  // the self-post and every comment are body (the post's EDIT line and a comment's "Edit:" paragraph too); usernames and
  // the "submitted ... ago" / comment times are bylines, the edited "*" marker has no words; the hidden dislike/like score
  // variants, points, flair, "[–]", "(n children)", buttons, "load more comments", the side bar, header, sort menu, footer
  // and the PID line are furniture
  title: rdTitle,
  headings: [],
  body: [...rdPost, ...rdC1, ...rdC2, ...rdC3, ...rdC4, ...rdC5],
  bylines: ['quiet_crumb', 'millstone_mags', 'tentatively_yeasted', 'Harold_Bakes_Badly', '6 hours ago', '5 hours ago', '4 hours ago', '3 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'my subreddits', 'edit subscriptions', ...rdTop, 'more »', 'reddit.com', 'homemillers', 'comments', 'other discussions (1)',
    'Want to join? Log in or sign up in seconds.', 'English', 'limit my search to r/homemillers', 'this post was submitted on', '14 Nov 2025', '88', 'points',
    '(92% upvoted)', 'shortlink:', 'remember me', 'reset password', 'login', 'Submit a new text post', 'join', 'leave', '24,118', 'readers', '~61',
    'users here now', ...rdSideText, 'a community for 6 years', 'message the mods', 'MODERATORS', 'grist_and_grain', 'AutoModerator', '87', '89', 'Help',
    '(self.homemillers)', '23 comments', 'share', 'hide', 'crosspost', 'all 23 comments', 'sorted by:', 'best', 'top', 'new', 'controversial', 'old',
    'random', 'q&a', 'live (beta)', '[–]', '[S]', 'Komo Classic, 3 yrs', ...rdAll(rdComments).flatMap((c) => [
      c.points, `${parseInt(c.points, 10) - 1} points`, `${parseInt(c.points, 10) + 1} points`, ...(c.children ? [c.children] : []),
    ]),
    ...rdButtons, 'load more comments (4 replies)', ...rdFoot, rdLegal, 'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.', 'π', rdPid,
  ].filter((t, i, a) => a.indexOf(t) === i),
};
