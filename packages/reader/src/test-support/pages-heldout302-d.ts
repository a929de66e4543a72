import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file d: an Archive of Our Own-style fan-fiction chapter (the logo h1, site navigation, the work's
 * action bar, the tag and stats block, the work title in an h2 with the author, summary and notes, the chapter text, end
 * notes, kudos and comments, the OTW footer) and a speedrun leaderboard page in a Next.js app (game header, category tabs,
 * the leaderboard table, the rules text of the category, the moderators box and the latest-runs rail).
 */
const oTitle = 'The Last Lighthouse Keeps No Letters';
const oChapter = 'Chapter 3: Lanterns on the Water';
const oText = [
  'The ship creaked the way paper does when it is folded one time too many.',
  j(
    'Shion had been awake for an hour before Yui noticed. She was sitting at the prow with her knees drawn up, watching the last',
    'lighthouse grow from a pinprick into something with edges. Its lamp was dark. Yui had never seen a dark lighthouse in the Fold;',
    'nobody had. The keepers took turns, her mother had told her once, so that there was never a night without a light.',
  ),
  '"You said you weren\'t coming," Yui said.',
  '"I said a lot of things." Shion did not turn around. "I said your routes were boring, too. I was right about that."',
  j(
    'Yui sat down beside her, close enough that their shoulders almost touched. Below them the satchel of letters shifted with the',
    "ship's slow roll. One letter in particular sat on top, its envelope yellow with age, its address written in a hand that sloped",
    'like someone leaning into a wind: <em>Kestrel Colony, care of the Keeper.</em>',
  ),
  j(
    'Kestrel Colony had been gone for a hundred years. Everybody knew that. It was in the schoolbooks, right after the chapter about',
    'the first folding ships and right before the chapter about the lighthouses.',
  ),
  '"Do you think someone\'s still there?" Yui asked.',
  j(
    'Shion was quiet for a long moment. Then she reached into her coat and pulled out a second envelope, just as yellow, in the same',
    'sloping hand. This one was addressed to her.',
  ),
  '"I think," Shion said, "someone has been writing to both of us for a very long time."',
  j(
    'The lighthouse loomed closer. On its gallery, where the lamp should have been burning, something small and bright moved from',
    'window to window, like a lantern carried by someone who was looking for a door.',
  ),
  "Yui took Shion's hand without thinking about it. Shion, for once, did not pull away.",
];
const oSummary = 'A letter arrives for a colony that vanished a century ago. Yui and Shion sail past the last lighthouse to deliver it.';
const oNotes = 'Thank you so much for all the comments on the last chapter! This one is short, but the next one is nearly done.';
const oEnd = 'Next time: the keeper. Come say hi on my blog, where I post sketches of the ship.';
const oTags: [string, string[]][] = [
  ['Rating:', ['General Audiences']],
  ['Archive Warning:', ['No Archive Warnings Apply']],
  ['Category:', ['F/F']],
  ['Fandom:', ['星織の配達人 | Starfold Courier (Anime)']],
  ['Relationship:', ['Shion/Yui (Starfold Courier)']],
  ['Additional Tags:', ['Slow Burn', 'Rivals to Lovers', 'Found Family', 'Mystery']],
  ['Language:', ['English']],
];
const oStats = ['Published:', '2026-04-20', 'Updated:', '2026-05-11', 'Words:', '9,874', 'Chapters:', '3/6', 'Kudos:', '412', 'Hits:', '5,310'];
const oNav = ['Fandoms', 'Browse', 'Search', 'About'];
const oActions = ['Entire Work', '← Previous Chapter', 'Next Chapter →', 'Chapter Index', 'Share', 'Download'];
const oCom: [string, string, string][] = [
  ['lanternlit', 'Sat 11 May 2026 09:02PM UTC', 'THE SECOND ENVELOPE. I screamed. I have been waiting for Shion to crack since chapter one.'],
  ['paperplane_kit', 'Sun 12 May 2026 01:40AM UTC', 'The dark lighthouse image is so good. Please update soon!'],
];
const oFoot = ['Site Map', 'Diversity Statement', 'Terms of Service', 'DMCA Policy', 'Known Issues', 'GPL by the OTW'];
const oHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${oTitle} - wickandwater - 星織の配達人 | Starfold Courier (Anime)
[Archive of Our Own]</title>
<meta name="description" content="An Archive of Our Own, a project of the Organization for Transformative Works">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" type="text/css" media="screen"
href="/stylesheets/skins/skin_873_archive_2_0/1_site_screen_.css">
<script>var ao3_work_id=58213377;</script></head>
<body class="logged-out"><div id="outer" class="wrapper"><ul id="skiplinks"><li><a href="#main">Main Content</a></li></ul>
<header id="header" class="region"><h1 class="heading"><a href="/"><span>Archive of Our Own</span><sup> beta</sup><img alt="Archive of Our Own"
class="logo" src="/images/ao3_logos/logo_42.png"></a></h1>
<div id="login" class="dropdown"><p class="user actions"><a id="login-dropdown" href="/users/login">Log In</a></p></div>
<nav aria-label="Site"><ul class="primary navigation actions">${links(oNav, 'dropdown')}</ul></nav></header>
<div id="inner" class="wrapper"><div id="main" class="chapters-show region" role="main"><div class="work">
<h3 class="landmark heading">Actions</h3><ul class="work navigation actions" role="menu">${links(oActions, 'chapter')}</ul>
<div class="wrapper"><dl class="work meta group">${oTags
  .map(
    ([k, v]) =>
      `<dt class="tags">${k}</dt><dd class="tags"><ul class="commas">${v.map((t) => `<li><a class="tag" href="/tags/x">${t}</a></li>`).join('')}</ul></dd>`,
  )
  .join('\n')}
