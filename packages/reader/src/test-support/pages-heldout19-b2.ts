import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 19, file b2: a Jekyll post on the Minima theme (site header with page links, post-header with post-meta
 * date and author, the post content with an h2, a blockquote and a list, the previous/next pagination, the "subscribe via
 * RSS" link and the three-column footer with site description and social links).
 */
const jmTitle = 'What I learned mapping every public bench in my neighbourhood';
const jmBody1 = [
  'In March I set myself a small project: walk every street within a kilometre of my flat and mark each public bench on ' +
    'OpenStreetMap. I expected a weekend of work. It took six.',
  'I found 184 benches, 61 of which were not on the map at all, and 9 that were on the map but no longer existed.',
];
const jmH1 = 'Where the benches are, and where they are not';
const jmBody2 = [
  'Benches cluster around the two parks and the high street, which is no surprise. What surprised me was the long gap along the ' +
    'hill between the library and the health centre, where there is not a single seat for 700 metres.',
  'That is the walk many older residents make twice a week, and several told me they plan their route around a low garden wall ' +
    'outside a church, the only place to rest on the way.',
];
const jmList = [
  'Tag the backrest and armrests, which matter most to people who need help standing up.',
  'Note the surface underneath, because a bench on grass is no use to a wheelchair user in winter.',
  'Take a photo from the same angle each time, so later changes are easy to spot.',
];
const jmQuote = 'A bench is the cheapest piece of health infrastructure a council will ever buy.';
const jmBody3 = ['I sent the gap map to the council in June. Two new benches went in on the hill in September, and the church wall finally has company.'];
const jmNav = ['About', 'Projects', 'Maps', 'Archive'];
const jmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><!-- Begin Jekyll SEO tag v2.8.0 --><title>${jmTitle} | Kerbside Notes</title>
<meta name="generator" content="Jekyll v4.3.4"><meta property="og:type" content="article"><!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="/feed.xml" title="Kerbside Notes"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Kerbside Notes</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"></span></label>
<div class="trigger">${jmNav.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${jmTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2025-10-05T10:12:00+01:00" itemprop="datePublished">Oct 5, 2025</time> •
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Owen Prescott</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
${ps(jmBody1)}
<h2 id="where-the-benches-are-and-where-they-are-not">${jmH1}</h2>
${ps(jmBody2)}
<p>${'If you want to try this in your own area, three habits saved me a lot of time:'}</p>
<ul>${jmList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<blockquote><p>${jmQuote}</p></blockquote>
${ps(jmBody3)}
</div>
<div class="post-nav"><a class="prev" href="/2025/08/14/the-bus-stop-census/">« The bus stop census</a>
<a class="next" href="/2025/11/02/drinking-fountains/">Drinking fountains, a follow-up »</a></div>
<p class="post-tags">Tags: <a href="/tags/openstreetmap/">openstreetmap</a>, <a href="/tags/walking/">walking</a>,
<a href="/tags/accessibility/">accessibility</a></p>
<section class="comments"><h2>Comments</h2><p>Comments are powered by giscus and stored as GitHub Discussions.</p>
<button>Sign in with GitHub</button><p>3 reactions</p><p>0 comments</p></section>
<a class="u-url" href="/2025/10/05/mapping-benches/" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Kerbside Notes</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Owen Prescott</li>
<li><a class="u-email" href="mailto:owen@kerbside.example">owen@kerbside.example</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list">${links(['owenprescott on GitHub', 'owen on Mastodon'])}</ul></div>
<div class="footer-col footer-col-3"><p>Small notes on streets, maps and the things cities leave out.</p></div></div>
<div class="rss-subscribe">subscribe <a href="/feed.xml">via RSS</a></div></div></footer>
<div id="cookie-notice" class="cookie-notice">
<span>This site uses GoatCounter for privacy-friendly visitor counts; no tracking cookies are set.</span><a href="/privacy/">Learn more</a>
<button>Dismiss</button></div></body></html>`;
export const minima: TestPage = {
  html: jmHtml,
  name: 'heldout19-jekyll-minima-post',
  kind: 'blog',
  // the h2 is the heading; the lead-in paragraph, the three list items and the blockquote are body; "Oct 5, 2025" and
  // "Owen Prescott" (post-meta) are bylines, the "•" in neither; the footer's contact name repeats the author (a byline,
  // counted once); the site title (also the footer heading, once), page links, the prev/next pagination, the footer's email,
  // social links, description, the RSS subscribe line, the tags line (its "openstreetmap" is a word of the body: left out), the giscus comments box
  // and the cookie notice are
  // furniture
  title: jmTitle,
  headings: [jmH1],
  body: [
    ...texts(jmBody1),
    ...texts(jmBody2),
    'If you want to try this in your own area, three habits saved me a lot of time:',
    ...jmList,
    jmQuote,
    ...texts(jmBody3),
  ],
  bylines: ['Oct 5, 2025', 'Owen Prescott'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kerbside Notes', ...jmNav, '« The bus stop census', 'Drinking fountains, a follow-up »', 'owen@kerbside.example', 'owenprescott on GitHub',
    'owen on Mastodon', 'Small notes on streets, maps and the things cities leave out.', 'subscribe via RSS', 'Tags:', 'walking',
    'accessibility', 'Comments', 'Comments are powered by giscus and stored as GitHub Discussions.', 'Sign in with GitHub', '3 reactions',
    '0 comments', 'This site uses GoatCounter for privacy-friendly visitor counts; no tracking cookies are set.', 'Learn more', 'Dismiss',
  ],
};
