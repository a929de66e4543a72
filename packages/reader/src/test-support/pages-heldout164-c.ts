import { links, type TestPage, texts } from './page-kit.js';
import { headFiThread } from './pages-heldout164-c2.js';

/**
 * Held-out batch 164, file c: a Something Awful forums thread (the customised vBulletin showthread page) as a logged-out
 * visitor saves it (global menu, top banner ad, breadcrumbs, the thread bar with pages, bookmark and rating, the post
 * tables with author name, registration date and custom title, post date and post buttons, a "posted:" quote block, the
 * logged-out "you must be registered" notice, the forum jump and the vBulletin and company copyright lines) and, from file
 * c2, a Head-Fi thread.
 */
const saTitle = 'Cheap ways to store a board game collection that keeps growing';
type SaPost = { id: number; user: string; reg: string; title: string; when: string; quote?: [string, string]; paras: string[] };
const saPosts: SaPost[] = [
  {
    id: 540011204,
    user: 'Cardboard Colossus',
    reg: 'Mar 14, 2009',
    title: 'sleeve everything',
    when: 'Oct 12, 2025 14:22',
    paras: [
      'My collection has passed ninety games and the living room bookcase gave up. I do not want to spend more on shelving than I ' +
        'spent on the games. What are people actually using that is cheap, holds the weight and does not look like a warehouse?',
      'Bonus question: do you store boxes vertically or flat? I have heard both are wrong.',
    ],
  },
  {
    id: 540011290,
    user: 'Meeple Reaper',
    reg: 'Jun 2, 2013',
    title: 'i will trade you wood for sheep',
    when: 'Oct 12, 2025 14:51',
    paras: [
      'Cube shelving from the big flat-pack store is the default for a reason. Each cube fits a standard square box either way up, ' +
        'the units are cheap secondhand, and you can add another when you buy more games, which you will.',
      'Vertical is fine if the inside is organised with bags or an insert. Flat is better for anything with loose cards and tokens, ' +
        'but then you have to dig for the bottom game every time.',
    ],
  },
  {
    id: 540011333,
    user: 'Cardboard Colossus',
    reg: 'Mar 14, 2009',
    title: 'sleeve everything',
    when: 'Oct 12, 2025 15:07',
    quote: ['Meeple Reaper', 'you can add another when you buy more games, which you will.'],
    paras: ['I feel personally attacked but you are correct. Are the cheap cube units strong enough for the heavy euro games though?'],
  },
  {
    id: 540011419,
    user: 'Dice Tower Of Babel',
    reg: 'Nov 29, 2017',
    title: '',
    when: 'Oct 12, 2025 16:40',
    paras: [
      'The particleboard ones sag in the middle if you put heavy boxes on a long span, but a cube is short enough that it is not a ' +
        'problem. Fix the unit to the wall. A full cube shelf tipping over is the kind of thing that ends game night for good.',
      'Also, get rid of games you do not play. I did a cull last year, sold twenty boxes at a local con, and bought one shelf ' + 'instead of three.',
    ],
  },
  {
    id: 540011502,
    user: 'Meeple Reaper',
    reg: 'Jun 2, 2013',
    title: 'i will trade you wood for sheep',
    when: 'Oct 12, 2025 18:02',
    paras: [
      'Seconding the wall anchor. And if you have oversized boxes that do not fit, a plain steel garage rack from a hardware store ' +
        'holds a ridiculous amount and costs less than a single deluxe edition.',
      'Put the games you actually play at eye level and the shrink-wrapped shame pile on the top shelf where you have to look at ' +
        'it every day. It is the cheapest cull motivator there is.',
    ],
  },
];
const saMenu = ['SA', 'Forums', 'Articles', 'Search the Forums', 'Forum Rules', 'SAclopedia', 'Log In', 'Register'];
const saCrumbs = ['The Something Awful Forums', 'Discussion', 'Board Games, CCGs and Minis'];
const saJump = ['General Bullshit', 'Games', 'Board Games, CCGs and Minis', 'Ask / Tell'];
const saPost = (
  p: SaPost,
  i: number,
): string => `<table class="post" id="post${p.id}" data-idx="${i + 1}"><tbody><tr class="${i % 2 === 0 ? 'altcolor1' : 'altcolor2'}">
<td class="userinfo userid-${p.id % 104729}"><dl class="userinfo"><dt class="author">${p.user}</dt><dd class="registered">${p.reg}</dd>
<dd class="title">${p.title === '' ? '<img src="https://fi.somethingawful.example/safs/titles/9a/1c/00.gif" alt="">' : `${p.title}<br>`}</dd></dl>
<ul class="profilelinks"><li><a href="member.php?action=getinfo&amp;userid=${p.id % 104729}">Profile</a></li>
<li><a href="search.php?action=do_search_posthistory&amp;userid=${p.id % 104729}">Post History</a></li></ul></td>
<td class="postbody">${
  p.quote
    ? `<div class="bbc-block"><h4><a class="quote_link" href="/showthread.php?goto=post&amp;postid=540011290#post540011290">${p.quote[0]}
