import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout645-kit.js';

/**
 * Held-out batch 645, file e: a dining train page on Webflow (w-nav, w-richtext, a hero with an eyebrow, a footer form with
 * its success and failure messages), and a long society journal article on Hugo (PaperMod) with a table of contents,
 * a figure, tags, prev / next links and share buttons.
 */
const fTitle = 'The Wenlow Pullman';
const fDek = 'Afternoon tea in a 1928 Pullman car, steam hauled through the Corran valley and back.';
const fH = ['On board', 'The menu', 'Good to know'];
const fBoard = [
  j(
    'Our two Pullman cars, Iris and Medusa, were built for the Southern Belle and came to the Corran Valley Railway in 1986.',
    'Each seats 24 at tables for two and four, with the original marquetry panels and brass table lamps.',
  ),
  'The journey takes two hours and fifteen minutes, with a twenty-minute stop at Wenlow for the engine to run round.',
];
const fMenu = [
  'Finger sandwiches: cucumber and mint, egg and cress, smoked salmon, ham and mustard',
  'Warm fruit and plain scones with clotted cream and Corran strawberry jam',
  'A selection of cakes from the Wenlow bakery',
  'Loose-leaf tea or coffee, with a glass of sparkling wine for an extra £9',
];
const fGood = [
  'Tickets cost £68 per person and must be booked at least 48 hours in advance. Vegetarian, vegan and gluten-free menus are available.',
  j(
    'Smart casual dress is kindly requested. The Pullman cars have steps at the doors and cannot take wheelchairs; please',
    'call us to talk about the accessible first class coach, which serves the same menu.',
  ),
];
const fNav = ['Timetable', 'Dining Trains', 'Events', 'Visit', 'About'];
const fFootCols = ['Plan your trip', 'Dining trains', 'Gift vouchers', 'Volunteer', 'Contact us', 'Accessibility'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Jan 07 2027 10:22:41 GMT+0000 (Coordinated
Universal Time) -->
<html data-wf-domain="www.corranvalleyrailway.com" data-wf-page="6588f0c1a2b3c4d5e6f70812" data-wf-site="6588f0c1a2b3c4d5e6f70801" lang="en"><head><meta
charset="utf-8">
<title>The Wenlow Pullman | Corran Valley Railway</title><meta content="${fDek}" name="description"><meta content="The Wenlow Pullman | Corran Valley Railway"
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6588f0c1a2b3c4d5e6f70801/css/corran-valley.webflow.4f1e2d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"The Wenlow Pullman",
"organizer":{"@type":"Organization","name":"Corran Valley Railway"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/6588f0c1a2b3c4d5e6f70801/cvr-logo.svg" loading="lazy" alt="Corran Valley Railway" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}
<a href="https://tickets.corranvalleyrailway.com" class="button nav-button w-button">Buy Tickets</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section dining"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Dining trains</div>
<h1 class="heading-xl">${fTitle}</h1><p class="hero-paragraph">${fDek}</p><div class="hero-buttons"><a href="https://tickets.corranvalleyrailway.com/pullman"
class="button w-button">Book a table</a>
<a href="#menu" class="button secondary w-button">See the menu</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-2-col">
<div id="w-node-_3e1f9a2b-0c4d-5e6f-7a8b-9c0d1e2f3a4b-e6f70812" class="rich-text w-richtext"><h2>${fH[0]}</h2>${ps(fBoard)}</div>
<img src="https://assets-global.website-files.com/6588f0c1a2b3c4d5e6f70801/pullman-iris.jpg" loading="lazy" sizes="(max-width: 767px) 100vw, 50vw"
alt="Inside Pullman car Iris" class="image-rounded"></div></div></section>
<section id="menu" class="section cream"><div class="w-layout-blockcontainer container w-container"><div class="rich-text w-richtext"><h2>${fH[1]}</h2><ul
role="list">${lis(fMenu)}</ul>
<h2>${fH[2]}</h2>${ps(fGood)}</div></div></section>
<section class="cta-section"><div class="w-layout-blockcontainer container w-container"><h2 class="cta-heading">Give the gift of steam</h2>
<p class="cta-text">Pullman tea vouchers are valid for a year and come in a presentation wallet.</p><a href="/gift-vouchers"
class="button w-button">Buy a voucher</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-heading">Corran Valley Railway</div>
<p class="footer-text">Corran Road Station, Aberwenlow, AB34 6PL</p></div><div class="footer-col">${fFootCols
  .map(
    (c) => `<a
href="/${c.toLowerCase().replace(/ /g, '-')}" class="footer-link">${c}</a>`,
  )
  .join('')}</div>
<div class="footer-col"><div class="footer-heading">Get our newsletter</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get" class="footer-form" aria-label="Email Form">
<input class="footer-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom"><div>© 2027 Corran Valley Railway Company Ltd. Registered in Scotland SC418822.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6588f0c1a2b3c4d5e6f70801" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6588f0c1a2b3c4d5e6f70801/js/webflow.8a1b2c3d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout645-webflow-pullman-dining',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: [fDek, ...fBoard, ...fMenu, ...fGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Buy Tickets', 'Book a table', 'See the menu', 'Give the gift of steam',
    'Pullman tea vouchers are valid for a year and come in a presentation wallet.', 'Buy a voucher', 'Corran Valley Railway',
    'Corran Road Station, Aberwenlow, AB34 6PL', ...fFootCols, 'Get our newsletter', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', '© 2027 Corran Valley Railway Company Ltd. Registered in Scotland SC418822.',
  ],
});

