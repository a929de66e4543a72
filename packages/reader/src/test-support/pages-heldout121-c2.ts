import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 121, file c2: a freeCodeCamp News tutorial (the Ghost-born news theme: the nav with the search form, logo,
 * "Menu" toggle and its hidden drop-down, the dateline with the primary tag, the h1, the feature image, the author byline
 * under it, "ADVERTISEMENT" ad slots between the article's sections, code blocks, the author card with bio after the text, the
 * "Say Thanks" and "Learn to code for free" calls to action, the bottom ad and the big charity footer with "Trending Guides",
 * "Mobile App" badges and "Our Charity" links).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const fcTitle = 'How to Debounce a Search Input in JavaScript – Explained with Examples';
const fcP1 = paras(`
When you type into a search box on a modern website, results often appear as you type. If the page sent a request to the server on
every single keystroke, a user typing "running shoes" would fire thirteen requests in about two seconds. Most of them would be
thrown away the moment the next letter arrived.

Debouncing is a small technique that fixes this. In this tutorial, you will learn what debouncing is, how to write your own
<code>debounce</code> function in a few lines of JavaScript, and how to use it with a real search input.
`);
const fcH1 = 'What Is Debouncing?';
const fcP2 = paras(`
Debouncing means waiting until something has stopped happening for a set amount of time before you react to it. For a search box,
"something" is typing. Instead of searching on every key press, you wait until the user has paused for, say, 300 milliseconds, and
only then send the request.

The name comes from electronics. When you press a physical button, the metal contacts bounce against each other for a few
milliseconds, and a circuit can read one press as several. A debounce circuit ignores those extra signals. The JavaScript version
does the same for events.
`);
const fcH2 = 'How to Write a Debounce Function';
const fcP3 = paras(`
A debounce function takes another function and a delay, and returns a new function. Every time the new function is called, it
cancels any call that is still waiting and schedules a fresh one:
`);
const fcCode1 = `<span class="token keyword">function</span> <span class="token function">debounce</span>(fn, delay) {
  <span class="token keyword">let</span> timer;
  <span class="token keyword">return</span> <span class="token keyword">function</span> (...args) {
    <span class="token function">clearTimeout</span>(timer);
    timer = <span class="token function">setTimeout</span>(() =&gt; fn.<span class="token function">apply</span>(<span
class="token keyword">this</span>, args), delay);
  };
}`;
const fcP4 = paras(`
Let’s walk through it. The <code>timer</code> variable lives in a closure, so it survives between calls. Each call clears the
previous timeout with <code>clearTimeout</code> and starts a new one. Only when the calls stop for longer than <code>delay</code>
does the timeout finally run <code>fn</code> with the most recent arguments.
`);
const fcH3 = 'How to Use It with a Search Box';
const fcP5 = paras(`
Here is a search input that fetches results from an API. The only change from a naive version is the line that wraps the handler in
<code>debounce</code>:
`);
const fcCode2 = `<span class="token keyword">const</span> input = document.<span class="token function">querySelector</span>(<span
class="token string">'#search'</span>);

<span class="token keyword">const</span> search = <span class="token function">debounce</span>(<span class="token keyword">async</span> (query) =&gt; {
  <span class="token keyword">const</span> res = <span class="token keyword">await</span> <span class="token function">fetch</span>(<span
class="token string">\`/api/products?q=\${query}\`</span>);
  <span class="token function">renderResults</span>(<span class="token keyword">await</span> res.<span class="token function">json</span>());
}, <span class="token number">300</span>);

input.<span class="token function">addEventListener</span>(<span class="token string">'input'</span>, (e) =&gt; <span
class="token function">search</span>(e.target.value));`;
const fcP6 = paras(`
Try typing quickly into the box and watch the Network tab in your browser’s developer tools. You should see a single request after
you stop typing, instead of one per letter.
`);
const fcH4 = 'Debounce vs Throttle';
const fcP7 = paras(`
Throttling is a close cousin of debouncing, and the two are easy to mix up. Here is the difference in one sentence each:
`);
const fcList = [
  '<strong>Debounce</strong> runs the function once, after the events have stopped for a given time.',
  '<strong>Throttle</strong> runs the function at most once every given interval, for as long as the events keep coming.',
];
const fcP8 = paras(`
Use debounce when you only care about the final value, like a search query or a window that has finished resizing. Use throttle
when you want regular updates during the activity, like tracking the scroll position for a progress bar.
`);
const fcH5 = 'Conclusion';
const fcP9 = paras(`
Debouncing is one of those small patterns that makes an app feel faster while doing less work. You now know how to write a
<code>debounce</code> function from scratch and how to use it to stop a search box from flooding your server.

Thanks for reading! If you found this helpful, you can find more of my tutorials on my blog.
`);
const fcBio = 'Frontend developer and technical writer from Marrowick. I write beginner-friendly guides to JavaScript and the web platform.';
const fcMenu = ['Forum', 'Learn', 'Donate'];
const fcTrending = [
  'How to Center a Div in CSS',
  'What Is an API?',
  'Git Reset vs Git Revert',
  'JavaScript Array Methods',
  'How to Read a Stack Trace',
  'Python Virtual Environments',
  'SQL Joins Explained',
  'What Is a Closure?',
];
const fcCharity = [
  'About',
  'Alumni Network',
  'Open Source',
  'Shop',
  'Support',
  'Sponsors',
  'Academic Honesty',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of Service',
  'Copyright Policy',
];
const fcFoot = [
  'freeCodeCamp is a donor-supported tax-exempt charity organization.',
  'Our mission: to help people learn to code for free. We do this by creating thousands of videos, articles, and interactive coding lessons, ' +
    'all freely available to the public.',
  'Donations to freeCodeCamp go toward our education initiatives, and help pay for servers, services, and staff.',
  'You can make a tax-deductible donation here.',
];
const fcAd = (slot: string): string => `<div class="ad-wrapper" data-test-label="ad-wrapper"><span class="ad-text">ADVERTISEMENT</span>
<ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-5385620464"
data-ad-slot="${slot}"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>`;
const fcPre = (code: string): string => `<pre class="language-javascript" tabindex="0"><code class="language-javascript">${code}</code></pre>`;
const fcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${fcTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/news/assets/css/global-5f1c9ad7.css"><link rel="stylesheet" type="text/css"
href="/news/assets/css/screen-a1b7e3f2.css">
<meta name="description" content="Learn what debouncing is and how to use it to stop a search box from sending a request on every keystroke.">
<link rel="canonical" href="https://www.freecodecamp.org/news/how-to-debounce-a-search-input-in-javascript/"><meta name="referrer"
content="no-referrer-when-downgrade">
<meta property="og:site_name" content="freeCodeCamp.org"><meta property="og:type" content="article"><meta property="og:title" content="${fcTitle}">
<meta property="article:published_time" content="2025-02-18T15:04:22.000Z"><meta property="article:tag" content="JavaScript">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@freecodecamp">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"freeCodeCamp.org",
"url":"https://www.freecodecamp.org/news/"},"author":{"@type":"Person","name":"Adaeze Nwosu","url":"https://www.freecodecamp.org/news/author/adaezenwosu/"},
"headline":"${fcTitle}","datePublished":"2025-02-18T15:04:22.000Z","dateModified":"2025-02-18T15:04:22.000Z","keywords":"JavaScript"}</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-5385620464" crossorigin="anonymous"></script></head>
<body class="post-template tag-javascript"><div class="site-wrapper"><nav class="site-nav nav-padding"><div class="site-nav-left"><form id="search-form"
data-test-label="search-bar" role="search"><label class="fcc_sr_only" for="search-input">Search</label><input type="search" id="search-input"
placeholder="Search 11,000+ tutorials" autocomplete="off"><button class="ais-SearchBox-submit" type="submit" title="Submit search"></button></form></div>
<div class="site-nav-middle"><a class="site-nav-logo" href="https://www.freecodecamp.org/news/" aria-label="freeCodeCamp.org"><img
src="https://cdn.freecodecamp.example/platform/universal/fcc_primary.svg" alt="freeCodeCamp.org"></a></div>
<div class="site-nav-right"><div class="nav-group"><button id="toggle-button-nav" class="toggle-button-nav" aria-expanded="false">Menu</button>
<ul class="nav-list" aria-labelledby="toggle-button-nav" hidden>${links(fcMenu, 'nav-item')}</ul></div></div></nav>
<main id="site-main" class="site-main outer"><div class="inner"><article class="post-full post tag-javascript"><header class="post-full-header">
<section class="post-full-meta"><time class="post-full-meta-date" data-test-label="post-full-meta-date"
datetime="Tue Feb 18 2025 15:04:22 GMT+0000">February 18,
2025</time> <span class="date-divider">/</span> <a href="/news/tag/javascript/">#JavaScript</a></section>
<h1 class="post-full-title" data-test-label="post-full-title">${fcTitle}</h1></header>
<figure class="post-full-image"><picture><source media="(max-width: 700px)" sizes="1px"
srcset="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7 1w">
<img onerror="this.style.display='none'" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1739891000/debounce-cover.png"
alt="How to Debounce a Search Input"
width="1200" height="630"></picture></figure>
<div class="post-full-byline"><div class="post-full-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/news/author/adaezenwosu/"
class="static-avatar"><img class="author-profile-image" src="https://cdn.hashnode.example/res/hashnode/image/upload/adaeze.jpeg" alt="Adaeze Nwosu" width="60"
height="60"></a></li></ul><section class="post-full-byline-meta"><h4 class="author-name" data-test-label="author-name"><a href="/news/author/adaezenwosu/"
data-test-label="profile-link">Adaeze Nwosu</a></h4></section></div></div>
<section class="post-full-content"><div class="post-and-author"><div class="post-content" data-test-label="post-content">
${ps(fcP1)}
<h2 id="heading-what-is-debouncing">${fcH1}</h2>
${ps(fcP2)}
${fcAd('7912345001')}
<h2 id="heading-how-to-write-a-debounce-function">${fcH2}</h2>
${ps(fcP3)}
${fcPre(fcCode1)}
${ps(fcP4)}
<h2 id="heading-how-to-use-it-with-a-search-box">${fcH3}</h2>
${ps(fcP5)}
${fcPre(fcCode2)}
${ps(fcP6)}
${fcAd('7912345002')}
<h2 id="heading-debounce-vs-throttle">${fcH4}</h2>
${ps(fcP7)}
<ul>${fcList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(fcP8)}
<h2 id="heading-conclusion">${fcH5}</h2>
${ps(fcP9)}
</div><hr><div class="post-full-author-header" data-test-label="author-header-with-bio"><section class="author-card" data-test-label="author-card">
<img class="author-profile-image" src="https://cdn.hashnode.example/res/hashnode/image/upload/adaeze.jpeg" alt="Adaeze Nwosu" width="60" height="60">
<section class="author-card-content"><span class="author-card-name"><a href="/news/author/adaezenwosu/" data-test-label="profile-link">Adaeze Nwosu</a></span>
<p data-test-label="author-bio">${fcBio}</p></section></section></div><hr>
<p data-test-label="social-row-cta" class="social-row">If you read this far, thank the author to show them you care. <button id="tweet-btn" class="cta-button"
data-test-label="tweet-button">Say Thanks</button></p>
<div data-test-label="learn-to-code-cta" class="learn-cta-row"><p>Learn to code for free. freeCodeCamp’s open source curriculum has helped more than 40,000
people get jobs as developers. <a href="https://www.freecodecamp.org/learn/" class="cta-button" id="learn-to-code-cta">Get started</a></p></div></div></section>
</article></div>${fcAd('7912345003')}</main>
<footer class="site-footer"><div class="footer-container"><div class="footer-top"><div class="footer-desc-col">
${fcFoot.map((t) => `<p>${t}</p>`).join('\n')}</div><div class="trending-guides"><h2 id="trending-guides" class="col-header">Trending Guides</h2>
<ul class="trending-guides-articles" aria-labelledby="trending-guides">${links(fcTrending)}</ul></div></div>
<div class="footer-buttons"><h2 class="col-header" id="mobile-app">Mobile App</h2><div class="footer-app-badges"><a href="https://apps.apple.example/fcc"
aria-label="Download on the App Store"><img src="/news/assets/images/download-on-the-app-store.svg" alt=""></a><a href="https://play.google.example/fcc"
aria-label="Get it on Google Play"><img src="/news/assets/images/google-get-it-on.png" alt=""></a></div></div>
<div class="footer-bottom"><h2 class="col-header" id="our-nonprofit">Our Charity</h2><ul class="our-nonprofit" aria-labelledby="our-nonprofit">
${links(fcCharity)}</ul></div></div></footer></div>
<script defer src="/news/assets/js/search-bar.js"></script><script defer src="/news/assets/js/nav-toggle.js"></script>
</body></html>`;
export const fccPost: TestPage = {
  html: fcHtml,
  name: 'heldout121-freecodecamp-news-blog',
  kind: 'blog',
  // the closing "Thanks for reading!" paragraph is the author's: body; the author card bio, "Say Thanks" row and the
  // "Learn to code for free" call to action are furniture; the dateline date and the author name are bylines
  title: fcTitle,
  headings: [fcH1, fcH2, fcH3, fcH4, fcH5],
  body: texts([...fcP1, ...fcP2, ...fcP3, ...fcP4, ...fcP5, ...fcP6, ...fcP7, ...fcList, ...fcP8, ...fcP9]),
  bylines: ['February 18, 2025', 'Adaeze Nwosu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Menu', ...fcMenu, '#JavaScript', 'ADVERTISEMENT', fcBio, 'If you read this far, thank the author to show them you care.', 'Say Thanks',
    'Learn to code for free. freeCodeCamp’s open source curriculum has helped more than 40,000 people get jobs as developers.', 'Get started', ...fcFoot,
    'Trending Guides', ...fcTrending, 'Mobile App', 'Our Charity', ...fcCharity,
  ],
};
