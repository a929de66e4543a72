import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 47, file e2: a FluxBB 1.5 topic on the Air style (the board header with title, description and menu, the
 * "You are not logged in" bar, an announcement block, the crumbs and "Pages" row above and below, five posts with their
 * number and date heads, user info columns, "Re:" subjects, a quote box, an edit line, a signature, the Online/Offline
 * status, and the board footer with the "Jump to" menu, the Atom feed link and "Powered by FluxBB").
 */
const fxTitle = 'Oil varnish stays tacky after two weeks in a cold workshop';
type FxUser = { name: string; id: number; title: string; from?: string; reg: string; posts: string; online: boolean; sig?: string };
const pete: FxUser = {
  name: 'hollowbody_pete',
  id: 88,
  title: 'Member',
  from: 'Sheffield',
  reg: '2019-10-02',
  posts: '212',
  online: true,
  sig: 'Currently building: F-style mandolin #3, and a parlour guitar that never seems to get finished',
};
const vg: FxUser = { name: 'varnishgirl', id: 12, title: 'Moderator', from: 'Hebden Bridge', reg: '2012-03-17', posts: '4,806', online: false };
const tom: FxUser = { name: 'Tom_in_Bristol', id: 341, title: 'Member', reg: '2021-07-29', posts: '57', online: false };
type FxPost = { pid: number; user: FxUser; when: string; paras: string[]; quote?: [string, string]; edit?: string };
const fxPosts: FxPost[] = [
  {
    pid: 45210,
    user: pete,
    when: '2025-01-21 19:42:10',
    paras: [
      'I put the second coat of an oil varnish (linseed and alkyd, wiped on thin) on a mandolin top sixteen days ago and it is ' +
        'still tacky to the touch. The first coat dried overnight back in October. The only thing that has changed is the ' +
        'temperature: the workshop is an unheated garage and it has been between 4 and 7 degrees for most of January.',
      "Is it just the cold, or have I ruined the finish? I'd rather not strip it if waiting will do, because there is a " +
        'sunburst underneath that took me a whole weekend.',
    ],
  },
  {
    pid: 45213,
    user: vg,
    when: '2025-01-21 20:15:33',
    paras: [
      'Almost certainly the cold. Oil varnishes cure by oxidation, and the reaction slows right down below about 10 degrees. ' +
        'It also wants light and moving air, and a closed garage in January has neither.',
      'Bring the instrument indoors, hang it somewhere warm with a bit of daylight, and give it a week. If it is still tacky ' +
        'after that, the coat was probably too thick, and the usual fix is to let it cure as far as it will and level it back ' +
        'with fine paper before the next coat.',
    ],
  },
  {
    pid: 45219,
    user: pete,
    when: '2025-01-22 08:03:51',
    quote: ['varnishgirl', 'Bring the instrument indoors, hang it somewhere warm with a bit of daylight, and give it a week.'],
    paras: [
      "It's on top of the airing cupboard now, wrapped loosely in a cotton sheet to keep the cat off. The smell has changed " +
        'already, which I hope is a good sign.',
      'Should I have added a drier to the second coat? The tin says it already contains one.',
    ],
    edit: 'Last edited by hollowbody_pete (2025-01-22 08:05:17)',
  },
  {
    pid: 45236,
    user: tom,
    when: '2025-01-22 12:40:09',
    paras: [
      "Don't add more drier. Too much of it makes the film brittle later and can cause fine cracking after a year or two, " +
        'especially on a top that moves with the seasons. If the tin says it contains drier, trust it and give it warmth instead.',
      'I cure my guitars in a plywood box with two UV strip lights and a small computer fan. It cost about thirty pounds to ' +
        'build, and a coat is hard in three days even in winter.',
    ],
  },
  {
    pid: 45302,
    user: pete,
    when: '2025-01-29 21:10:44',
    paras: [
      'Update for anyone who finds this later: after a week on the airing cupboard the top is hard, and I could level it with ' +
        '1200 paper without it clogging. The third coat goes on this weekend, indoors this time. Thanks both.',
    ],
  },
];
const fxMenu = ['Index', 'User list', 'Rules', 'Search', 'Register', 'Login'];
const fxCrumbs = `<ul class="crumbs">
<li><a href="index.php">Index</a></li>
<li><span>»&#160;</span><a href="viewforum.php?id=4">Finishing</a></li>
<li><span>»&#160;</span><strong><a href="viewtopic.php?id=3412">${fxTitle}</a></strong></li>
</ul>`;
const fxPages = '<div class="pagepost"><p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p></div>';
const fxPost = (
  p: FxPost,
  i: number,
) => `<div id="p${p.pid}" class="blockpost ${i % 2 === 0 ? 'rowodd' : 'roweven'}${i === 0 ? ' firstpost' : ''} blockpost${i + 1}">
	<h2><span><span class="conr">#${i + 1}</span> <a href="viewtopic.php?pid=${p.pid}#p${p.pid}">${p.when}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong><a href="profile.php?id=${p.user.id}">${p.user.name}</a></strong></dt>
						<dd class="usertitle"><strong>${p.user.title}</strong></dd>
						<dd class="postavatar"><img src="img/avatars/${p.user.id}.jpg?m=1611233001" width="60" height="60" alt="" /></dd>
${p.user.from ? `						<dd><span>From: ${p.user.from}</span></dd>\n` : ''}						<dd><span>Registered: ${p.user.reg}</span></dd>
						<dd><span>Posts: ${p.user.posts}</span></dd>
					</dl>
				</div>
				<div class="postright">
					<h3>${i === 0 ? '' : 'Re: '}${fxTitle}</h3>
					<div class="postmsg">
${p.quote ? `						<div class="quotebox"><cite>${p.quote[0]} wrote:</cite><blockquote><div><p>${p.quote[1]}</p></div></blockquote></div>\n` : ''}${p.paras
  .map((t) => `						<p>${t}</p>`)
  .join('\n')}
${p.edit ? `						<p class="postedit"><em>${p.edit}</em></p>\n` : ''}					</div>
${p.user.sig ? `					<div class="postsignature postmsg"><hr /><p>${p.user.sig}</p></div>\n` : ''}				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>${p.user.online ? 'Online' : 'Offline'}</span></p></div>
			</div>
		</div>
	</div>
</div>`;
const fxMenuItem = (t: string, i: number) =>
  `\t\t\t\t<li id="nav${t.toLowerCase().replace(/ /g, '')}"${i === 0 ? ' class="isactive"' : ''}>` +
  `<a href="${t.toLowerCase().replace(/ /g, '')}.php">${t}</a></li>`;
const fxHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${fxTitle} / Finishing / The Fretboard</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
<link rel="canonical" href="viewtopic.php?id=3412" title="Page 1" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=3412&amp;type=atom" title="Atom topic feed" />
</head>

<body>

<div id="punviewtopic" class="pun">
<div class="top-box"></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">The Fretboard</a></h1>
			<div id="brddesc"><p>For people who build, finish and repair stringed instruments</p></div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
${fxMenu.map(fxMenuItem).join('\n')}
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">You are not logged in.</p>
			<ul class="conr">
				<li><span>Topics: <a href="search.php?action=show_recent" title="Find topics with recent posts.">Active</a> |
				<a href="search.php?action=show_unanswered" title="Find topics with no replies.">Unanswered</a></span></li>
			</ul>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="announce" class="block">
	<div class="hd"><h2><span>Announcement</span></h2></div>
	<div class="box">
		<div id="announce-block" class="inbox">
			<div class="usercontent"><p>The spring meet-up is on 12 April at the Leeds workshop. Details and the sign-up list are in the Events forum.</p></div>
		</div>
	</div>
</div>

<div id="brdmain">
<div class="linkst">
	<div class="inbox crumbsplus">
		${fxCrumbs}
		${fxPages}
		<div class="clearer"></div>
	</div>
</div>

${fxPosts.map(fxPost).join('\n\n')}

<div class="postlinksb">
	<div class="inbox crumbsplus">
		${fxPages}
		${fxCrumbs}
		<div class="clearer"></div>
	</div>
</div>
</div>

<div id="brdfooter" class="block">
	<h2><span>Board footer</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
				<form id="qjump" method="get" action="viewforum.php">
					<div><label><span>Jump to<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
						<optgroup label="Building">
							<option value="1">Acoustic guitars</option>
							<option value="2">Mandolins and other small instruments</option>
						</optgroup>
						<optgroup label="Finishing and repair">
							<option value="4" selected="selected">Finishing</option>
							<option value="5">Repairs and setups</option>
						</optgroup>
					</select>
					<input type="submit" value="Go" accesskey="g" />
					</label></div>
				</form>
			</div>
			<div class="conr">
				<p id="feedlinks"><span class="atom"><a href="extern.php?action=feed&amp;tid=3412&amp;type=atom">Atom topic feed</a></span></p>
				<p id="poweredby">Powered by <a href="https://fluxbb.org/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>

</div>
<div class="end-box"></div>
</div>

</body>
</html>`;
const users = [pete, vg, tom];
export const fluxbbTopic: TestPage = {
  html: fxHtml,
  name: 'heldout47-fluxbb-topic',
  kind: 'forum',
  // title: the topic subject (first post's h3 and the last crumb); no headings; body: the five posts; the quote in the
  // third post with its "varnishgirl wrote:" is in neither (a quoted post); bylines: the posters' names, the post dates and
  // the "Last edited by" line; furniture: the board header and menu, "You are not logged in", the announcement, crumbs and
  // pages, post numbers, the "Re:" subjects, user titles, from, registration and post counts, the signature, Online and
  // Offline, and the board footer with its "Jump to" forum names; the post number "#4" is a body number ("4 and 7"): left out
  title: fxTitle,
  headings: [],
  body: fxPosts.flatMap((p) => texts(p.paras)),
  bylines: [...users.map((u) => u.name), ...fxPosts.map((p) => p.when), 'Last edited by hollowbody_pete (2025-01-22 08:05:17)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Fretboard', 'For people who build, finish and repair stringed instruments', ...fxMenu, 'You are not logged in.', 'Topics:', 'Active',
    'Unanswered', 'Announcement', 'The spring meet-up is on 12 April at the Leeds workshop. Details and the sign-up list are in the Events forum.',
    'Finishing', 'Pages:', ...fxPosts.map((_, i) => `#${i + 1}`).filter((n) => n !== '#4'), `Re: ${fxTitle}`, 'Member', 'Moderator', 'From: Sheffield',
    'From: Hebden Bridge', ...users.flatMap((u) => [`Registered: ${u.reg}`, `Posts: ${u.posts}`]), pete.sig!, 'Online', 'Offline', 'Board footer',
    'Jump to', 'Acoustic guitars', 'Mandolins and other small instruments', 'Repairs and setups', 'Atom topic feed', 'Powered by FluxBB',
  ],
};
