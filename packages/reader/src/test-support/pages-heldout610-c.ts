import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file c: a lash studio's FAQ page on Webflow (FAQ items built from Webflow dropdowns, answers closed until
 * clicked), and a brow therapist's blog post on Ghost with the Casper theme (tag, byline, feature image, read-more cards).
 */
const fTitle = 'Lash Extension FAQs';
const fLead = 'Everything you need to know before, during and after your lash appointment. Can’t find your question? Send us a message.';
const fGroups: { head: string; qa: [string, string][] }[] = [
  {
    head: 'Before your appointment',
    qa: [
      [
        'Do I need a patch test?',
        j(
          'Yes. Every new client needs a patch test at least 48 hours before their first set, and again if it has been more than six',
          'months since your last visit. It takes ten minutes and is free.',
        ),
      ],
      [
        'How should I prepare?',
        j(
          'Come with clean, makeup-free lashes and skip caffeine beforehand if you find it hard to keep your eyes still. Remove contact',
          'lenses before the treatment, and bring your glasses for the journey home.',
        ),
      ],
    ],
  },
  {
    head: 'Aftercare',
    qa: [
      [
        'When can I get my lashes wet?',
        'Wait 24 hours. After that, cleanse them daily with an oil-free lash shampoo and let them air dry before brushing through.',
      ],
      [
        'Can I wear mascara?',
        j(
          'We don’t recommend it. Mascara clumps the extensions together and removing it pulls on the bonds. If you must, use a',
          'water-based mascara on the tips only.',
        ),
      ],
    ],
  },
  {
    head: 'Infills and removal',
    qa: [
      [
        'How often do I need an infill?',
        j(
          'Every two to three weeks. You need at least 40% of your extensions left for an infill; with fewer than that we will book you',
          'in for a new full set.',
        ),
      ],
      [
        'Can I remove them myself?',
        'Please don’t. Pulling or picking extensions damages your natural lashes. A professional removal takes 20 minutes and costs £15.',
      ],
    ],
  },
];
const fNav = ['Home', 'Services', 'Pricing', 'FAQs', 'Book'];
const fFootCols = ['Studio', 'Services', 'Follow'];
const fFoot = ['Classic Lashes', 'Hybrid Lashes', 'Volume Lashes', 'Lash Lift', 'Instagram', 'TikTok'];
const faqItem = (q: string, a: string, n: string): string =>
  `<div class="faq-item"><div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"
id="w-dropdown-toggle-${n}"
aria-controls="w-dropdown-list-${n}" aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><div class="faq-question">${q}</div>
<div class="faq-icon w-icon-dropdown-toggle" aria-hidden="true"></div></div><nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${n}"
aria-labelledby="w-dropdown-toggle-${n}"><p class="faq-answer-text">${a}</p></nav></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 11 2025 14:02:37 GMT+0000 -->
<html data-wf-domain="www.fernandflutter.com" data-wf-page="65b9c1d2e3f4a5b6c7d8e9f1" data-wf-site="65b9c1d2e3f4a5b6c7d8e9e0"
lang="en"><head><meta charset="utf-8">
<title>Lash Extension FAQs | Fern + Flutter Lash Studio</title><meta content="Answers to common questions about lash extensions, aftercare and infills."
name="description">
<meta content="Lash Extension FAQs | Fern + Flutter Lash Studio" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65b9c1d2e3f4a5b6c7d8e9e0/css/fern-flutter.webflow.4b2e9a1c7.css"
rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Do I need a patch test?"}]}</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"
aria-label="home"><img src="https://assets-global.website-files.com/65b9c1d2e3f4a5b6c7d8e9e0/logo.svg"
loading="lazy" alt="Fern + Flutter" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'FAQs' ? ' w--current' : ''}">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-faq"><div class="w-layout-blockcontainer container-small w-container"><div class="eyebrow">Help centre</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-lead">${fLead}</p></div></section>
<section class="section-faq"><div class="w-layout-blockcontainer container-small w-container">
${fGroups
  .map(
    (g, gi) => `<div class="faq-group"><h2 class="heading-m">${g.head}</h2><div class="faq-list">
