import { type TestPage, texts } from './page-kit.js';
import { eleventyPost } from './pages-heldout137-c2.js';

/**
 * Held-out batch 137, file c: a titled Micro.blog post on a personal blog with the Tiny Theme (the site title as the page's h1
 * and the post title as an h2 below the permalink date, the site nav, a photo, the category links, "Reply by email" and "Reply
 * on Micro.blog" buttons, the Micro.blog conversation that conversation.js writes into the page, a hidden "Also on Bluesky"
 * syndication link and the footer with the owner's line and the theme attribution) and, from file c2, an Eleventy base blog
 * post.
 */
const mbTitle = 'A year of no-dig on plot 14';
const mbP1 = [
  'It is a year this week since I gave up digging on plot 14. I said at the time I would write up how it went, so here it is, with the ' +
    'caveat that one year on heavy clay is not a scientific trial.',
  'For anyone new to the idea: instead of turning the soil over every winter, you leave it alone and spread a thick layer of compost on top ' +
    'each year. Worms and weather do the mixing. The weeds that are already there get smothered, and the seeds buried in the soil stay buried.',
  'I kept notes all year in a cheap notebook that lives in the shed, so the numbers below are rough, but they are real, and they cover ' +
    'the same six beds I have grown in since 2019.',
];
const mbH1 = 'What worked';
const mbList = [
  'Weeding time dropped from most of a Saturday morning to about forty minutes a week by August.',
  'The beds stopped cracking in the July heat. The compost on top holds moisture far better than bare clay.',
  'Early potatoes, broad beans and squash all did at least as well as last year, and the squash did much better.',
];
const mbH2 = 'What did not';
const mbP2 = [
  'Slugs. A permanent mulch is a five-star hotel for them, and I lost two sowings of lettuce and most of the first batch of French beans. I ' +
    'now raise almost everything in modules at home and plant out when it is big enough to shrug off a bit of damage.',
  'Carrots were also poor, although I suspect that had more to do with the cold April than the method.',
];
const mbH3 = 'The cost';
const mbP3 = [
  'The honest downside is compost. Covering six beds five centimetres deep took about two cubic metres, which I bought in from the council ' +
    'green waste scheme for £68 including delivery. My own heaps made maybe a third of what I needed. That gap should narrow as I get better at ' +
    'making it.',
  'Would I go back? No. My back is grateful, the soil is visibly darker and more crumbly than it was, and I spend more of my time at the plot ' +
    'sitting with a flask than I used to. Next year I am going to try the same on the fruit cage, which is the last bit still being dug.',
];
const mbNav = ['About', 'Archive', 'Photos', 'Now', 'Subscribe'];
const mbTags = ['#Allotment', '#Gardening'];
const mbConv = [
  {
    user: 'Pip Bailey',
    handle: 'pbailey',
    text: '@anneli Same experience with slugs here. Nematodes in May made a real difference for me, worth a try.',
    time: 'Jun 8, 2025',
  },
  {
    user: 'Rory Tanaka',
    handle: 'rory',
    text: '@anneli Great write-up. Did you put cardboard down under the first layer or just compost straight on the grass?',
    time: 'Jun 9, 2025',
  },
  { user: 'Anneli Varga', handle: 'anneli', text: '@rory Cardboard on the two beds that were still grass, compost straight on the rest.', time: 'Jun 9, 2025' },
];
const mbFooter = 'Anneli writes about allotments, bikes and the odd book, from Sheffield.';
const at = (t: string): string => t.split(' ')[0] ?? '';
const mbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>${mbTitle} - Anneli Varga</title><meta name="description" content="It is a year this week since I gave up digging on plot 14.">
<meta property="og:title" content="${mbTitle}"><meta property="og:type" content="article"><meta property="og:url"
content="https://anneli.micro.blog/2025/06/08/a-year-of.html">
<link rel="stylesheet" href="/css/main.css?v=2.6.1"><link rel="stylesheet" href="/custom.css?1749370442">
<link rel="alternate" href="https://anneli.micro.blog/feed.xml" type="application/rss+xml" title="Anneli Varga">
<link rel="alternate" href="https://anneli.micro.blog/feed.json" type="application/json" title="Anneli Varga">
<link rel="me" href="https://micro.blog/anneli"><link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
<link rel="token_endpoint" href="https://micro.blog/indieauth/token"><link rel="micropub" href="https://micro.blog/micropub">
<link rel="webmention" href="https://micro.blog/webmention"><link rel="subscribe" href="https://micro.blog/users/follow"></head>
<body><div class="wrapper">
<header class="site-header">
<h1><a class="site-title" href="/">Anneli Varga</a></h1>
<nav class="site-nav"><ul>
${mbNav.map((t) => `<li><a class="page-link" href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav>
</header>
<main class="page-content" aria-label="Content">
<div class="post h-entry  allotment gardening">
<header class="post-header">
<a href="https://anneli.micro.blog/2025/06/08/a-year-of.html" class="post-date u-url"><time class="dt-published" datetime="2025-06-08 09:14:00 +0100">Jun 8,
2025</time> ∞</a>
<h2 class="p-name">${mbTitle}</h2>
</header>
<article class="post-content e-content">
${mbP1.map((t) => `<p>${t}</p>`).join('\n')}
<p><img src="https://cdn.uploads.micro.blog/104512/2025/plot14-june.jpg" width="600" height="450"
alt="Six raised beds with dark compost and young squash plants"></p>
<h3 id="what-worked">${mbH1}</h3>
<ul>
${mbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h3 id="what-did-not">${mbH2}</h3>
${mbP2.map((t) => `<p>${t}</p>`).join('\n')}
<h3 id="the-cost">${mbH3}</h3>
${mbP3.map((t) => `<p>${t}</p>`).join('\n')}
</article>
<ul class="post-tags">
${mbTags.map((t) => `<li><a href="https://anneli.micro.blog/categories/${t.slice(1).toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul>
</div>
<ul class="reply-buttons">
<li><a href="mailto:anneli@varga.example?subject=Re%3A%20A%20year%20of%20no-dig%20on%20plot%2014" class="reply-by-email">Reply by email</a></li>
<li><a class="conversation-link" href="https://micro.blog/anneli/55182730">Reply on Micro.blog</a></li>
</ul>
<a class="u-syndication" href="https://bsky.app/profile/anneli.micro.blog/post/3lr2xk7wq2c2a" style="display: none;">Also on Bluesky</a>
<script type="text/javascript" src="https://micro.blog/conversation.js?url=https://anneli.micro.blog/2025/06/08/a-year-of.html"></script>
<div class="microblog_conversation">
${mbConv
  .map(
    (c) => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="https://avatars.micro.blog/avatars/2025/${c.handle}.jpg"
width="20" height="20" style="width: 20px; height: 20px; border-radius: 10px; vertical-align: middle;"> <a
href="https://micro.blog/${c.handle}">${c.user}</a></div>
<div class="microblog_text"><p><a href="https://micro.blog/${at(c.text).slice(1)}">${at(c.text)}</a>
${c.text.split(' ').slice(1).join(' ')}</p></div>
<div class="microblog_time"><a href="https://micro.blog/${c.handle}/5518${c.text.length}">${c.time}</a></div></div>`,
  )
  .join('\n')}
</div>
</main>
<footer class="site-footer">
<div class="wrapper">
<p class="custom_footer">${mbFooter}</p>
<p class="attribution custom_footer">Hosted by <a href="https://micro.blog">Micro.blog</a>. Designed by <a href="https://www.mattlangford.com">Matt
Langford</a>.</p>
</div>
</footer>
</div></body></html>`;
const microblog: TestPage = {
  html: mbHtml,
  name: 'heldout137-microblog-post-blog',
  kind: 'blog',
  // the title is the post's h2 (the page's h1 is the site title, furniture); the permalink date is a byline and its "∞" is
  // left out; the categories, reply buttons, hidden syndication link, the conversation (replies to the post), and footer are
  // furniture; "Anneli Varga" is the site title and the author of the third reply, listed once as furniture
  title: mbTitle,
  headings: [mbH1, mbH2, mbH3],
  body: texts([...mbP1, ...mbList, ...mbP2, ...mbP3]),
  bylines: ['Jun 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Anneli Varga', ...mbNav, ...mbTags, 'Reply by email', 'Reply on Micro.blog', 'Also on Bluesky', 'Pip Bailey', 'Rory Tanaka',
    ...mbConv.map((c) => c.text), 'Jun 9, 2025', mbFooter, 'Hosted by Micro.blog. Designed by Matt Langford.',
  ],
};

export const HELDOUT137_C: readonly TestPage[] = [microblog, eleventyPost];
