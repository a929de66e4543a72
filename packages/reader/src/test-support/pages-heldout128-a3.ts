import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file a3: an old.reddit.com self-post with a nested comment tree, saved signed out.
 */
const title = 'Queenless colony at the end of August: requeen or combine?';
const op = paras(`
Second-year beekeeper, two hives in a garden on the edge of Wexbury. I did an inspection yesterday and hive B has no eggs, no young
larvae and no sign of a queen. There are three opened queen cells on the frames, so I think they superseded in July and the new
queen either never came back from mating or got lost on the way.

The colony is still a decent size, about seven frames of bees, and they are bringing in some pollen, but they have started to get
tetchy and there is a lot of roaring when I open them up.

My mentor is away until mid-September. I have read everything I can find and I am stuck between two options: buy a mated queen
now and introduce her in a cage, or combine B with hive A using the newspaper method and go into winter with one strong colony.
What would you do this late in the season?

Edit: thanks all. I have checked properly for laying workers (no multiple eggs anywhere) and I am putting a test frame in first.`);
type C = { id: string; user: string; flair?: string; pts: number; ago: string; paras: string[]; kids?: C[]; edited?: boolean; op?: boolean };
const tree: C[] = [
  {
    id: 'ngc41x2',
    user: 'smokerandveil',
    flair: '12 hives, Harlow Vale',
    pts: 64,
    ago: '2 days ago',
    paras: paras(`
Before anything else, put in a test frame: a frame of eggs and young larvae from hive A. If B draws queen cells on it, they really
are queenless and will accept a new queen. If they don’t, there may be a virgin queen in there you haven’t spotted, and
introducing a mated one would get her killed.

At the end of August I would lean towards combining, though. A queen bought in now will only have a few weeks of laying before the
colony shrinks for winter, and you would be going into October with an old, dwindling workforce.`),
    kids: [
      {
        id: 'ngc7m0a',
        user: 'hollowtree_hives',
        pts: 21,
        ago: '2 days ago',
        op: true,
        paras: paras(`
I hadn’t thought about a virgin hiding in there. Test frame going in tonight. If they don’t start cells, how long should I wait
before trying again?`),
        kids: [
          {
            id: 'ngc9q3k',
            user: 'smokerandveil',
            flair: '12 hives, Harlow Vale',
            pts: 18,
            ago: '2 days ago',
            paras: paras(`
Give it a week. A virgin can take ten days or more to start laying, especially if the weather has been poor for mating flights.`),
          },
        ],
      },
    ],
  },
  {
    id: 'ngd2w8e',
    user: 'Drone_Congregation',
    flair: 'Bees since 2009',
    pts: 39,
    ago: '2 days ago',
    edited: true,
    paras: paras(`
Combine. Every time. Two weak colonies in winter is a recipe for losing both, and a strong colony next spring can be split with a
queen of your choosing in May, when queens are cheaper and the mating weather is reliable.

Do check the combined box for food afterwards. Seven frames of extra bees will eat through the stores faster than you expect.`),
  },
  {
    id: 'nghx51p',
    user: 'wax_and_wane',
    pts: 12,
    ago: '1 day ago',
    paras: paras(`
One thing nobody has said: if you do combine, make sure hive A’s queen is definitely present and laying before you put the
newspaper on. Combining two queenless colonies is a mistake people make surprisingly often, and you only find out in spring.`),
  },
];
const flat = (cs: C[]): C[] => cs.flatMap((c) => [c, ...flat(c.kids ?? [])]);
const srBar = ['pics', 'funny', 'gaming', 'news', 'movies', 'science', 'books', 'todayilearned'];
const aboutCol = ['blog', 'about', 'advertising', 'careers'];
const helpCol = ['site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us'];
const appsCol = ['Reddit for iPhone', 'Reddit for Android', 'mobile website'];
const sideMd = paras(`
A friendly place for beekeepers in Britain and Ireland to ask questions, share photos and compare notes.

New to beekeeping? Read the wiki and the beginner FAQ before posting.`);
const sideRules = ['Be civil, especially to beginners.', 'No selling bees, queens or equipment.', 'Say roughly where you are and what hive you use.'];
const bottom = [
  'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2025 reddit inc. All rights reserved.',
  'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
];
const debug = 'Rendered by PID 80817 on reddit-service-r2-loggedout-5d9c8b4d7f-qlm2x at 2025-08-26 09:41:18.302145+00:00 running 6d8b0c1 country code: GB.';
const buttons = ['permalink', 'embed', 'save', 'parent', 'report', 'reply'];
const comment = (c: C, depth: number): string => `<div class=" thing id-t1_${c.id} noncollapsed comment ${depth % 2 ? 'even' : 'odd'} "
id="thing_t1_${c.id}" onclick="click_thing(this)" data-fullname="t1_${c.id}" data-type="comment" data-subreddit="BackyardApiary"
data-author="${c.user}" data-permalink="/r/BackyardApiary/comments/1mz0k4q/queenless_colony/${c.id}/"><p class="parent"><a name="${c.id}"></a></p>
<div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote"
tabindex="0"></div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote"
tabindex="0"></div></div><div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand"
onclick="return togglecomment(this)">[–]</a><a href="https://old.reddit.com/user/${c.user}" class="author may-blank id-t2_${c.id}"
>${c.user}</a>${c.op ? '<span class="userattrs">[<a class="submitter" title="submitter" href="#">S</a>]</span>' : '<span class="userattrs"></span>'}
${c.flair ? `<span class="flair " title="${c.flair}">${c.flair}</span>` : ''}&#32;<span class="score dislikes" title="${c.pts - 1}">${c.pts - 1} points</span
><span class="score unvoted" title="${c.pts}">${c.pts} points</span><span class="score likes" title="${c.pts + 1}">${c.pts + 1} points</span>&#32;<time
title="Sun Aug 24 21:40:02 2025 UTC" datetime="2025-08-24T21:40:02+00:00" class="live-timestamp">${c.ago}</time>${
  c.edited ? '&#32;<time class="edited-timestamp" title="last edited 2 days ago" datetime="2025-08-24T22:01:15+00:00">*</time>' : ''
}&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return togglecomment(this)">(${flat(c.kids ?? []).length} child${
  flat(c.kids ?? []).length === 1 ? '' : 'ren'
})</a></p><form action="#" class="usertext warn-on-unload" id="form-t1_${c.id}"><input type="hidden" name="thing_id" value="t1_${c.id}">
<div class="usertext-body may-blank-within md-container "><div class="md">${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form>
<ul class="flat-list buttons">${buttons
  .map((b, i) => `<li${i === 0 ? ' class="first"' : ''}><a href="javascript:void(0)" class="bylink">${b}</a></li>`)
  .join('')}
</ul><div class="reportform report-t1_${c.id}"></div></div><div class="child">${
  c.kids ? `<div id="siteTable_t1_${c.id}" class="sitetable listing">${c.kids.map((k) => comment(k, depth + 1)).join('\n')}</div>` : ''
}</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const html = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>${title} : BackyardApiary</title>
<meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="Second-year beekeeper, two hives...">
<meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta property="og:title" content="r/BackyardApiary on Reddit: ${title}"><meta property="og:site_name" content="reddit">
<link rel="canonical" href="https://www.reddit.com/r/BackyardApiary/comments/1mz0k4q/queenless_colony_at_the_end_of_august_requeen_or/">
<link rel="stylesheet" type="text/css" href="//www.redditstatic.example/reddit.6xRnkQ8e1Xk.css" media="all">
<script type="text/javascript" src="//www.redditstatic.example/reddit-init.en.Wb2nCkq9h6I.js"></script>
<script>r.setup({"ajax_domain": "old.reddit.com", "logged": false, "cur_listing": "comments", "post_site": "BackyardApiary"})</script>
</head><body class="listing-page comments-page loggedout"><div id="header" role="banner">
<a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div id="sr-header-area"><div class="width-clip">
<div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div>
<div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="https://old.reddit.com/r/popular/" class="choice">popular</a></li>
<li><span class="separator">-</span><a href="https://old.reddit.com/r/all/" class="choice">all</a></li><li><span class="separator">-</span><a
href="https://old.reddit.com/r/random/" class="random choice">random</a></li><li><span class="separator">-</span><a
href="https://old.reddit.com/users/" class="choice">users</a></li></ul><span class="separator">&nbsp;|&nbsp;</span>
<ul class="flat-list sr-bar hover" id="sr-bar">${links(srBar)}</ul></div>
<a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span
class="hover pagename redditname"><a href="https://old.reddit.com/r/BackyardApiary/">BackyardApiary</a></span><ul class="tabmenu ">
<li class="selected"><a href="https://old.reddit.com/r/BackyardApiary/comments/1mz0k4q/" class="choice">comments</a></li>
<li><a href="https://old.reddit.com/r/BackyardApiary/duplicates/1mz0k4q/" class="choice">other discussions (1)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="https://old.reddit.com/login" class="login-required login-link">Log in</a>
or <a href="https://old.reddit.com/register" class="login-required">sign up</a> in seconds.</span><span class="separator">|</span>
<ul class="flat-list hover"><li><a href="#" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/BackyardApiary/search" id="search" role="search">
<input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22">
<div id="searchexpando" class="infobar"><label><input type="checkbox" name="restrict_sr" tabindex="21">limit my search to r/BackyardApiary</label>
<div id="moresearchinfo"><p>use the following search parameters to narrow your results:</p></div></div></form></div>
<div class="spacer"><form method="post" action="https://old.reddit.com/post/login" id="login_login-main" class="login-form login-form-side">
<input type="hidden" name="op" value="login-main"><input name="user" placeholder="username" type="text" maxlength="20" tabindex="1">
<input name="passwd" placeholder="password" type="password" tabindex="1"><div id="remember-me"><input type="checkbox" name="rem"
id="rem-login-main" tabindex="1"><label for="rem-login-main">remember me</label><a class="recover-password" href="/password">reset password</a>
</div><div class="submit"><span class="throbber"></span><button class="btn" type="submit" tabindex="1">login</button></div></form></div>
<div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on </span><time
datetime="2025-08-24T18:03:11+00:00">24 Aug 2025</time></div><div class="score"><span class="number">212</span>&#32;<span
class="word">points</span>&#32;(97% upvoted)</div><div class="shortlink">shortlink: <input type="text" value="https://redd.it/1mz0k4q"
readonly="readonly" id="shortlink-text"></div></div></div>
<div class="spacer"><div class="sidebox submit submit-link"><div class="morelink"><a href="/r/BackyardApiary/submit"
class="login-required access-required" target="_top">Submit a new link</a></div></div></div>
<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="/r/BackyardApiary/submit?selftext=true"
class="login-required access-required" target="_top">Submit a new text post</a></div></div></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/BackyardApiary/" class="hover">BackyardApiary</a></h1>
<span class="fancy-toggle-button subscribe-button toggle"><a class="option active add login-required" href="#">join</a><a
class="option remove" href="#">leave</a></span><span class="subscribers"><span class="number">48,210</span>&#32;<span
class="word">readers</span></span><p class="users-online"><span class="number">63</span>&#32;<span class="word">users here now</span></p>
<form action="#" class="usertext"><div class="usertext-body may-blank-within md-container "><div class="md">
${sideMd.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Rules</h2><ol>${lis(sideRules)}</ol></div></div></form><div class="bottom">a community for <time datetime="2013-04-02T10:00:00+00:00">12 years</time>
</div></div></div>
<div class="spacer"><div class="sidecontentbox "><div class="title"><h1>MODERATORS</h1></div><ul class="content"><li><a
href="/message/compose?to=%2Fr%2FBackyardApiary" class="helplink">message the mods</a></li><li><a href="/user/queen_excluder">queen_excluder</a></li>
<li><a href="/user/HeatherHoneyHal">HeatherHoneyHal</a></li></ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="spacer"><div id="siteTable" class="sitetable linklisting">
<div class=" thing id-t3_1mz0k4q odd link self" id="thing_t3_1mz0k4q" onclick="click_thing(this)" data-fullname="t3_1mz0k4q" data-type="link"
data-author="hollowtree_hives" data-subreddit="BackyardApiary" data-domain="self.BackyardApiary" data-comments-count="47" data-score="212">
<p class="parent"></p><div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote"
tabindex="0"></div><div class="score dislikes" title="211">211</div><div class="score unvoted" title="212">212</div><div class="score likes"
title="213">213</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/BackyardApiary/comments/1mz0k4q/queenless_colony_at_the_end_of_august_requeen_or/" tabindex="1">${title}</a>&#32;<span
class="linkflairlabel " title="Question">Question</span>&#32;<span class="domain">(<a href="/r/BackyardApiary/">self.BackyardApiary</a>)</span></p>
<div class="expando-button expanded selftext"></div><p class="tagline ">submitted&#32;<time title="Sun Aug 24 18:03:11 2025 UTC"
datetime="2025-08-24T18:03:11+00:00" class="live-timestamp">2 days ago</time>&#32;by&#32;<a href="https://old.reddit.com/user/hollowtree_hives"
class="author may-blank id-t2_9xk2">hollowtree_hives</a><span class="userattrs"></span></p>
<ul class="flat-list buttons"><li class="first"><a href="/r/BackyardApiary/comments/1mz0k4q/" class="bylink comments may-blank"
rel="nofollow">47 comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li
class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post"
class="state-button hide-button"><span><a href="javascript:void(0)" data-event-action="hide">hide</a></span></form></li><li
class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="crosspost-button"><a
class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul></div>
<div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_1mz0k4q"><input type="hidden" name="thing_id" value="t3_1mz0k4q">
<div class="usertext-body may-blank-within md-container "><div class="md">${op.map((p) => `<p>${p}</p>`).join('\n')}</div></div></form></div>
</div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 47 comments</span></div><div class="menuarea"><div class="spacer">
<span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop" onclick="open_menu(this)"><span class="selected">best</span>
</div><div class="drop-choices lightdrop"><a href="?sort=top" class="choice">top</a><a href="?sort=new" class="choice">new</a><a
href="?sort=controversial" class="choice">controversial</a><a href="?sort=old" class="choice">old</a><a href="?sort=qa" class="choice">Q&amp;A</a>
</div></div></div><div class="sitetable nestedlisting" id="siteTable_t3_1mz0k4q">${tree.map((c) => comment(c, 0)).join('\n')}
<div class="thing morechildren"><span class="morecomments"><a class="button" href="javascript:void(0)">load more comments</a>
<span class="gray">&nbsp;(41 replies)</span></span></div></div></div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">about</li>
${links(aboutCol)}</ul></div><div class="col"><ul class="flat-vert hover"><li class="flat-vert title">help</li>${links(helpCol)}</ul></div>
<div class="col"><ul class="flat-vert hover"><li class="flat-vert title">apps &amp; tools</li>${links(appsCol)}</ul></div><div class="col"><ul
class="flat-vert hover"><li class="flat-vert title">&lt;3</li><li><a href="/premium">reddit premium</a></li></ul></div></div>
${bottom.map((p) => `<p class="bottommenu">${p}</p>`).join('\n')}</div>
<p class="debuginfo"><span class="icon">π</span>&nbsp;<span class="content">${debug}</span></p></body></html>`;
const all = flat(tree);
export const oldRedditThread: TestPage = {
  html,
  name: 'heldout128-old-reddit-thread',
  kind: 'forum',
  // the self-post (with its "Edit:" paragraph, which the poster wrote) and all comments are body; user names and times are
  // bylines; scores, flairs, "[–]", "(N children)", the button rows, the side bar, the login form and the footer are furniture
  title,
  headings: [],
  body: [...texts(op), ...all.flatMap((c) => texts(c.paras))],
  bylines: ['hollowtree_hives', 'smokerandveil', 'Drone_Congregation', 'wax_and_wane', '2 days ago', '1 day ago', 'submitted 2 days ago by hollowtree_hives'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'jump to content', 'my subreddits', 'popular', 'all', 'random', 'users', ...srBar, 'more »', 'reddit.com', 'BackyardApiary', 'comments',
    'other discussions (1)', 'Want to join? Log in or sign up in seconds.', 'English', 'limit my search to r/BackyardApiary',
    'use the following search parameters to narrow your results:', 'remember me', 'reset password', 'login', 'this post was submitted on',
    '24 Aug 2025', '212 points (97% upvoted)', 'shortlink:', 'Submit a new link', 'Submit a new text post', 'join', 'leave', '48,210 readers',
    '63 users here now', ...texts(sideMd), 'Rules', ...sideRules, 'a community for 12 years', 'MODERATORS', 'message the mods', 'queen_excluder',
    'HeatherHoneyHal', 'Question', '(self.BackyardApiary)', '47 comments', 'share', 'hide', 'crosspost', 'all 47 comments', 'sorted by:', 'best',
    'top', 'new', 'controversial', 'old', 'Q&A', '[–]', ...all.flatMap((c) => [c.flair ?? '', `${c.pts} points`]).filter((t) => t !== ''),
    '(1 child)', '(2 children)', '(0 children)', ...buttons, 'load more comments', '(41 replies)', ...aboutCol,
    ...helpCol, 'apps & tools', ...appsCol, '<3', 'reddit premium', ...bottom, debug,
  ])],
};