<dt class="stats">Stats:</dt><dd class="stats"><dl class="stats">${oStats.map((s, i) => (i % 2 === 0 ? `<dt>${s}</dt>` : `<dd>${s}</dd>`)).join('')}</dl></dd>
</dl></div>
<div id="workskin"><div class="preface group"><h2 class="title heading">${oTitle}</h2><h3 class="byline heading"><a rel="author"
href="/users/wickandwater/pseuds/wickandwater">wickandwater</a></h3>
<div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>${oSummary}</p></blockquote></div></div>
<div id="chapters" role="article"><div class="chapter" id="chapter-3"><div class="chapter preface group" role="complementary">
<h3 class="title"><a href="/works/58213377/chapters/149812233">Chapter 3</a>: Lanterns on the Water</h3>
<div id="notes" class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>${oNotes}</p></blockquote></div></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3>
${ps(oText)}
</div><div class="chapter preface group" role="complementary"><div class="end notes module"><h3 class="heading">Notes:</h3>
<blockquote class="userstuff"><p>${oEnd}</p></blockquote></div></div></div></div></div>
<div id="feedback" class="feedback"><ul class="actions" role="navigation"><li><a href="#main">↑ Top</a></li><li><input type="submit" value="Kudos ♥"></li>
<li><a href="/bookmarks/new">Bookmark</a></li></ul>
<div id="kudos"><p class="kudos">♥ <a href="/users/lanternlit">lanternlit</a>, <a
href="/users/sea_of_ink">sea_of_ink</a> as well as 341 guests left kudos on this
work!</p></div>
<div id="comments_placeholder"><h3 class="heading">Comments</h3><ol class="thread">${oCom
  .map(
    ([
      u,
      d,
      t,
    ]) => `<li class="comment group odd"><h4 class="heading byline"><a href="/users/${u}">${u}</a> on Chapter 3 <span class="posted datetime">${d}</span>
</h4><blockquote class="userstuff"><p>${t}</p></blockquote><ul class="actions"><li><a href="#">Reply</a></li><li><a href="#">Thread</a></li></ul></li>`,
  )
  .join('\n')}</ol></div></div></div></div></div>
