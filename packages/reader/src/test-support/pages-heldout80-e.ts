import { ps, type TestPage } from './page-kit.js';
import { hubspotPost } from './pages-heldout80-e2.js';

/**
 * Held-out batch 80, file e: a Bear Blog post on the default theme (the blog name as an h2 link in the header, the one-line
 * nav, the title, the italic date, the post straight in <main> with no article element, hashtags, the "Toast this post"
 * button with its count, the blog's own footer line with email reply and RSS links, "Powered by Bear"), and a company blog
 * on HubSpot CMS with CTA blocks (file e2).
 */
const brTitle = 'Walking the long way to the library';
const br1 = [
  'There are two ways from my flat to the library. The short one is eleven minutes along the main road, past the tyre place and ' +
    'the two chicken shops. The long one is twenty-six minutes, down through the allotments, along the back of the old ' +
    'brewery and up the steps by the church. I have started taking the long one every Saturday, and I want to write down why ' +
    'before I forget.',
  'The first reason is the allotments. There is a man on the corner plot who has grown the same row of sweet peas for what must ' +
    'be decades, judging by the canes, and every week there is something new to see. In March it was nothing but string. By ' +
    'June you could smell them from the path.',
  'The second reason is that the long way gives me time to decide what I am going to read. On the short way I arrive with the same ' +
    'vague idea I left with. On the long way, somewhere around the brewery wall, I usually work out what I actually want, and it ' +
    'is almost never what I had on my list.',
  'The third reason is harder to explain. The steps by the church have a handrail that is worn bright in the middle, where ' +
    'everybody puts their hand. I like putting my hand in the same place. It makes me feel like part of a very long queue of ' +
    'people going somewhere ordinary on a Saturday.',
  'I am not going to pretend this is a productivity tip. It costs me half an hour a week and produces nothing you could measure. ' +
    'But I have read more this year than in the three before it, and I think the walk has something to do with it.',
  'If you have a long way to somewhere, I would like to hear about it.',
];
const brTags = ['#walking', '#libraries', '#saturdays'];
const brNav = ['Home', 'Now', 'Blog'];
const brHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22
font-size=%2290%22>📚</text></svg>">
<title>${brTitle} | Nell’s notebook</title><link rel="canonical" href="https://nell.bearblog.dev/long-way-to-the-library/">
<meta name="title" content="${brTitle}"><meta name="description" content="There are two ways from my flat to the library.">
<meta name="keywords" content="walking,libraries,saturdays"><meta property="og:site_name" content="Nell’s notebook">
<meta property="og:title" content="${brTitle}"><meta property="og:type" content="article"><meta property="og:url"
content="https://nell.bearblog.dev/long-way-to-the-library/">
<meta name="twitter:card" content="summary"><meta property="article:published_time" content="2025-04-12T09:14:00+00:00">
<meta itemprop="name" content="${brTitle}"><meta itemprop="description" content="There are two ways from my flat to the library.">
<style>:root{--width:720px;--font-main:Verdana,sans-serif;--font-secondary:Verdana,sans-serif;--font-scale:1em;--background-color:#fff;--heading-color:#222;
--text-color:#444;--link-color:#3273dc;--visited-color:#8b6fcb;--code-background-color:#f2f2f2;--code-color:#222;--blockquote-color:#222}
body{font-family:var(--font-secondary);font-size:var(--font-scale);margin:auto;padding:20px;max-width:var(--width);text-align:left;
background-color:var(--background-color);
word-wrap:break-word;overflow-wrap:break-word;line-height:1.5;color:var(--text-color)}.title{text-decoration:none;border:0}.title span{font-weight:400}
nav a{margin-right:10px}time{font-family:monospace;font-style:normal;font-size:15px}.upvote-button{padding:0;margin:0;border:0;background-color:inherit;
color:inherit;display:flex;flex-direction:column;align-items:center;cursor:pointer}</style>
</head>
<body class="post">
<header><a class="title" href="/"><h2>Nell’s notebook</h2></a><nav><p>${brNav
  .map((t) => `<a href="/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a>`)
  .join('\n')}</p>
</nav></header>
<main>
<h1>${brTitle}</h1>
<p><i><time datetime="2025-04-12T09:14Z">12 Apr, 2025</time></i></p>
${ps(br1)}
<p class="tags">${brTags.map((t) => `<a href="https://nell.bearblog.dev/blog/?q=${t.slice(1)}">${t}</a>`).join('\n')}</p>
<form id="upvote-form" action="/upvote/" method="post" style="display: inline"><small><input hidden="" name="uid" value="Xy2Pq9LmT4vB8kW1rZ0e" />
<input hidden="" name="title" value="${brTitle}" /><button class="upvote-button" title="Toast this post"><svg xmlns="http://www.w3.org/2000/svg" width="20"
height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1">
<polyline points="17 11 12 6 7 11"></polyline><polyline points="17 18 12 13 7 18"></polyline></svg><small class="upvote-count">23</small></button></small>
</form>
</main>
<footer><p>Thanks for reading. <a href="mailto:nell@nellsnotebook.net?subject=Walking%20the%20long%20way">Reply by email</a> or
<a href="/feed/?type=rss">subscribe via RSS</a>.</p>
<span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span></footer>
<script>document.addEventListener('DOMContentLoaded', function () { var f = document.getElementById('upvote-form'); if (f) { f.addEventListener('submit',
function () { f.querySelector('.upvote-button').disabled = true; }); } });</script>
</body></html>`;
const bear: TestPage = {
  html: brHtml,
  name: 'heldout80-bear-blog-minimal-blog',
  kind: 'blog',
  // the post sits directly in <main> after the title and the date paragraph; the date is the only byline; hashtags, the
  // toast count, the header (blog name and nav) and the footer lines are furniture;
  // "#walking" repeats a word of the title: left out
  title: brTitle,
  headings: [],
  body: br1,
  bylines: ['12 Apr, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nell’s notebook', ...brNav, ...brTags.slice(1), '23', 'Thanks for reading.', 'Reply by email', 'subscribe via RSS',
    'Powered by Bear ʕ•ᴥ•ʔ',
  ],
};

export const HELDOUT80_E: readonly TestPage[] = [bear, hubspotPost];
