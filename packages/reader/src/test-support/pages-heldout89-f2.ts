import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 89, file f2: an old.reddit.com thread (the subreddit bar with "my subreddits", the header tabs and "Want to
 * join?" line, the self post with vote arrows, score, link flair, "self." domain, tagline and its button row, the stickied
 * AutoModerator comment with its [M] tag, nested comments with "[–]" toggles, the three hidden-or-shown point counts, user
 * flair, "(n children)", an "edited" stamp, a quoted line of the post, "load more comments", the sorted-by menu, the sidebar
 * with the post stats, subreddit info, rules and moderators, and the footer).
 */
const rdTitle = 'Worth replacing a working 12-year-old gas combi with a heat pump? 1930s semi, numbers inside';
const rdPost = [
  'We have a 1930s three-bed semi in the East Midlands, about 95 m². The combi is 12 years old and still running fine, but it needed a new fan last ' +
    'winter and the engineer said to start thinking about a replacement.',
  'We’ve had two heat pump surveys. Both came back with a 7 kW unit, and both say we need to swap five of the nine radiators for bigger ones. The ' +
    'quotes were:',
];
const rdList = [
  'Installer A: £11,900 before the £7,500 grant, so £4,400 to us.',
  'Installer B: £13,250 before the grant, so £5,750, but that includes a new hot water cylinder with a bigger coil.',
];
const rdPost2 = [
  'Our gas use last year was about 11,500 kWh for heating and hot water. Loft is insulated, cavity walls were filled in 2015, windows are double ' +
    'glazed but old.',
  'Is it mad to replace a boiler that works? Or is the grant the thing that tips it, since it might not be there in five years?',
  'Edit: thanks all, lots to think about. Going to ask both installers for their heat loss calcs room by room before deciding.',
];
interface Comment {
  id: string;
  author: string;
  flair?: string;
  mod?: boolean;
  op?: boolean;
  score: number;
  ago: string;
  edited?: string;
  quote?: string;
  body: string[];
  children: Comment[];
}
const rdComments: Comment[] = [
  {
    id: 'kx1a0',
    author: 'AutoModerator',
    mod: true,
    score: 1,
    ago: '6 hours ago',
    children: [],
    body: [
      'Thanks for posting! If you are asking about quotes, please include your heat loss figure, floor area and current annual gas use so people can ' +
        'give useful advice.',
      'I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.',
    ],
  },
  {
    id: 'kx1c7',
    author: 'wetradiator',
    flair: 'Installer (MCS)',
    score: 64,
    ago: '5 hours ago',
    edited: 'last edited 4 hours ago',
    body: [
      'On those numbers you’re a pretty good candidate. 11,500 kWh of gas at around 90% boiler efficiency is roughly 10,300 kWh of heat. A decent ' +
        'install should get a seasonal efficiency of 3.2 or better, so you’d be buying a bit over 3,200 kWh of electricity instead.',
      'The thing I’d check is why the two quotes are so different on the cylinder. Ask A what coil size they’re fitting. An undersized coil is the ' +
        'most common reason people end up with lukewarm showers and a pump running flat out.',
    ],
    children: [
      {
        id: 'kx1f2',
        author: 'thermal_tortoise',
        op: true,
        score: 21,
        ago: '5 hours ago',
        children: [],
        body: ['That’s really helpful, thanks. A said their cylinder is 200 L, B is 210 L with the bigger coil. I’ll ask about the coil on A.'],
      },
      {
        id: 'kx1g9',
        author: 'Gardenshedphysics',
        score: 12,
        ago: '4 hours ago',
        children: [],
        body: ['Also ask what flow temperature they’ve designed for. If it is 50°C or above, the bigger radiators aren’t doing much for you.'],
      },
    ],
  },
  {
    id: 'kx1e4',
    author: 'MsHollyoak',
    score: 38,
    ago: '5 hours ago',
    quote: 'Is it mad to replace a boiler that works?',
    body: [
      'Not mad. We did exactly this last year with a 10-year-old boiler. The grant was the deciding factor for us too. Running costs have been about ' +
        'the same as gas, maybe slightly less on a heat pump tariff, and the house is more evenly warm.',
      'Only regret is not doing the radiators properly at the same time. We kept two small ones and those rooms are always a bit cool.',
    ],
    children: [],
  },
  {
    id: 'kx1h3',
    author: 'sceptical_plumber',
    score: 9,
    ago: '3 hours ago',
    children: [],
    body: [
      'Devil’s advocate: a 12-year-old combi can easily do another five years, and you’ll pay for the heat pump either way. If money is tight ' +
        'I’d get ' +
        'the radiators upsized now, which helps a future heat pump anyway, and wait for the boiler to die.',
    ],
  },
];
const rdBar = ['my subreddits', 'popular', 'all', 'random', 'users', 'AskUK', 'unitedkingdom', 'DIYUK', 'CasualUK', 'UKPersonalFinance', 'more »'];
const rdHeader = ['HeatPumpsUK', 'comments', 'other discussions (1)', 'Want to join? Log in or sign up in seconds.', 'English'];
const rdButtons = ['permalink', 'embed', 'save', 'parent', 'report', 'reply'];
const rdPostButtons = ['57 comments', 'share', 'save', 'hide', 'report', 'crosspost'];
const rdSide = [
  'this post was submitted on 05 Nov 2025',
  '187 points (96% upvoted)',
  'shortlink:',
  'Submit a new text post',
  'Get an ad-free experience with special benefits, and directly support Reddit.',
  'get reddit premium',
  'join',
  'leave',
  '24,318 readers',
  '112 users here now',
  'A place to discuss air and ground source heat pumps in UK homes: quotes, installs, tariffs and troubleshooting.',
  'Rules',
  'Be civil.',
  'No installer advertising or referral links.',
  'Include your floor area, heat loss and current usage when asking about quotes.',
  'a community for 6 years',
  'MODERATORS',
  'message the mods',
  'about moderation team »',
];
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
const rdLegal2 = 'REDDIT and the ALIEN Logo are registered trademarks of reddit inc.';
const rdRender =
  'π Rendered by PID 43021 on reddit-service-r2-loggedout-7f6b9c8d4-x2kqp at 2025-11-05 16:41:07.312448+00:00 running 9f3c2e1 country ' + 'code: GB.';
