import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file d2: a FlyerTalk forum thread on its vBulletin template (the top bar with "Register" and "Log
 * in", the forum nav, the breadcrumb of forums, the thread title with "Thread Tools" and "Search this Thread", the
 * "Page 1 of 1" pager, postbit tables with user names, user titles, join dates, locations, programs and post counts,
 * "#1" post numbers, a quoted post inside a reply, the "edited" line, "Like" and "Quote" buttons, a leaderboard ad between
 * posts, "Similar Threads", the quick-reply prompt, the consent banner and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const tTitle = 'Missed connection at Kessel on separate tickets: what are my options?';
type Post = { id: number; user: string; rank: string; join: string; loc: string; progs: string; posts: string; date: string; text: string[] };
const tPosts: Post[] = [
  {
    id: 1,
    user: 'lakeside_traveller',
    rank: 'FlyerTalk Member',
    join: 'Feb 2019',
    loc: 'Halvern',
    progs: 'Aeris Club Silver',
    posts: 'Posts: 214',
    date: 'Mar 4, 26, 8:41 am',
    text: paras(`
I am flying Halvern to Kessel on Aeris Atlantic next month, then Kessel to Port Ardmore two hours later on a different airline.
The tickets are separate because the combined fare was almost twice the price.

My question is what happens if the first flight is late and I miss the second one. Is there anything I can do in advance, or
am I simply buying a new ticket at the airport? I am travelling with hand luggage only, so at least bags are not an issue.`),
  },
  {
    id: 2,
    user: 'MileMonger',
    rank: 'FlyerTalk Evangelist',
    join: 'Jun 2008',
    loc: 'Port Ardmore',
    progs: 'AA Gold, Orbis Platinum',
    posts: 'Posts: 18,402',
    date: 'Mar 4, 26, 9:15 am',
    text: paras(`
On separate tickets the second airline owes you nothing if you miss their flight because of the first one. You will be a
no-show, and on most fares that means the whole ticket is gone, including any return.

Two hours at Kessel is tight for a self-transfer. You have to go landside, through security again and to a different pier.
If you can move the second flight to the afternoon for a small fee, I would do it now rather than hope.`),
  },
  {
    id: 3,
    user: 'lakeside_traveller',
    rank: 'FlyerTalk Member',
    join: 'Feb 2019',
    loc: 'Halvern',
    progs: 'Aeris Club Silver',
    posts: 'Posts: 214',
    date: 'Mar 4, 26, 10:02 am',
    text: paras(`
Thanks, that is what I was afraid of. Would travel insurance help here? My policy mentions "missed connections" but I cannot
tell whether that includes separate bookings.`),
  },
  {
    id: 4,
    user: 'nightowl_ardmore',
    rank: 'Senior Member',
    join: 'Nov 2014',
    loc: 'Kestrel Bay',
    progs: 'Aeris Club Gold',
    posts: 'Posts: 1,377',
    date: 'Mar 4, 26, 12:26 pm',
    text: paras(`
Some policies do cover it, usually as "missed departure" with a minimum connection time written into the terms. Mine required
at least three hours between flights on separate tickets, so a two-hour gap would not have qualified. Read the wording, not the
summary page.

Also worth knowing: if the first flight is cancelled rather than delayed, Aeris will normally rebook you for free, and the
advisory pages list which routes are covered when there is bad weather.`),
  },
  {
    id: 5,
    user: 'MileMonger',
    rank: 'FlyerTalk Evangelist',
    join: 'Jun 2008',
    loc: 'Port Ardmore',
    progs: 'AA Gold, Orbis Platinum',
    posts: 'Posts: 18,402',
    date: 'Mar 4, 26, 1:03 pm',
    text: paras(`
Good point on the minimum time. For what it is worth, the Orbis app shows the historic on-time rate for each flight number.
The morning Halvern departure has been more than 30 minutes late on about one day in five this winter.`),
  },
];
const tQuote = 'Would travel insurance help here? My policy mentions "missed connections"';
const tEdited = 'Last edited by MileMonger; Mar 4, 26 at 1:10 pm. Reason: added on-time figure';
const tNav = 'Forums|Search|New Posts|Members|Travel Deals|TravelBuzz'.split('|');
const tCrumbs = ['FlyerTalk Forums', 'Miles&Points', 'Airline Programs', 'Aeris Atlantic | Aeris Club'];
const tTools = ['Thread Tools', 'Search this Thread', 'Page 1 of 1', 'Reply'];
const tSimilar = [
  'Similar Threads',
  'Self-transfer at Kessel: how long do you allow?',
  'Aeris Atlantic misconnect on through ticket, rebooked next day',
  'Travel insurance that actually pays for missed departures',
];
const tConsent = [
  'We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.',
  'I Accept',
  'Show Purposes',
];
const tFoot = 'Contact Us|Archive|Advertising|Cookie Policy|Privacy Statement|Terms of Service|Top'.split('|');
const tPost = (
  p: Post,
): string => `<div id="edit${p.id}"><table id="post${p.id}" class="tborder vbseo_like_postbit" cellpadding="6" cellspacing="0" width="100%">
<tr><td class="thead"><div class="normal" style="float:right">&nbsp;<a href="#post${p.id}" rel="nofollow"
id="postcount${p.id}"><strong>#${p.id}</strong></a></div>
<div class="normal"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="Old"> ${p.date}</div></td></tr>
<tr><td class="alt2" width="175"><div id="postmenu_${p.id}"><a class="bigusername" href="/forum/members/${p.user.toLowerCase()}.html">${p.user}</a></div>
<div class="smallfont usertitle">${p.rank}</div><div class="smallfont"><div>Join Date: ${p.join}</div>
<div>Location: ${p.loc}</div><div>Programs: ${p.progs}</div><div>${p.posts}</div></div></td>
<td class="alt1" id="td_post_${p.id}"><div id="post_message_${p.id}" class="vb_postbit">
${
  p.id === 4
    ? `<div class="quote"><div class="smallfont">Quote:</div><table><tr><td class="alt2"><div>Originally Posted by <strong>lakeside_traveller</strong></div>
<div style="font-style:italic">${tQuote}</div></td></tr></table></div>\n`
    : ''
}${ps(p.text)}</div>
${p.id === 5 ? `<div class="smallfont edited"><em>${tEdited}</em></div>` : ''}
<div class="postfoot"><a class="like-button" href="#">Like</a> <a class="quote-button"
href="/forum/newreply.php?p=${p.id}">Quote</a></div></td></tr></table></div>`;
const tHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width">
<title>Missed connection at Kessel on separate tickets: what are my options? - FlyerTalk Forums</title>
<meta name="description" content="I am flying Halvern to Kessel on Aeris Atlantic next month, then Kessel to Port Ardmore two hours later.">
<link rel="canonical" href="https://www.flyertalk.com/forum/aeris-club/2170456-missed-connection-kessel-separate-tickets.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${tTitle}",
"author":{"@type":"Person","name":"lakeside_traveller"},"datePublished":"2026-03-04T08:41:00-05:00","interactionStatistic":{"userInteractionCount":4}}</script>
<script type="text/javascript" src="/forum/clientscript/vbulletin_global.js?v=387"></script>
<link rel="stylesheet" type="text/css" href="/forum/clientscript/vbulletin_css/style-ft.css"></head>
<body><div id="ft-topbar"><a href="/" class="ft-logo"><img src="/forum/images/ft-logo.png" alt="FlyerTalk"></a><div class="ft-userlinks">
<a href="/forum/register.php">Register</a> <a href="/forum/login.php">Log in</a></div></div>
<div id="ft-nav"><ul class="navbar">${links(tNav, 'navbar-item')}</ul></div>
<div id="ad-leaderboard-top" class="ad-unit"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-top"></div></div>
<div class="page" style="width:100%; text-align:left"><div style="padding:0px 10px 0px 10px">
<table class="tborder" cellpadding="6" cellspacing="1" width="100%"><tr><td class="alt1" width="100%"><div class="navbar" style="font-size:10pt">
${tCrumbs
  .map(
    (c) => `<span class="navbar"><a href="/forum/" itemprop="url"><span
itemprop="title">${c.replace(/&/g, '&amp;')}</span></a></span>`,
  )
  .join(' &gt; ')}