posted:</a></h4><blockquote>${p.quote[1]}</blockquote></div>\n`
    : ''
}${p.paras.join('<br>\n<br>\n')}
</td></tr><tr class="${i % 2 === 0 ? 'altcolor1' : 'altcolor2'}"><td class="postdate"><a href="#post${p.id}" title="Link to this post">#</a>
<a href="/showthread.php?action=showpost&amp;postid=${p.id}" title="Jump to post">?</a> ${p.when}</td>
<td class="postlinks"><ul class="postbuttons"><li><a href="newreply.php?action=newreply&amp;postid=${p.id}">
<img src="https://fi.somethingawful.example/images/sa-quote.gif"
alt="Quote"></a></li><li class="alertbutton"><a href="modalert.php?postid=${p.id}">Report</a></li></ul></td></tr></tbody></table>`;
const saHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${saTitle} - The Something Awful Forums</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/main.css?1729500001">
<link rel="stylesheet" href="/css/bbcode.css?1729500001"><script src="https://ajax.googleapis.example/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<script src="/js/vb/forums.combined.js?1729500001"></script></head>
<body id="something_awful" class="showthread forum_122 thread_4102288"><div id="container">
<div id="globalmenu"><ul class="left">${links(saMenu.slice(0, 3))}</ul><ul class="right">${links(saMenu.slice(3))}</ul></div>
<div id="nav_purchase"><b>Purchase:</b> <a href="/account">Account</a> - <a href="/platinum">Platinum Upgrade</a> - <a href="/avatar">New Avatar</a></div>
<div id="ad_banner_user"><div class="ad_label">Advertisement</div><iframe src="https://fi.somethingawful.example/adserv/leader.html" title="ad"></iframe></div>
<div class="breadcrumbs"><span class="mainbodytextlarge">${saCrumbs.map((c, i) => `<a href="forumdisplay.php?forumid=${i}">${c}</a>`).join(' &gt; ')} &gt;
<a href="showthread.php?threadid=4102288" class="bclast">${saTitle}</a></span></div>
<div class="threadbar top"><div class="threadrate"><span>Thread Rating:</span> <img src="/images/rate/4stars.gif" alt="4 votes, 4.25 average"></div>
<div class="pages top">Pages (1): <span class="curpage">1</span></div><ul class="postbuttons"><li>
<a href="bookmarkthreads.php?threadid=4102288">Bookmark this thread</a></li>
<li><a href="newreply.php?action=newreply&amp;threadid=4102288"><img src="https://fi.somethingawful.example/images/forum-reply.gif" alt="Reply"></a></li></ul>
</div>
<div id="thread" class="">
${saPosts.map(saPost).join('\n')}
</div><div class="threadbar bottom"><div class="pages bottom">Pages (1): <span class="curpage">1</span></div></div>
<div class="notice_loggedout"><p>You must be a registered member to reply. Registration costs a one-time fee and keeps the idiots out.</p></div>
<div class="breadcrumbs"><span class="mainbodytextlarge">${saCrumbs.map((c, i) => `<a href="forumdisplay.php?forumid=${i}">${c}</a>`).join(' &gt; ')}</span>
</div>
<form class="forum_jump" action="forumdisplay.php" method="get"><label for="forumid">Jump to:</label><select id="forumid" name="forumid">
${saJump.map((t, i) => `<option value="${i}">${t}</option>`).join('\n')}</select><input type="submit" value="Go"></form>
<div id="copyright"><p>Powered by: vBulletin Version 2.2.9 (SAVB)</p><p>Copyright ©2000 - 2025, Jelsoft Enterprises Limited.</p>
<p>Copyright ©2025 Something Awful LLC</p></div></div>
<script>var adjust_page_position = true; $(function(){ SA.timg.init(); });</script></body></html>`;
const somethingAwful: TestPage = {
  html: saHtml,
  name: 'heldout164-somethingawful-vbulletin-thread',
  kind: 'forum',
  // every post is body; the "posted:" quote is in neither list; names and post times are bylines, registration dates,
  // custom titles, profile links, post buttons, ratings, pages, notice, jump box and copyright lines are furniture
  title: saTitle,
  headings: [],
  body: saPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(saPosts.map((p) => p.user)), ...saPosts.map((p) => p.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...saMenu, 'Purchase:', 'Account', 'Platinum Upgrade', 'New Avatar', 'Advertisement', ...saCrumbs, 'Thread Rating:', 'Pages (1): 1',
    'Bookmark this thread', ...new Set(saPosts.map((p) => p.reg)), 'sleeve everything', 'i will trade you wood for sheep', 'Profile', 'Post History',
    'Report', 'You must be a registered member to reply. Registration costs a one-time fee and keeps the idiots out.', 'Jump to:', 'General Bullshit',
    'Games', 'Ask / Tell', 'Powered by: vBulletin Version 2.2.9 (SAVB)', 'Copyright ©2000 - 2025, Jelsoft Enterprises Limited.',
    'Copyright ©2025 Something Awful LLC',
  ],
};

export const HELDOUT164_C: readonly TestPage[] = [somethingAwful, headFiThread];
