import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file b2: a Real Python-style tutorial (navbar, byline row with date, reading time, comment count and
 * level tags, share buttons, the "Table of Contents" box, "Remove ads" links, an in-text "Watch Now" video promo, the
 * "Python Tricks" newsletter box, author box, "What Do You Think?" and comment invitation, "Keep Learning" tags, footer).
 */
const rTitle = 'Caching Function Results in Python With functools.cache';
const rH = [
  'Why Cache Function Results?',
  'Using @cache on a Recursive Function',
  'Choosing Between cache and lru_cache',
  'Knowing When Not to Cache',
  'Conclusion',
];
const rIntro = [
  j(
    'Some functions get called again and again with the same arguments. If the result depends only on those arguments, you can',
    'store it the first time and hand it back instantly afterward. Python\u2019s <code>functools</code> module makes this a one-line change.',
  ),
  '<strong>In this tutorial, you\u2019ll learn how to:</strong>',
];
const rGoals = [
  'Speed up <strong>pure functions</strong> by caching their results',
  'Decide between <strong><code>@cache</code></strong> and <strong><code>@lru_cache</code></strong>',
  'Inspect and clear a cache while your program runs',
  'Recognize functions that <strong>shouldn\u2019t</strong> be cached',
];
const r1 = [
  j(
    'Imagine a function that looks up shipping rates for a postcode by parsing a large rate table. Parsing takes about two hundred',
    'milliseconds, and your checkout page calls it five times per order. Caching turns four of those five calls into dictionary lookups.',
  ),
  j(
    'The trade-off is memory. Every distinct argument combination keeps its result alive until the cache is cleared, so caching',
    'works best when the set of likely arguments is small or repeats a lot.',
  ),
];
const r2 = [
  j(
    'The classic demonstration is a naive recursive function that counts the ways to climb a staircase taking one or two steps at',
    'a time. Without a cache, the number of calls grows exponentially with the number of stairs:',
  ),
  j(
    'Adding <code>@cache</code> above the definition changes nothing else in the code, but each stair count is now computed exactly',
    'once. On a typical laptop, <code>climb(90)</code> goes from never finishing to under a millisecond.',
  ),
];
const r3 = [
  j(
    '<code>@cache</code> is a shorthand for <code>@lru_cache(maxsize=None)</code>: it never evicts anything. When the inputs are',
    'unbounded, such as user IDs on a busy server, a bounded cache is safer:',
  ),
];
const rTable = [
  '<code>@cache</code>',
  'Unlimited',
  'Small, fixed set of inputs',
  '<code>@lru_cache(maxsize=256)</code>',
  '256 entries',
  'Large or open-ended inputs',
];
const r3b = ['Both decorators add <code>cache_info()</code> and <code>cache_clear()</code> methods to the wrapped function, which help while tuning.'];
const r4 = [
  j(
    'Caching is only correct for functions whose result depends on nothing but their arguments. A function that reads the clock,',
    'queries a database, or returns a mutable list that callers later change will give stale or shared results once cached.',
  ),
  'Arguments must also be hashable, so a function that takes a list or a dictionary can\u2019t be cached without converting its inputs first.',
];
const r5 = [
  j(
    'You\u2019ve seen how <code>functools.cache</code> and <code>lru_cache</code> trade memory for speed, how to measure what they',
    'do, and when to leave a function alone. Try adding a cache to the slowest pure function in your own project and compare the timings.',
  ),
];
const rNav = ['Start Here', 'Learn Python', 'Python Tutorials', 'Learning Paths', 'Quizzes', 'Python Q&A Forum', 'Podcast', 'Newsletter'];
const rTags = ['intermediate', 'python', 'best-practices'];
const rFoot = ['Python Tutorials', 'Video Courses', 'Books', 'Podcast', 'Team Plans', 'Privacy Policy', 'Terms of Use', 'Advertise', 'Contact'];
const toc = rH.map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('\n');
const ads = '<div class="mb-3 text-center small"><a href="/account/join/" class="small text-muted" rel="nofollow">Remove ads</a></div>';
const h2 = (i: number): string => `<h2 id="h${i}">${rH[i] ?? ''}<a class="headerlink" href="#h${i}" title="Permanent link"></a></h2>`;
const rHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} – Pythonic Path</title>
<meta name="author" content="Maren Ilvesky"><meta name="description" content="Learn how to speed up pure functions with functools.cache.">
<meta property="og:type" content="article"><meta name="twitter:site" content="@pythonicpath">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${rTitle}","datePublished":"2026-03-04",
"author":{"@type":"Person","name":"Maren Ilvesky"}}</script>
<link rel="stylesheet" href="https://cdn.pythonicpath.example/static/realpython.min.css"></head>
<body><nav class="navbar fixed-top navbar-expand-lg navbar-dark"><div class="container"><a class="navbar-brand" href="/">Pythonic Path</a>
<ul class="navbar-nav mr-auto">${links(rNav, 'nav-item')}</ul><a class="btn btn-primary" href="/account/join/">Join</a>
<a class="nav-link" href="/account/login/">Sign-In</a></div></nav>
<div class="container main-content"><div class="row"><main class="col-md-11 col-lg-8 article with-headerlinks">
<figure class="embed-responsive"><img class="card-img-top" src="/cdn/cache-tutorial.jpg" alt=""></figure>
<h1>${rTitle}</h1>
<div class="mb-0"><span class="text-muted">by <a class="text-muted" href="#author">Maren Ilvesky</a></span>
<span class="text-muted">Publication date <span>Mar 04, 2026</span></span> <span class="text-muted">Reading time estimate 17m</span>
<a href="#reader-comments" class="badge badge-pill badge-light">9 Comments</a>
${rTags.map((t) => `<a href="/tutorials/${t}/" class="badge badge-light text-muted">${t}</a>`).join(' ')}</div>
<div class="d-flex share-buttons"><a class="share-twitter" href="#">Tweet</a> <a class="share-facebook" href="#">Share</a>
<a class="share-email" href="#">Email</a></div>
<div class="article-body">
<div class="sidebar-module sidebar-module-inset border"><p class="h3 mb-2 text-muted">Table of Contents</p><div class="toc"><ul>${toc}</ul></div></div>
${ads}
${ps(rIntro)}
<ul>${rGoals.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="alert alert-warning" role="alert"><p><strong>Free Bonus:</strong> <a href="/bonus/caching-cheatsheet/" class="alert-link">Click here to
download a free cheat sheet</a> that summarizes the caching decorators with examples.</p></div>
${h2(0)}${ps(r1)}${ads}
${h2(1)}${ps(r2.slice(0, 1))}
<div class="highlight python">
<pre><span></span><code>def climb(n):\n    if n &lt; 2:\n        return 1\n    return climb(n - 1) + climb(n - 2)</code></pre></div>
${ps(r2.slice(1))}
<div class="card mb-3 bg-secondary"><div class="card-body"><p class="card-text"><strong>Watch Now</strong> This tutorial has a related video course.
Watch it together with the written tutorial to deepen your understanding: <a href="/courses/caching/">Speeding Up Python With Caches</a></p></div></div>
${h2(2)}${ps(r3)}
<div class="table-responsive"><table class="table table-hover"><thead><tr><th>Decorator</th><th>Size</th><th>Good for</th></tr></thead><tbody>
<tr><td>${rTable[0]}</td><td>${rTable[1]}</td><td>${rTable[2]}</td></tr><tr><td>${rTable[3]}</td><td>${rTable[4]}</td><td>${rTable[5]}</td></tr>
</tbody></table></div>
${ps(r3b)}
${h2(3)}${ps(r4)}
${h2(4)}${ps(r5)}
</div>
<div class="card mt-4 mb-4 bg-light"><div class="card-body"><p class="h3">🐍 Python Tricks 💌</p><p>Get a short &amp; sweet Python Trick delivered to
your inbox every couple of days. No spam ever. Unsubscribe any time.</p><form><input type="email" placeholder="Email Address">
<button class="btn btn-primary" type="submit">Send Me Python Tricks »</button></form></div></div>
<div class="card mt-3" id="author"><div class="card-body"><p class="h3">About <strong>Maren Ilvesky</strong></p>
<p>Maren is a data engineer and a Pythonic Path tutorial author who likes profiling more than she likes guessing.</p>
<a href="/team/milvesky/" class="card-link">» More about Maren</a></div></div>
<div class="card mb-3"><div class="card-body"><p class="h3">What Do You Think?</p><p>What’s your #1 takeaway or favorite thing you learned?
How are you going to put your newfound skills to use? Leave a comment below and let us know.</p></div></div>
<div class="card"><p class="h4">Keep Learning</p><p>Related Topics: ${rTags
  .slice(0, 2)
  .map((t) => `<a href="/tutorials/${t}/">${t}</a>`)
  .join(' ')}</p></div>
<div id="reader-comments"><p class="comments-placeholder">9 Comments</p></div></main>
<aside class="col-md-4 sidebar d-none d-md-block"><div class="sidebar-module"><p class="sidebar-title">Master Real-World Python Skills With a
Community of Experts</p><a class="btn btn-primary" href="/account/join/">Level Up With Unlimited Access »</a></div></aside></div></div>
<footer class="footer"><div class="container"><ul class="list-inline">${links(rFoot, 'list-inline-item')}</ul>
<p class="text-muted">© 2012–2026 Pythonic Path ⋅ Made with ❤️ in Corrandell</p></div></footer>
<script src="https://cdn.pythonicpath.example/static/realpython.min.js"></script></body></html>`;
export const realPy: TestPage = {
  name: 'heldout390-realpython-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rGoals, ...r1, ...r2, ...r3, ...rTable, ...r3b, ...r4, ...r5]),
  bylines: ['Maren Ilvesky', 'Mar 04, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pythonic Path', ...rNav, 'Join', 'Sign-In', 'Publication date', 'Reading time estimate 17m', '9 Comments', ...rTags, 'Tweet', 'Share', 'Email',
    'Table of Contents', 'Remove ads', 'Free Bonus: Click here to download a free cheat sheet that summarizes the caching decorators with examples.',
    'Watch Now This tutorial has a related video course.', 'Speeding Up Python With Caches', '🐍 Python Tricks 💌',
    'Get a short & sweet Python Trick delivered to your inbox every couple of days. No spam ever. Unsubscribe any time.', 'Send Me Python Tricks »',
    'Maren is a data engineer and a Pythonic Path tutorial author who likes profiling more than she likes guessing.', '» More about Maren',
    'What Do You Think?', 'Leave a comment below and let us know.', 'Keep Learning', 'Related Topics:',
    'Master Real-World Python Skills With a Community of Experts', 'Level Up With Unlimited Access »', ...rFoot.filter((f) => !rNav.includes(f)),
    '© 2012–2026 Pythonic Path ⋅ Made with ❤️ in Corrandell',
  ],
};
