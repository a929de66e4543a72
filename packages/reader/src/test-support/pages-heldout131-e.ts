import { type TestPage, texts } from './page-kit.js';
import { bearPost } from './pages-heldout131-e2.js';

/**
 * Held-out batch 131, file e: a Write.as blog post (the blog title as the page's h1 with rel="author", pinned-page links,
 * the post title as h2#title, the publish date, the Markdown body ending in a line of hashtags, the email subscription
 * form, the Remark.as "Discuss..." link and the "published with write.as" footer) and, from file e2, a Bear Blog post.
 */
const waTitle = 'Ten months of writing everything by hand first';
const waP = [
  'Last October I made myself a rule: every piece of writing starts on paper. Emails and shopping lists were exempt, but anything I ' +
    'meant to publish, including this blog, had to exist first in pencil in a cheap exercise book before it was allowed anywhere ' +
    'near a keyboard.',
  'I expected to give up by Christmas. It has now been ten months, I have filled eleven exercise books, and I am not going back.',
  'The first thing I noticed was how much slower it is. Not just the handwriting, although my hand aches after two pages in a way ' +
    'it never did at school. It is slower because crossing out is visible. On a screen I can delete a sentence and it is as if it ' +
    'never existed. On paper it stays there, struck through, and I have to decide whether the next attempt is actually better.',
  'That turned out to be the whole point. I used to write a paragraph, delete it, write it again, delete it again, and end up more ' +
    'or less where I started. Now I can see my three attempts one above the other and pick the best parts of each. My first drafts ' +
    'are messier, but my second drafts are <em>much</em> better.',
  'The second thing I noticed was that I stopped checking things. On a computer I would write half a sentence, realise I was not ' +
    'sure of a date or a name, and open a browser tab to look it up. Forty minutes later I would come back to the half sentence with ' +
    'no idea where it had been going. On paper I just write a question mark in the margin and carry on. I look everything up at the ' +
    'end, when I type it out.',
  'Typing it out is the third surprise. I thought it would be a chore, copying out what I had already written. Instead it has ' +
    'become my editing pass. When you have to type every word again, you notice the ones that are not earning their place. Most of ' +
    'my posts lose about a fifth of their length between the exercise book and the screen.',
  'There are things I miss. I cannot search my drafts. I cannot write on the train when it is crowded. And my handwriting is bad ' +
    'enough that twice I have been unable to read my own notes a week later, which is humbling.',
  'But I am writing more than I did a year ago, and I like what I write more. If you have ever felt that the screen was getting ' +
    'between you and what you meant to say, buy a cheap notebook and try it for a month. The worst that can happen is you end up ' +
    'with a notebook full of crossings-out.',
];
const waTags = ['writing', 'notebooks', 'process'];
const waSub = 'Get new posts from Slow Ink by email:';
const waHtml = `<!DOCTYPE HTML>
<html>
<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
<meta charset="utf-8">
<title>Ten months of writing everything by hand first — Slow Ink</title>
<link rel="stylesheet" type="text/css" href="/css/write.css?v=2025.06.2" />
<link rel="shortcut icon" href="/favicon.ico" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://write.example/slowink/ten-months-of-writing-everything-by-hand-first">
<link rel="alternate" type="application/rss+xml" title="Slow Ink" href="https://write.example/slowink/feed/" />
<link rel="alternate" type="application/activity+json" href="https://write.example/api/posts/8x2kq7nwf1" />
<meta name="generator" content="Write.as">
<meta name="title" content="Ten months of writing everything by hand first — Slow Ink">
<meta name="description" content="Last October I made myself a rule: every piece of writing starts on paper.">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${waTitle}">
<meta property="og:title" content="${waTitle}" />
<meta property="og:site_name" content="Slow Ink" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://write.example/slowink/ten-months-of-writing-everything-by-hand-first" />
<meta property="article:published_time" content="2025-08-02T07:40:11Z">
${waTags.map((t) => `<meta property="article:tag" content="${t}">`).join('\n')}
<style type="text/css">
body#post article, pre, .hljs { font-family: 'Lora', serif; }
#blog-title a { color: #6b4e2e; }
</style>
</head>
<body id="post">
<div id="overlay"></div>
<header>
<h1 dir="auto" id="blog-title"><a rel="author" href="/slowink/" class="h-card p-author">Slow Ink</a></h1>
<nav>
<a class="pinned" href="/slowink/about">About</a><a class="pinned" href="/slowink/archive">Archive</a>
</nav>
</header>

<article id="post-body" class="serif h-entry "><h2 id="title" class="p-name dated">${waTitle}</h2><time class="dt-published"
datetime="2025-08-02T07:40:11Z" pubdate itemprop="datePublished" content="2025-08-02 07:40:11 +0000 +0000">Aug 2, 2025</time><div class="e-content">
${waP.map((t) => `<p>${t}</p>`).join('\n\n')}

<p>${waTags.map((t) => `<a href="https://write.example/slowink/tag:${t}" class="hashtag"><span>#</span><span class="p-category">${t}</span></a>`).join(' ')}</p>
</div></article>

<div id="emailsub">
<p>${waSub}</p>
<form method="post" action="/api/collections/slowink/email/subscribe">
<input type="hidden" name="slug" value="ten-months-of-writing-everything-by-hand-first" />
<input type="hidden" name="web" value="1" />
<input type="email" name="email" placeholder="me@example.com" /><input type="submit" id="subscribe-btn" value="Subscribe" />
</form>
</div>

<p id="remark"><a href="https://remark.example/p/slowink/ten-months-of-writing-everything-by-hand-first">Discuss...</a></p>

<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a class="home pubd" href="/">write.as</a></p></nav></footer>
</body>

<script src="/js/localdate.js"></script>
<script src="/js/h.js"></script>
<script type="text/javascript">
var pinning = false;
function pinPost(e, postID, slug, title) {
  e.preventDefault();
  if (pinning) return;
  pinning = true;
}
try { WebFontConfig = { custom: { families: [ 'Lora:400,700:latin', 'Open+Sans:400,700:latin' ], urls: [ '/css/fonts.css' ] } }; } catch (e) {}
</script>
</html>`;
const writeAs: TestPage = {
  name: 'heldout131-writeas-blog',
  kind: 'blog',
  html: waHtml,
  // the blog title is the page's h1 (furniture) and the post title an h2; the hashtag line that ends the post is tags
  // (furniture); the essay has no section headings
  title: waTitle,
  headings: [],
  body: texts(waP),
  bylines: ['Aug 2, 2025'],
  furniture: ['Slow Ink', 'About', 'Archive', '#writing', '#notebooks', '#process', waSub, 'Discuss...', 'published with write.as'],
};

export const HELDOUT131_E: readonly TestPage[] = [writeAs, bearPost];
