import { ps, type TestPage, texts } from './page-kit.js';
import { microblog } from './pages-heldout266-c2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file c: a Bear Blog post (the site-name header and one-line nav, the italic date, hashtags, the toast
 * upvote button and the "Powered by Bear" footer) and, from file c2, a short Micro.blog post with its replies.
 */
const bTitle = 'Three years of a paper logbook for my server closet';
const b1 = [
  j(
    'In the spring of 2023 I put a cheap lined notebook on top of the rack in my hall cupboard and promised myself I would write',
    'down every change I made to the machines in it. I run a small home lab: a storage box, two mini PCs, a router I flashed',
    'myself and a shelf of cables I am afraid to throw away.',
  ),
  j(
    'Three years and one and a half notebooks later, I still keep it. This is what I learned about writing things down by hand',
    'when every tool I own could do it for me.',
  ),
];
const bH1 = 'What goes in';
const b2 = ['Each entry is short, and always has the same parts:'];
const bL = [
  'the date and time, written before I touch anything;',
  'what I intend to do, in one sentence;',
  'what I actually did, including the commands I would not remember;',
  'how I would undo it.',
];
const b3 = [
  j(
    'The last line is the one that matters. More than once I have stood in front of the cupboard at midnight, with the internet down',
    'and my partner asking when it would be back, and found the way out already written in my own handwriting.',
  ),
];
const bH2 = 'Why not a wiki';
const b4 = [
  j(
    'I tried. I had a wiki on the storage box for a year, and it had two problems. When the storage box was down, so was the wiki.',
    'And because it was easy to edit, I edited old entries to tidy them, which destroyed the record of what I had really done.',
  ),
  j(
    'Paper cannot be tidied. Crossed-out lines stay visible, mistakes stay in order, and the notebook works during a power cut. It',
    'also makes me slower, and I have come to think that slowness is a feature when the change is to a machine that holds the',
    'family photos.',
  ),
];
const bH3 = 'What I would change';
const b5 = [
  j(
    'I wish I had numbered the pages from the start, so that later entries could point back to earlier ones. I now also tape a',
    'printed copy of the network diagram inside the front cover, and replace it whenever it changes.',
  ),
  'If you run anything at home that other people depend on, try it for a month. You need a pen and a notebook, and nothing else.',
];
const bNav = ['Home', 'Now', 'Blog', 'Uses'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="shortcut icon"
href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22
viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>📓</text></svg>"><title>${bTitle} | Ravel Notes</title>
<meta name="slug" content="paper-logbook"><meta name="description" content="In the spring of 2023 I put a cheap lined notebook on top of the rack in my hall
cupboard."><meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Ravel Notes"><meta property="og:type" content="article">
<meta property="og:url" content="https://ravel.bearblog.example/paper-logbook/"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-03-08T19:41:00+00:00",
"author":{"@type":"Person","name":"Ravel Notes"}}</script>
<style>:root{--width:720px;--font-main:Verdana,sans-serif;--background-color:#fff;--text-color:#444}body{font-family:var(--font-main);margin:auto;padding:20px;
max-width:var(--width)}.title{text-decoration:none;border:0}.title span{font-weight:400}</style></head>
<body class="post"><header><a href="/" class="title"><h2>Ravel Notes</h2></a><nav><p>${bNav
  .map(
    (t, i) => `<a
href="${i === 0 ? '/' : `/${t.toLowerCase()}/`}">${t}</a>`,
  )
  .join(' ')}</p></nav></header>
<main><h1>${bTitle}</h1><p><i><time datetime="2026-03-08T19:41Z">08 Mar, 2026</time></i></p>
<content>
${ps(b1)}
<h2 id="what-goes-in">${bH1}</h2>
${ps(b2)}
<ul>${lis(bL)}</ul>
${ps(b3)}
<h2 id="why-not-a-wiki">${bH2}</h2>
${ps(b4)}
<h2 id="what-i-would-change">${bH3}</h2>
${ps(b5)}
</content>
<p class="tags"><a href="/blog/?q=homelab">#homelab</a> <a href="/blog/?q=notebooks">#notebooks</a></p>
<p class="upvote-form"><form method="post" class="upvote-form" action="/upvote/"><input type="hidden" name="uid" value="Xq3pLm0v">
<small><button class="upvote-button" title="Toast this post"><svg viewBox="0 0 24 24" width="24" height="24"></svg><span
class="upvote-count">31</span></button></small>
</form></p></main>
<footer><span>Subscribe via <a href="/feed/">RSS</a> or <a href="/subscribe/">email</a></span> | <span>Powered by <a
href="https://bearblog.example">Bear ʕ•ᴥ•ʔ</a></span></footer>
<script>document.querySelectorAll('time').forEach(function(t){t.textContent=new Date(t.getAttribute('datetime')).toLocaleDateString('en-GB',
{day:'2-digit',month:'short',year:'numeric'});});</script></body></html>`;
const bear: TestPage = {
  name: 'heldout266-bearblog-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...b1, ...b2, ...bL, ...b3, ...b4, ...b5]),
  bylines: ['08 Mar, 2026'],
  furniture: ['Ravel Notes', ...bNav, '#homelab', '#notebooks', 'Subscribe via RSS or email', 'Powered by Bear ʕ•ᴥ•ʔ'],
};

export const HELDOUT266_C: readonly TestPage[] = [bear, microblog];
