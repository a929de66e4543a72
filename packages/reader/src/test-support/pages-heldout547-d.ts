import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout547-kit.js';

/**
 * Held-out batch 547, file d: a guided sea-kayak and paddleboard tour page on Webflow (w-nav, rich text, an enquiry form with
 * its hidden success and error messages), and a surf lifesaving club's beach safety rules on Hugo (PaperMod theme).
 */
const fTitle = 'Sunset Paddle Tour to Carrick Sands';
const fDek = 'Two hours on flat water as the sun goes down, with a guide, a hot chocolate and the seals of Carrick Rocks.';
const fFacts = ['Duration: 2 hours', 'Group size: up to 10', 'Ages: 12 and over', 'Price: £55 per person'];
const fH = ['The route', 'Who it suits', 'Included'];
const fRoute = [
  j(
    'We launch from the sheltered beach at Porthlew and paddle east along the cliffs to Carrick Sands, a beach you can only reach',
    'from the water. On the way we stop below Carrick Rocks, where a colony of grey seals hauls out at low tide.',
  ),
  j(
    'At the sands we land for a hot drink while the sun sets behind the headland, then paddle back in the last of the light with',
    'clip-on lights on every board.',
  ),
];
const fWho = j(
  'You do not need any experience, but you should be able to swim and be happy to paddle for 45 minutes at a time. Choose a kayak',
  'or a paddleboard when you book; you can swap at the halfway beach.',
);
const fInc = [
  'Board or kayak, paddle and buoyancy aid',
  'Wetsuit if you want one',
  'Hot chocolate and flapjack at Carrick Sands',
  'Photos of your tour by email',
];
const fNav = ['Tours', 'Lessons', 'Hire', 'About', 'Contact'];
const fFoot = ['Tours', 'Gift vouchers', 'Terms', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Mar 18 2027 10:41:07 GMT+0000 (Coordinated
Universal Time) -->
<html data-wf-domain="www.porthlewpaddle.com" data-wf-page="65f1c2a9b7d0e31f4a8b9c10" data-wf-site="65f1c2a9b7d0e31f4a8b9b01" lang="en"><head><meta
charset="utf-8">
<title>${fTitle} | Porthlew Paddle</title><meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c2a9b7d0e31f4a8b9b01/css/porthlew-paddle.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${fTitle}","offers":{"@type":"Offer","price":"55",
"priceCurrency":"GBP"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65f1c2a9b7d0e31f4a8b9b01/logo.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Tours' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}
<a href="#book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-tour"><div class="container w-container"><div class="hero-tour-content"><div class="eyebrow">Guided tour</div>
<h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p><div class="tour-facts">${fFacts
  .map(
    (t) => `<div class="tour-fact"><div
class="text-block-fact">${t}</div></div>`,
  )
  .join('')}</div></div></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-tour"><div id="w-node-_4e1a" class="rich-text-tour w-richtext">
<h2>${fH[0]}</h2>${ps(fRoute)}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65f1c2a9b7d0e31f4a8b9b01/seals.jpg" loading="lazy" alt="Grey seals on a rock"></div>
<figcaption>Grey seals at Carrick Rocks in September.</figcaption></figure>
<h2>${fH[1]}</h2><p>${fWho}</p><h2>${fH[2]}</h2><ul role="list">${lis(fInc)}</ul></div>
<div id="book" class="booking-card"><h3 class="heading-card">Ask about dates</h3><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="form" aria-label="Email Form">
<label for="name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name" placeholder="" type="text"
id="name">
<label for="email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder=""
type="email" id="email" required="">
<label for="date" class="field-label">Preferred date</label><input class="text-field w-input" maxlength="256" name="date" data-name="Date" placeholder=""
type="text" id="date">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send enquiry"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-cta">More ways onto the water</h2><div class="w-layout-grid grid-3">
<a href="/tours/seal-safari" class="card-link w-inline-block"><div class="card-title">Seal Safari</div><div class="card-text">From £45</div></a>
<a href="/tours/sea-cave-explorer" class="card-link w-inline-block"><div class="card-title">Sea Cave Explorer</div><div class="card-text">From £60</div></a>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-text">Porthlew Paddle, The Beach Hut, Porthlew</div>
<div class="footer-links">${fFoot.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="footer-link">${t}</a>`).join('')}</div></div><div
class="footer-copyright">© 2027 Porthlew Paddle Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c2a9b7d0e31f4a8b9b01" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1c2a9b7d0e31f4a8b9b01/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout547-webflow-sunset-tour',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: [fDek, ...fFacts, ...fRoute, fWho, ...fInc],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tours', 'Lessons', 'Hire', 'About', 'Contact', 'Book now', 'Guided tour', 'Grey seals at Carrick Rocks in September.', 'Ask about dates', 'Name',
    'Email address', 'Preferred date', 'More ways onto the water', 'Seal Safari', 'From £45', 'Sea Cave Explorer', 'From £60',
    'Porthlew Paddle, The Beach Hut, Porthlew', 'Gift vouchers', 'Terms', 'Privacy', '© 2027 Porthlew Paddle Ltd',
  ],
};

const pTitle = 'Beach Safety Rules for Club Members and Visitors';
const pDesc = 'What the flags mean at Tolvan Beach, and the rules every club member agrees to when they join.';
const pSecs: { h: string; paras: string[]; li?: string[]; h3?: { h: string; p: string }[] }[] = [
  {
    h: 'The flags',
    paras: ['Our volunteer patrol flies flags at the lifeguard hut from 10am to 6pm at weekends between May and September.'],
    h3: [
      { h: 'Red and yellow', p: 'The patrolled area for swimming and bodyboarding. Stay between the flags.' },
      { h: 'Black and white chequered', p: 'The zone for surfboards, paddleboards and kayaks. Never take a board between the red and yellow flags.' },
      { h: 'Red', p: 'Danger. Do not go into the water under any circumstances.' },
    ],
  },
  {
    h: 'Rules for members',
    paras: ['Every member signs up to these rules when they join or renew:'],
    li: [
      'Never surf or paddle alone; tell the hut when you go out and when you come back.',
      'Juniors under 14 stay within the patrolled area unless a coach is in the water with them.',
      'Leashes must be worn on every board.',
      'Club boards go back on the rack rinsed, with the fins checked.',
    ],
  },
  {
    h: 'If someone is in trouble',
    paras: [
      j(
        'Do not swim out yourself. Tell the patrol at once, or if the hut is closed call 999 and ask for the Coastguard. Keep',
        'watching the person so you can point to them, and throw anything that floats if they are close to the shore.',
      ),
      j(
        'Rip currents at Tolvan form beside the stream at the north end and in front of the rocks at low tide. If you are caught in',
        'one, float, raise a hand and shout. Most rips here carry you out only a short distance before they weaken.',
      ),
    ],
  },
];
const pNav = ['Home', 'Training', 'Rules', 'Events', 'Join'];
const pTags = ['safety', 'rules', 'members'];
const pSec = (s: (typeof pSecs)[number]): string => {
  const id = s.h.toLowerCase().replace(/ /g, '-');
  const h3 = (s.h3 ?? []).map(
    (x) => `<h3 id="${x.h.toLowerCase().replace(/ /g, '-')}">${x.h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h3>\n<p>${x.p}</p>`,
  );
  return `<h2 id="${id}">${s.h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a>
</h2>\n${ps(s.paras)}${s.li ? `<ul>${lis(s.li)}</ul>` : ''}${h3.join('\n')}`;
};
const pToc = pSecs
  .map(
    (s) =>
      `<li><a href="#${s.h.toLowerCase().replace(/ /g, '-')}" aria-label="${s.h}">${s.h}</a>${
        s.h3
          ? `<ul>${s.h3
              .map(
                (x) => `<li><a
href="#${x.h.toLowerCase().replace(/ /g, '-')}">${x.h}</a></li>`,
              )
              .join('')}</ul>`
          : ''
      }</li>`,
  )
  .join('');
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${pTitle} | Tolvan Surf Life Saving Club</title><meta name="keywords" content="safety, rules, members"><meta name="description" content="${pDesc}">
<meta name="author" content="Club Committee"><link rel="canonical" href="https://tolvanslsc.org.uk/posts/beach-safety-rules/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Posts","item":"https://tolvanslsc.org.uk/posts/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","description":"${pDesc}",
"datePublished":"2027-04-20T00:00:00Z","author":[{"@type":"Person","name":"Club Committee"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") {document.body.classList.add('dark');}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://tolvanslsc.org.uk/" accesskey="h" title="Tolvan SLSC (Alt + H)">Tolvan SLSC</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${pNav
  .map(
    (t) => `<li><a href="https://tolvanslsc.org.uk/${t.toLowerCase()}/"
title="${t}"><span${t === 'Rules' ? ' class="active"' : ''}>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://tolvanslsc.org.uk/">Home</a>&nbsp;»&nbsp;<a href="https://tolvanslsc.org.uk/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${pTitle}</h1><div class="post-description">${pDesc}</div>
<div class="post-meta"><span title='2027-04-20 00:00:00 +0000 UTC'>April 20, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Club Committee</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>${pToc}</ul>
</div></details></div>
<div class="post-content">${pSecs.map(pSec).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${links(pTags)}</ul>
<nav class="paginav"><a class="prev" href="https://tolvanslsc.org.uk/posts/junior-nippers-2027/"><span class="title">« Prev</span><br><span>Junior Nippers
Sessions 2027</span></a>
<a class="next" href="https://tolvanslsc.org.uk/posts/agm-minutes/"><span class="title">Next »</span><br><span>AGM Minutes, March 2027</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on x"
href="https://x.com/intent/tweet/?text=Beach%20Safety%20Rules"><svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path
d="M512 62.554v386.892z"></path></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=https%3a%2f%2ftolvanslsc.org.uk%2fposts%2fbeach-safety-rules%2f"><svg viewBox="0 0 512 512" height="30px"
width="30px" fill="currentColor"><path d="M449.446 0z"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://tolvanslsc.org.uk/">Tolvan Surf Life Saving Club</a></span> · <span>Powered by <a
href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu');if (menu) {menu.scrollLeft = localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout547-hugo-papermod-safety-rules',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pSecs.flatMap((s) => [s.h, ...(s.h3 ?? []).map((x) => x.h)]),
  body: texts([pDesc, ...pSecs.flatMap((s) => [...s.paras, ...(s.li ?? []), ...(s.h3 ?? []).map((x) => x.p)])]),
  bylines: ['April 20, 2027', 'Club Committee'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tolvan SLSC', 'Home', 'Training', 'Events', 'Posts', '3 min', 'Table of Contents', '« Prev', 'Junior Nippers Sessions 2027', 'Next »',
    'AGM Minutes, March 2027', '© 2027 Tolvan Surf Life Saving Club', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT547_D: readonly TestPage[] = [webflow, hugo];
