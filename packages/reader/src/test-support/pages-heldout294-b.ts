import { ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout294-kit.js';

/**
 * Held-out batch 294, file b: a tilde.club user page (~user, ASCII-art header, the tilde ring and the server's shared
 * footer) and a digital-garden note on Obsidian Publish (file explorer, graph view, outline, backlinks, "Powered by" line).
 */
const tTitle = 'Learning to read a shell prompt again';
const tS0 = paras(`
I joined this server in 2019 and have logged in almost every week since. Lately I noticed that my own habits at the prompt
had drifted a long way from the ones I had when I started, and I wanted to write down what changed and why.
`);
const tH1 = 'Small commands, kept small';
const tS1 = paras(`
The first thing I unlearned was the urge to write one enormous pipeline. On a shared machine with two hundred other users
you learn quickly that a command which eats the whole processor for a minute is rude. Now I write the pipeline in pieces,
look at each piece's output, and only then join them.

The second thing was aliases. I used to have dozens. Today I keep four, because every other one turned out to be a command I
had forgotten the real name of, and on a different machine that forgetting hurt.
`);
const tList = ['l for a long listing, sorted by time', 'g for grep with colour', 'up for going up one directory', "note for opening today's note file"];
const tH2 = "Reading other people's dotfiles";
const tS2 = paras(`
One of the nicest things about a tilde is that everybody's home directory is, politely, a little bit public. Reading how
other members set up their prompt taught me more than any tutorial. One person shows the number of unread messages in the
local mail spool; another shows the phase of the moon, which is useless and perfect.

If you are new here, my advice is simple: read the help pages, say hello in the chat, and do not be afraid to copy a good idea
from somebody's .bashrc, as long as you say thank you in the chat afterwards.

The last change is the slowest one. I have started reading the manual page before searching the web. It is slower at first,
but the answer I find there is usually the true one for this machine, rather than for somebody else's machine years ago.
`);
const tHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>~quillon</title><link rel="stylesheet" href="/~quillon/plain.css"></head>
<body>
<pre class="banner" aria-hidden="true">
  __ _      _ _ _
 / _(_)_ _ (_) | |___ _ _
|  _| | ' \\| | | / _ \\ ' \\
|_| |_|_||_|_|_|_\\___/_||_|
</pre>
<p class="crumbs"><a href="/~quillon/">~quillon</a> / <a href="/~quillon/writing/">writing</a> / prompt</p>
<hr>
<h1>${tTitle}</h1>
<p class="meta">posted 2026-02-28 by quillon</p>
${ps(tS0)}
<h2>${tH1}</h2>
${ps(tS1)}
<p>These are the four I kept:</p>
<ul>${lis(tList)}</ul>
<h2>${tH2}</h2>
${ps(tS2)}
<hr>
<p class="see-also">see also: <a href="/~quillon/writing/finger.html">my .plan file, explained</a>
· <a href="/~quillon/writing/irc.html">a year on the tilde chat</a></p>
<p class="ring"><a href="https://tilde.club/~quillon/">tilde.club</a> ring:
<a href="https://ring.tilde.example/prev/quillon">prev</a> | <a href="https://ring.tilde.example/random">random</a> |
<a href="https://ring.tilde.example/next/quillon">next</a></p>
<p class="footer">this page was last touched on 2026-03-01 with vim over ssh.<br>
a member of <a href="https://tilde.club/">tilde.club</a>, a social network of one computer.</p>
</body></html>`;
const tilde: TestPage = {
  name: 'heldout294-tilde-club-user-page-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tS0, ...tS1, 'These are the four I kept:', ...tList, ...tS2]),
  bylines: ['posted 2026-02-28 by quillon', 'this page was last touched on 2026-03-01 with vim over ssh.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '~quillon', 'writing', 'see also:', 'my .plan file, explained', 'a year on the tilde chat', 'tilde.club ring:', 'random',
    'a member of tilde.club, a social network of one computer.',
  ],
};

const oTitle = 'Seed saving';
const oS0 = paras(`
Seed saving is the practice of keeping seed from this year's plants to sow next year. It is the oldest part of gardening and,
for me, the part that has most changed how I look at the whole plot. This note collects what I have learned so far; it is
linked from [[Allotment year]] and [[Open-pollinated varieties]].
`);
const oH1 = 'Which crops to start with';
const oS1 = paras(`
The easiest crops are the ones that pollinate themselves and whose seed is ready when the fruit is ready to eat. Beans, peas,
lettuce and tomatoes are the classic beginner crops. Squash and sweetcorn cross readily with their neighbours, so their seed
often grows into something unexpected.

That is not always a bad thing. One of my favourite squashes came from a cross nobody planned, but it took four years of
selecting before its seed grew true, and most accidental crosses are simply disappointing.
`);
const oTable = [
  ['Crop', 'Crosses easily?', 'Plants needed'],
  ['Tomato', 'Rarely', '1 to 2'],
  ['Bean', 'Rarely', '5 or more'],
  ['Lettuce', 'Rarely', '3 or more'],
  ['Squash', 'Yes', 'Hand-pollinate'],
];
const oH2 = 'Drying and storing';
const oS2 = paras(`
Seed must be properly dry before it goes into storage, otherwise it moulds. I spread it on paper plates in the spare room for
two weeks, then put it in paper envelopes inside an airtight tin with a sachet of silica gel. Wet-seeded crops such as
tomatoes need fermenting in a jar of water for a few days first, which smells terrible but removes the gel around each seed.
`);
const oList = [
  'Label every envelope with crop, variety, year and plot bed',
  'Keep the tin somewhere cool and dark, never in the shed over summer',
  'Do a germination test on ten seeds each spring before sowing the rest',
];
const oH3 = 'Open questions';
const oS3 = paras(`
I still do not know how many generations it takes before a saved tomato is properly adapted to my site. Some growers say three,
some say it never stops changing. I am keeping notes in [[Tomato trials 2026]] and will update this page.
`);
const oTree = ['Allotment year', 'Compost', 'Open-pollinated varieties', 'Seed saving', 'Tomato trials 2026', 'Reading list'];
const oBack = ['Allotment year', 'Open-pollinated varieties', 'Tomato trials 2026'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seed saving - Linnet's Garden</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Linnet's Garden - Seed saving">
<meta property="og:title" content="Seed saving - Linnet's Garden"><meta property="og:site_name" content="Linnet's Garden">
<link rel="stylesheet" href="https://publish.obsidian.md/app.css"><link rel="stylesheet" href="https://publish-01.obsidian.md/access/4d1e/publish.css">
<script>window.siteInfo={"uid":"4d1e90b2","host":"publish-01.obsidian.md","customurl":"garden.linnet.example","status":"active"};
window.preloadPage=fetch("https://publish-01.obsidian.md/access/4d1e/Seed%20saving.md");</script>
<script defer src="https://publish.obsidian.md/app.js"></script></head>
<body class="theme-light publish css-settings-manager show-inline-title"><div class="published-container print-none has-navigation has-outline">
<div class="site-header"><div class="site-header-text"><a class="site-header-logo" href="/">Linnet's Garden</a></div>
<div class="clickable-icon site-header-search-button" aria-label="Search"></div><div class="clickable-icon theme-toggle" aria-label="Toggle theme"></div></div>
<div class="publish-renderer"><div class="site-body"><div class="site-body-left-column"><div class="site-body-left-column-inner">
<div class="site-body-left-column-site-name">Linnet's Garden</div><div class="search-view-outer"><input type="search" placeholder="Search..."></div>
<div class="nav-view-outer"><div class="nav-view"><div class="tree-item"><div class="tree-item-children">
${oTree
  .map(
    (t) => `<div class="tree-item"><div class="tree-item-self is-clickable${t === oTitle ? ' mod-active' : ''}">
<div class="tree-item-inner">${t}</div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div>
<div class="site-body-center-column"><div class="render-container"><div class="render-container-inner"><div class="publish-renderer">
<div class="markdown-preview-view markdown-rendered node-insert-event allow-fold-headings show-indentation-guide allow-fold-lists">
<div class="markdown-preview-sizer markdown-preview-section"><div class="mod-header"><div class="frontmatter-container">
<div class="frontmatter-container-header">Properties</div><div class="frontmatter-section"><span class="frontmatter-section-label">planted</span>
<span class="frontmatter-section-data">12 January 2026</span></div><div class="frontmatter-section"><span class="frontmatter-section-label">tended</span>
<span class="frontmatter-section-data">3 March 2026</span></div><div class="frontmatter-section"><span class="frontmatter-section-label">tags</span>
<a href="#evergreen" class="tag">#evergreen</a> <a href="#growing" class="tag">#growing</a></div></div></div>
<div class="el-h1"><h1 data-heading="${oTitle}" class="publish-article-heading">${oTitle}</h1></div>
${oS0.map((p) => `<div class="el-p"><p>${p.replace(/\[\[([^\]]+)\]\]/g, '<a data-href="$1" href="$1" class="internal-link">$1</a>')}</p></div>`).join('\n')}
<div class="el-h2"><h2 data-heading="${oH1}">${oH1}</h2></div>
${oS1.map((p) => `<div class="el-p"><p>${p}</p></div>`).join('\n')}
<div class="el-table"><table><thead><tr><th>${(oTable[0] ?? []).join('</th><th>')}</th></tr></thead><tbody>
${oTable
  .slice(1)
  .map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`)
  .join('\n')}</tbody></table></div>
<div class="el-h2"><h2 data-heading="${oH2}">${oH2}</h2></div>
${oS2.map((p) => `<div class="el-p"><p>${p}</p></div>`).join('\n')}
<div class="el-ul"><ul>${lis(oList)}</ul></div>
<div class="el-h2"><h2 data-heading="${oH3}">${oH3}</h2></div>
${oS3.map((p) => `<div class="el-p"><p>${p.replace(/\[\[([^\]]+)\]\]/g, '<a data-href="$1" href="$1" class="internal-link">$1</a>')}</p></div>`).join('\n')}
<div class="mod-footer"><div class="backlinks"><div class="backlinks-header">Links to this page</div><div class="backlinks-list">
${oBack.map((t) => `<div class="backlink-item"><a href="${t}" class="internal-link">${t}</a></div>`).join('\n')}</div></div>
<div class="site-footer"><a href="https://publish.obsidian.md/">Powered by Obsidian Publish</a></div></div></div></div></div></div></div></div>
<div class="site-body-right-column"><div class="site-body-right-column-inner"><div class="graph-view-outer"><div class="published-section-header">
<span class="published-section-header-icon"></span><span>Interactive graph</span></div><div class="graph-view-container"><canvas></canvas></div></div>
<div class="outline-view-outer"><div class="published-section-header"><span>On this page</span></div><div class="outline-view">
${[oTitle, oH1, oH2, oH3]
  .map(
    (h) => `<div class="tree-item"><div class="tree-item-self is-clickable">
<div class="tree-item-inner">${h}</div></div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></div></body></html>`;
const obsidian: TestPage = {
  name: 'heldout294-obsidian-publish-garden-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: [oH1, oH2, oH3],
  body: texts([
    ...oS0.map((p) => p.replace(/\[\[|\]\]/g, '')),
    ...oS1,
    ...oTable.slice(1).flat(),
    ...oS2,
    ...oList,
    ...oS3.map((p) => p.replace(/\[\[|\]\]/g, '')),
  ]),
  bylines: ['12 January 2026', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Linnet's Garden", 'Properties', 'planted', 'tended', 'tags', '#evergreen', '#growing', 'Links to this page', 'Powered by Obsidian Publish',
    'Interactive graph', 'On this page', 'Compost', 'Reading list',
  ],
};

export const HELDOUT294_B: readonly TestPage[] = [tilde, obsidian];
