import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file e: a "meet the herd" page of a llama farm stay built with Webflow (a CMS collection list of animals),
 * and a goat fencing post on a Hugo blog with the PaperMod theme (table of contents, tags, prev / next, share buttons).
 */
const vTitle = 'Meet the herd';
const vLead = j(
  'Eleven llamas and four alpacas live at Ravensholm. They all have names, opinions and favourite people, and most of them will',
  'walk with you on a trek. Here are the ones you are most likely to meet.',
);
const vHerd = [
  { n: 'Bramble', m: 'Llama · gelding · born 2016', b: 'The leader on every trek. Bramble walks at exactly one speed and expects everyone else to keep up.' },
  { n: 'Juniper', m: 'Llama · female · born 2018', b: 'Gentle and very patient with children. Juniper will stop to eat any bramble within reach.' },
  { n: 'Moss', m: 'Llama · gelding · born 2019', b: 'Our tallest llama, and nervous of puddles. Moss hums when he is happy, which is most of the time.' },
  { n: 'Hawthorn', m: 'Llama · gelding · born 2021', b: 'Still young and curious. Hawthorn is learning to trek and walks behind Bramble on short routes.' },
  { n: 'Pip', m: 'Alpaca · female · born 2020', b: 'Pip does not trek, but she runs the paddock and greets every car that comes up the lane.' },
];
const vCareH = 'How we look after them';
const vCare = [
  j(
    'Our llamas graze forty acres of rough pasture and have a field shelter in every paddock. They are shorn every June, have their',
    'toenails trimmed every eight weeks and see our vet, who specialises in camelids, twice a year.',
  ),
  j(
    'No llama walks more than one trek a day, and each has at least two rest days a week. Older llamas retire from trekking at',
    'about fifteen and stay on the farm for the rest of their lives.',
  ),
];
const vNav = ['Home', 'Treks', 'Herd', 'Stay', 'Gift cards', 'Contact'];
const vFootCols = [
  { h: 'Visit', l: ['Finding us', 'Opening times', 'Accessibility'] },
  { h: 'Company', l: ['About us', 'Careers', 'Privacy'] },
];
const vLink = (t: string): string => {
  const href = t === 'Home' ? '/' : `/${t.toLowerCase().replace(/ /g, '-')}`;
  return t === 'Herd'
    ? `<a href="${href}" aria-current="page" class="nav-link w-nav-link w--current">${t}</a>`
    : `<a href="${href}" class="nav-link w-nav-link">${t}</a>`;
};
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 09 2027 10:12:44 GMT+0000 -->
<html data-wf-domain="www.ravensholm.farm" data-wf-page="64d2a1f0b3c9e80012a4b7c1" data-wf-site="64d2a1f0b3c9e80012a4b7a0" lang="en"><head><meta
 charset="utf-8">
<title>Meet the herd | Ravensholm Llamas</title><meta content="Eleven llamas and four alpacas live at Ravensholm." name="description">
<meta content="Meet the herd | Ravensholm Llamas" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64d2a1f0b3c9e80012a4b7a0/css/ravensholm.webflow.3f2a1c.css"
 rel="stylesheet" type="text/css"><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>
<script type="text/javascript">WebFont.load({google: {families: ["Fraunces:300,400,600","Inter:400,500"]}});</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
 DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64d2a1f0/ravensholm-logo.svg"
 loading="lazy" alt="Ravensholm Llamas" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${vNav.map(vLink).join('\n')}
