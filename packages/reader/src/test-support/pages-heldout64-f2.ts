import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 64, file f2: a thread on an Mbin instance (the kbin fork) in a bicycles magazine, as a logged-out reader saves
 * it (the header with logo, the magazine title, the Threads/Microblog/People/Moderators menu, search and "Log in", the entry
 * with its title, meta line (user, time, "to" magazine), body, vote buttons with counts, and footer menu (comments count,
 * boost, "more" dropdown), the log-in-to-comment notice, the comment sort and view options, comments from local and federated
 * users as nested blockquotes with avatars, meta lines, an "edited" mark, votes and reply/boost/more menus, the sidebar with the
 * magazine card, the thread info and related threads, and the instance footer with the Mbin version).
 */
const mnTitle = 'Switched my commuter to tubeless after three flats in a month – a cautious report';
const mnBody = [
  'I commute about 14 km each way on a mix of bike path and city streets, and in May I had three punctures in four weeks, all from ' +
    'glass. After the third one, changing a tube at the side of the road in the rain, I gave in and converted to tubeless.',
  'The conversion itself was easy: my rims were already tubeless-ready, so it was tape, valves, 60 ml of sealant per tyre and a ' +
    'track pump with a charge chamber to seat the beads. The front took two tries; the rear went up first time.',
  'Three weeks and roughly 600 km later, I have had two small punctures that sealed before I noticed them, both found only because ' +
    'of sealant spatter on the frame. I’m not declaring victory yet. Ask me again after a winter.',
];
interface MnComment {
  id: number;
  user: string;
  age: string;
  iso: string;
  up: number;
  paras: string[];
  edited?: string;
  kids?: MnComment[];
}
const mnComments: MnComment[] = [
  {
    ...{ id: 401772, user: 'pedalpusher@lemmy.example', age: '2 days ago', iso: '2025-06-03T08:01:12+00:00', up: 21 },
    paras: [
      'Nice write-up. The thing nobody warns you about is topping up the sealant. It dries out faster than you’d think in summer, so ' +
        'check it every two or three months by shaking the wheel and listening for the slosh.',
    ],
    kids: [
      {
        ...{ id: 401790, user: 'spokewrench', age: '2 days ago', iso: '2025-06-03T08:26:40+00:00', up: 6 },
        paras: ['Good tip, I’ve put a reminder in my calendar. Is there a way to check without letting the air out?'],
        kids: [
          {
            ...{ id: 401815, user: 'pedalpusher@lemmy.example', age: '2 days ago', iso: '2025-06-03T09:03:57+00:00', up: 9 },
            paras: [
              'Shake it with the valve at the bottom. If you hear liquid moving, you’re fine. If it’s silent, pull the valve core and ' +
                'use a dipstick, or just add another 30 ml and be done with it.',
            ],
          },
        ],
      },
    ],
  },
  {
    ...{ id: 401836, user: 'grumpy_commuter@fedia.example', age: '2 days ago', iso: '2025-06-03T09:40:21+00:00', up: 15, edited: '1 day ago' },
    paras: [
      'Counterpoint from someone who went back to tubes: tubeless is great until you get a cut too big for the sealant, and then ' +
        'you’re fitting a tube into a tyre full of sealant at the roadside. Carry plugs and a spare tube anyway.',
    ],
    kids: [
      {
        ...{ id: 401902, user: 'spokewrench', age: '1 day ago', iso: '2025-06-04T07:15:33+00:00', up: 11 },
        paras: ['Fair. I carry a plug kit and a tube. I haven’t needed either yet, which probably means I’ll need both next week.'],
      },
    ],
  },
  {
    ...{ id: 401933, user: 'rim_brake_rita@mbin.example', age: '1 day ago', iso: '2025-06-04T10:48:09+00:00', up: 4 },
    paras: ['What tyre width are you running? On 28 mm I found seating the bead much harder than on 35 mm, even with the charge chamber.'],
    kids: [
      {
        ...{ id: 401950, user: 'spokewrench', age: '1 day ago', iso: '2025-06-04T11:20:45+00:00', up: 3 },
        paras: ['35 mm front and rear. I can believe narrower ones are fussier, there is less room for the bead to move.'],
      },
    ],
  },
];
const mnFlat = (cs: readonly MnComment[]): MnComment[] => cs.flatMap((c) => [c, ...mnFlat(c.kids ?? [])]);
const mnUser = (
  u: string,
): string => `<a href="/u/${u.includes('@') ? `@${u}` : u}" class="user-inline" title="${u}" data-action="mouseover->kbin#showUserPopup"
	><img width="30" height="30" src="/media/cache/resolve/avatar_thumb/${u.split('@')[0]}.png" alt="${u.split('@')[0]}" class="user-avatar">${u}</a>`;
