import { ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file e: a fly-fishing school's course page on Webflow (hero, booking card, FAQ, testimonials, Finsweet
 * cookie banner, "Made in Webflow" badge), and a personal angling trip diary on Hugo (PaperMod theme, table of contents, catch table).
 */
const wTitle = 'Beginner Fly Fishing Course';
const wDek = 'A one-day course on the Glenwhin beats for complete beginners. No experience or tackle needed.';
const wLearn = [
  j(
    'You will spend most of the day on the water with one of our SGAIC-qualified instructors, never more than three pupils',
    'to a guide. By the end of the day most people can cast a comfortable 12 metres and fish a wet fly down a pool on their own.',
  ),
];
const wList = [
  'Setting up a rod, reel and leader',
  'The overhead cast and the roll cast',
  'Reading the water and choosing a fly',
  'Playing, netting and releasing a fish',
  'Safety on the riverbank and wading basics',
];
const wDay = [
  j(
    'We meet at the fishing hut at 9.30am for coffee and a look at the tackle. The morning is spent casting on the lawn and',
    'then on the slow water of the Hut Pool. After lunch in the hut we move up to the Long Stream to fish for brown trout.',
  ),
  'Courses run on Saturdays and Wednesdays from April to September.',
];
const wFaq = [
  ['Do I need a fishing permit?', 'No. Your permit for the day is included in the course price.'],
  ['What should I wear?', 'Warm layers and a waterproof jacket. We supply waders and boots in all sizes.'],
  ['Can children take part?', 'Yes, from the age of 12 with a parent or guardian booked on the same course.'],
];
const wHeads = ["What you'll learn", 'The day', 'Frequently asked questions', ...wFaq.map(([q]) => q ?? '')];
const wNav = ['Courses', 'Guided Days', 'Gift Vouchers', 'About', 'Contact', 'Book now'];
const wFacts = [
  ['Duration', '9.30am – 4pm'],
  ['Group size', 'Up to 6'],
  ['Location', 'Glenwhin, Perthshire'],
];
const wTesti = [
  ['"Patient, funny and very good at explaining. I caught my first trout at half past three!"', 'Ruth, Edinburgh'],
  ['"Worth every penny. I booked a guided day for the following month."', 'Tom, Carlisle'],
];
const wHtml = `<!DOCTYPE html><!-- Last Published: Mon Feb 16 2026 10:21:04 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.glenwhinflyschool.com" data-wf-page="65a1b2c3d4e5f60718293a4c" data-wf-site="65a0f1e2d3c4b5a697887766" lang="en">
<head><meta charset="utf-8"><title>Beginner Fly Fishing Course | Glenwhin Fly School</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0f1e2d3c4b5a697887766/css/glenwhin.webflow.a1b2c3.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking "Accept",
you
agree to the storing of cookies on your device to enhance site navigation and analyse site usage. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy
Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#"
class="fs-cc-banner_button w-button">Accept</a></div>
<div fs-cc="close" class="fs-cc-banner_close"><div class="fs-cc-banner_close-icon w-embed"><svg fill="currentColor" aria-hidden="true"
viewBox="0 0 16 16"></svg></div></div>
</div><div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65a0f1e2/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((t, i) =>
    i === wNav.length - 1
      ? `<a href="/book" class="button nav-button w-button">${t}</a>`
      : `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${i === 0 ? ' w--current" aria-current="page' : ''}">${t}</a>`,
  )
  .join('\n')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-course"><div class="container w-container"><div class="eyebrow">One-day course</div><h1 class="heading-xl">${wTitle}</h1>
<p class="hero-paragraph">${wDek}</p><div class="button-row"><a href="/book?course=beginner" class="button w-button">Book a date</a><a href="#faq"
class="button-secondary w-button">Read the FAQ</a></div></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-2col"><div id="w-node-_3f2a" class="rich-text w-richtext">
<h2>${wHeads[0]}</h2>${ps(wLearn)}<ul role="list">${lis(wList)}</ul><figure style="max-width:1200pxpx"
class="w-richtext-align-fullwidth w-richtext-figure-type-image">
<div><img src="https://assets-global.website-files.com/65a0f1e2/hut-pool.jpg" loading="lazy" alt="Pupils casting on the Hut Pool"></div>
<figcaption>Casting practice on the Hut Pool.</figcaption></figure><h2>${wHeads[1]}</h2>${ps(wDay)}</div>
<div id="w-node-_7b1c" class="course-card"><div class="price-tag">£145</div><div class="text-small">per person, including tackle, permit and lunch</div>
<div class="course-facts">${wFacts
  .map(
    ([k, v]) => `<div class="fact-row"><div class="fact-label">${k}</div><div
class="fact-value">${v}</div></div>`,
  )
  .join('\n')}</div>
