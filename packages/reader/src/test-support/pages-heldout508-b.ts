import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file b: a jiu-jitsu academy's instructor page built with Wix (rich-text elements, the members' login
 * bar, a trial-class button) and a kickboxing coach's post on Ghost (Casper theme) with a subscribe box and "read more" cards.
 */
const wTitle = 'Professor Marisol Ventura';
const wBody = [
  'Head Instructor · 3rd Degree Black Belt',
  j(
    'Marisol started training at sixteen in a garage gym in Puerto Calma and has been on the mats ever since. She received her',
    'black belt in 2013 from Master Ilario Benet and opened Tidewater Jiu-Jitsu in 2016 with twelve students and one borrowed',
    'set of puzzle mats.',
  ),
  j(
    'As a competitor she won the Coastal Open at brown and black belt and took silver at the Pan-Atlantic Masters in 2021. These',
    'days she competes once a year "to remember what the students feel like on the morning of a tournament."',
  ),
  'Teaching philosophy',
  j(
    'Marisol believes that jiu-jitsu should be learnt from the bottom up: escapes and survival first, then guard, then the',
    'passes and submissions that most beginners want to rush to. Her fundamentals curriculum runs on a twelve-week cycle so that',
    'a new student can join at any point and see every position within three months.',
  ),
  'Classes with Marisol',
  'Fundamentals Gi: Monday and Wednesday, 7:00pm',
  'Advanced Gi: Tuesday and Thursday, 7:00pm',
  'Women\u2019s Open Mat: Saturday, 10:00am',
  'Certifications',
  'IBJJF-registered black belt (3rd degree)',
  'First Aid at Work, renewed 2026',
  'Enhanced background check for coaching children',
];
const wNav = ['Home', 'Schedule', 'Programs', 'Instructors', 'Pricing', 'Blog', 'Contact'];
const wRich = (inner: string, id: string): string =>
  `<div id="${id}" class="KcpHeO tz5f0K comp-l${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wH = (t: string): string => `<h2 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wUl = (items: string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${lis(
    items.map((i) => `<p class="font_8 wixui-rich-text__text">${i}</p>`),
    'wixui-rich-text__text',
  )}</ul>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Professor Marisol Ventura | Tidewater Jiu-Jitsu</title>
<meta name="description" content="Meet Tidewater Jiu-Jitsu's head instructor, Professor Marisol Ventura.">
<meta property="og:site_name" content="Tidewater Jiu-Jitsu">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"SportsActivityLocation","name":"Tidewater Jiu-Jitsu",
"address":{"@type":"PostalAddress","addressLocality":"Port Sorrel"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["accessibility","cookiesManager","siteMembers"],"language":"en"}</script>
<style id="css_masterPage">.font_8{font-size:17px;line-height:1.6em}.font_5{font-size:30px}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wRich('<p class="font_7 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">TIDEWATER JIU-JITSU</a></p>', 'logo')}
<nav aria-label="Site" id="comp-lnav" class="StylableHorizontalMenu wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">
${links(wNav, 'itemDepth02233374943__item wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-login" class="wixui-login-bar"><button class="Ngke1r" aria-label="Log In"><span class="wixui-login-bar__text">Log In</span></button></div>
</div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c4rtw" class="page">
<section id="comp-sec1" class="xuzjBY wixui-section" data-block-level-container="ClassicSection"><div data-testid="columns" class="V5AUxf">
<div id="comp-col1" class="wixui-column-strip__column"><div data-mesh-id="comp-col1inlineContent" data-testid="inline-content">
<div id="comp-img1" class="MazNVa wixui-image"><wix-image class="HlRz5e" data-image-info='{"containerId":"comp-img1"}'>
<img src="https://static.wixstatic.com/media/4b1e2a_ventura.jpg/v1/fill/w_520,h_640/ventura.jpg" alt="Marisol Ventura in a white gi" width="520" height="640">
</wix-image></div>
</div></div><div id="comp-col2" class="wixui-column-strip__column"><div data-mesh-id="comp-col2inlineContent" data-testid="inline-content">
${wRich(`<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'h1')}
${wRich(`<p class="font_9 wixui-rich-text__text"><span style="letter-spacing:0.1em;" class="wixui-rich-text__text">${wBody[0]}</span></p>`, 'sub')}
${wRich(wP(wBody[1] ?? '') + wP(wBody[2] ?? ''), 'bio')}
</div></div></div></section>
<section id="comp-sec2" class="xuzjBY wixui-section" data-block-level-container="ClassicSection">
<div data-mesh-id="comp-sec2inlineContent" data-testid="inline-content">
${wRich(wH(wBody[3] ?? '') + wP(wBody[4] ?? ''), 'phil')}
${wRich(wH(wBody[5] ?? '') + wUl(wBody.slice(6, 9)), 'cls')}
${wRich(wH(wBody[9] ?? '') + wUl(wBody.slice(10, 13)), 'cert')}
<div id="comp-btn" class="comp-btn wixui-button" data-semantic-classname="button">
<a data-testid="linkElement" href="https://www.tidewaterjj.com/book-online" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a Free Trial Class</span></a></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${wRich('<p class="font_8 wixui-rich-text__text">48 Quayside Road, Port Sorrel</p><p class="font_8 wixui-rich-text__text">info@tidewaterjj.com</p>', 'faddr')}
<ul class="wixui-social-bar" aria-label="Social Bar"><li class="wixui-social-bar__link"><a href="https://www.instagram.com/tidewaterjj" target="_blank">
<img alt="Instagram" src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png"></a></li></ul>
${wRich('<p class="font_9 wixui-rich-text__text">© 2027 by Tidewater Jiu-Jitsu. Proudly created with Wix.com</p>', 'fcopy')}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7a1e2b3c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout508-wix-bjj-instructor',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[3] ?? '', wBody[5] ?? '', wBody[9] ?? ''],
  body: texts(wBody.filter((_, i) => ![3, 5, 9].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'TIDEWATER JIU-JITSU', ...wNav, 'Log In', 'Book a Free Trial Class', '48 Quayside Road, Port Sorrel', 'info@tidewaterjj.com',
    '© 2027 by Tidewater Jiu-Jitsu. Proudly created with Wix.com', 'bottom of page',
  ],
});

const gTitle = 'Why we stopped doing hard sparring on Thursdays';
const gDek = 'Three years ago our Thursday session was the hardest night of the week. Here is why it isn\u2019t any more, and what replaced it.';
const gBody = [
  j(
    'For most of the club\u2019s history, Thursday night was "hard sparring" night. Anyone with a fight licence could glove up and go',
    'three-minute rounds at close to full pace. It built a reputation: people drove from two towns over to test themselves, and',
    'for a while we were proud of that.',
  ),
  j(
    'Then, over one winter, we had four concussions and a broken orbital bone among eleven regular sparrers. None of them happened',
    'in a fight. All of them happened on a Thursday.',
  ),
  'What we changed',
  j(
    'We now run three kinds of sparring, and every pair is told which one they are doing before the bell. The coach on the floor',
    'can stop a round and switch a pair down a level at any time, without discussion.',
  ),
  '<strong>Flow rounds</strong>: light contact, both fighters working on a set theme such as the jab or leg kicks.',
  '<strong>Technical rounds</strong>: medium contact to the body, light to the head, one fighter attacking and one defending.',
  '<strong>Hard rounds</strong>: only in fight camp, at most two rounds a week, with the coach choosing the partner.',
  'What happened next',
  j(
    'The first month was awkward. A few of our heavier hitters left for another gym, and we understood why. But the fighters who',
    'stayed improved faster than before, mainly because they were training every week instead of nursing injuries for three.',
  ),
  j(
    'Last season our squad had nineteen bouts and won fourteen of them, our best record. Nobody missed a fight through a training',
    'injury. We don\u2019t claim that is all down to the change, but we are not going back.',
  ),
  '<em>Sparring should make you better at fighting, not better at being hit.</em>',
  j(
    'If you are a coach thinking about something similar, we are happy to share our round sheets and the briefing we give new',
    'members. Drop us a line through the front desk.',
  ),
];
const gRead = [
  'Fight night at the Corn Exchange: the full results',
  'Hand wraps, mouthguards and the kit list for new members',
  'Meet the coaches: Ade Oyelaran',
];
const gNav = ['Home', 'Timetable', 'Coaches', 'Fight Team', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Why we stopped doing hard sparring on Thursdays</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6b1d2f9a3c"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.riverbendkickboxing.com/why-we-stopped-hard-sparring/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Riverbend Kickboxing"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-02-11T09:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Riverbend Kickboxing"},
"author":{"@type":"Person","name":"Ade Oyelaran"},"headline":"${gTitle}","datePublished":"2027-02-11T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://blog.riverbendkickboxing.com/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.riverbendkickboxing.com">Riverbend Kickboxing</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Toggle menu"></button>
</div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}">
<a href="/${n.toLowerCase().replace(/ /g, '-')}/">${n}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-coaching">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/coaching/">Coaching</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ade/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/ade.jpg" alt="Ade Oyelaran"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ade/">Ade Oyelaran</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-11">Feb 11, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2027/02/pads.jpg 300w, /content/images/size/w600/2027/02/pads.jpg 600w" src="/content/images/size/w2000/2027/02/pads.jpg"
alt="Two fighters working pads">
<figcaption><span style="white-space: pre-wrap;">Technical rounds on a Thursday in January. Photo: Hana Stokes</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-we-changed">${gBody[2]}</h2>${ps([gBody[3] ?? ''])}
<ul>${lis(gBody.slice(4, 7))}</ul>
<h2 id="what-happened-next">${gBody[7]}</h2>${ps(gBody.slice(8, 10))}
<blockquote class="kg-blockquote-alt">${gBody[10]}</blockquote>
${ps([gBody[11] ?? ''])}
</section></article></main>
<footer class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></footer>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/${r.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2027/01/x.jpg" alt="${r}"></a><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${r}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.riverbendkickboxing.com">Riverbend Kickboxing</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6b1d2f9a3c"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout508-ghost-kickboxing-sparring',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[7] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 7)]),
  bylines: ['Ade Oyelaran', 'Feb 11, 2027', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Riverbend Kickboxing', ...gNav, 'Sign in', 'Subscribe', 'Coaching', 'Technical rounds on a Thursday in January. Photo: Hana Stokes',
    'Sign up for more like this.', 'Enter your email', ...gRead, 'Riverbend Kickboxing © 2027', 'Sign up', 'Powered by Ghost',
  ],
});

export const HELDOUT508_B: readonly TestPage[] = [wix, ghost];
