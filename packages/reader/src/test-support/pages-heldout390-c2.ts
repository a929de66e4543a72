import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file c2: a freeCodeCamp-style news article on Ghost (nav with search, "Forum" and "Donate", meta line
 * with date and tag, author header, feature image with caption, in-body "ADVERTISEMENT" slots, the "If you read this far"
 * thank-the-author box, "Learn to code for free" banner, "Trending Guides" footer and the nonprofit footer line).
 */
const fTitle = 'How to Debounce Input in React Without a Library';
const fIntro = [
  j(
    'Search boxes are one of the most common places where an app sends more requests than it needs. Every keystroke fires a',
    'change event, and if each one triggers a network call, a user typing "keyboard" sends eight requests when one would do.',
  ),
  j(
    'Debouncing fixes this by waiting until the user has paused for a short time before acting. In this article, you\u2019ll build',
    'a small <code>useDebounce</code> hook in plain React, use it in a search component, and learn how to test it.',
  ),
];
const fH = [
  'What Debouncing Actually Does',
  'How to Write the useDebounce Hook',
  'How to Use the Hook in a Search Box',
  'Common Mistakes to Avoid',
  'Wrapping Up',
];
const f1 = [
  j(
    'A debounced function delays its work until a quiet period has passed. If another call arrives before the delay ends, the timer',
    'starts over. Only the last call in a burst actually runs.',
  ),
  j(
    'This is different from throttling, which runs at most once per interval no matter how many calls arrive. For search input,',
    'debouncing is usually what you want, because you care about the final text, not the text halfway through a word.',
  ),
];
const f2 = [
  j(
    'The hook takes a value and a delay in milliseconds. It keeps its own copy of the value in state, and it only updates that copy',
    'after the delay has passed without the input changing:',
  ),
  j(
    'The cleanup function returned from <code>useEffect</code> is the key part. When the value changes before the timer fires,',
    'React runs the cleanup, which cancels the pending timer, and then starts a fresh one.',
  ),
];
const f3 = [
  j(
    'In the component, you keep the raw input in state as usual so the text field stays responsive, and you pass that state through',
    'the hook. The effect that fetches results depends on the debounced value instead of the raw one:',
  ),
  'With a delay of 300 milliseconds, typing a whole word at normal speed results in a single request.',
];
const f4list = [
  '<strong>Creating the timer outside an effect.</strong> A timer started during render is created again on every render and never cleaned up.',
  '<strong>Forgetting the cleanup.</strong> Without it, every keystroke still fires a request, just later.',
  '<strong>Choosing a very long delay.</strong> Anything much over half a second makes the interface feel slow.',
];
const f5 = [
  j(
    'Debouncing is a small idea with a big effect on how many requests your app makes. A dozen lines of hook code are enough for',
    'most search boxes, and you can reuse the same hook for resize handlers, autosave, and form validation.',
  ),
  'Thanks for reading, and happy coding!',
];
const fNav = ['Forum', 'Donate', 'Learn to code — free 3,000-hour curriculum'];
const fTrend = [
  'What is a Promise in JavaScript?',
  'CSS Grid vs Flexbox',
  'How to Center a Div',
  'Git Reset Explained',
  'Python Dictionary Methods',
  'SQL JOIN Types',
];
const fFoot = [
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
const ad = '<div class="ad-wrapper"><span class="ad-text">ADVERTISEMENT</span><div class="ad-unit"></div></div>';
const pre = (s: string): string => `<pre><code class="language-javascript">${s}</code></pre>`;
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle}</title>
<meta name="description" content="Build a small useDebounce hook in plain React and use it in a search box.">
<link rel="canonical" href="https://www.opencampus.example/news/debounce-input-in-react/"><meta property="og:site_name" content="openCampus">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-27T15:20:00.000Z">
<meta property="article:tag" content="React"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"openCampus"},
"author":{"@type":"Person","name":"Adaeze Wollaston"},"headline":"${fTitle}","datePublished":"2026-02-27T15:20:00.000Z"}</script>
<script>window.__ghostConfig = {"tagSlug":"react"};</script></head>
<body class="post-template tag-react"><div class="site-wrapper"><nav class="site-nav nav-padding" aria-label="primary">
<div class="site-nav-left"><form id="search-form" role="search"><input type="search" placeholder="Search 12,000+ tutorials"
aria-label="Search 12,000+ tutorials"></form></div><div class="site-nav-middle"><a class="site-nav-logo" href="/news/">openCampus</a></div>
<div class="site-nav-right"><ul class="nav-list">${links(fNav, 'nav-item')}</ul></div></nav>
<main id="site-main" class="post-template site-main outer"><div class="inner ad-layout"><article class="post-full post">
<header class="post-full-header"><section class="post-full-meta"><time class="post-full-meta-date" data-test-label="post-full-meta-date"
datetime="Fri Feb 27 2026">February 27, 2026</time> <span class="date-divider">/</span> <a href="/news/tag/react/">#React</a></section>
<h1 class="post-full-title" data-test-label="post-full-title">${fTitle}</h1></header>
<div class="post-full-author-header" data-test-label="author-header-no-bio"><section class="author-card"><img class="author-profile-image"
src="/news/content/images/adaeze.png" alt="Adaeze Wollaston"><section class="author-card-content"><span class="author-card-name">
<a href="/news/author/adaeze/" data-test-label="profile-link">Adaeze Wollaston</a></span></section></section></div>
<figure class="post-full-image"><picture><img src="/news/content/images/2026/02/debounce-cover.png" alt="How to Debounce Input in React"></picture>
<figcaption>Typing fast in a search box no longer floods the API. Image: openCampus</figcaption></figure>
<section class="post-full-content"><div class="post-content">
${ps(fIntro)}${ad}
<h2 id="heading-what-debouncing-actually-does">${fH[0]}</h2>${ps(f1)}
<h2 id="heading-how-to-write-the-usedebounce-hook">${fH[1]}</h2>${ps(f2.slice(0, 1))}
${pre(
  'function useDebounce(value, delay) {\n  const [debounced, setDebounced] = useState(value);\n  useEffect(() =&gt; {\n' +
    '    const id = setTimeout(() =&gt; setDebounced(value), delay);\n    return () =&gt; clearTimeout(id);\n  }, [value, delay]);\n  return debounced;\n}',
)}
${ps(f2.slice(1))}${ad}
<h2 id="heading-how-to-use-the-hook-in-a-search-box">${fH[2]}</h2>${ps(f3.slice(0, 1))}
${pre('const query = useDebounce(text, 300);\nuseEffect(() =&gt; { if (query) search(query); }, [query]);')}
${ps(f3.slice(1))}
<h2 id="heading-common-mistakes-to-avoid">${fH[3]}</h2><ul>${f4list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="heading-wrapping-up">${fH[4]}</h2>${ps(f5)}
</div>
<hr><div class="post-full-author-footer"><p class="social-row">If you read this far, thank the author to show them you care.
<button class="tweet-button">Say Thanks</button></p></div>
<p class="learn-cta">Learn to code for free. openCampus's open source curriculum has helped more than 40,000 people get jobs as developers.
<a href="https://www.opencampus.example/learn/">Get started</a></p></section></article></div></main>
<footer class="site-footer"><div class="footer-container"><div class="footer-top"><p class="footer-text">openCampus is a donor-supported
tax-exempt 501(c)(3) charity organization (United States Federal Tax Identification Number: 00-0000000)</p>
<p class="footer-donation">You can <a href="/donate/">make a tax-deductible donation here</a>.</p></div>
<div class="trending-guides"><h2 class="col-header">Trending Guides</h2><ul>${links(fTrend, 'trending-item')}</ul></div>
<div class="footer-bottom"><h2 class="col-header">Our Nonprofit</h2><ul>${links(fFoot, 'footer-link')}</ul></div></div></footer></div>
<script src="/news/assets/built/main.min.js?v=7e12b0"></script></body></html>`;
export const fcc: TestPage = {
  name: 'heldout390-freecodecamp-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fIntro, ...f1, ...f2, ...f3, ...f4list, ...f5]),
  bylines: ['February 27, 2026', 'Adaeze Wollaston'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'openCampus', ...fNav, '#React', 'Typing fast in a search box no longer floods the API. Image: openCampus', 'ADVERTISEMENT',
    'If you read this far, thank the author to show them you care.', 'Say Thanks',
    "Learn to code for free. openCampus's open source curriculum has helped more than 40,000 people get jobs as developers.", 'Get started',
    'openCampus is a donor-supported tax-exempt 501(c)(3) charity organization (United States Federal Tax Identification Number: 00-0000000)',
    'You can make a tax-deductible donation here.', 'Trending Guides', ...fTrend, 'Our Nonprofit', ...fFoot,
  ],
};