<a href="/book?course=beginner" class="button full-width w-button">Book a date</a></div></div></div></section>
<section id="faq" class="section bg-cream"><div class="container w-container"><h2 class="heading-l">${wHeads[2]}</h2><div class="faq-list">${wFaq
  .map(
    ([
      q,
      a,
    ]) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle"><h3 class="faq-heading">${q}</h3>
<div class="faq-icon w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-text">${a}</p></nav></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-l center">What our pupils say</h2><div
class="w-layout-grid testimonial-grid">${wTesti
  .map(([t, n]) => `<div class="testimonial-card"><p class="testimonial-text">${t}</p><div class="testimonial-name">${n}</div></div>`)
  .join('\n')}</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-title">Glenwhin Fly School</div>
<div class="text-small">The Fishing Hut, Glenwhin Estate, Perthshire PH9 0QS</div></div><div class="footer-col"><a href="/privacy" class="footer-link">Privacy
Policy</a><a href="/terms" class="footer-link">Booking terms</a></div></div><div class="copyright">© 2026 Glenwhin Fly School. All rights
reserved.</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img
src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg"
alt="" style="margin-right: 4px; width: 26px;"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg"
alt="Made in Webflow"></a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0f1e2d3c4b5a697887766" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0f1e2d3c4b5a697887766/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflowCourse: TestPage = {
  name: 'heldout663-webflow-fly-course',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wDek, ...wLearn, ...wList, ...wDay, ...wFaq.map(([, a]) => a ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking "Accept", you agree to the storing of cookies on your device to enhance site navigation and analyse site usage. '
      + 'View our Privacy Policy for more information.',
    'Preferences', 'Deny', 'Accept', ...wNav.filter((t) => t !== 'Courses'), 'One-day course', 'Book a date', 'Read the FAQ',
    'Casting practice on the Hut Pool.', '£145',
    'per person, including tackle, permit and lunch', ...wFacts.flat(), 'What our pupils say', ...wTesti.flat(), 'Glenwhin Fly School',
    'The Fishing Hut, Glenwhin Estate, Perthshire PH9 0QS', 'Privacy Policy', 'Booking terms', '© 2026 Glenwhin Fly School. All rights reserved.',
  ],
};

const hTitle = 'Three Evenings on Loch Corran';
const hDek = 'Wild brown trout, a borrowed boat and a lot of midges.';
const hSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'I had been meaning to fish Loch Corran for years. It sits at the top of a forestry track about forty minutes from the',
        'road, which keeps most people away, and the estate lets two boats for the summer at a price that would not buy a',
        'day on a stocked water. This June I finally booked three evenings, camped at the bottom of the track and walked up',
        'each day after lunch.',
      ),
    ],
  ],
  [
    'Evening one',
    [
      j(
        'Flat calm and bright. I rowed the length of the north shore and saw almost nothing move until the sun dropped behind',
        'the ridge at about nine. Then the small fish started rising in the bays, and I had six on a size 16 Black Pennell, none',
        'much over half a pound.',
      ),
    ],
  ],
  [
    'Evening two',
    [
      j(
        'A south-westerly came through in the afternoon and put a good wave on the loch, which is what everyone had told me to',
        'hope for. I drifted the shallow bar off the island with a team of three wets and the fish came steadily for two hours.',
      ),
      j(
        'The best was a fat, dark trout of 1lb 10oz that took the Kate McLaren on the top dropper just as the wind eased. The',
        'ghillie\u2019s note in the boat house says the loch record is a little over 4lb, taken in 1971.',
      ),
    ],
  ],
  [
    'Evening three',
    [
      j(
        'Rain most of the day and a cold northerly by the evening. Two small fish in three hours, both on a Bibio, and then the',
        'midges came out in clouds and I gave up and walked down in the dark.',
      ),
      'I will be back in September, and next time I am taking a headnet.',
    ],
  ],
];
const hQuote = 'Fish the wave, not the calm. And never row over the bar.';
const hLog = [
  ['Evening one', '6', '9oz', 'Black Pennell'],
  ['Evening two', '14', '1lb 10oz', 'Kate McLaren'],
  ['Evening three', '2', '7oz', 'Bibio'],
];
const hMenu = ['Posts', 'Tags', 'Search', 'About'];
const hAnchor = (h: string): string => h.toLowerCase().replace(/ /g, '-');
const hToc = hSecs
  .filter(([h]) => h !== '')
  .map(([h]) => `<li><a href="#${hAnchor(h)}" aria-label="${h}">${h}</a></li>`)
  .concat('<li><a href="#the-tally" aria-label="The tally">The tally</a></li>');