const md = (c: Comment): string =>
  `<div class="md">${c.quote ? `<blockquote><p>${c.quote}</p></blockquote>\n` : ''}${c.body.map((t) => `<p>${t}</p>`).join('\n')}</div>`;
const votes = (n: number): string =>
  `<span class="score dislikes" title="${n - 1}">${n - 1} points</span><span class="score unvoted" title="${n}">${n} points</span><span class="score likes"
title="${n + 1}">${n + 1} points</span>`;
const arrows = `<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div
class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>`;
const kids = (n: number): string => `(${n} ${n === 1 ? 'child' : 'children'})`;
const userattrs = (c: Comment): string =>
  (c.op ? '[<a class="submitter" title="submitter" href="#">S</a>]' : '') +
  (c.mod ? '[<a class="moderator" title="moderator of /r/HeatPumpsUK, speaking officially" href="#">M</a>]' : '');
const comment = (c: Comment, depth = 0): string => `<div class=" thing id-t1_${c.id} noncollapsed comment${c.mod ? ' stickied' : ''}" id="thing_t1_${c.id}"
data-fullname="t1_${c.id}" data-type="comment" data-author="${c.author}" data-subreddit="HeatPumpsUK"><p class="parent"><a name="${c.id}"></a></p>${arrows}
<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a><a
href="https://old.reddit.com/user/${c.author}" class="author may-blank${c.op ? ' submitter' : ''}${c.mod ? ' moderator' : ''}">${c.author}</a>${
  c.flair ? `<span class="flair flair-installer" title="${c.flair}">${c.flair}</span>` : ''
}<span class="userattrs">${userattrs(c)}</span> ${votes(c.score)} <time datetime="2025-11-05T10:00:00+00:00" class="live-timestamp">${c.ago}</time>${
  c.edited ? `&nbsp;<time class="edited-timestamp" datetime="2025-11-05T12:00:00+00:00">* (${c.edited})</time>` : ''
}${c.mod ? '&nbsp;<span class="stickied-tagline" title="selected by this subreddit’s moderators">stickied comment</span>' : ''}&nbsp;<a
href="javascript:void(0)"
class="numchildren" onclick="return togglecomment(this)">${kids(c.children.length)}</a></p>
<form action="#" class="usertext warn-on-unload" id="form-t1_${c.id}"><div class="usertext-body may-blank-within md-container ">${md(c)}</div></form>
<ul class="flat-list buttons">${rdButtons
  .filter((b) => b !== 'parent' || depth > 0)
  .map((b, i) => `<li${i === 0 ? ' class="first"' : ''}><a href="javascript:void(0)" class="${b}-button">${b}</a></li>`)
  .join('')}</ul></div><div class="child">${
  c.children.length ? `<div class="sitetable listing">${c.children.map((k) => comment(k, depth + 1)).join('\n')}</div>` : ''
}</div><div class="clearleft"></div></div>`;
const all = (cs: readonly Comment[]): Comment[] => cs.flatMap((c) => [c, ...all(c.children)]);
const rdHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>Worth replacing a working 12-year-old gas combi with a heat pump? 1930s semi,
numbers inside : HeatPumpsUK</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit "><meta name="description" content="We have a
1930s three-bed semi in the East Midlands, about 95 m². The combi is 12 years old and still running fine…"><meta name="referrer" content="always">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta property="og:title" content="${rdTitle}"><meta property="og:site_name"
content="reddit">
<link rel="canonical" href="https://www.reddit.com/r/HeatPumpsUK/comments/1oq7x2d/worth_replacing_a_working_12yearold_gas_combi/">
<link rel="stylesheet" href="//www.redditstatic.com/reddit.sDxZrPj0Ru4.css" media="all"><script type="text/javascript" id="config">r.setup({"ajax_domain":
"old.reddit.com","post_site":"HeatPumpsUK","logged":false,"status_msg":{},"renderstyle":"html"})</script></head>
<body class="listing-page comments-page loggedout"><div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">${rdBar[0]}</span></div><div class="sr-list"><ul
class="flat-list sr-bar hover">${links(rdBar.slice(1, 5))}</ul><span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover">
${links(rdBar.slice(5, 10))}</ul></div><a href="https://old.reddit.com/subreddits/" id="sr-more-link">${rdBar[10]}</a></div></div>
<div id="header-bottom-left"><a href="https://old.reddit.com/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename
redditname"><a href="https://old.reddit.com/r/HeatPumpsUK/">${rdHeader[0]}</a></span><ul class="tabmenu "><li class="selected"><a href="#"
class="choice">${rdHeader[1]}</a></li><li><a href="/r/HeatPumpsUK/duplicates/1oq7x2d/" class="choice">${rdHeader[2]}</a></li></ul></div>
<div id="header-bottom-right"><span class="user">${rdHeader[3]!.replace(
  'Log in or sign up',
  '<a href="https://old.reddit.com/login" ' + 'class="login-required">Log in or sign up</a>',
)}</span>
<span class="separator">|</span><ul class="flat-list hover"><li><a href="#" class="pref-lang">${rdHeader[4]}</a></li></ul></div></div>
<div class="side"><div class="spacer"><form action="https://old.reddit.com/r/HeatPumpsUK/search" id="search" role="search"><input type="text" name="q"
placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"></form></div><div class="spacer"><div class="linkinfo"><div
class="date"><span>this post
was submitted on </span><time datetime="2025-11-05T10:12:44+00:00">05 Nov 2025</time></div><div class="score"><span class="number">187</span> <span
class="word">points</span> (96% upvoted)</div><div class="shortlink">shortlink: <input type="text" value="https://redd.it/1oq7x2d" readonly></div></div></div>
<div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="/r/HeatPumpsUK/submit?selftext=true" class="login-required
access-required"
target="_top">${rdSide[3]}</a></div></div></div><div class="spacer"><div class="premium-banner-outer"><div class="premium-banner"><p>${rdSide[4]}</p><a
href="/premium" class="premium-banner__button">${rdSide[5]}</a></div></div></div><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a
href="/r/HeatPumpsUK/">HeatPumpsUK</a></h1><span class="fancy-toggle-button subscribe-button toggle" data-sr_name="HeatPumpsUK"><a class="option active add
login-required" href="#">${rdSide[6]}</a><a class="option remove" href="#">${rdSide[7]}</a></span><span class="subscribers"><span class="number">24,318</span>
<span class="word">readers</span></span><p class="users-online"><span class="number">112</span> <span class="word">users here now</span></p><form
class="usertext"><div class="usertext-body"><div
class="md"><p>${rdSide[10]}</p><h2>${rdSide[11]}</h2><ol><li>${rdSide[12]}</li><li>${rdSide[13]}</li><li>${rdSide[14]}</li>
</ol></div></div></form><div class="bottom"><span class="age">${rdSide[15]}</span></div></div></div><div class="spacer"><div class="sidecontentbox"><div
class="title"><h1>${rdSide[16]}</h1></div><ul class="content"><li><a href="/message/compose?to=%2Fr%2FHeatPumpsUK">${rdSide[17]}</a></li><li><a
href="/user/AutoModerator">AutoModerator</a></li><li><a href="/user/coldradiator">coldradiator</a></li><li class="more"><a
href="/r/HeatPumpsUK/about/moderators">${rdSide[18]}</a>
</li></ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1oq7x2d odd link self"
id="thing_t3_1oq7x2d" data-fullname="t3_1oq7x2d" data-type="link" data-author="thermal_tortoise" data-subreddit="HeatPumpsUK" data-comments-count="57"
data-score="187" data-domain="self.HeatPumpsUK"><p class="parent"></p><div class="midcol unvoted"><div class="arrow up login-required access-required"
role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="186">186</div><div class="score unvoted" title="187">187</div><div
class="score likes" title="188">188</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title"
href="/r/HeatPumpsUK/comments/1oq7x2d/"
tabindex="1">${rdTitle}</a> <span class="linkflairlabel " title="Advice Needed">Advice Needed</span> <span class="domain">(<a
href="/r/HeatPumpsUK/">self.HeatPumpsUK</a>)</span>
</p><div class="expando-button hide-when-pinned selftext expanded"></div><p class="tagline ">submitted <time title="Wed Nov 5 10:12:44 2025 UTC"
datetime="2025-11-05T10:12:44+00:00" class="live-timestamp">6 hours ago</time> by <a href="https://old.reddit.com/user/thermal_tortoise" class="author
may-blank
submitter">thermal_tortoise</a><span class="userattrs"></span></p><ul class="flat-list buttons"><li class="first"><a href="#"
class="bylink comments may-blank">${rdPostButtons[0]}</a></li>${rdPostButtons
  .slice(1)
  .map((b) => `<li class="${b}-button"><a href="javascript:void(0)">${b}</a></li>`)
  .join('')}</ul></div><div class="expando"><form action="#" class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div