${g.qa.map(([q, a], qi) => faqItem(q, a, `${gi}-${qi}`)).join('\n')}</div></div>`,
  )
  .join('\n')}
</div></section>
<section class="cta-section"><div class="w-layout-blockcontainer container-small w-container"><h2 class="cta-heading">Still have a question?</h2>
<p class="cta-text">Drop us a DM on Instagram or email hello@fernandflutter.com and we’ll get back to you within a day.</p>
<a href="/book" class="button-primary w-button">Book your appointment</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid">
<div class="footer-col"><div class="footer-label">${fFootCols[0]}</div><p class="footer-text">7 Orchard Lane, Brackenford BF2 9QT</p></div>
<div class="footer-col"><div class="footer-label">${fFootCols[1]}</div>
${fFoot
  .slice(0, 4)
  .map((t) => `<a href="/services" class="footer-link">${t}</a>`)
  .join('')}</div>
<div class="footer-col"><div class="footer-label">${fFootCols[2]}</div>
${fFoot
  .slice(4)
  .map((t) => `<a href="#" class="footer-link">${t}</a>`)
  .join('')}</div></div>
<div class="footer-bottom"><div class="footer-copyright">© 2025 Fern + Flutter Lash Studio</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b9c1d2e3f4a5b6c7d8e9e0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65b9c1d2e3f4a5b6c7d8e9e0/js/webflow.2c5d8e1f3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout610-webflow-lash-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.map((g) => g.head),
  body: [fLead, ...fGroups.flatMap((g) => g.qa.flat())],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Help centre', 'Still have a question?', 'Drop us a DM on Instagram or email hello@fernandflutter.com and we’ll get back to you within a day.',
    'Book your appointment', ...fFootCols, '7 Orchard Lane, Brackenford BF2 9QT', ...fFoot, '© 2025 Fern + Flutter Lash Studio',
  ],
});

const gTitle = 'What actually happens at a brow lamination appointment';
const gDek = 'Nervous about your first lamination? Here is every step, from the patch test to the week after, so there are no surprises.';
const gParts: { head: string; paras: string[] }[] = [
  {
    head: '',
    paras: [
      j(
        'Brow lamination is a chemical treatment that relaxes the brow hairs so that they can be brushed up and set in place for six to',
        'eight weeks. It is a good fit for brows that are thick but unruly, or sparse brows where the hairs grow downwards and hide the',
        'shape you already have.',
      ),
      j(
        'I do around thirty laminations a month in my studio, and almost every first-timer asks the same questions. So here is what',
        'the appointment looks like from start to finish.',
      ),
    ],
  },
  {
    head: 'The consultation',
    paras: [
      j(
        'We start by looking at your brows in the mirror together. I will ask about your skincare, because retinol, acids and some',
        'acne treatments make the skin more sensitive, and we will talk about how fluffy or sleek you want the finish to be.',
      ),
    ],
  },
  {
    head: 'The treatment itself',
    paras: [
      j(
        'The brows are cleansed, then a lifting lotion is brushed through and covered with cling film for eight to twelve minutes,',
        'depending on how coarse your hair is. The setting lotion goes on next, and after that most clients have a tint and a tidy.',
      ),
      j(
        'The whole appointment takes about 50 minutes. You might feel a slight warmth from the lotions, but it should never sting.',
        'If it does, tell me straight away.',
      ),
    ],
  },
  {
    head: 'The first 24 hours',
    paras: [
      j(
        'Keep your brows completely dry and free of makeup for a day. No steam, no sweaty workouts and no face wipes. From day two,',
        'brush the hairs into shape each morning and use a nourishing brow oil at night to keep them soft.',
      ),
      '<em>If you have any redness or itching that lasts beyond the first evening, get in touch and send me a photo.</em>',
    ],
  },
];
const gNav = ['Home', 'Treatments', 'Aftercare', 'Booking', 'About'];
const gMore = ['Brow tint or henna: which one should you choose?', 'How to grow out over-plucked brows', 'Why your lash lift dropped after a week'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://browsbymarnie.com/assets/built/screen.css?v=1d3f7a2b8c">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://browsbymarnie.com/brow-lamination-appointment/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Brows by Marnie"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-11T09:30:00.000Z"><meta property="article:tag" content="Brows">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brows by Marnie"},
"author":{"@type":"Person","name":"Marnie Halloway"},"headline":"${gTitle}","datePublished":"2025-02-11T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><link rel="alternate" type="application/rss+xml" title="Brows by Marnie" href="https://browsbymarnie.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://browsbymarnie.com/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style></head>
<body class="post-template tag-brows tag-aftercare is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://browsbymarnie.com">
Brows by Marnie</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
width="20" height="20"></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}">
<a href="https://browsbymarnie.com/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-brows tag-aftercare image-small">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/brows/">Brows</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marnie/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/marnie.jpg"
alt="Marnie Halloway"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/marnie/">Marnie Halloway</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-02-11">Feb 11, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/02/lamination.jpg 300w, /content/images/size/w600/2025/02/lamination.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/02/lamination.jpg" alt="Laminated brows brushed upwards">
<figcaption><span style="white-space: pre-wrap;">Freshly laminated and tinted brows, before the setting balm goes on.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gParts.map((p) => `${p.head === '' ? '' : `<h2 id="${p.head.toLowerCase().replace(/ /g, '-')}">${p.head}</h2>\n`}${ps(p.paras)}`).join('\n')}
<div class="kg-card kg-button-card kg-align-center"><a href="https://browsbymarnie.com/booking/" class="kg-btn kg-btn-accent">Book a lamination</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t, i) => `<article class="post-card post tag-brows keep-ratio"><a class="post-card-image-link" href="/more-${i}/"><img class="post-card-image"
src="/content/images/size/w600/2025/01/more-${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/more-${i}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Brows</span></div>
<h2 class="post-card-title">${t}</h2></header>
</a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2025-01-2${i}">Jan 2${i}, 2025</time><span class="post-card-meta-length">3 min read</span>
</footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://browsbymarnie.com">Brows by Marnie</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="https://browsbymarnie.com/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://browsbymarnie.com/assets/built/casper.js?v=1d3f7a2b8c"></script></body></html>`;
const ghost: TestPage = finish({
  name: 'heldout610-ghost-casper-brow-lamination',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.map((p) => p.head).filter((h) => h !== ''),
  body: texts([gDek, ...gParts.flatMap((p) => p.paras)]),
  bylines: ['Marnie Halloway', 'Feb 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brows by Marnie', ...gNav, 'Sign in', 'Subscribe', 'Brows', '• 4 min read', 'Freshly laminated and tinted brows, before the setting balm goes on.',
    'Book a lamination', 'Sign up for more like this.', 'Enter your email', ...gMore, 'Jan 20, 2025', 'Jan 21, 2025', 'Jan 22, 2025', '3 min read',
    'Brows by Marnie © 2025', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT610_C: readonly TestPage[] = [webflow, ghost];
