import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file e: a beekeeping association's news post on a Hugo site (PaperMod theme), and a honey farm's
 * apiary tour page built with Webflow.
 */
const hTitle = 'Asian hornet sighting confirmed near Tollerby';
const hBody = [
  j(
    'A single Asian hornet was caught in a monitoring trap at an allotment site in Tollerby on 3 September and has been',
    'confirmed by the national bee inspectorate. No nest has been found yet. Inspectors are working within a 2 km radius.',
  ),
  'What members should do',
  'Check your traps every day and send a photograph of any suspect hornet to the inspectorate.',
  'Do not try to destroy a nest yourself.',
  'Watch for hornets hawking in front of your hive entrances, especially in the afternoon.',
  j('Our next monthly meeting on 14 September will include a short talk on identification from the area bee inspector.'),
];
const hNav = ['Meetings', 'Apiary', 'News', 'Join'];
const hTags = ['asian-hornet', 'notices'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>Asian hornet sighting confirmed near Tollerby | Tollerby &amp; District BKA</title>
<meta name="description" content="A single Asian hornet was caught in a monitoring trap.">
<meta name="author" content="Gareth Fenn"><link rel="canonical" href="https://tollerbybka.org.uk/posts/asian-hornet-tollerby/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" rel="preload stylesheet" as="style"><meta name="generator" content="Hugo 0.125.4">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-09-05T10:00:00+01:00",
"author":[{"@type":"Person","name":"Gareth Fenn"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://tollerbybka.org.uk/" accesskey="h" title="Tollerby &amp; District BKA (Alt + H)">Tollerby &amp; District BKA</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"></svg></button></div></div>
<ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://tollerbybka.org.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://tollerbybka.org.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title="2027-09-05 10:00:00 +0100 BST">September 5, 2027</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Gareth Fenn</div></header>
<div class="post-content">${ps([hBody[0] ?? ''])}<h2 id="what-members-should-do">${hBody[1]}<a hidden class="anchor" aria-hidden="true"
href="#what-members-should-do">#</a></h2>
<ul>${lis(hBody.slice(2, 5))}</ul>${ps([hBody[5] ?? ''])}</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="/posts/august-meeting/"><span class="title">« Prev</span><br><span>August meeting: extracting day</span></a>
<a class="next" href="/posts/honey-show-results/"><span class="title">Next »</span><br><span>Honey show results 2027</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://tollerbybka.org.uk/">Tollerby &amp; District BKA</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/"
rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle("dark")})</script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout699-hugo-hornet',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? ''],
  body: texts(hBody.filter((_, i) => i !== 1)),
  bylines: ['September 5, 2027 · 2 min · Gareth Fenn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tollerby & District BKA', ...hNav, 'Home » Posts', ...hTags, '« Prev', 'August meeting: extracting day', 'Next »', 'Honey show results 2027',
    '© 2027 Tollerby & District BKA · Powered by Hugo & PaperMod',
  ],
});

const vTitle = 'Walk Through the Apiary';
const vDek = 'A two-hour guided visit to our working hives, with a honey tasting to finish.';
const vBody = [
  j(
    'Put on a bee suit and stand beside an open hive while one of our beekeepers lifts out the frames and shows you the queen,',
    'the brood and the stores. Tours run on Saturday and Sunday mornings from June to August and are limited to eight people.',
  ),
  'What is included',
  'Bee suit, gloves and boots in all sizes',
  'A guided hive inspection with a beekeeper',
  'Tasting of four honeys from the farm',
  'A 113g jar of honey to take home',
  'Good to know',
  j(
    'Children aged 8 and over are welcome with an adult. Tours go ahead in light rain but may be moved if it is cold or windy,',
    'as the bees do not like to be disturbed then. Wear closed shoes.',
  ),
];
const vNav = ['Honey', 'Tours', 'Our Story', 'Stockists'];
const vFaq = ['Can I bring my dog?', 'Is there parking?'];
const vHtml = `<!DOCTYPE html><!-- Last Published: Tue Apr 06 2027 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.brackenlowhoney.com" data-wf-page="65f0a1" data-wf-site="65f09e" lang="en"><head><meta charset="utf-8">
<title>Apiary Tours | Brackenlow Honey</title><meta content="${vDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f09e/css/brackenlow.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Brackenlow Honey</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${vNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('\n')}
<a href="/book" class="button nav-button w-button">Book a tour</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="section hero-tours"><div class="container w-container"><div class="hero-wrapper"><div class="eyebrow">Apiary Tours</div>
<h1 class="heading-hero">${vTitle}</h1><p class="paragraph-large">${vDek}</p><div class="price-tag">£38 per person</div></div></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-2col"><div class="rich-text-block w-richtext">
${ps([vBody[0] ?? ''])}<h2>${vBody[1]}</h2><ul role="list">${lis(vBody.slice(2, 6))}</ul><h2>${vBody[6]}</h2>${ps([vBody[7] ?? ''])}</div>
<div class="booking-card"><h3 class="booking-card-heading">Next available dates</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><div class="date-text">Sat 12 June</div></div><div role="listitem" class="w-dyn-item">
<div class="date-text">Sun 13 June</div></div>
</div></div><div class="w-dyn-empty"><div>No items found.</div></div><a href="/book" class="button w-button">Book a tour</a></div></div></div></section>
<section class="section faq"><div class="container w-container"><h2 class="heading-2">Questions</h2>${vFaq
  .map(
    (q) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown">
<div class="faq-toggle w-dropdown-toggle"><div class="faq-question">${q}</div></div><nav class="faq-answer w-dropdown-list">
<p>Please get in touch before you book.</p></nav></div>`,
  )
  .join('\n')}
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Brackenlow Honey, Low Bracken Farm, Edenside</div>
<div class="footer-links">${links(['Instagram', 'Facebook', 'Terms'], 'footer-link')}</div></div>
<div class="copyright">© 2027 Brackenlow Honey Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f09e/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout699-webflow-tours',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [vBody[1] ?? '', vBody[6] ?? ''],
  body: texts([vDek, ...vBody.filter((_, i) => i !== 1 && i !== 6)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackenlow Honey', ...vNav, 'Book a tour', 'Apiary Tours', '£38 per person', 'Next available dates', 'Sat 12 June', 'Sun 13 June', 'Questions', ...vFaq,
    'Please get in touch before you book.', 'Brackenlow Honey, Low Bracken Farm, Edenside', 'Instagram', 'Facebook', 'Terms', '© 2027 Brackenlow Honey Ltd',
  ],
});

export const HELDOUT699_E: readonly TestPage[] = [hugo, webflow];
