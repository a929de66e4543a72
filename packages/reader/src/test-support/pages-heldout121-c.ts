import { ps, type TestPage, texts } from './page-kit.js';
import { fccPost } from './pages-heldout121-c2.js';

/**
 * Held-out batch 121, file c: a long post on a micro.blog-hosted blog (the site header with the author's name and the page
 * links behind the CSS menu toggle, the h1 and linked date, a photo without caption, the categories line, the "Reply on
 * Micro.blog" and "Reply by email" links, the replies pulled in by micro.blog's conversation.js with names, usernames, texts and
 * dates, and the footer) and, from file c2, a freeCodeCamp News article.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const mbTitle = 'Three weeks without a car in Port Ellery';
const mbP1 = paras(`
Our car failed its inspection on the last day of February. The garage needed a part from the mainland, and the part needed three
weeks. So for most of March, the four of us lived in Port Ellery the way the tourist leaflets say you can: on foot, by bike and on the
number 6 bus.

I had assumed I would hate it. I mostly did not, and a few things surprised me enough that I wanted to write them down before the
car comes back on Friday and we forget all of it.
`);
const mbH1 = 'The school run got better';
const mbP2 = paras(`
We live a mile and a half from the primary school, up a hill on the way home. With the car it was a ten-minute drive, most of it
spent queuing at the junction by the chip shop. Without it, the girls and I walked down the coast path in twenty-five minutes and
came back on the bus.

By the second week the walk was the best part of the day. Nell started naming the dogs we met. Orla, who is eight and does not
usually talk to me before nine in the morning, told me a long and complicated story about a girl in her class and a lost recorder.
I would not have heard any of it in the car.
`);
const mbH2 = 'The shopping got worse';
const mbP3 = paras(`
The big supermarket is out on the ring road, which is a forty-minute bus ride with one change. We tried it once with two large
rucksacks and a shopping trolley on wheels and did not try it again.

Instead we shopped every two or three days at the Co-op on Quay Street and the greengrocer next to it. It cost more, maybe fifteen
pounds a week, and we ate less of the things that come in big boxes. I am not sure that is a bad trade.
`);
const mbH3 = 'What we are keeping';
const mbP4 = paras(`
We are not selling the car. We live on an island with one ferry a day and a grandmother on the other side of it. But we have agreed
on a few things:
`);
const mbList = [
  'The school run is on foot unless it is pouring or someone is ill.',
  'One big shop a fortnight by car, and the rest from Quay Street.',
  'Saturdays are bike days, weather permitting, which on this island means about half of them.',
];
const mbP5 = paras(`
Ask me in June whether any of it stuck. For now, I am oddly sorry that the garage rang this morning to say the part has arrived.
`);
const mbNav = ['About', 'Archive', 'Photos', 'Now', 'Search'];
const mbCats = ['Family', 'Island life'];
const mbReplies = [
  { n: 'Callum Rees', u: '@callumr', t: '@pcolquhoun The bit about Orla talking on the walk made me smile. Same with my eldest.', d: 'Mar 22, 2025' },
  { n: 'Ayo Fashola', u: '@ayof', t: '@pcolquhoun We sold ours two years ago and have not missed it once. The island is perfect for it.', d: 'Mar 23, 2025' },
  { n: 'Priya Colquhoun', u: '@pcolquhoun', t: '@ayof I am not that brave yet, but I can see the appeal!', d: 'Mar 24, 2025' },
];
const mbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${mbTitle} - Priya Colquhoun</title><meta name="description" content="Our car failed its inspection on the last day of February.">
<link rel="stylesheet" href="/css/main.css"><link rel="stylesheet" href="/custom.css?1742590000"><link rel="canonical"
href="https://pcolquhoun.example/2025/03/21/three-weeks-without.html">
<link rel="alternate" type="application/rss+xml" title="Priya Colquhoun" href="https://pcolquhoun.example/feed.xml">
<link rel="alternate" type="application/json" title="Priya Colquhoun" href="https://pcolquhoun.example/feed.json">
<link rel="me" href="https://micro.blog/pcolquhoun"><link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
<link rel="token_endpoint" href="https://micro.blog/indieauth/token"><link rel="micropub" href="https://micro.blog/micropub">
<link rel="microsub" href="https://micro.blog/microsub"><link rel="webmention" href="https://micro.blog/webmention">
<link rel="subscribe" href="https://micro.blog/users/follow"></head>
<body><header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="/">Priya Colquhoun</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15"
width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0"></path></svg>
</span></label><div class="trigger">${mbNav.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('\n')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">${mbTitle}</h1><p class="post-meta"><a
href="https://pcolquhoun.example/2025/03/21/three-weeks-without.html"
class="u-url"><time class="dt-published" datetime="2025-03-21 08:14:00 +0000" itemprop="datePublished">Mar 21, 2025</time></a></p></header>
<div class="post-content e-content" itemprop="articleBody">
${ps(mbP1)}
<p><img src="https://cdn.uploads.micro.blog/41877/2025/coast-path.jpg" width="600" height="450" alt="The coast path above the harbour on a grey morning"></p>
<h2>${mbH1}</h2>
${ps(mbP2)}
<h2>${mbH2}</h2>
${ps(mbP3)}
<h2>${mbH3}</h2>
${ps(mbP4)}
<ul>${mbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(mbP5)}
</div>
<p class="post-categories">Categories: ${mbCats.map((t) => `<a href="/categories/${t.toLowerCase().replace(' ', '-')}/">${t}</a>`).join(', ')}</p>
<p class="post-replies"><a href="https://micro.blog/pcolquhoun/52331905">Reply on Micro.blog</a> ·
<a href="mailto:priya@pcolquhoun.example?subject=Three%20weeks%20without%20a%20car">Reply by email</a></p>
<script type="text/javascript"
src="https://micro.blog/conversation.js?url=https%3A%2F%2Fpcolquhoun.example%2F2025%2F03%2F21%2Fthree-weeks-without.html"></script>
<div class="microblog_conversation">
${mbReplies
  .map(
    (r) => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar"
src="https://avatars.micro.blog/avatars/2025/${r.u.slice(1)}.jpg"
width="20" height="20"> <span class="microblog_fullname">${r.n}</span> <span class="microblog_username"><a href="https://micro.blog/${r.u.slice(1)}">${r.u}</a>
</span></div><div class="microblog_text"><p>${r.t}</p></div><div class="microblog_time"><a
href="https://micro.blog/${r.u.slice(1)}/52331">${r.d}</a></div></div>`,
  )
  .join('\n')}
</div></article></div></main>
<footer class="site-footer"><div class="wrapper"><p>© 2025 Priya Colquhoun · <a href="/feed.xml">RSS</a> · <a
href="https://micro.blog/pcolquhoun">Also on Micro.blog</a>
</p></div></footer></body></html>`;
const microBlogPost: TestPage = {
  html: mbHtml,
  name: 'heldout121-microblog-long-post',
  kind: 'blog',
  // the replies loaded by conversation.js are reader comments: furniture (the author's own reply too, whose name is a byline text); the site title is the
  // author's name and the only author line on the page: a byline, with the date
  title: mbTitle,
  headings: [mbH1, mbH2, mbH3],
  body: texts([...mbP1, ...mbP2, ...mbP3, ...mbP4, ...mbList, ...mbP5]),
  bylines: ['Priya Colquhoun', 'Mar 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mbNav, 'Categories:', ...mbCats, 'Reply on Micro.blog', 'Reply by email',
    ...mbReplies.flatMap((r) => [r.n, r.u, r.t, r.d]).filter((t) => t !== 'Priya Colquhoun'),
    '© 2025 Priya Colquhoun',
    'RSS', 'Also on Micro.blog',
  ],
};

export const HELDOUT121_C: readonly TestPage[] = [microBlogPost, fccPost];
