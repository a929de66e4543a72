import { type TestPage, texts } from './page-kit.js';
import { hugoStackPost } from './pages-heldout66-d2.js';

/**
 * Held-out batch 66, file d: a long (titled) post on a Micro.blog-hosted blog with the Tiny Theme (IndieAuth, Micropub and
 * webmention links in the head, skip link, site title, tagline and nav, the post title, the e-content with two h2s and a list,
 * the post footer with the date, categories and "Reply by email", the "Conversation on Micro.blog" replies rendered by
 * conversation.js, the "Also on Micro.blog" link and the footer with the feed links and the Micro.blog credit).
 */
const mbName = 'Priya Venkataraman';
const mbTitle = 'Why I moved my photos off the big platforms';
const mbP1 = [
  'For about twelve years my photos lived on whichever platform I happened to be using that year. Some are on a service that has ' +
    'since shut down, some are locked inside an app I no longer have an account for, and a few hundred are somewhere I genuinely ' +
    'cannot remember. Last autumn I decided to fix that, slowly, and this is a write-up of where I have got to.',
  'The goal was not to leave social media. I still post pictures to a couple of places. The goal was to make sure that every ' +
    'photo I care about has a home I control, with a stable address, that will still work if any one company changes its mind.',
];
const mbH1 = 'What I settled on';
const mbP2 = [
  'Everything now goes to my own blog first, hosted here on Micro.blog, which keeps the original file and gives each photo a ' +
    'permanent page. From there it is cross-posted automatically to the other networks, with a link back. If one of those ' +
    'networks disappears tomorrow, I lose the likes and nothing else.',
  'For the older archive I exported what I could from each service, deduplicated about nine thousand files with a small script, ' +
    'and uploaded the survivors in batches of a few hundred, with their original dates. That part took most of the winter.',
];
const mbH2 = 'What I would tell someone starting';
const mbList = [
  'Export from everywhere now, while the export buttons still work.',
  'Keep the original files, not the compressed copies the apps show you.',
  'Do not try to caption everything. A date and a place is enough for most photos.',
  'Post new pictures to your own site first, and treat everything else as a copy.',
];
const mbP3 = [
  'It is a less exciting setup than it sounds. Nobody notices the difference when they look at my photos. But I notice it every ' +
    'time a service announces a redesign, a price rise or a shutdown, and I realise that for once it has nothing to do with me.',
];
const mbNav = ['About', 'Archive', 'Photos', 'Now', 'Search'];
const mbCats = ['Photography', 'IndieWeb'];
const mbReplies = [
  {
    name: 'Lena Osei',
    user: 'lenaosei',
    when: 'Mar 14, 2025 at 11:02 AM',
    text: 'This is exactly the push I needed. How long did the export from the old service take?',
  },
  {
    name: mbName,
    user: 'priyav',
    when: 'Mar 14, 2025 at 11:40 AM',
    text: '@lenaosei About a week of waiting for the archive email, then an afternoon to unpack it.',
  },
  {
    name: 'Marcus Hale',
    user: 'mhale',
    when: 'Mar 15, 2025 at 8:17 AM',
    text: 'Same approach here. The deduplication step is the one people skip and then regret.',
  },
];
const mbHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mbTitle} – ${mbName}</title>
<link rel="stylesheet" href="/css/tiny-theme.css?1741962000">
<link rel="stylesheet" href="/custom.css?1741962000">
<link rel="alternate" href="https://priyav.example.com/feed.xml" type="application/rss+xml" title="${mbName}">
<link rel="alternate" href="https://priyav.example.com/feed.json" type="application/json" title="${mbName}">
<link rel="me" href="https://micro.blog/priyav">
<link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
<link rel="token_endpoint" href="https://micro.blog/indieauth/token">
<link rel="micropub" href="https://micro.blog/micropub">
<link rel="microsub" href="https://micro.blog/microsub">
<link rel="webmention" href="https://micro.blog/webmention">
<link rel="subscribe" href="https://micro.blog/users/follow">
<meta property="og:title" content="${mbTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-14T09:10:00-05:00">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="site-header-inner">
<p class="site-title"><a href="/">${mbName}</a></p>
<p class="site-description">Photographs, walks and the occasional rant about file formats.</p>
<nav class="site-nav" aria-label="Main"><ul class="nav-links">
${mbNav.map((t) => `<li><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}
</ul></nav></div></header>
<main id="main">
<article class="h-entry post">
<h1 class="p-name post-title">${mbTitle}</h1>
<div class="e-content">
${mbP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${mbH1}</h2>
${mbP2.map((p) => `<p>${p}</p>`).join('\n')}
<p><img src="https://cdn.uploads.micro.blog/118203/2025/archive-folders.jpg" width="600" height="400"
 alt="A screen full of folders named by year, 2012 to 2024"></p>
<h2>${mbH2}</h2>
<ul>
${mbList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${mbP3.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<footer class="post-info">
<p class="post-date"><a class="u-url" href="https://priyav.example.com/2025/03/14/why-i-moved-my.html"><time class="dt-published"
 datetime="2025-03-14 09:10:00 -0500">Mar 14, 2025</time></a> <span class="p-author h-card hidden"><a class="u-url" href="/">${mbName}</a></span></p>
<p class="post-categories">${mbCats.map((c) => `<a href="/categories/${c.toLowerCase()}/" class="p-category">${c}</a>`).join(' ')}</p>
<p class="reply-by-email"><a href="mailto:hello@priyav.example.com?subject=Re:%20${encodeURIComponent(mbTitle)}">Reply by email</a></p>
</footer>
</article>
<section class="conversation">
<h2 class="conversation-title">Conversation on Micro.blog</h2>
<script type="text/javascript" src="https://micro.blog/conversation.js?url=https%3a%2f%2fpriyav.example.com%2f2025%2f03%2f14%2fwhy-i-moved-my.html"></script>
<div class="microblog_conversation">
${mbReplies
  .map(
    (r, i) => `<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="https://avatars.micro.blog/avatars/2025/${r.user}.jpg"
 width="24" height="24" alt=""> <a class="microblog_fullname" href="https://micro.blog/${r.user}">${r.name}</a> <span
 class="microblog_username">@${r.user}</span></div>
<div class="microblog_text"><p>${r.text}</p></div><div class="microblog_time"><a href="https://micro.blog/${r.user}/5430${i}1">${r.when}</a></div></div>`,
  )
  .join('\n')}
<p class="microblog_reply_link"><a href="https://micro.blog/priyav/5430001">Reply on Micro.blog</a></p>
</div>
</section>
</main>
<footer class="site-footer">
<p class="microblog-link"><a href="https://micro.blog/priyav" rel="me">Also on Micro.blog</a></p>
<p class="feeds"><a href="/feed.xml">RSS</a> · <a href="/feed.json">JSON Feed</a></p>
<p class="copyright">© 2025 ${mbName} · Powered by <a href="https://micro.blog/">Micro.blog</a> · Tiny Theme</p>
</footer>
</body>
</html>`;
const microBlog: TestPage = {
  html: mbHtml,
  name: 'heldout66-microblog-long-post',
  kind: 'blog',
  // the paragraphs and the list are body, the two h2s the headings (the conversation's h2 is furniture); the post's date is
  // a byline, and the hidden h-card author name too (it is also the site title and the name on a reply: listed once, as a
  // byline); the replies from Micro.blog are readers' replies to a blog post: furniture, their names, @handles and times
  // bylines (the writer's own handle and reply included); the image has alt text only; categories, "Reply by email",
  // "Reply on Micro.blog", nav, tagline and footer lines are furniture; the nav's "About", "Archive", "Photos" and "Now"
  // are words of the body: left out
  title: mbTitle,
  headings: [mbH1, mbH2],
  body: [...texts(mbP1), ...texts(mbP2), ...mbList, ...texts(mbP3)],
  bylines: [
    'Mar 14, 2025',
    mbName,
    ...mbReplies.filter((r) => r.name !== mbName).map((r) => r.name),
    ...mbReplies.map((r) => `@${r.user}`),
    ...mbReplies.map((r) => r.when),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Photographs, walks and the occasional rant about file formats.', 'Search', ...mbCats, 'Reply by email',
    'Conversation on Micro.blog', ...mbReplies.map((r) => r.text), 'Reply on Micro.blog', 'Also on Micro.blog', 'RSS', 'JSON Feed',
    `© 2025 ${mbName} · Powered by Micro.blog · Tiny Theme`,
  ],
};

export const HELDOUT66_D: readonly TestPage[] = [microBlog, hugoStackPost];
