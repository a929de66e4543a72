import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file c2: a Micro.blog post whose main text is short (the default theme's site header and nav, the post
 * title, the permalink date, a photo with its alt text and caption, categories, the Micro.blog conversation with three
 * replies and the "Reply on Micro.blog" button, and the footer with the follow link).
 */
const uTitle = 'Our office finally has a proper on-call handover';
const u1 = [
  j(
    'Small win at work this week. For two years our on-call handover was a message in the team channel that said "all quiet"',
    'or "good luck". From Monday it is a ten-minute call at 10:00 with a shared page that lists open incidents, anything flaky,',
    'and one thing the outgoing person would fix if they had another day.',
  ),
  j(
    'The last item turned out to be the useful one. After three handovers we already have a short list of annoyances that nobody',
    'had written down, and two of them are fixed. Nothing clever, just a habit, and I wish we had started it years ago.',
  ),
];
const uCap = 'The handover page, taped to the wall for the first week.';
const uCats = ['Office life', 'Operations'];
const uReplies = [
  ['Hanne Morrow', '@hannem', 'The "one thing I would fix" question is great. Stealing it for our rotation.', 'Mar 12, 2026'],
  ['Deji Castellan', '@deji', 'We do the same but in writing. The call is better, people admit more out loud.', 'Mar 12, 2026'],
  ['Lucia Brandt', '@lbrandt', 'How long did it take before people stopped skipping it?', 'Mar 13, 2026'],
];
const uNav = ['About', 'Archive', 'Photos', 'Replies', 'Also on Micro.blog'];
const reply = ([
  name = '',
  user = '',
  text = '',
  date = '',
]: string[]): string => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar"
src="https://avatars.micro.example/${user.slice(1)}.jpg" width="30" height="30"><span class="microblog_fullname">${name}</span>
<span class="microblog_username"><a href="https://micro.blog.example/${user.slice(1)}">${user}</a></span></div>
<div class="microblog_text"><p>${text}</p></div><div class="microblog_time"><a href="https://micro.blog.example/${user.slice(1)}/1">${date}</a></div></div>`;
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${uTitle} - Tove Ashby</title>
<meta name="description" content="Small win at work this week."><link rel="stylesheet" href="/css/main.css"><link rel="stylesheet"
href="/custom.css?1741780000">
<link rel="alternate" type="application/rss+xml" title="Tove Ashby" href="https://tove.micro.example/feed.xml">
<link rel="alternate" type="application/json" title="Tove Ashby" href="https://tove.micro.example/feed.json"><link rel="me"
href="https://micro.blog.example/tove">
<link rel="authorization_endpoint" href="https://micro.blog.example/indieauth/auth"><link rel="webmention" href="https://micro.blog.example/webmention">
<link rel="micropub" href="https://micro.blog.example/micropub"><meta property="og:title" content="${uTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2026-03-12T09:14:00-05:00",
"author":{"@type":"Person","name":"Tove Ashby"}}</script></head>
<body><header class="site-header"><div class="wrapper"><a class="site-title" href="/">Tove Ashby</a><nav class="site-nav">
<a href="#" class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"></svg></a><div class="trigger">
${uNav.map((t) => `<a class="page-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a>`).join('\n')}</div></nav></div></header>
<div class="page-content"><div class="wrapper"><div class="post h-entry"><header class="post-header"><h1 class="post-title p-name">${uTitle}</h1>
<p class="post-meta"><a href="https://tove.micro.example/2026/03/12/our-office-finally.html" class="u-url"><time class="dt-published"
datetime="2026-03-12 09:14:00 -0500">Mar 12, 2026</time></a></p></header>
<div class="post-content e-content">
${ps(u1)}
<figure><img src="https://tove.micro.example/uploads/2026/handover.jpg" width="600" height="450" alt="A printed sheet with three columns taped to a wall">
<figcaption>${uCap}</figcaption></figure>
</div>
<p class="post-categories">${uCats.map((c) => `<a href="/categories/${c.toLowerCase()}/">${c}</a>`).join(' ')}</p>
<div class="microblog_conversation">${uReplies.map(reply).join('\n')}
<div class="microblog_reply_button"><a href="https://micro.blog.example/tove/98123456">Reply on Micro.blog</a></div></div>
<script type="text/javascript"
src="https://micro.blog.example/conversation.js?url=https%3a%2f%2ftove.micro.example%2f2026%2f03%2f12%2four-office-finally.html"></script>
</div></div></div>
<footer class="site-footer"><div class="wrapper"><ul
class="footer-links">${links(['Subscribe via RSS', 'Subscribe via JSON Feed', 'Follow @tove on Micro.blog'])}</ul>
</div></footer></body></html>`;
export const microblog: TestPage = {
  name: 'heldout266-microblog-short-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(u1),
  bylines: ['Mar 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tove Ashby', ...uNav, uCap, ...uCats, ...uReplies.flatMap((r) => r.slice(0, 3)), 'Mar 13, 2026', 'Reply on Micro.blog', 'Subscribe via RSS',
    'Subscribe via JSON Feed', 'Follow @tove on Micro.blog',
  ],
};