<footer id="footer" role="contentinfo" class="region"><h3 class="landmark heading">Footer</h3><ul class="navigation actions">
<li class="module group"><h4 class="heading">About the Archive</h4><ul class="menu">${links(oFoot)}</ul></li></ul>
<p class="copyright">Organization for Transformative Works · otwarchive v0.9.402.1</p></footer></div></body></html>`;
const ao3: TestPage = {
  name: 'heldout302-ao3-chapter-blog',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [oChapter],
  body: texts(oText),
  bylines: ['wickandwater', '2026-04-20', '2026-05-11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Main Content', 'Archive of Our Own', 'beta', 'Log In', ...oNav, 'Actions', ...oActions, ...oTags.flatMap(([k, v]) => [k, ...v]), 'Stats:',
    ...oStats.filter((_, i) => i % 2 === 0 || i > 3), 'Summary:', oSummary, 'Notes:', oNotes, 'Chapter Text', oEnd, '↑ Top', 'Bookmark',
    'as well as 341 guests left kudos on this work!', 'Comments', ...oCom.flatMap(([, d, t]) => [d, t]), 'lanternlit', 'paperplane_kit', 'Reply', 'Thread',
    'Footer', 'About the Archive', ...oFoot, 'Organization for Transformative Works · otwarchive v0.9.402.1',
  ],
};

const rTitle = 'Cinderpeak';
const rHeads = ['Leaderboard: Any% Glitchless', 'Category rules', 'General game rules'];
const rRuns = [
  ['1st', 'moth_light', '27m 41s 300ms', 'Windows', '2026-05-02'],
  ['2nd', 'Varrow', '27m 58s 120ms', 'Windows', '2026-04-19'],
  ['3rd', 'tessellate', '28m 03s 870ms', 'Switch', '2026-03-30'],
  ['4th', 'OrinKade', '28m 40s 010ms', 'PlayStation 5', '2026-05-09'],
  ['5th', 'glimmerfox', '29m 12s 455ms', 'Windows', '2026-02-14'],
];
const rCat = [
  j(
    'Any% Glitchless asks you to reach the summit bell and ring it without using any of the banned glitches listed below. Timing',
    'starts when the screen fades to black after choosing New Game and ends on the first frame of the bell animation.',
  ),
  'The following are banned in this category:',
];
const rBanned = [
  'Ledge clipping through the ice walls in the Frostworks',
  'The double-dash storage trick using the pause menu',
  'Any out-of-bounds movement, including the waterfall skip',
];
const rGen = [
  j(
    'All runs must be recorded with game audio and submitted with a video link. Runs under 30 minutes need a visible in-game timer or',
    'an on-screen LiveSplit timer. Emulators are allowed for the Switch version if they are on the approved list in the resources tab.',
  ),
  j(
    "Use of cheats, macros, turbo buttons or modified game files will result in all of the runner's runs being removed. If you are",
    'unsure whether a technique is allowed, ask in the forum or on the community Discord before you submit.',
  ),
];
const rTabs = ['Any%', 'Any% Glitchless', '100%', 'All Bells'];
const rNav = ['Games', 'News', 'Streams', 'Series', 'Support'];
const rLatest = ['Varrow got a new PB in Any%', 'tessellate got 3rd in Any% Glitchless', 'moth_light got 1st in All Bells'];
const rFoot = ['About', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Guidelines'];
const td = (c: string, i: number) => `<td class="x-table-cell ${i === 1 ? 'font-semibold' : 'tabular-nums'}">${c}</td>`;
const tr = (r: string[]) => `<tr class="x-table-row hover:bg-panel-300">${r.map(td).join('')}</tr>`;
const rHtml = `<!DOCTYPE html><html lang="en" class="dark"><head><meta charset="utf-8"><title>Cinderpeak - speedrun.com</title>
<meta name="description" content="Cinderpeak leaderboards, rules and resources.">
<meta property="og:title" content="Cinderpeak - speedrun.com"><meta name="next-head-count" content="12">
<link rel="preload" href="/_next/static/css/8e1f2a.css" as="style"><script src="/_next/static/chunks/webpack-4e2a.js" defer></script></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><header class="sticky top-0 z-40 bg-panel-500"><nav class="flex items-center gap-4 px-4">
<a href="/" class="font-bold text-lg">speedrun.com</a><ul class="flex gap-3">${links(rNav, 'x-nav-item')}</ul>
<a href="/login" class="x-button">Log in</a><a href="/signup" class="x-button primary">Sign up</a></nav></header>
<main class="mx-auto w-full max-w-screen-xl"><div class="x-game-header flex gap-6 py-6"><img src="/static/game/cinderpeak/cover.png" alt="Cinderpeak cover"
class="h-40 w-32">
<div><h1 class="text-3xl font-bold">${rTitle}</h1><div class="text-sm text-text-200"><span>2025</span> · <span>Windows, Switch, PlayStation 5</span></div>
<div class="flex gap-2"><button class="x-button">Follow</button><button class="x-button">Submit run</button></div></div></div>
<div class="grid grid-cols-12 gap-6"><section class="col-span-9"><div role="tablist" class="x-tabs">${rTabs
  .map((t, i) => `<button role="tab" aria-selected="${i === 1}" class="x-tab">${t}</button>`)
  .join('')}</div>
