import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 64, file b3: a FluxBB 1.5 topic on a small Linux distribution's support forum, Air style, as a guest saves it
 * (board title and description, the menu, "You are not logged in.", the announcement box, the crumbs with the page links, five
 * posts each with a numbered date head, the user column (title, avatar, from, registered, posts), a "Re:" subject line, a quote
 * box, code boxes, the "Last edited by" line, a signature and the "Offline" foot, then the crumbs again, the "Atom topic feed"
 * link and the board footer with its "Jump to" form and "Powered by FluxBB").
 */
const fxTitle = '[SOLVED] tint2 clock stops after resume from suspend';
interface FxPost {
  id: number;
  n: number;
  user: string;
  uid: number;
  rank: string;
  from: string;
  reg: string;
  posts: string;
  date: string;
  paras: string[];
  quote?: string;
  code?: string;
  edited?: string;
  sig?: string;
}
const fxOp = { user: 'wrenfield', uid: 3318, rank: 'Member', from: 'Tampere', reg: '2023-06-02', posts: '88', sig: 'X270 · Larkspur 12 · openbox + tint2' };
const fxPosts: FxPost[] = [
  {
    ...{ id: 70114, n: 1, ...fxOp, date: '2025-02-14 18:22:07', code: '$ tint2 --version\ntint2 version 17.1.3' },
    paras: [
      'Since the last round of updates, the clock in my tint2 panel stops after the laptop resumes from suspend. The rest of the panel ' +
        'still works: the workspace buttons switch and the battery icon updates, but the clock stays on whatever time it was when I ' +
        'closed the lid.',
      'Restarting tint2 from a terminal fixes it until the next suspend. This is a ThinkPad X270 on a fresh install from the January ' +
        'image, with nothing unusual in the autostart file. Is anyone else seeing this?',
    ],
  },
  {
    ...{ id: 70119, n: 2, user: 'cortado', uid: 12, rank: 'Moderator', from: 'Leuven', reg: '2019-11-20', posts: '7,402', date: '2025-02-14 19:05:51' },
    code: '#!/bin/sh\n# /usr/lib/systemd/system-sleep/tint2-resume\ncase "$1" in\n    post) pkill -USR1 tint2 ;;\nesac',
    paras: [
      'Yes, several people have reported it. It is a known bug in that tint2 release: the clock timer is not re-armed when the system ' +
        'clock jumps forward, which is exactly what happens on resume.',
      'Until a fixed package lands, the simplest workaround is to have systemd poke the panel after resume. Put a small script in ' +
        '<code>/usr/lib/systemd/system-sleep/</code> that sends <code>pkill -USR1 tint2</code> when it is called with the argument ' +
        '<code>post</code>. USR1 makes tint2 reload its config, which restarts the clock as well:',
    ],
  },
  {
    ...{ id: 70131, n: 3, ...fxOp, date: '2025-02-14 21:47:30' },
    quote: 'Until a fixed package lands, the simplest workaround is to have systemd poke the panel after resume.',
    paras: [
      'Thanks. I put the script in place and made it executable, but nothing changed: the clock still stops after resume. Should the ' +
        'script be running as my user rather than as root?',
    ],
  },
  {
    ...{ id: 70140, n: 4, user: 'halvard', uid: 2207, rank: 'Member', from: 'Bergen', reg: '2021-03-09', posts: '412', date: '2025-02-15 07:12:58' },
    paras: [
      'It runs as root, which is fine for pkill, but it will not find the panel if tint2 is running under a different name. Check with ' +
        '<code>pgrep -a tint2</code>. If you start the panel from a wrapper script, the process name can be the wrapper’s.',
      'Also make sure the file has no stray extension. Scripts in that directory are run by name, and a file saved as ' +
        '<code>tint2-resume.txt</code> by a graphical editor will not be picked up the way you expect.',
    ],
  },
  {
    ...{ id: 70152, n: 5, ...fxOp, date: '2025-02-15 08:01:19', edited: '2025-02-15 08:03:44' },
    paras: [
      'It was the second one. The file manager had saved it with .txt on the end. I renamed it and the clock now picks up the right time ' +
        'within a second of opening the lid. I have marked the topic as solved. Thanks, both of you.',
    ],
  },
];
const fxCode = (c: string): string => `\n\t\t\t\t\t\t<div class="codebox"><pre><code>${c}</code></pre></div>`;
const fxPost = (
  p: FxPost,
): string => `<div id="p${p.id}" class="blockpost ${p.n % 2 === 1 ? 'rowodd' : 'roweven'}${p.n === 1 ? ' firstpost' : ''} blockpost${p.n}">
	<h2><span><span class="conr">#${p.n}</span> <a href="viewtopic.php?pid=${p.id}#p${p.id}">${p.date}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong><a href="profile.php?id=${p.uid}">${p.user}</a></strong></dt>
						<dd class="usertitle"><strong>${p.rank}</strong></dd>
						<dd class="postavatar"><img src="https://forum.larkspur.example/img/avatars/${p.uid}.png?m=1700000000" width="60" height="60" alt="" /></dd>
						<dd><span>From: ${p.from}</span></dd>
						<dd><span>Registered: ${p.reg}</span></dd>
						<dd><span>Posts: ${p.posts}</span></dd>
					</dl>
				</div>
				<div class="postright">
					<h3>${p.n === 1 ? '' : 'Re: '}${fxTitle}</h3>
					<div class="postmsg">
						${
              p.quote === undefined
                ? ''
                : `<div class="quotebox"><cite>cortado wrote:</cite><blockquote><div><p>${p.quote}</p></div></blockquote></div>\n\t\t\t\t\t\t`
            }<p>${p.paras.join('</p>\n\t\t\t\t\t\t<p>')}</p>${p.code === undefined ? '' : fxCode(p.code)}
${p.edited === undefined ? '' : `\t\t\t\t\t\t<p class="postedit"><em>Last edited by ${p.user} (${p.edited})</em></p>`}
					</div>
${p.sig === undefined ? '' : `\t\t\t\t\t<div class="postsignature postmsg"><hr /><p>${p.sig}</p></div>`}
				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>Offline</span></p></div>
			</div>
		</div>
	</div>
</div>`;
const fxMenu = ['Index', 'User list', 'Rules', 'Search', 'Register', 'Login'];
const fxCrumbs = ['Index', 'Help & Support (Desktop)'];
const fxAnnounce = 'Larkspur 12 “Wren” images are out. Please read the upgrade notes in the wiki before posting about upgrade problems.';
const fxJump = ['News & Announcements', 'Installation', 'Help & Support (Desktop)', 'Help & Support (Hardware)', 'Off Topic'];
const fxCrumbBlock = `<div class="inbox crumbsplus">
		<ul class="crumbs">
			<li><a href="index.php">Index</a></li>
			<li><span>»&#160;</span><a href="viewforum.php?id=4">Help &amp; Support (Desktop)</a></li>
			<li><span>»&#160;</span><strong><a href="viewtopic.php?id=9120">${fxTitle}</a></strong></li>
		</ul>
		<div class="pagepost">
			<p class="pagelink conl"><span class="pages-label">Pages: </span><strong class="item1">1</strong></p>
		</div>
		<div class="clearer"></div>
	</div>`;
const fxHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${fxTitle} / Help &amp; Support (Desktop) / Larkspur Linux Forums</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
<link rel="canonical" href="viewtopic.php?id=9120" title="Page 1" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=9120&amp;type=atom" title="Atom topic feed" />
</head>

<body>

<div id="punviewtopic" class="pun">
<div class="top-box"></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">Larkspur Linux Forums</a></h1>
			<div id="brddesc"><p>Help, news and chatter for Larkspur Linux users</p></div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
				${fxMenu
          .map((t, i) => `<li id="nav${t.toLowerCase().replace(' ', '')}"${i === 0 ? ' class="isactive"' : ''}><a href="${t.toLowerCase()}.php">${t}</a></li>`)
          .join('\n\t\t\t\t')}
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">You are not logged in.</p>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="announce" class="block">
	<div class="hd"><h2><span>Announcement</span></h2></div>
	<div class="box">
		<div id="announce-block" class="inbox">
			<div class="usercontent"><p>${fxAnnounce}</p></div>
		</div>
	</div>
</div>

<div id="brdmain">
<div class="linkst">
	${fxCrumbBlock}
</div>

${fxPosts.map(fxPost).join('\n\n')}

<div class="postlinksb">
	${fxCrumbBlock}
</div>

<div id="brdfooter" class="block">
	<h2><span>Board footer</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
				<form id="qjump" method="get" action="viewforum.php">
					<div><label><span>Jump to<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
						<optgroup label="Larkspur">
${fxJump.map((t, i) => `\t\t\t\t\t\t\t<option value="${i + 1}"${i === 2 ? ' selected="selected"' : ''}>${t.replace(/&/g, '&amp;')}</option>`).join('\n')}
						</optgroup>
					</select>
					<input type="submit" value=" Go " accesskey="g" />
					</label></div>
				</form>
			</div>
			<div class="conr">
				<p id="feedlinks"><span class="atom"><a href="extern.php?action=feed&amp;tid=9120&amp;type=atom">Atom topic feed</a></span></p>
				<p id="poweredby">Powered by <a href="https://fluxbb.org/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>
</div>

</div>
<div class="end-box"></div>
</div>

</body>
</html>`;
export const fluxTopic: TestPage = {
  html: fxHtml,
  name: 'heldout64-fluxbb-topic',
  kind: 'forum',
  // the five posts are body (inline code kept, as it is part of the sentence); the code boxes (the version output in post 1,
  // the sleep hook in post 2) are in neither list, and so is the quote box in post 3 ("cortado wrote:" with a sentence of post
  // 2); the title is the topic subject as it stands, with the "[SOLVED]" its poster added (the first post's h3 repeats it: in
  // neither); posters' names, the post dates in each post head and "Last edited by wrenfield (...)" are bylines; the "Re:"
  // subjects, post numbers, user titles, From/Registered/Posts, "Offline", the signature, menu, welcome line, announcement, crumbs,
  // "Pages:", the board footer with Jump to, the feed link and "Powered by FluxBB" are furniture; "Index" is kept once
  title: fxTitle,
  headings: [],
  body: fxPosts.flatMap((p) => texts(p.paras)),
  bylines: [
    ...['wrenfield', 'cortado', 'halvard', '2025-02-14 18:22:07', '2025-02-14 19:05:51', '2025-02-14 21:47:30', '2025-02-15 07:12:58'],
    ...['2025-02-15 08:01:19', 'Last edited by wrenfield (2025-02-15 08:03:44)'],
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larkspur Linux Forums', 'Help, news and chatter for Larkspur Linux users', ...fxMenu, 'You are not logged in.', 'Announcement', fxAnnounce,
    ...fxCrumbs.slice(1), 'Pages:', `Re: ${fxTitle}`, '#1', '#2', '#3', '#4', '#5', 'Moderator', 'From: Tampere', 'From: Leuven', 'From: Bergen',
    'Registered: 2023-06-02', 'Registered: 2019-11-20', 'Registered: 2021-03-09', 'Posts: 88', 'Posts: 7,402', 'Posts: 412', fxOp.sig, 'Offline',
    'Board footer', 'Jump to', ...fxJump.filter((t) => !fxCrumbs.includes(t)), 'Atom topic feed', 'Powered by FluxBB',
  ],
};