const hBody = (h: string, paras: string[]): string =>
  `${h === '' ? '' : `<h2 id="${hAnchor(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hAnchor(h)}">#</a></h2>\n`}${ps(paras)}`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Slack Line</title><meta name="keywords" content="wild trout, lochs, highlands"><meta name="description" content="${hDek}">
<meta name="author" content="Alasdair Finlay"><link rel="canonical" href="https://slackline.scot/posts/three-evenings-loch-corran/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDek}","wordCount":"640",
"datePublished":"2026-06-14T00:00:00Z","author":{"@type":"Person","name":"Alasdair Finlay"}}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://slackline.scot/" accesskey="h" title="Slack Line (Alt + H)">Slack Line</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (t) => `<li><a href="https://slackline.scot/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://slackline.scot/">Home</a>&nbsp;»&nbsp;<a
href="https://slackline.scot/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDek}</div>
<div class="post-meta"><span title='2026-06-14 00:00:00 +0000 UTC'>June 14, 2026</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;640 words&nbsp;·&nbsp;Alasdair
Finlay</div>
</header><div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc.join('\n')}</ul></div></details></div>
<div class="post-content">${hBody(...(hSecs[0] ?? ['', []]))}
${hBody(...(hSecs[1] ?? ['', []]))}
${hBody(...(hSecs[2] ?? ['', []]))}
<blockquote><p>${hQuote}</p></blockquote>
${hBody(...(hSecs[3] ?? ['', []]))}
<h2 id="the-tally">The tally<a hidden class="anchor" aria-hidden="true" href="#the-tally">#</a></h2>
<table><thead><tr><th>Evening</th><th>Fish</th><th>Best</th><th>Fly</th></tr></thead><tbody>${trs(hLog)}</tbody></table></div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://slackline.scot/tags/wild-trout/">wild trout</a></li><li><a
href="https://slackline.scot/tags/lochs/">lochs</a></li></ul><nav class="paginav"><a class="prev" href="https://slackline.scot/posts/tay-salmon-day/"><span
class="title">« Prev</span><br><span>A Day on the Tay, With No Salmon</span></a><a class="next"
href="https://slackline.scot/posts/tying-the-kate-mclaren/"><span
class="title">Next »</span><br><span>Tying the Kate McLaren</span></a></nav><ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=${encodeURIComponent(hTitle)}"><svg viewBox="0 0 512 512" height="30px"
width="30px"></svg></a>
</li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on whatsapp" href="https://api.whatsapp.com/send?text=x"><svg
viewBox="0 0 512 512"
height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://slackline.scot/">Slack Line</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.contains("dark")?(document.body.classList.remove('dark'),
localStorage.setItem("pref-theme",'light')):(document.body.classList.add('dark'),localStorage.setItem("pref-theme",'dark'))})</script></body></html>`;
const hugoLoch: TestPage = {
  name: 'heldout663-hugo-loch-corran',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hSecs.filter(([h]) => h !== '').map(([h]) => h), 'The tally'],
  body: [hDek, ...(hSecs[0]?.[1] ?? []), ...(hSecs[1]?.[1] ?? []), ...(hSecs[2]?.[1] ?? []), hQuote, ...(hSecs[3]?.[1] ?? []), ...rowTexts(hLog)],
  bylines: ['June 14, 2026 · 3 min · 640 words · Alasdair Finlay'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slack Line', ...hMenu, 'Home', 'Table of Contents', 'wild trout', 'lochs', '« Prev', 'A Day on the Tay, With No Salmon', 'Next »',
    'Tying the Kate McLaren', '© 2026 Slack Line', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT663_E: readonly TestPage[] = [webflowCourse, hugoLoch];