class="md">${rdPost.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${rdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rdPost2.map((t) => `<p>${t}</p>`).join('\n')}</div></div></form></div></div><div class="child"></div><div class="clearleft"></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 57 comments</span></div><div class="menuarea"><div class="spacer"><span
class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">best</span></div><div class="drop-choices lightdrop"
hidden><a class="choice" href="?sort=top">top</a><a class="choice" href="?sort=new">new</a><a class="choice" href="?sort=controversial">controversial</a><a
class="choice" href="?sort=old">old</a><a class="choice" href="?sort=qa">q&amp;a</a></div></div></div><div class="infobar commentsignupbar"><div
class="commentsignupbar__container"><div class="commentsignupbar__title">Want to add to the discussion?</div><div class="commentsignupbar__body">Post
a comment!</div>
<a class="c-btn c-btn-primary" href="https://www.reddit.com/register/">Create an account</a></div></div>
<div class="sitetable nestedlisting" id="siteTable_t3_1oq7x2d">${rdComments.map((c) => comment(c)).join('\n')}
<div class="thing morechildren"><div class="entry unvoted"><span class="morecomments"><a class="button" href="javascript:void(0)" id="more_t1_kx1z0">load more
comments</a><span class="gray">&nbsp;(49 replies)</span></span></div></div></div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover">${links(rdFoot.slice(0, 4))}</ul></div><div class="col"><ul
class="hover">${links(rdFoot.slice(4, 10))}</ul></div><div class="col"><ul class="hover">${links(rdFoot.slice(10))}<li><a
href="/premium">&lt;3</a></li></ul></div></div><p
class="bottommenu">${rdLegal}</p>
<p class="bottommenu">${rdLegal2}</p><p class="bottommenu">${rdRender}</p></div>
<script type="text/javascript" src="//www.redditstatic.com/reddit-init.en.HXZLYv0vY0A.js"></script></body></html>`;
export const redditThread: TestPage = {
  html: rdHtml,
  name: 'heldout89-old-reddit-forum',
  kind: 'forum',
  // thread convention: the post and every comment (the AutoModerator one too) are body, the quoted line in a comment is in
  // neither list; names, "submitted ... by" and comment times and the edited stamp are bylines; scores (all three variants),
  // "[–]", flairs, [S]/[M] tags, "stickied comment", "(n children)", buttons, sort menu, sign-up bar, sidebar and footer are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdPost, ...rdList, ...rdPost2, ...all(rdComments).flatMap((c) => c.body)]),
  bylines: [
    'submitted 6 hours ago by thermal_tortoise',
    ...new Set(all(rdComments).flatMap((c) => [c.author, c.ago, ...(c.edited ? [`* (${c.edited})`] : [])])),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', ...rdBar, 'reddit.com', ...rdHeader.filter((t) => t !== 'HeatPumpsUK'), 'r/HeatPumpsUK'.slice(2), ...rdPostButtons, 'Advice Needed',
    '(self.HeatPumpsUK)', '[–]', 'Installer (MCS)', '[S]', '[M]', 'stickied comment', ...new Set(all(rdComments).map((c) => kids(c.children.length))),
    ...new Set(all(rdComments).flatMap((c) => [c.score - 1, c.score, c.score + 1].map((n) => `${n} points`))), ...rdButtons, 'all 57 comments', 'sorted by:',
    'best', 'top', 'new', 'controversial', 'old', 'q&a', 'Want to add to the discussion?', 'Post a comment!', 'Create an account', 'load more comments',
    '(49 replies)', ...rdSide, 'coldradiator', ...rdFoot, '<3', rdLegal, rdLegal2, rdRender,
  ],
};
