import { links, ps, type TestPage, texts } from './page-kit.js';
import { hashnode } from './pages-heldout260-d2.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file d: a short Tumblr text post in the tumblr.com blog view (React markup with hashed class names,
 * the blog header with Follow, the post with its h1 title, tags, note count and Reblog / Like controls, reblogs shown as
 * notes, "More like this" and the logged-out sign-up banner), a page whose main text is short, and, from file d2, a
 * Hashnode post built with Next.js markup.
 */
const uTitle = 'the heron at the canal lock knows my schedule now';
const uP = [
  j(
    'every weekday at 7.40 i cross the footbridge at Pellow Lock and every weekday there is the same grey heron on the',
    'lower gate. for months it ignored me. this week it started turning its head when my footsteps hit the bridge,',
    'like a commuter checking the platform clock.',
  ),
  j(
    'today i was late (train strike, long story) and it was already gone. i am choosing to believe it was disappointed',
    'rather than just hungry somewhere else.',
  ),
  'small things that have kept me going this month:',
];
const uList = ['the heron', 'the lock keeper who waves with a mug of tea', 'the one blackbird that sings at the bus stop in the dark'];
const uTags = ['#herons', '#birdwatching', '#canal life', '#commuting', '#small joys'];
const uTop = ['Explore', 'Communities', 'Live', 'Change Palette'];
const uMore = ['kingfisher at dawn, finally, after six weeks', 'my local swans have opinions about bread'];
const uNotes = ['marshfoot reblogged this from greywing-notes', 'tallowdusk liked this', 'pennyroyal-kite reblogged this from greywing-notes'];
const uHtml = `<!DOCTYPE html><html lang="en-US" class="TjGBb"><head><meta charset="utf-8"><title>greywing-notes on Tumblr</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="tumblr-feed:text">
<meta property="og:title" content="${uTitle}"><meta property="og:description" content="every weekday at 7.40 i cross the footbridge at Pellow Lock">
<meta name="twitter:site" content="tumblr"><link rel="canonical" href="https://www.tumblr.example/greywing-notes/748213905521">
<script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org","url":"https://www.tumblr.example/greywing-notes/748213905521",
"author":{"@type":"Person","name":"greywing-notes"},"headline":"${uTitle}","datePublished":"2026-10-07T07:58:31+00:00"}</script>
<link rel="stylesheet" href="https://assets.tumblr.example/pop/main-2f1e0c.css"></head>
<body><div id="root"><div class="nZ9l5"><header class="AnBKO" role="banner"><div class="Q1jRN"><a aria-label="Home" href="/" class="FXTPj"></a></div>
<div class="eVm5j"><form role="search" class="Jf1C8"><input aria-label="Search" class="ZMLsr" placeholder="Search Tumblr" type="text"></form></div>
<nav class="LmeA_"><ul class="cP9Hq">${links(uTop, 'B3Xsj')}</ul></nav><div class="Hc7JE"><a class="TRX6J VxmZd" href="/register">Sign up</a>
<a class="TRX6J" href="/login">Log in</a></div></header>
<main class="_1Qq4"><div class="zAlrA"><div class="fYhK7"><header class="Bbv6u"><div class="ZsuO5"><img class="RoN4R" alt="Avatar"
src="https://64.media.tumblr.example/avatar_a1b2.png"></div>
<h1 class="CKAFB Vnbis">greywing notes</h1><div class="Pvp8U">greywing-notes</div><p class="aFT58">birds, canals, trains that do not come</p>
<button class="TRX6J VxmZd">Follow</button></header>
<div class="Evcyl"><article class="FtjPK r0etU"><header class="fNcTf"><div class="ZJdm4"><div class="vGkyT"><a class="BSUG4" href="/greywing-notes">
<span class="QHoMI">greywing-notes</span></a></div><div class="VrYAG"><a class="BSUG4 ZoNri" href="/greywing-notes/748213905521"
title="October 7, 2026">Oct 7, 2026</a></div></div></header><div class="Qb2zX"><div class="GzjsW"><div class="LaNUG"><div class="VDRZ4">
<div class="k31gt"><h1 class="hF8Wr YkQj_">${uTitle}</h1></div>
${uP.map((t) => `<div class="k31gt"><p>${t}</p></div>`).join('\n')}
<div class="k31gt"><ul class="rbsVg">${uList.map((t) => `<li class="Ztfjx">${t}</li>`).join('')}</ul></div>
</div></div></div></div>
<div class="mwjNz"><div class="hAFp3">${uTags.map((t) => `<a class="KSDLH" href="/tagged/${t.slice(1).replace(/ /g, '%20')}">${t}</a>`).join('\n')}</div></div>
<footer class="e1knl"><div class="MCavR"><div class="ePsyd"><button class="TRX6J"><span class="smGjM">318 notes</span></button></div>
<div class="jIYJf"><button aria-label="Share" class="TRX6J"></button><button aria-label="Reply" class="TRX6J"></button>
<button aria-label="Reblog" class="TRX6J"></button><button aria-label="Like" class="TRX6J"></button></div></div></footer></article>
<div class="BjErQ"><div class="WIZtH">Notes</div><ul class="sKzw7">${uNotes.map((n) => `<li class="Kr6l9"><span>${n}</span></li>`).join('\n')}</ul>
<button class="TRX6J">Show more notes</button></div></div>
<aside class="dX0P6"><h2 class="VfcZ2">More like this</h2><ul>${links(uMore, 'G_hcl')}</ul></aside></div></div></main>
<div class="xYNKq" role="dialog"><div class="vPe4r"><p class="oc8Ng">Tumblr is where your interests connect you with your people.</p>
<a class="TRX6J VxmZd" href="/register">Sign me up</a><a class="TRX6J" href="/login">Log in</a></div></div>
<div class="FOK0T"><div class="N3dEY">This site uses cookies and similar technologies. By continuing you agree to our use of them.</div><button
class="TRX6J">Got it</button>
</div></div>
<script nonce="tumblr" id="___INITIAL_STATE___">window['___INITIAL_STATE___'] = {"PeeprRoute":{"blogName":"greywing-notes","postId":"748213905521"}};</script>
<script src="https://assets.tumblr.example/pop/vendor-bd71a0.js" defer></script></body></html>`;
const tumblr: TestPage = {
  name: 'heldout260-tumblr-text-post-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([...uP, ...uList]),
  bylines: ['greywing-notes', 'Oct 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uTop, 'Sign up', 'Log in', 'greywing notes', 'birds, canals, trains that do not come', 'Follow', ...uTags, '318 notes', 'Notes', ...uNotes,
    'Show more notes', 'More like this', ...uMore, 'Tumblr is where your interests connect you with your people.', 'Sign me up',
    'This site uses cookies and similar technologies. By continuing you agree to our use of them.', 'Got it',
  ],
};

export const HELDOUT260_D: readonly TestPage[] = [tumblr, hashnode];