const hTitle = 'A lever frame’s second life: rebuilding Brackley Lane signal box';
const hDesc = 'How a team of six volunteers moved a 1898 signal box eleven miles and made it work again.';
const hSecs: { h: string; id: string; paras: string[] }[] = [
  {
    h: 'A box with nowhere to go',
    id: 'a-box-with-nowhere-to-go',
    paras: [
      j(
        'Brackley Lane signal box stood beside the main line for ninety years, controlling a level crossing and a goods loop that',
        'had long since gone. When the crossing was automated in 1988 the box was switched out, boarded up and left. By the time',
        'Network Rail offered it to the society in 2021 the roof had fallen in at one end and the stairs had been taken for firewood.',
      ),
      j(
        'What made it worth saving was the frame. Inside, under pigeon droppings and a collapsed ceiling, were twenty-four levers',
        'on a Stevens tappet frame, complete with its locking. A frame of that type had not worked anywhere in the north for',
        'thirty years, and we had a gap at Ouse Bridge where a box had stood until 1965 and where we needed one again.',
      ),
    ],
  },
  {
    h: 'Taking it apart',
    id: 'taking-it-apart',
    paras: [
      j(
        'We spent the first winter recording the box before touching it. Every timber was numbered with a brass tag, every joint',
        'photographed and drawn. Gordon Pell, who had been a signalling technician for forty years, made a full drawing of the',
        'locking, tappet by tappet, which turned out to be the most useful piece of paper of the whole project.',
      ),
      j(
        'The top half of the box came apart in nine days. The brick base could not be moved, so we measured it course by course',
        'and the bricklayers among us built a new one at Ouse Bridge from reclaimed bricks of the same size and colour.',
      ),
      j(
        'The frame itself weighs about four tons. It was lifted out in three sections by a hired crane on a Sunday when the main line',
        'was closed for engineering work, and the sections went to Ouse Bridge on a flat wagon behind our own diesel.',
      ),
    ],
  },
  {
    h: 'The locking',
    id: 'the-locking',
    paras: [
      j(
        'Mechanical locking is what stops a signalman from setting up two conflicting routes. In a tappet frame each lever drives a',
        'flat steel tappet through a locking tray, and notched cross-bars – the locks – drop into the tappets to hold other levers',
        'in place. Change the layout of the track and you have to change the locking to match.',
      ),
      j(
        'Our layout at Ouse Bridge is a passing loop, a siding and a level crossing, which needs only fourteen working levers. The',
        'other ten are spare, painted white as they should be. Gordon worked out a new locking table on paper, and we then cut',
        'and fitted the new locks in the workshop before taking them to the box.',
      ),
      'He told us at the start that the locking would take longer than everything else put together. He was right:',
      j(
        'It took two winters to get the locking right. Every lock was tested against the table with the frame on the workshop',
        'floor, and then tested again in the box. The inspector who passed the box in October said that he had found no fault in',
        'the locking at all, which is the best thing anyone has ever said to Gordon.',
      ),
    ],
  },
  {
    h: 'Signals and wires',
    id: 'signals-and-wires',
    paras: [
      j(
        'A box is no use without signals, and Ouse Bridge had none. We were lucky that the line’s old home signal post had been',
        'kept in the goods shed since 1965, and that a neighbouring railway gave us three lower-quadrant arms and a ground disc.',
        'The rest we made ourselves, including two new wooden posts cut from a single larch felled on a member’s farm.',
      ),
      j(
        'Each signal is worked by a single steel wire running from the lever to the signal over pulleys on short stakes. The',
        'longest, to the up distant signal, is almost seven hundred yards long and needs a wire adjuster in the box so that',
        'the signalman can take up the slack on hot afternoons when the wire stretches.',
      ),
      j(
        'The points at the loop ends are worked by rodding rather than wire, and they have facing point locks, so every facing',
        'point on the passenger line needs two levers: one to move the blades and one to lock them. That is why a simple loop',
        'uses so many of the fourteen working levers.',
      ),
    ],
  },
  {
    h: 'What it cost',
    id: 'what-it-cost',
    paras: [
      j(
        'The whole project cost £86,500, of which £40,000 came from a heritage lottery grant and the rest from members’ donations,',
        'a sponsored walk along the line and the sale of the old Brackley Lane nameboard at auction. Volunteers gave more than',
        'nine thousand hours of work, which we have not tried to put a price on.',
      ),
      j(
        'The biggest single cost was the crane lift. The second biggest, to our surprise, was the slate: the original roof was',
        'Welsh slate, and matching it cost twice what we had allowed. We think it was worth it; the box looks as it did in 1898.',
      ),
    ],
  },
  {
    h: 'In service',
    id: 'in-service',
    paras: [
      j(
        'Ouse Bridge box opened for traffic on 2 November 2026, one hundred and twenty-eight years after it was first built. On',
        'gala days it now controls the crossing of two trains at the loop, which means we can run a half-hourly service for the first time.',
      ),
      j(
        'We now have eight qualified signalmen and four more in training. Visitors are welcome in the box on quiet days if the',
        'signalman on duty agrees, and there is a small display on the ground floor about the box’s history at Brackley Lane.',
      ),
      j(
        'If you would like to train as a signalman, you need to be eighteen or over and able to give at least one day a month.',
        'The course takes about a year and ends with a practical and written exam set by our operating inspector.',
      ),
    ],
  },
];
const hQuote = '“You can rebuild a box in a summer. The locking is where you find out whether you really understand the railway.”';
const hCap = 'The frame’s first section being lowered into the new base at Ouse Bridge, May 2023.';
const hMenu = ['Articles', 'Archive', 'Tags', 'Search', 'About the journal'];
const hTags = ['Signalling', 'Restoration', 'Ouse Bridge'];
const hMeta = 'February 14, 2027 · 5 min · 951 words · Alan Pryce';
const hBody = (s: (typeof hSecs)[number]): string =>
  `<h2 id="${s.id}">${s.h}<a hidden class="anchor" aria-hidden="true" href="#${s.id}">#</a></h2>
${s.id === 'the-locking' ? `${ps(s.paras.slice(0, 3))}\n<blockquote>\n<p>${hQuote}</p>\n</blockquote>\n${ps(s.paras.slice(3))}` : ps(s.paras)}${
  s.id === 'taking-it-apart'
    ? `\n<figure><img loading="lazy" src="/images/brackley-frame-lift.jpg" alt="The frame being lifted"><figcaption><p>${hCap}</p></figcaption></figure>`
    : ''
}`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.121.1"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | OVRPS Journal</title><meta name="keywords" content="Signalling, Restoration, Ouse Bridge"><meta name="description" content="${hDesc}">
<meta name="author" content="Alan Pryce"><link rel="canonical" href="https://journal.ouseburnvalley.org.uk/posts/brackley-lane-signal-box/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css"
integrity="sha256-tgnFjVwRu5CxpU4EAF10rR3fIhZet59VM5Z+V9+cO1A=" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-02-14T00:00:00Z",
"author":[{"@type":"Person","name":"Alan Pryce"}]}</script>
</head><body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://journal.ouseburnvalley.org.uk/" accesskey="h"
title="OVRPS Journal (Alt + H)">OVRPS Journal</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (m) => `<li><a href="/${m.toLowerCase().replace(/ /g, '-')}/"
title="${m}"><span>${m}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://journal.ouseburnvalley.org.uk/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Articles</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span
title="2027-02-14 00:00:00 +0000 UTC">February 14, 2027</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;951 words&nbsp;·&nbsp;Alan Pryce</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map((s) => `<li><a href="#${s.id}" aria-label="${s.h}">${s.h}</a></li>`).join('\n')}</ul></div></details></div>
<div class="post-content">${hSecs.map(hBody).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul><nav class="paginav"><a class="prev" href="/posts/wagon-works-diary/"><span
class="title">« Prev</span><br>
<span>Wagon works diary: the last of the 12-ton vans</span></a><a class="next" href="/posts/ouse-bridge-gala-report/"><span
class="title">Next »</span><br><span>Gala report: the busiest weekend yet</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=x"><svg
viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook" href="https://facebook.com/sharer/sharer.php?u=x"><svg
viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2027 <a href="https://journal.ouseburnvalley.org.uk/">OVRPS Journal</a></span> · <span>Powered by <a
href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout645-hugo-papermod-signal-box',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([hDesc, ...hSecs.flatMap((s) => (s.id === 'the-locking' ? [...s.paras.slice(0, 3), hQuote, ...s.paras.slice(3)] : s.paras))]),
  bylines: [hMeta],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'OVRPS Journal', ...hMenu, 'Home', 'Table of Contents', hCap, ...hTags, '« Prev', 'Wagon works diary: the last of the 12-ton vans', 'Next »',
    'Gala report: the busiest weekend yet', '© 2027 OVRPS Journal', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT645_E: readonly TestPage[] = [webflow, hugo];