<h2 class="text-xl font-semibold">${rHeads[0]}</h2>
<div class="x-filters"><span>Platform:</span><button>All platforms</button><span>Show obsoleted runs</span></div>
<table class="x-table w-full"><thead><tr><th>#</th><th>Player</th><th>Time</th><th>Platform</th><th>Date</th></tr></thead>
<tbody>${rRuns.map(tr).join('\n')}</tbody></table>
<button class="x-button w-full">Load more runs</button>
<div class="x-rules mt-6"><h2 class="text-xl font-semibold">${rHeads[1]}</h2><div class="prose">${ps(rCat)}
<ul>${rBanned.map((b) => `<li>${b}</li>`).join('')}</ul></div>
<h2 class="text-xl font-semibold">${rHeads[2]}</h2><div class="prose">${ps(rGen)}</div></div></section>
<aside class="col-span-3 flex flex-col gap-4"><div class="x-panel"><h3>Moderators</h3><ul><li>Varrow</li><li>ashen_quill</li></ul></div>
<div class="x-panel"><h3>Latest runs</h3><ul>${links(rLatest)}</ul></div>
<div class="x-panel"><h3>Stats</h3><p>412 runs · 96 players · 4 guides</p></div>
<div class="x-panel x-ad"><span class="text-xs">Advertisement</span><div id="ad-sidebar"></div></div></aside></div></main>
<footer class="mt-12 bg-panel-600 py-8"><ul class="flex gap-4">${links(rFoot)}</ul><p>© 2026 Speedrun.com. Runs are the property of their runners.</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"game":{"id":"c1nd3r","url":"cinderpeak"},"categoryId":"glitchless"}},
"page":"/[game]","buildId":"sRc-2026-05"}</script></body></html>`;
const speedrun: TestPage = {
  name: 'heldout302-speedrun-leaderboard-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([...rRuns.flat(), ...rCat, ...rBanned, ...rGen]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'speedrun.com', ...rNav, 'Log in', 'Sign up', 'Windows, Switch, PlayStation 5', 'Follow', 'Submit run', '100%', 'All Bells', 'Platform:', 'All platforms',
    'Show obsoleted runs', 'Player', 'Time', 'Date', 'Load more runs', 'Moderators', 'ashen_quill', 'Latest runs', ...rLatest, 'Stats',
    '412 runs · 96 players · 4 guides', 'Advertisement', ...rFoot, '© 2026 Speedrun.com. Runs are the property of their runners.',
  ],
};

export const HELDOUT302_D: readonly TestPage[] = [ao3, speedrun];