<a href="/treks#book" class="button nav-button w-button">Book a trek</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero herd-hero"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">The animals</div>
<h1 class="heading-xl">${vTitle}</h1><p class="paragraph-lead">${vLead}</p></div></section>
<section class="section-herd"><div class="w-layout-blockcontainer container w-container"><div class="w-dyn-list"><div role="list" class="herd-grid w-dyn-items">
${vHerd
  .map(
    (
      a,
    ) => `<div role="listitem" class="herd-card w-dyn-item"><img src="https://assets-global.website-files.com/64d2a1f0/${a.n.toLowerCase()}.jpg" loading="lazy"
 alt="${a.n}" class="herd-photo"><div class="herd-card-body"><h3 class="herd-name">${a.n}</h3><div class="herd-meta">${a.m}</div>
<p class="herd-bio">${a.b}</p></div></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section-care"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">${vCareH}</h2>
<div class="rich-text w-richtext">${ps(vCare)}</div><a href="/treks" class="button w-button">See the treks</a></div></section>
<section class="section-newsletter"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-m">Herd news, four times a year</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"
 data-wf-page-id="64d2a1f0b3c9e80012a4b7c1"
 data-wf-element-id="c1f0a2"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email"
 id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form>
<div class="success-message w-form-done" tabindex="-1" role="region"
 aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region"
 aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid">
<div class="footer-brand"><div class="footer-name">Ravensholm Llamas</div><p class="footer-address">Ravensholm Farm, Bishopdale, Leyburn DL8 3TW</p></div>
${vFootCols
  .map(
    (c) =>
      `<div class="footer-col"><h4 class="footer-heading">${c.h}</h4>${c.l
        .map(
          (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
 class="footer-link">${t}</a>`,
        )
        .join('')}</div>`,
  )
  .join('\n')}
</div><div class="footer-legal"><div>© 2027 Ravensholm Llamas. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64d2a1f0b3c9e80012a4b7a0" type="text/javascript"
 integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64d2a1f0b3c9e80012a4b7a0/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout669-webflow-meet-the-herd',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [...vHerd.map((a) => a.n), vCareH],
  body: texts([vLead, ...vHerd.flatMap((a) => [a.m, a.b]), ...vCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Treks', 'Gift cards', 'Contact', 'Book a trek', 'The animals', 'See the treks', 'Herd news, four times a year',
    'Ravensholm Llamas', 'Ravensholm Farm, Bishopdale, Leyburn DL8 3TW', ...vFootCols.flatMap((c) => [c.h, ...c.l]),
    '© 2027 Ravensholm Llamas. All rights reserved.',
  ],
};

const hTitle = 'Goat-proof fencing: what actually worked';
const hDesc = 'Four years, three kinds of fence and one escape artist called Dolly.';
const hIntro = [
  j(
    'Anyone who keeps goats has heard the saying that a fence which won’t hold water won’t hold a goat. When we moved to the',
    'smallholding in 2022 we had three pygmy goats, two Anglo-Nubian wethers and a field boundary made of old hedge, sheep netting',
    'and hope. This post is what we have learned since, mostly the hard way.',
  ),
];
const hSecs = [
  {
    h: 'Sheep netting: not enough on its own',
    ps: [
      j(
        'Standard sheep netting (stock fence) has large squares at the top and smaller ones at the bottom. Goats stand on it, lean',
        'on it and put their heads through the squares to reach the grass on the other side. Horned goats then cannot get their',
        'heads back out, which is how we spent the first Easter: cutting Dolly free with bolt croppers at six in the morning.',
      ),
      j(
        'Netting also sags where goats rub against it, and once it sags they climb it. By the first autumn every post along the',
        'lane had a goat-shaped lean.',
      ),
    ],
  },
  {
    h: 'Electric: the thing that changed everything',
    ps: [
      j(
        'We added an offset electric wire on stand-off insulators about 30 cm inside the netting, at the height of a goat’s nose,',
        'and a second one near the top. The goats learned within a day. Within a week they had stopped touching the netting at',
        'all, and the posts stopped leaning.',
      ),
      'A few things we got wrong before we got it right:',
    ],
    list: [
      'A cheap mains energiser was not strong enough for 400 metres of fence with grass touching the bottom wire.',
      'Goats’ hair insulates them. The shock needs to be at least 4,000 volts at the far end of the fence.',
      'Earth stakes matter more than the energiser. We now have three, a metre apart, driven into wet ground.',
    ],
  },
  {
    h: 'Hurdles and gates',
    ps: [
      j(
        'Gates were our weak point for longest. Goats learn to lift a loop latch with their lips, and Dolly could open a',
        'spring-loaded bolt in about ten seconds. Every gate now has a two-action latch and a clip on a chain.',
      ),
      j(
        'For the kidding pens we use steel hurdles with vertical bars 8 cm apart, which are too close for a kid to squeeze',
        'through and too smooth for an adult to climb.',
      ),
    ],
  },
  {
    h: 'What it cost',
    ps: [
      j(
        'The electric fence, including the energiser, wire, insulators, earth stakes and a tester, cost us £610 for the whole',
        'boundary. The gate latches were another £90. That is a lot less than the vet bill for a goat that got into the yew tree',
        'behind the church, which, thankfully, did not happen to us, but did happen to a neighbour.',
      ),
      j(
        'If I were starting again, I would put up the electric offset on the first day, before the goats arrived, and save',
        'myself a winter of chasing Dolly round the village.',
      ),
    ],
  },
];
const hSlug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');
const hNav = ['Posts', 'Goats', 'Garden', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.128.0"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Hillside Goats</title><meta name="keywords" content="fencing, goats, electric fence"><meta name="description" content="${hDesc}">
<meta name="author" content="Owain Pryce"><link rel="canonical" href="https://hillsidegoats.blog/posts/goat-proof-fencing/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
 as="style">
<noscript><style>#theme-toggle, .top-link { display: none; }</style></noscript>
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:published_time"
 content="2026-09-08T00:00:00+00:00">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "BlogPosting","headline": "${hTitle}",
"author":[{"@type": "Person","name": "Owain Pryce"}]}</script>
</head><body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://hillsidegoats.blog/" accesskey="h"
 title="Hillside Goats (Alt + H)">Hillside Goats</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
 viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${hNav
  .map(
    (t) => `<li><a href="https://hillsidegoats.blog/${t.toLowerCase()}/"
 title="${t}"><span${t === 'Posts' ? ' class="active"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></header><main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://hillsidegoats.blog/">Home</a>&nbsp;»&nbsp;<a href="https://hillsidegoats.blog/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-09-08 00:00:00 +0000 UTC'>September 8, 2026</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;Owain Pryce</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map((s) => `<li><a href="#${hSlug(s.h)}" aria-label="${s.h}">${s.h}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
${hSecs
  .map(
    (s) => `<h2 id="${hSlug(s.h)}">${s.h}<a hidden class="anchor" aria-hidden="true" href="#${hSlug(s.h)}">#</a></h2>
${ps(s.ps)}${s.list ? `\n<ul>\n${s.list.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>` : ''}`,
  )
  .join('\n')}
</div><footer class="post-footer"><ul class="post-tags"><li><a href="https://hillsidegoats.blog/tags/fencing/">Fencing</a></li>
<li><a href="https://hillsidegoats.blog/tags/electric-fence/">Electric Fence</a></li><li><a
 href="https://hillsidegoats.blog/tags/pygmy-goats/">Pygmy Goats</a></li></ul>
<nav class="paginav"><a class="prev" href="https://hillsidegoats.blog/posts/hay-for-the-winter/"><span class="title">« Prev</span><br>
<span>Buying hay for the winter: a beginner’s sums</span></a><a class="next" href="https://hillsidegoats.blog/posts/disbudding/"><span
 class="title">Next »</span><br>
<span>Disbudding: why we stopped</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x"
 href="https://x.com/intent/tweet/?text=Goat-proof%20fencing"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
 href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2fhillsidegoats.blog">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://hillsidegoats.blog/">Hillside Goats</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
 viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout669-hugo-papermod-goat-fencing',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([hDesc, ...hIntro, ...hSecs.flatMap((s) => [...s.ps, ...(s.list ?? [])])]),
  bylines: ['September 8, 2026 · 5 min · Owain Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hillside Goats', 'Garden', 'Home', 'Table of Contents', '« Prev',
    'Buying hay for the winter: a beginner’s sums', 'Next »', 'Disbudding: why we stopped', '© 2026 Hillside Goats', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT669_E: readonly TestPage[] = [webflow, hugo];
