import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file f2: an old-Reddit (old.reddit.com) self-post thread (jump to content, the subreddit bar, the
 * header with the subreddit name and tabs, "Want to join?", the side bar with search, the subreddit titlebox whose h1 is the
 * subreddit's name, readers and users-online counts, rules and moderators; the post's p.title link, domain, tagline, flair
 * and flat-list buttons; the comment area with "all N comments", sort menu, nested comments with author flair and the
 * hidden dislikes / unvoted / likes score spans, and the footer with its link columns and legal line).
 */
const rTitle = 'Balcony tomatoes split after two days of heavy rain. Can I still save the rest of the crop?';
const rPost = [
  j(
    'Third year growing on a south-facing balcony, four plants in 30 litre pots. Everything was going well until we had two days of',
    'heavy rain after a dry fortnight. This morning about a third of the ripening fruit has split around the top, some of it quite',
    'deeply. The green ones look fine so far.',
  ),
  'Two questions: are the split ones safe to eat, and is there anything I can do to stop the rest splitting when the next storm comes?',
];
type RCom = { id: string; user: string; flair: string; pts: number; age: string; paras: string[]; kids?: RCom[] };
const rComs: RCom[] = [
  {
    id: 'k9x1a2',
    user: 'potbound_pete',
    flair: 'Zone 8b, south-facing',
    pts: 41,
    age: '8 months ago',
    paras: [
      j(
        'Splitting is almost always uneven watering, and a dry spell followed by a soaking is the classic trigger. The fruit takes up',
        'water faster than the skin can stretch.',
      ),
      j(
        'Fresh splits are fine to eat if you pick them the same day and cut away anything that looks mouldy. Do not leave them on the',
        'plant, because the cracks let in rot and fruit flies.',
      ),
      j(
        'For the rest: water deeply and at the same time every day, even when it looks wet, and mulch the top of the pots to slow',
        'drying. In pots you can also move them under the overhang before a big storm, which is the one advantage balcony growers have.',
      ),
    ],
    kids: [
      {
        id: 'k9x3c7',
        user: 'greenrail_gwen',
        flair: 'Zone 7a',
        pts: 12,
        age: '8 months ago',
        paras: ['Seconding the mulch. A couple of centimetres of straw on my pots cut my watering nearly in half and I have had far fewer splits since.'],
      },
    ],
  },
  {
    id: 'k9x2b4',
    user: 'sungold_sally',
    flair: '',
    pts: 9,
    age: '8 months ago',
    paras: [
      j(
        'Also worth picking anything that has started to colour before a forecast storm. Tomatoes ripen fine indoors once they have',
        'started to blush, and they will not split on the windowsill.',
      ),
    ],
    kids: [
      {
        id: 'k9x5d1',
        user: 'balcony_bea',
        flair: '',
        pts: 7,
        age: '8 months ago',
        paras: [
          j(
            'Thanks, everyone. I picked every tomato with any colour on it, cut up the split ones for a sauce tonight, and put straw on the four',
            'pots. The plants are now pushed back under the balcony above us, and I have set a reminder to water at seven every morning.',
          ),
        ],
      },
    ],
  },
];
const rCom = (c: RCom): string => `<div class=" thing id-t1_${c.id} noncollapsed comment" id="thing_t1_${c.id}" data-fullname="t1_${c.id}" data-type="comment"
data-author="${c.user}" data-author-fullname="t2_${c.id}" data-subreddit="balconygrowers"><p class="parent"><a name="${c.id}"></a></p>
<div class="midcol unvoted">
<div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div>
<div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a
href="https://old.reddit.com/user/${c.user}" class="author may-blank id-t2_${c.id}">${c.user}</a><span class="userattrs">
</span>&#32;<span class="score dislikes"
title="${c.pts}">${c.pts - 1} points</span><span class="score unvoted" title="${c.pts}">${c.pts} points</span>
<span class="score likes" title="${c.pts}">${c.pts + 1}
points</span>&#32;<time title="Sat Jul 19 10:02:17 2025 UTC" datetime="2025-07-19T10:02:17+00:00" class="live-timestamp">${c.age}</time>${
  c.flair === '' ? '' : `&nbsp;<span class="flair " title="${c.flair}">${c.flair}</span>`
}</p><form action="#" class="usertext warn-on-unload" id="form-t1_${c.id}"><input type="hidden" name="thing_id" value="t1_${c.id}"/><div class="usertext-body
may-blank-within md-container "><div class="md">${ps(c.paras)}</div></div></form><ul class="flat-list buttons"><li class="first"><a
href="https://old.reddit.com/r/balconygrowers/comments/1e6z0q/comment/${c.id}/" data-event-action="permalink" class="bylink" rel="nofollow">permalink</a></li>
<li><a href="javascript:void(0)" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required">
<a href="javascript:void(0)">save</a></li>
<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li>
<li class="reply-button login-required"><a
class="access-required" href="javascript:void(0)">reply</a></li></ul></div><div class="child">${
  c.kids ? `<div id="siteTable_t1_${c.id}" class="sitetable listing">${c.kids.map(rCom).join('\n')}</div>` : ''
}</div><div class="clearleft"></div></div><div class="clearleft"></div>`;
const rBar = ['popular', 'all', 'random', 'users'];
const rSubs = ['containergardens', 'urbanharvest', 'seedswaps', 'compostkeepers', 'houseplantrescue'];
const rRules = ['Be kind to beginners', 'No selling or affiliate links', 'Identify the plant if you can'];
const rFootCols = ['about', 'blog', 'advertising', 'careers', 'help', 'site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us'];
const rHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>${rTitle} : balconygrowers</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " />
<meta name="description" content="Third year growing on a south-facing balcony, four plants in 30 litre pots." /><meta name="referrer" content="always">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><link rel="canonical" href="https://www.reddit.com/r/balconygrowers/comments/1e6z0q/" />
<meta property="og:site_name" content="reddit"><meta property="og:title" content="r/balconygrowers on Reddit: ${rTitle}"><meta property="og:ttl" content="600">
<link rel="stylesheet" href="//www.redditstatic.com/reddit.HcQJ_2d4Ty8.css" media="all" type="text/css">
<script type="text/javascript" id="config">r.setup({"ajax_domain": "old.reddit.com", "post_site": "balconygrowers", "cur_domain": "reddit.com",
"logged": false});</script>
</head><body class="listing-page comments-page loggedout"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div><div class="sr-list">
<ul class="flat-list sr-bar hover">${links(rBar)}</ul><span class="separator">|</span><ul class="flat-list sr-bar hover" id="sr-bar">${links(rSubs)}</ul></div>
<a href="https://old.reddit.com/subreddits/" id="sr-more-link">more »</a></div></div><div id="header-bottom-left"><a href="/" id="header-img"
class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname">
<a href="https://old.reddit.com/r/balconygrowers/">balconygrowers</a></span>
<ul class="tabmenu "><li class="selected"><a href="https://old.reddit.com/r/balconygrowers/comments/1e6z0q/" class="choice">comments</a></li>
<li><a href="https://old.reddit.com/r/balconygrowers/duplicates/1e6z0q/" class="choice">other discussions (1)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="https://old.reddit.com/login" class="login-required login-link">Log in</a> or
<a class="register" href="https://www.reddit.com/register/">sign up</a> in seconds.</span><span class="separator">|</span><ul class="flat-list hover"><li><a
href="javascript:void(0)" class="pref-lang choice">English</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/balconygrowers/search" id="search" role="search"><input type="text" name="q"
placeholder="search" tabindex="20"><label><input type="checkbox" name="restrict_sr" checked>limit my search to r/balconygrowers</label></form></div>
<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/balconygrowers/" class="hover">balconygrowers</a></h1>
<span class="fancy-toggle-button subscribe-button toggle"><a class="option active add login-required" href="#">join</a></span><span class="subscribers"><span
class="number">48,210</span> <span class="word">readers</span></span><p class="users-online">
<span class="number">212</span> <span class="word">users here now</span>
</p><div class="usertext-body may-blank-within md-container "><div class="md"><p>Growing food and flowers where there is no garden: balconies, windowsills, fire
escapes and roofs.</p><h3>Rules</h3><ol>${rRules.map((t) => `<li>${t}</li>`).join('')}</ol></div></div><div class="bottom">a community for 9 years</div>
<div class="moderator-box"><h1>MODERATORS</h1><ul>${links(['windowbox_wren', 'trellis_tomas', 'AutoModerator'])}</ul></div></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1e6z0q odd link self"
data-fullname="t3_1e6z0q" data-type="link" data-author="balcony_bea" data-subreddit="balconygrowers" data-domain="self.balconygrowers"><p class="parent"></p>
<span class="rank"></span><div class="midcol unvoted">
<div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote"
tabindex="0"></div><div class="score dislikes" title="186">186</div><div class="score unvoted" title="187">187</div>
<div class="score likes" title="188">188</div>
<div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/balconygrowers/comments/1e6z0q/balcony_tomatoes_split/" tabindex="1">${rTitle}</a>&#32;<span class="linkflairlabel " title="Help!">Help!</span>&#32;
<span class="domain">(<a href="/r/balconygrowers/">self.balconygrowers</a>)</span></p>
<p class="tagline ">submitted&#32;<time title="Sat Jul 19 08:12:44 2025 UTC"
datetime="2025-07-19T08:12:44+00:00" class="live-timestamp">8 months ago</time>&#32;by&#32;<a href="https://old.reddit.com/user/balcony_bea"
class="author may-blank id-t2_bea">balcony_bea</a><span class="userattrs"></span></p><ul class="flat-list buttons"><li class="first"><a
href="https://old.reddit.com/r/balconygrowers/comments/1e6z0q/" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">23 comments</a>
</li>
<li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required">
<a href="#">save</a></li>
<li><form action="/post/hide" class="state-button hide-button"><span><a href="javascript:void(0)" data-event-action="hide">hide</a></span></form></li>
<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="crosspost-button"><a
class="post-crosspost-button" href="javascript: void 0;">crosspost</a></li></ul></div><div class="expando "><form action="#" class="usertext warn-on-unload"
id="form-t3_1e6z0q"><input type="hidden" name="thing_id" value="t3_1e6z0q"/><div class="usertext-body may-blank-within md-container "><div class="md">
${ps(rPost)}
</div></div></form></div></div><div class="child"></div><div class="clearleft"></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 23 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1e6z0q">${rComs.map(rCom).join('\n')}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover">${links(rFootCols)}</ul></div></div>
<p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.</p>
<p class="bottommenu">REDDIT and the ALIEN Logo are registered trademarks of reddit inc.</p></div>
<div class="infobar listingsignupbar"><p>Reddit uses cookies to improve your experience and to show you more relevant content.</p><a class="c-btn">accept</a>
</div>
<script type="text/javascript" src="//www.redditstatic.com/reddit-init.en.Ab3cD4.js"></script></body></html>`;
const allComs = (cs: RCom[]): RCom[] => cs.flatMap((c) => [c, ...allComs(c.kids ?? [])]);
export const oldReddit: TestPage = {
  name: 'heldout258-old-reddit-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...allComs(rComs).flatMap((c) => c.paras)]),
  bylines: ['balcony_bea', 'potbound_pete', 'greenrail_gwen', 'sungold_sally', '8 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'jump to content', 'my subreddits', ...rBar, ...rSubs, 'more »', 'reddit.com', 'balconygrowers', 'comments', 'other discussions (1)',
    'Want to join? Log in or sign up in seconds.', 'English', 'limit my search to r/balconygrowers', 'join', '48,210', 'readers', '212', 'users here now',
    'Growing food and flowers where there is no garden: balconies, windowsills, fire escapes and roofs.', 'Rules', ...rRules, 'a community for 9 years',
    'MODERATORS', 'windowbox_wren', 'trellis_tomas', 'AutoModerator', '187', 'Help!', 'self.balconygrowers', 'submitted', '23 comments', 'share', 'save',
    'hide',
    'report', 'crosspost', 'all 23 comments', 'sorted by:', 'best', '41 points', '12 points', '9 points', '7 points', 'Zone 8b, south-facing', 'Zone 7a',
    'permalink', 'embed', 'reply',
    ...rFootCols.filter((t) => t !== 'about'),
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.',
    'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.',
    'Reddit uses cookies to improve your experience and to show you more relevant content.',
    'accept',
  ]),
};
