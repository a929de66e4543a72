import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file c2: a WriteFreely post on a multi-user instance (the bare template: the blog's name as the h1 in
 * the header with one pinned post in its nav, the post title as an h2#title, the date, the Markdown-rendered e-content with
 * two h3s and a closing line of hashtag links, the email-subscribe form, the "published with write freely" footer and the
 * instance's scripts).
 */
const wfBlog = 'Night Shift Notebook';
const wfTitle = 'What the Ward Sounds Like at Four in the Morning';
const wfP1 = [
  'People imagine a hospital ward at night as silent. It is not. It is quieter than the day, and the quiet has a different ' +
    'texture, but after eleven years of night shifts I could draw you a map of it by sound alone.',
  'There is the infusion pump in bay three that beeps a semitone higher than all the others, and has done since someone dropped ' +
    'it in 2019. There is the ice machine by the sluice, which empties itself with a crash at twenty past every hour whether ' +
    'anyone needs ice or not. There is the lift, which you learn to hear from the far end of the corridor, because the lift at ' +
    'night usually means a new admission or a porter with bad news.',
];
const wfH1 = 'The sounds that matter';
const wfP2 = [
  'The sounds that matter most are the ones patients make. A change in someone&#8217;s breathing at three in the morning will ' +
    'wake you from across a bay the way a crying child wakes a parent, and you learn, slowly, which changes mean nothing and ' +
    'which mean you should be at the bedside before you have finished thinking about it.',
  'I have tried to teach this to new starters and mostly failed. It is not something you can put on a slide. The best I can do ' +
    'is stand with them at the nurses&#8217; station around four, when the ward is at its quietest, and ask them to tell me what ' +
    'they can hear.',
];
const wfH2 = 'Four o&#8217;clock';
const wfP3 = [
  'Four o&#8217;clock is the hour everyone who works nights talks about. The drugs round is done, the observations are done, and ' +
    'the breakfast trolley is still three hours away. It is when the tiredness arrives all at once, and when, for reasons nobody ' +
    'has ever explained to me, the most patients wake up and want to talk.',
  'Some of the best conversations of my working life have happened at that hour, in a whisper, beside a bed, with the blinds ' +
    'still down. A retired signalman who told me about the last steam trains through Peterborough. A woman of ninety-one who ' +
    'wanted to know whether I thought she would see the spring. I did not know. I said so, and she seemed glad that I had not ' +
    'pretended.',
  'Then the first birds start outside the window, and the day staff arrive at a quarter past seven with their coffee and their ' +
    'loud, cheerful voices, and the ward becomes a different place entirely.',
];
const wfTags = ['nursing', 'nightshifts', 'NHS'];
const wfHtml = `<!DOCTYPE HTML>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${wfTitle} — ${wfBlog}</title>
<link rel="stylesheet" type="text/css" href="/css/write.css">
<link rel="shortcut icon" href="/favicon.ico">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://words.example.org/nightshift/what-the-ward-sounds-like-at-four-in-the-morning">
<link rel="alternate" type="application/rss+xml" title="${wfBlog}" href="https://words.example.org/nightshift/feed/">
<meta name="generator" content="WriteFreely">
<meta name="title" content="${wfTitle}">
<meta name="description" content="People imagine a hospital ward at night as silent. It is not. It is quieter than the day, and the quiet has a…">
<meta name="author" content="nightshift">
<meta itemprop="name" content="${wfTitle}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${wfTitle}">
<meta property="og:title" content="${wfTitle}">
<meta property="og:site_name" content="${wfBlog}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-01-26T06:48:12Z">
<link rel="author" href="https://words.example.org/nightshift/">
<style type="text/css">body#post article{max-width:36em}#blog-title a{font-variant:small-caps}</style>
</head>
<body id="post">
<div id="overlay"></div>
<header>
<h1 dir="ltr" id="blog-title"><a rel="author" href="/nightshift/" class="h-card p-author">${wfBlog}</a></h1>
<nav>
<a class="pinned" href="/nightshift/about">About these notes</a>
</nav>
</header>
<article id="post-body" class="norm h-entry "><h2 id="title" class="p-name dated">${wfTitle}</h2><time class="dt-published" datetime="2025-01-26T06:48:12Z"
 pubdate itemprop="datePublished" content="2025-01-26 06:48:12 +0000 UTC">January 26, 2025</time><div
 class="e-content">${wfP1.map((p) => `<p>${p}</p>`).join('\n\n')}

<h3 id="the-sounds-that-matter">${wfH1}</h3>

${wfP2.map((p) => `<p>${p}</p>`).join('\n\n')}

<h3 id="four-o-clock">${wfH2}</h3>

${wfP3.map((p) => `<p>${p}</p>`).join('\n\n')}

<p>${wfTags.map((t) => `<a href="/nightshift/tag:${t}" class="hashtag"><span>#</span><span class="p-category">${t}</span></a>`).join(' ')}</p>
</div></article>

<div id="emailsub">
<p>Get new posts from ${wfBlog} by email.</p>
<form method="post" action="/api/collections/nightshift/email/subscribe">
<input type="hidden" name="slug" value="what-the-ward-sounds-like-at-four-in-the-morning">
<input type="hidden" name="web" value="1">
<input type="email" name="email" placeholder="me@example.com">
<input type="submit" id="subscribe-btn" value="Subscribe">
</form>
</div>

<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a href="https://writefreely.org">write freely</a></p></nav></footer>
</body>

<script src="/js/localdate.js"></script>
<script src="/js/h.js"></script>
<script type="text/javascript">
var pinning = false;
function pinPost(e, postID, slug, title) {
  e.preventDefault();
  if (pinning) {
    return;
  }
  pinning = true;
}
try { // Fonts
  WebFontConfig = { custom: { families: [ 'Lora:400,700:latin' ], urls: [ '/css/fonts.css' ] } };
  (function() {
    var wf = document.createElement('script');
    wf.src = '/js/webfont.js';
    wf.type = 'text/javascript';
    wf.async = 'true';
    var s = document.getElementsByTagName('script')[0];
    s.parentNode.insertBefore(wf, s);
  })();
} catch (e) { /* ¯\\_(ツ)_/¯ */ }
</script>
</html>`;
export const writeFreelyPost: TestPage = {
  html: wfHtml,
  name: 'heldout66-writefreely-post',
  kind: 'blog',
  // the blog's name is the page's h1 (furniture), the post title the h2#title; the paragraphs are body, the two h3s the
  // headings; the date is the byline (WriteFreely shows no author line; the blog name carries rel="author" but is the blog's
  // title, listed as furniture); the closing line of hashtag links sits inside the e-content but is the post's tags, not a
  // sentence of it: furniture, each tag as it is shown ("#nursing"); the pinned "About these notes", the email box and the
  // footer line are furniture
  title: wfTitle,
  headings: [wfH1, ...texts([wfH2])],
  body: [...texts(wfP1), ...texts(wfP2), ...texts(wfP3)],
  bylines: ['January 26, 2025'],
  furniture: [wfBlog, 'About these notes', ...wfTags.map((t) => `#${t}`), `Get new posts from ${wfBlog} by email.`, 'published with write freely'],
};