</div><h1 class="threadtitle"><strong>${tTitle}</strong></h1></td></tr></table>
<table cellpadding="0" cellspacing="0" width="100%" class="thread-controls"><tr><td class="smallfont"><a href="/forum/newreply.php?t=2170456">
<img src="/forum/images/buttons/reply.gif" alt="${tTools[3]}"></a></td><td><div class="pagenav"><span class="vbmenu_control">${tTools[2]}</span></div></td>
<td class="vbmenu_control" id="threadtools"><a href="#goto_threadtools">${tTools[0]}</a></td>
<td class="vbmenu_control" id="threadsearch"><a href="#goto_threadsearch">${tTools[1]}</a></td></tr></table>
<div id="posts">
${tPosts.slice(0, 2).map(tPost).join('\n')}
<div id="ad-inpost" class="ad-unit"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-inpost"></div></div>
${tPosts.slice(2).map(tPost).join('\n')}
</div>
<div class="quick-reply-prompt"><p>Reply to this thread: <a href="/forum/login.php">Log in</a> or <a href="/forum/register.php">Register</a></p></div>
<table class="tborder similar-threads" cellpadding="6" width="100%"><tr><td class="tcat">${tSimilar[0]}</td></tr>
${tSimilar
  .slice(1)
  .map((t) => `<tr><td class="alt1"><a href="/forum/aeris-club/">${t}</a></td></tr>`)
  .join('\n')}</table></div></div>
<div id="footer"><ul class="footer-links">${links(tFoot)}</ul><div class="smallfont copyright">© 2026 FlyerTalk. All rights reserved.</div></div>
<div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui"><p>${tConsent[0]}</p><button mode="primary">${tConsent[1]}</button>
<button mode="secondary">${tConsent[2]}</button></div>
<script>vBulletin_init();</script></body></html>`;
export const flyertalkThread: TestPage = {
  html: tHtml,
  name: 'heldout215-flyertalk-thread-forum',
  kind: 'forum',
  // every post is body; user names and post times are bylines and the edited line too; user titles, join dates,
  // locations, programs, post counts, post numbers and buttons are furniture; the quoted post is in neither list
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => texts(p.text)),
  bylines: [...new Set(tPosts.flatMap((p) => [p.user, p.date])), tEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Log in', ...tNav, 'Advertisement', ...tCrumbs, ...tTools.slice(0, 3), 'FlyerTalk Member', 'FlyerTalk Evangelist', 'Senior Member',
    ...new Set(tPosts.flatMap((p) => [`Join Date: ${p.join}`, `Location: ${p.loc}`, `Programs: ${p.progs}`, p.posts])), '#1', '#2', '#3', '#4', '#5',
    'Like', 'Quote', 'Reply to this thread:', ...tSimilar, ...tFoot, '© 2026 FlyerTalk. All rights reserved.', ...tConsent,
  ],
};