const mnTime = (iso: string, text: string): string => `<time class="timeago" title="${iso}" datetime="${iso}">${text}</time>`;
const mnVote = (path: string, up: number, down: number): string => `<aside class="vote">
	<form method="post" action="${path}/favourite" class="vote__up"><button type="submit" title="Favorite" aria-label="Favorite" data-action="subject#vote"><span
		data-subject-target="favCounter">${up}</span> <span><i class="fa-solid fa-arrow-up"></i></span></button></form>
	<form method="post" action="${path}/vote/-1" class="vote__down"><button type="submit" title="Reduce" aria-label="Reduce" data-action="subject#vote"><span
		data-subject-target="downvoteCounter">${down}</span> <span><i class="fa-solid fa-arrow-down"></i></span></button></form>
</aside>`;
const mnMore = `<li class="dropdown"><button class="stretched-link" data-subject-target="more">more</button><ul class="dropdown__menu">
			<li><a href="#" data-action="clipboard#copy">copy URL</a></li><li><a href="#" data-action="clipboard#copy">copy original URL</a></li>
			<li><a href="/login" class="">report</a></li></ul></li>`;
const mnComment = (c: MnComment, level: number): string => `<div class="comment-wrap">
<blockquote class="section comment entry-comment subject comment-level--${level}" id="entry-comment-${c.id}" data-controller="comment subject mentions"
	data-subject-parent-value="98231" data-action="comment:notification@window->subject#notification">
	<header>
		${mnUser(c.user)},
		${mnTime(c.iso, c.age)}${c.edited === undefined ? '' : `\n\t\t<span class="edited">(edited ${mnTime(c.iso, c.edited)})</span>`}
	</header>
	<figure><a href="/u/${c.user}"><img width="40" height="40" src="/media/cache/resolve/avatar_thumb/${c.user.split('@')[0]}.png"
		alt="${c.user} avatar"></a></figure>
	<div class="content">
		${c.paras.map((p) => `<p>${p}</p>`).join('\n\t\t')}
	</div>
	${mnVote(`/ec/${c.id}`, c.up, 0)}
	<footer><menu>
		<li><a href="/login" class="stretched-link">reply</a></li>
		<li><form method="post" action="/ec/${c.id}/boost"><button type="submit" class="stretched-link">boost</button></form></li>
		${mnMore}
	</menu></footer>
</blockquote>
${(c.kids ?? []).map((k) => mnComment(k, level + 1)).join('\n')}
</div>`;
const mnMenu = ['Threads', 'Microblog', 'People', 'Moderators', 'Modlog', 'Stats'];
const mnRelated = ['Best budget track pump with a charge chamber?', 'Sealant for winter: does it freeze?', 'Glass-proof tyres for city commuting'];
const mnFoot = ['About', 'Contact', 'FAQ', 'Terms', 'Privacy policy', 'Stats'];
const mnDesc = 'All things bicycles: commuting, repairs, gear and rides. Be kind, and post your bike.';
const mnHtml = `<!DOCTYPE html>
<html lang="en" class="rounded-edges">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>${mnTitle} - bicycles - mbin.example</title>
	<meta name="description" content="I commute about 14 km each way on a mix of bike path and city streets">
	<meta property="og:title" content="${mnTitle}"><meta property="og:type" content="article">
	<link rel="alternate" type="application/activity+json" href="https://mbin.example/m/bicycles/t/98231">
	<link rel="stylesheet" href="/build/app.5e2c91d4.css">
	<script src="/build/runtime.0c1d2e3f.js" defer></script><script src="/build/app.8b7a6c5d.js" defer></script>
	<style>:root { --kbin-section-bg: #fff; }</style>
</head>
<body class="theme--light rounded-edges topbar" data-controller="kbin notifications" data-notifications-user-value="" data-turbo="false">
<div id="middle" class="page-entry-single">
<header id="header" class="header">
	<div class="kbin-container">
		<menu class="head-nav__menu">
			<li><a href="/" class="brand"><img src="/mbin_logo.svg" alt="mbin.example" width="40" height="40"> <span class="brand__name">mbin.example</span></a></li>
		</menu>
		<div class="head-title"><span><a href="/m/bicycles">/m/bicycles</a></span></div>
		<menu class="head-nav__menu">
			${mnMenu.map((t, i) => `<li><a href="/m/bicycles/${i === 0 ? '' : t.toLowerCase()}"${i === 0 ? ' class="active"' : ''}>${t}</a></li>`).join('\n\t\t\t')}
		</menu>
		<menu class="header__menu">
			<li><a href="/search" title="Search" aria-label="Search"><i class="fa-solid fa-magnifying-glass" aria-hidden="true"></i></a></li>
			<li><a href="/login" class="login-button">Log in</a></li>
		</menu>
	</div>
</header>
<div class="kbin-container">
<main id="main" data-controller="lightbox timeago confirmation" class="">
<article id="entry-98231" class="entry section subject no-image entry--single section--top" data-controller="subject preview mentions html-refresh">
	<header>
		<h1><a href="/m/bicycles/t/98231/Switched-my-commuter-to-tubeless">${mnTitle}</a></h1>
	</header>
	<aside class="meta entry__meta">
		${mnUser('spokewrench')},
		${mnTime('2025-06-03T07:12:44+00:00', '2 days ago')}
		to <a href="/m/bicycles" class="magazine-inline" title="bicycles@mbin.example">bicycles</a>
	</aside>
	<div class="entry__body"><div class="content formatted">
		${mnBody.map((p) => `<p>${p}</p>`).join('\n\t\t')}
	</div></div>
	${mnVote('/entry/98231', 58, 2)}
	<footer><menu>
		<li><a class="stretched-link" href="#comments"><span data-subject-target="commentsCounter">${mnFlat(mnComments).length}</span> <span>comments</span></a></li>
		<li><form method="post" action="/entry/98231/boost"><button type="submit" class="stretched-link">boost</button></form></li>
		${mnMore}
	</menu></footer>
</article>
<div class="section section--muted"><p><a href="/login">Log in</a> or <a href="/register">register</a> to comment.</p></div>
<section id="comments" class="comments entry-comments comments-tree" data-controller="subject-list">
	<aside class="options options--top" id="options">
		<div></div>
		<menu class="options__main">
			${['hot', 'top', 'newest', 'active', 'oldest'].map((t, i) => `<li><a href="?sort=${t}"${i === 0 ? ' class="active"' : ''}>${t}</a></li>`).join('\n\t\t\t')}
		</menu>
		<menu class="options__view"><li><a href="?view=tree" class="active">tree</a></li><li><a href="?view=chat">chat</a></li></menu>
	</aside>
${mnComments.map((c) => mnComment(c, 1)).join('\n')}
</section>
</main>
<aside id="sidebar">
	<section class="magazine section">
		<h3>Magazine</h3>
		<div class="row"><a href="/m/bicycles" class="magazine-inline">bicycles</a> <small>@bicycles@mbin.example</small></div>
		<aside class="magazine__subscribe"><div class="action"><span>3.4K</span> <a href="/login" class="btn btn__secondary">Subscribe</a></div></aside>
		<div class="content magazine__description"><p>${mnDesc}</p></div>
		<ul class="meta"><li>Created <span>Sep 2023</span></li><li>Threads <span>1.9K</span></li><li>Comments <span>21K</span></li></ul>
	</section>
	<section class="entry-info section">
		<h3>Thread</h3>
		<ul class="meta"><li>Posted by <span>spokewrench</span></li><li>Points <span>56</span></li><li>Views <span>1,204</span></li></ul>
	</section>
	<section class="related-entries section">
		<h3>Related threads</h3>
		<ul>${mnRelated.map((t, i) => `<li><a href="/m/bicycles/t/${97000 + i * 311}">${t}</a></li>`).join('')}</ul>
	</section>
</aside>
</div>
<footer id="footer">
	<div class="kbin-container">
		<section><h5>mbin.example</h5><ul>${mnFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('')}</ul></section>
		<section><h5>Mbin</h5><ul><li><a href="https://github.com/MbinOrg/mbin" rel="noopener">Source code</a></li><li><a
			href="https://docs.joinmbin.org">Documentation</a></li></ul></section>
		<p class="footer__version">mbin 1.7.4</p>
	</div>
</footer>
</div>
</body>
</html>`;
export const mbinThread: TestPage = {
  html: mnHtml,
  name: 'heldout64-mbin-thread',
  kind: 'forum',
  // the entry body and all seven comments are body; the poster's and commenters' names (local names bare, federated ones with
  // their instance, as printed), the times and the "(edited 1 day ago)" mark are bylines (repeats listed once; the sidebar's
  // "Posted by spokewrench" repeats the poster's name); "to bicycles" names the magazine, which is furniture with the rest of the
  // magazine card; vote counts, the comments count, boost and the "more" dropdown, reply, the log-in notice, the sort and view
  // options, the header and its menu, the sidebar (magazine card, thread info, related threads) and the footer are furniture;
  // left off as body words: the dropdown's "report" (the title's "a cautious report") and the footer's "About" ("about 14 km")
  title: mnTitle,
  headings: [],
  body: [...texts(mnBody), ...mnFlat(mnComments).flatMap((c) => texts(c.paras))],
  bylines: [...new Set(['spokewrench', '2 days ago', ...mnFlat(mnComments).flatMap((c) => [c.user, c.age]), '(edited 1 day ago)'])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'mbin.example', '/m/bicycles', ...mnMenu, 'Log in', 'bicycles', '58', 'comments', 'boost', 'more', 'copy URL', 'copy original URL',
    'Log in or register to comment.', 'hot', 'top', 'newest', 'active', 'oldest', 'tree', 'chat', 'reply', 'Magazine', '@bicycles@mbin.example', '3.4K',
    'Subscribe', mnDesc, 'Created', 'Sep 2023', '1.9K', '21K', 'Thread', 'Posted by', 'Points', 'Views', '1,204', 'Related threads', ...mnRelated,
    ...mnFoot.filter((t) => t !== 'Stats' && t !== 'About'), 'Mbin', 'Source code', 'Documentation', 'mbin 1.7.4',
  ],
};
