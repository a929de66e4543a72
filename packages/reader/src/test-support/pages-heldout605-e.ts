import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secs } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file e: a creamery's "Visit the dairy" page on Webflow with a CMS list of tour dates and a booking form,
 * and a hobby cheesemaker's post about a day in a farm dairy's make room on Hugo (PaperMod) with a table of contents.
 */
const wTitle = 'Visit the Dairy';
const wLead = 'See how a wheel of Orchard Vale Gold goes from morning milk to a cheese you can take home.';
const wSecs: Sec[] = [
  {
    h: 'The tour',
    p: [
      j(
        'Our tour starts in the milking yard, where you’ll meet the Jersey herd whose milk goes into every cheese we make. From',
        'there we walk the 200 metres of pipe that carry the milk to the vat room, and you can watch the morning make through the',
        'glass: the cutting, the stirring and the moment the curd is piled along the sides of the vat.',
      ),
      j(
        'The last stop is the store, where 3,000 wheels sit on spruce shelves. Our head cheesemaker, Noor Adeyemi, will iron a',
        'wheel for you, pulling out a core of cheese to taste, and explain how we decide when each batch is ready.',
      ),
    ],
  },
  {
    h: 'Before you come',
    p: [
      j(
        'Tours last 90 minutes and are suitable for children over six. The vat room is kept warm and humid, so wear something',
        'light underneath your coat. We provide hats and overshoes.',
      ),
    ],
  },
];
const wNav = ['Our Cheese', 'Visit', 'Stockists', 'Story', 'Shop'];
const wDates = [
  ['Saturday 6 June', '10:30', '8 places left'],
  ['Saturday 13 June', '10:30', 'Fully booked'],
  ['Saturday 20 June', '10:30', '12 places left'],
];
const wFoot = ['Privacy', 'Trade enquiries', 'Careers'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue May 12 2026 08:14:22 GMT+0000 -->
<html data-wf-domain="www.orchardvalecreamery.com" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a30" lang="en"><head><meta
charset="utf-8">
<title>${wTitle} | Orchard Vale Creamery</title><meta content="${wLead}" name="description"><meta content="${wTitle} | Orchard Vale Creamery"
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/css/orchard-vale.webflow.9a1b2c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<style>.w-webflow-badge{display:none !important;}</style></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65f1a2b3/logo.svg"
loading="lazy" alt="Orchard Vale Creamery" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Visit' ? ' w--current' : ''}"${t === 'Visit' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-section"><div class="w-layout-blockcontainer container w-container"><div class="hero-wrapper"><div class="eyebrow">Tours &amp;
tastings</div>
<h1 class="heading-hero">${wTitle}</h1><p class="hero-paragraph">${wLead}</p><a href="#book" class="button w-button">Book a tour</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text-block w-richtext">
${secs(wSecs)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65f1a2b3/iron.jpg" loading="lazy"
alt="Ironing a wheel"></div><figcaption>Noor irons a 14-month wheel.</figcaption></figure></div></div></section>
<section id="book" class="section section-cream"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-booking">
<div id="w-node-_5e1c" class="dates-wrapper"><h2 class="heading-2">Upcoming tours</h2><div class="w-dyn-list"><div role="list" class="dates-list w-dyn-items">
${wDates
  .map(
    ([d, t, s]) => `<div role="listitem" class="tour-item w-dyn-item"><div class="tour-date">${d}</div><div class="tour-time">${t}</div>
<div class="tour-spaces">${s}</div></div>`,
  )
  .join('\n')}</div></div><p class="small-print">£16 adults, £8 children. Tasting included.</p></div>
<div class="form-block w-form"><form id="wf-form-Tour-Booking" name="wf-form-Tour-Booking" data-name="Tour Booking" method="get" class="form"
data-wf-page-id="65f1a2b3c4d5e6f708192a3b" data-wf-element-id="7f1d"><label for="Name" class="field-label">Name</label><input class="text-field w-input"
maxlength="256"
name="Name" data-name="Name" placeholder="" type="text" id="Name"><label for="Email" class="field-label">Email address</label><input class="text-field w-input"
maxlength="256" name="Email" data-name="Email" type="email" id="Email" required=""><label for="Date" class="field-label">Which tour?</label>
<select id="Date" name="Date" data-name="Date" class="select-field w-select"><option value="">Select one...</option><option value="6-june">Saturday 6
June</option></select>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Request places"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Tour Booking success"><div>Thank you! We’ll confirm your places by email.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Tour Booking failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-heading">Find us</div>
<p class="footer-text">Orchard Vale Creamery, Pelham Lane, Staverton</p></div><div class="footer-col"><div class="footer-heading">Shop hours</div>
<p class="footer-text">Wednesday to Sunday, 10am–4pm</p></div><div class="footer-col">${wFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div></div><div class="copyright">© 2026 Orchard Vale Creamery Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a30" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/js/webflow.4d5e6f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout605-webflow-dairy-visit',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map((s) => s.h),
  body: texts([wLead, ...wSecs.flatMap((s) => s.p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'Visit'), 'Tours & tastings', 'Book a tour', 'Noor irons a 14-month wheel.', 'Upcoming tours',
    ...wDates.flat().filter((t) => t !== '10:30'), '10:30',
    '£16 adults, £8 children. Tasting included.', 'Name', 'Email address', 'Which tour?', 'Request places', 'Find us',
    'Orchard Vale Creamery, Pelham Lane, Staverton', 'Shop hours', 'Wednesday to Sunday, 10am–4pm', ...wFoot, '© 2026 Orchard Vale Creamery Ltd',
  ],
};

const hTitle = 'A Morning in the Make Room at Greyfriars Farm';
const hDesc = 'Notes from four hours on the other side of the glass, with a cheesemaker who has made the same cheese for thirty years.';
const hSecs: Sec[] = [
  {
    h: 'Six o’clock',
    p: [
      j(
        'Greyfriars Farm makes one cheese, a pressed, cloth-wrapped wheel called Greyfriars Hard, and Colm Retter has made it every',
        'weekday since 1996. When I arrived, the milk from the morning milking was already in the vat, still at the temperature it',
        'left the cows, and Colm was adding starter from a plastic jug he has used, he says, for at least twenty years.',
      ),
      j(
        'The make room is smaller than I expected: one 1,000-litre vat, a long steel table, a press made from an old cider press,',
        'and a radio tuned to the shipping forecast. Everything smells of warm milk and, faintly, of the whey that runs along a',
        'channel in the floor to the pigs next door.',
      ),
    ],
  },
  {
    h: 'Setting and cutting',
    p: [
      j(
        'Rennet goes in at about seven. Then nothing happens for forty minutes, and Colm uses them to wash down, write up yesterday’s',
        'make sheet and drink two cups of tea. He tests the set by sliding a finger into the curd and lifting; if it breaks clean,',
        'like a cut in jelly, it is ready.',
      ),
      j(
        'He cuts with a harp, a steel frame strung with wires, working it through the vat lengthways and then across until the',
        'curd is in pieces the size of peas. Then the stirring, which goes on for an hour while the vat is slowly warmed.',
      ),
    ],
  },
  {
    h: 'Into the moulds',
    p: [
      j(
        'By ten the whey has been drained and the curd has knitted into a single mat on the table. Colm cuts it into blocks,',
        'stacks them, turns them, stacks them again. It is the hardest physical work of the day, and he does it without hurrying.',
      ),
      j(
        'The milled curd is salted by hand, packed into cloth-lined moulds and put under the press. It will stay there until',
        'tomorrow morning, when it is turned, pressed again, and finally bound in muslin greased with lard.',
      ),
    ],
  },
];
const hList = [
  'Taste the curd at every stage if you are allowed to. It changes more than you would think.',
  'Notice the temperatures: Colm never uses a thermometer by the end, but he checks it at the start.',
  'Write down the times. The hours between the steps are most of what makes a cheese.',
];
const hListH = 'What I took home';
const hEnd = 'The wheels made that morning will be ready next spring. I have asked to be there when they are cut.';
const hMenu = ['Archive', 'Search', 'Tags', 'About'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Curd Notes</title><meta name="keywords" content="dairy, visits, hard cheese"><meta name="description" content="${hDesc}">
<meta name="author" content="Tamsin Greaves"><link rel="canonical" href="https://curdnotes.net/posts/greyfriars-make-room/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<meta name="generator" content="Hugo 0.125.4"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-05-09T00:00:00Z",
"author":[{"@type":"Person","name":"Tamsin Greaves"}]}</script></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://curdnotes.net/" accesskey="h" title="Curd Notes (Alt + H)">Curd Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18"></svg>
<svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18"></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="https://curdnotes.net/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav>
</header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://curdnotes.net/">Home</a>&nbsp;»&nbsp;<a
href="https://curdnotes.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2026-05-09 00:00:00 +0000 UTC'>May 9, 2026</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Tamsin Greaves</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${[...hSecs.map((s) => s.h), hListH]
  .map(
    (h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}"
aria-label="${h}">${h}</a></li>`,
  )
  .join('\n')}</ul></div></details></div>
<div class="post-content">
${secs(hSecs, 'h2')}
<h2 id="what-i-took-home">${hListH}<a hidden class="anchor" aria-hidden="true" href="#what-i-took-home">#</a></h2>
<ol>${lis(hList)}</ol>
<p>${hEnd}</p>
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://curdnotes.net/tags/dairy/">Dairy</a></li><li><a
href="https://curdnotes.net/tags/visits/">Visits</a></li>
<li><a href="https://curdnotes.net/tags/hard-cheese/">Hard Cheese</a></li></ul><nav class="paginav"><a class="prev"
href="https://curdnotes.net/posts/mould-ripened-at-home/">
<span class="title">« Prev</span><br><span>Mould-Ripened at Home, Attempt Three</span></a><a class="next" href="https://curdnotes.net/posts/buying-a-harp/">
<span class="title">Next »</span><br><span>On Buying a Curd Harp</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://curdnotes.net/">Curd Notes</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer"
target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout605-hugo-papermod-make-room',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hSecs.map((s) => s.h), hListH],
  body: texts([hDesc, ...hSecs.flatMap((s) => s.p), ...hList, hEnd]),
  bylines: ['May 9, 2026', 'Tamsin Greaves'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Curd Notes', ...hMenu.filter((t) => t !== 'About'), 'Posts', '6 min', 'Table of Contents', 'Dairy', 'Visits', 'Hard Cheese', '« Prev',
    'Mould-Ripened at Home, Attempt Three',
    'Next »', 'On Buying a Curd Harp', '© 2026 Curd Notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT605_E: readonly TestPage[] = [webflow, hugo];
