import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 35, file b2: a ProBoards thread on a vintage sewing machine forum, as a guest sees it (banner, the nav bar with
 * Login and Register, the guest welcome line, breadcrumb "nav-tree", the thread title bar with buttons, a table of posts with a
 * mini-profile cell (rank, stars, posts, likes, location, online status), date abbrs, a quote block, "Last Edit" lines, "likes
 * this" lines, signatures, the pager, "Users Browsing This Thread", ad slots and the ProBoards footer).
 */
const pbTitle = 'Singer 201-2 motor hums but won’t turn the handwheel';
const pbOp = [
  'I picked up a Singer 201-2 at an estate sale for $40. It’s the potted motor version, the cabinet is in rough shape but the ' +
    'machine itself looks clean. When I press the foot control the motor hums loudly but the handwheel doesn’t move at all, and if I ' +
    'help it along by hand it turns maybe half a revolution and stops.',
  'I haven’t taken anything apart yet. The handwheel turns freely by hand when the motor is off, so I don’t think the machine is ' +
    'seized. Before I start pulling things apart, is this the grease in the motor gone solid? I’ve read about that with the 201s but ' +
    'I’m not sure where to start.',
];
const pbR1 = [
  'Almost certainly the old grease, yes. The 201-2 motor drives the machine through a worm gear, and the original grease in the gear ' +
    'housing turns into something like varnish after sixty-odd years. The motor has the power to hum but not to push through that.',
  'Unplug it, take the two screws out of the motor gear cover on the back, and have a look. If it’s hard and brown, dig it out with ' +
    'a wooden skewer, clean the rest with kerosene or mineral spirits, and repack with proper sewing machine motor lubricant, not ' +
    'general-purpose grease. While you’re in there, check the grease wicks in the motor bearings too.',
];
const pbQuote = 'Unplug it, take the two screws out of the motor gear cover on the back, and have a look.';
const pbR2 = [
  'Opened it up tonight. You weren’t kidding, it looked like brown candle wax. Took me an hour with a skewer and an old toothbrush.',
  'Repacked it and put fresh oil on the wicks, and now it runs! Slowly at first, but it gets smoother every minute. Thank you so much.',
];
const pbR3 = [
  'Lovely result. One tip from someone who has done a dozen of these: run it without thread for ten minutes or so before you sew ' +
    'anything, then check the motor housing doesn’t get more than warm. If it does, the brushes may need replacing too, and those are ' +
    'cheap and easy to find.',
  'And post a photo of it sewing when you get there, we like a happy ending on this board.',
];
type PbUser = { name: string; id: number; rank: string; stars: number; posts: string; likes: string; loc?: string; online: boolean; sig?: string };
const henry: PbUser = {
  name: 'Henry (BuckeyeTreadle)',
  id: 12,
  rank: 'Master Mechanic',
  stars: 5,
  posts: '3,418',
  likes: '1,906',
  loc: 'Dayton, Ohio',
  online: true,
  sig: 'Treadles are for life, motors are for convenience. 15-91 · 201-2 · 301A · 66-16',
};
const marg: PbUser = { name: 'Marguerite L', id: 2291, rank: 'New Threader', stars: 1, posts: '6', likes: '4', online: false };
const pat: PbUser = { name: 'Pat in Kent', id: 418, rank: 'Bobbin Winder', stars: 3, posts: '902', likes: '611', loc: 'Kent, UK', online: false };
const pbPost = (n: number, id: number, who: PbUser, when: string, ts: number, msg: string, o: { edit?: string; likes?: string } = {}): string => `
<tr class="post ${n % 2 === 1 ? 'odd' : 'even'}${n === 1 ? ' first' : ''}" id="post-${id}" data-id="${id}"><td class="left-panel">
<div class="mini-profile" data-id="${who.id}"><a class="user-link user-${who.id} group-0" href="/user/${who.id}" \
title="@${who.name.replace(/\W+/g, '')}">${who.name}</a>
<div class="rank-${who.stars}">${who.rank}</div><div class="stars">${'<img src="//images.proboards.com/v5/images/star.png" alt="*">'.repeat(who.stars)}</div>
<div class="avatar"><img src="//storage.proboards.com/6630191/images/av_${who.id}.png" alt="${who.name} Avatar" width="100"></div>
<div class="info">Posts: ${who.posts}<br>Likes: ${who.likes}<br>${who.loc === undefined ? '' : `Location: <span>${who.loc}</span>`}</div>
<div class="personal-text"></div><div class="${who.online ? 'online' : 'offline'}">${who.online ? 'Member is Online' : 'Member is Offline'}</div>
</div></td><td class="content-cell"><div class="content-head"><div class="info"><span class="date">\
<abbr class="o-timestamp time" data-timestamp="${ts}" title="${when}">${when}</abbr></span></div>
<div class="controls"><a href="/post/${id}/quote/219" class="button quote-button" role="button">Quote</a>\
<a href="/post/${id}/thread" class="button like-button" role="button">Like</a></div></div>
<article><div class="message">${msg}</div>${o.edit === undefined ? '' : `<div class="edited_by">Last Edit: ${o.edit}</div>`}</article>
<div class="foot">${o.likes === undefined ? '' : `<div class="likes">${o.likes}</div>`}${who.sig === undefined ? '' : `<div class="signature">${who.sig}</div>`}
</div></td></tr>`;
const pbNav = ['Home', 'Search', 'Members', 'Calendar', 'Help', 'Login', 'Register'];
const pbFoot = ['Terms of Service', 'Privacy Policy', 'Cookies', 'FTC Disclosure', 'Report Abuse', 'Do Not Sell or Share My Personal Information'];
const pbHtml = `<!DOCTYPE html>
<html lang="en" xmlns:og="http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${pbTitle} | The Treadle &amp; Motor</title>
<meta name="description" content="I picked up a Singer 201-2 at an estate sale for $40."><meta property="og:type" content="article">
<link rel="stylesheet" href="//storage.proboards.com/6630191/css/treadle_theme.css"><style type="text/css">.mini-profile .rank-5{color:#8a2b2b}
.post .likes{font-size:11px;color:#777}</style><script>proboards.data('serverDate', 1768012345000);
proboards.data('user', {"id":0,"is_guest":true,"time_style":"12hr"});</script></head>
<body id="thread" class="thread-view board-7"><div id="wrapper"><a id="top"></a><div id="header"><div id="banner">
<a href="/"><img src="//storage.proboards.com/6630191/images/banner_treadle.png" alt="The Treadle &amp; Motor"></a></div>
<div id="navigation-menu" class="ui-menu"><ul>${pbNav.map((t) => `<li><a href="/${t.toLowerCase()}" class="${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>\
</div>
<div id="welcome">Welcome Guest. Please <a href="/login">Login</a> or <a href="/register">Register</a>.</div></div>
<div class="ad-slot" id="pb-ad-top"><div class="pb-ad-label">Advertisement</div><div id="div-gpt-ad-1554-0"></div></div>
<div id="content" class="clearfix"><div class="nav-tree-wrapper"><ul id="nav-tree" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="home-crumb"><a href="/">The Treadle &amp; Motor</a></li><li><a href="/#category-3">Machines</a></li>
<li><a href="/board/7/repairs-restoration">Repairs &amp; Restoration</a></li><li class="last"><a href="/thread/21877">${pbTitle}</a></li></ul></div>
<div class="container posts"><div class="title-bar"><h1>${pbTitle}</h1><div class="thread-buttons"><ul class="ui-menu">
<li><a href="/thread/21877/reply" class="button reply-button">Reply</a></li><li><a href="/thread/21877/print" class="button">Print</a></li>
<li><a href="/thread/21877/bookmark" class="button">Bookmark</a></li></ul></div></div>
<div class="content cap-bottom"><table class="list"><tbody>
${pbPost(1, 255901, marg, 'Jan 6, 2026 at 2:17pm', 1767727020, pbOp.join('<br><br>'))}
${pbPost(2, 255914, henry, 'Jan 6, 2026 at 4:40pm', 1767735600, pbR1.join('<br><br>'), {
  likes: '<a class="user-link user-2291" href="/user/2291">Marguerite L</a> and <a href="#" class="js-show-likes">4 more</a> like this',
})}
${pbPost(
  3,
  256078,
  marg,
  'Jan 7, 2026 at 8:51pm',
  1767837060,
  `<div class="quote" data-author="@henry" data-time="1767735600"><div class="quote_header">Quote from <a class="user-link user-12" href="/user/12">\
Henry (BuckeyeTreadle)</a> on <span class="date">Jan 6, 2026 at 4:40pm</span></div><div class="quote_body">${pbQuote}</div></div>${pbR2.join('<br><br>')}`,
  { edit: 'Jan 7, 2026 at 9:02pm by Marguerite L', likes: 'Henry (BuckeyeTreadle), Pat in Kent and <a href="#">7 more</a> like this' },
)}
${pbPost(4, 256102, pat, 'Jan 8, 2026 at 3:05am', 1767859500, pbR3.join('<br><br>'))}
</tbody></table></div><div class="controls bottom"><ul class="ui-pagination"><li class="ui-pagination-page state-selected"><span>1</span></li></ul>
<ul class="ui-menu"><li><a href="/thread/21877/reply" class="button reply-button">Reply</a></li></ul></div></div>
<div class="container stats"><div class="title-bar"><h2>Users Browsing This Thread</h2></div><div class="content">
<p>1 Guest is viewing this thread. Registered members: <a class="user-link user-12" href="/user/12">Henry (BuckeyeTreadle)</a></p></div></div></div>
<div class="ad-slot" id="pb-ad-bottom"><div class="pb-ad-label">Advertisement</div><div id="div-gpt-ad-1554-1"></div></div>
<div id="footer"><div class="pb-footer"><a href="https://www.proboards.com" class="pb-logo">Powered by ProBoards</a>
<a href="https://www.proboards.com/create-free-forum">Get your own free forum!</a><ul class="pb-footer-links">${pbFoot
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}</ul></div></div></div>
<div id="pb-cookie-notice" class="cookie-notice" style="display:none"><p>ProBoards and its partners use cookies to personalise ads and measure \
site traffic.</p><button class="button">I Agree</button></div></body></html>`;
export const proboardsThread: TestPage = {
  html: pbHtml,
  name: 'heldout35-proboards-thread',
  kind: 'forum',
  // the four posts are body; the quoted sentence in post 3 repeats Henry's post (in neither, and so is its "Quote from" header,
  // which repeats a name and date); names, post dates and the "Last Edit" date are bylines; ranks, post and like counts,
  // locations, online status, Henry's signature, the "like this" lines, buttons, the guest welcome, nav, breadcrumb, "Users
  // Browsing This Thread", ad labels, the hidden cookie notice and the footer are furniture; "Like", "Help" and "Home" are left out
  // ("like" and "help" are words of the posts), and so is "Quote" with the quote header
  title: pbTitle,
  headings: [],
  body: texts([...pbOp, ...pbR1, ...pbR2, ...pbR3]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Marguerite L', 'Jan 6, 2026 at 2:17pm', 'Henry (BuckeyeTreadle)', 'Jan 6, 2026 at 4:40pm', 'Jan 7, 2026 at 8:51pm',
    'Jan 7, 2026 at 9:02pm by Marguerite L', 'Pat in Kent', 'Jan 8, 2026 at 3:05am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pbNav.filter((t) => t !== 'Home' && t !== 'Help'), 'Welcome Guest. Please Login or Register.', 'Advertisement', 'The Treadle & Motor', 'Machines',
    'Repairs & Restoration', 'Reply', 'Print', 'Bookmark', 'Master Mechanic', 'New Threader', 'Bobbin Winder', 'Posts: 3,418', 'Likes: 1,906',
    'Location: Dayton, Ohio', 'Member is Online', 'Posts: 6', 'Likes: 4', 'Member is Offline', 'Posts: 902', 'Likes: 611', 'Location: Kent, UK',
    'Last Edit:', 'and 4 more like this', 'and 7 more like this', henry.sig ?? '', 'Users Browsing This Thread',
    '1 Guest is viewing this thread. Registered members:', 'Powered by ProBoards', 'Get your own free forum!', ...pbFoot,
    'ProBoards and its partners use cookies to personalise ads and measure site traffic.', 'I Agree',
  ],
};
