import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 121, file b2: a Bear Blog post (the header with the blog name in an h2 and the markdown nav, the h1, the
 * date in italics, the post inside Bear's <content> element with headings, a list and a blockquote, the hashtag links, the
 * upvote ("toast") form with its count, and the footer with the author's "Reply by email" and RSS links and "Made with Bear").
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const bbTitle = 'Notes on a winter of sourdough';
const bbP1 = paras(`
I started a sourdough starter on the first of November, mostly out of stubbornness. Everyone I know made one in 2020 and gave up by
the summer. I missed that wave entirely, so this winter I decided it was my turn. Four months and about forty loaves later, here is
what I would tell myself on day one.
`);
const bbH1 = 'The starter is easier than the internet says';
const bbP2 = paras(`
I read a lot of anxious forum threads before I began. Temperatures to the half degree, special flours, filtered water left out
overnight. In the end my starter was rye flour and tap water in a jam jar on top of the fridge, fed once a day, and it was bubbling
happily by day six.

What mattered was consistency. Same time every morning, same amounts, same jar. The one week I got lazy and fed it whenever I
remembered, it went sluggish and smelled of nail varnish. Two days of regular feeds brought it back.
`);
const bbH2 = 'The bread is harder';
const bbP3 = paras(`
My first ten loaves were flat. Not dense, exactly, but wide and low, like a loaf that had been sat on. The fixes, in the order I
found them:
`);
const bbList = [
  'Less water. Recipes written for strong Canadian flour assume it drinks more than the flour at my corner shop does.',
  'A longer bulk rise. My kitchen is cold in winter, and the dough needed nearly eight hours rather than the four in the book.',
  'Proper shaping. I watched the same two-minute video about building surface tension perhaps thirty times.',
  'A cast iron pot with a lid, preheated for a full forty-five minutes.',
];
const bbP4 = paras(`
Loaf eleven rose. I took a photo of it and sent it to my sister, who replied with a thumbs up and the word “finally”.
`);
const bbH3 = 'What I got out of it';
const bbQuote = 'You are not making bread. You are looking after something that makes bread, and it will tell you what it needs if you pay attention.';
const bbP5 = paras(`
My neighbour Agnieszka said that to me in December, when I was complaining over the fence about loaf seven. She has baked every week
for thirty years. I think about it most mornings now.

The bread is good these days, but the habit is the better part. Ten minutes every morning with a jar and a spoon, before the phone
and the news. I did not expect a jar of flour and water to be the thing that made my mornings calmer, but here we are.

I will probably stop when the weather warms up and the starter gets too lively to keep up with. Or maybe not.
`);
const bbNav = ['Home', 'Now', 'Blog', 'Recipes'];
const bbTags = ['#baking', '#sourdough', '#winter'];
const bbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22
font-size=%2290%22>🍞</text></svg>"><title>${bbTitle} | Crumb and Crust</title><link rel="canonical"
href="https://crumbandcrust.bearblog.dev/winter-sourdough/">
<meta property="og:site_name" content="Crumb and Crust"><meta property="og:title" content="${bbTitle}"><meta property="og:type" content="article">
<meta property="og:url" content="https://crumbandcrust.bearblog.dev/winter-sourdough/"><meta name="description" content="Four months and forty loaves.">
<meta property="article:published_time" content="2025-03-02T08:41:00+00:00"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" href="/feed/"><style>:root{--width:720px;--font-main:Verdana,sans-serif;--font-secondary:Verdana,sans-serif;
--font-scale:1em;--background-color:#fff;--heading-color:#222;--text-color:#444;--link-color:#3273dc}body{font-family:var(--font-secondary);margin:auto;
padding:20px;max-width:var(--width);text-align:left;background-color:var(--background-color);word-wrap:break-word;overflow-wrap:break-word}
.upvote-button{padding:0;margin:0;border:0;background-color:inherit;color:inherit;display:flex;flex-direction:column;align-items:center;cursor:pointer}</style>
</head>
<body class="post"><header><a class="title" href="/"><h2>Crumb and Crust</h2></a>
<nav><p>${bbNav.map((t) => `<a href="/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a>`).join(' ')}</p></nav></header>
<main><h1>${bbTitle}</h1><p><i><time datetime="2025-03-02T08:41Z">2 March 2025</time></i></p>
<content>
${ps(bbP1)}
<h2 id="the-starter-is-easier-than-the-internet-says">${bbH1}</h2>
${ps(bbP2)}
<h2 id="the-bread-is-harder">${bbH2}</h2>
${ps(bbP3)}
<ol>${bbList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(bbP4)}
<h2 id="what-i-got-out-of-it">${bbH3}</h2>
<blockquote><p>${bbQuote}</p></blockquote>
${ps(bbP5)}
</content>
<p class="tags">${bbTags.map((t) => `<a href="/blog/?q=${t.slice(1)}">${t}</a>`).join('\n')}</p>
<p class="upvote"><form action="/upvote/" method="post" class="upvote-form" id="upvote-form"><input type="hidden" name="csrfmiddlewaretoken"
value="kq9v2XbLm4"><input hidden name="uid" value="Wv3RgaL0pTt7s1"><input hidden name="title" value="${bbTitle}">
<small><button class="upvote-button" title="Toast this post"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"
fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1"><polyline points="17 11 12 6 7 11">
</polyline><polyline points="17 18 12 13 7 18"></polyline></svg><small class="upvote-count">23</small></button></small></form></p>
</main>
<footer><p><a href="mailto:hello@crumbandcrust.example?subject=Notes%20on%20a%20winter%20of%20sourdough">Reply by email</a> ·
<a href="/feed/">Subscribe via RSS</a></p><span>Made with <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span></footer>
<script>document.querySelectorAll('time').forEach(t => { const d = new Date(t.getAttribute('datetime'));
t.innerText = d.toLocaleDateString(navigator.language, { day: 'numeric', month: 'long', year: 'numeric' }); });</script>
</body></html>`;
export const bearPost: TestPage = {
  html: bbHtml,
  name: 'heldout121-bear-blog-post',
  kind: 'blog',
  // the blockquote is the neighbour's words quoted in the post: body; the blog name (an h2 in the header), nav, hashtags,
  // the upvote count and the footer links are furniture; the date is the only byline
  title: bbTitle,
  headings: [bbH1, bbH2, bbH3],
  body: texts([...bbP1, ...bbP2, ...bbP3, ...bbList, ...bbP4, bbQuote, ...bbP5]),
  bylines: ['2 March 2025'],
  furniture: ['Crumb and Crust', ...bbNav, ...bbTags, '23', 'Reply by email', 'Subscribe via RSS', 'Made with Bear ʕ•ᴥ•ʔ'],
};
