import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowText, trs } from './pages-heldout693-kit.js';

/** Held-out batch 693, file b: a competition results post on the Wix blog (Ricos viewer), and a driving range page on Webflow. */
const rTitle = 'Spring Stableford Results \u2013 Saturday 12 April';
const rIntro = [
  j(
    'Seventy-two members turned out for the first stableford of the season, and the course was in superb shape after a dry week.',
    'A stiff breeze on the back nine kept the scoring honest, but the leaders still managed some excellent totals.',
  ),
  'Congratulations to all our winners. Prizes can be collected from the bar on Wednesday evening.',
];
const rDiv1 = [
  ['1st', 'Martin Oakes (9)', '41 pts'],
  ['2nd', 'Priya Venn (12)', '39 pts (b/9)'],
  ['3rd', 'Declan Forde (6)', '39 pts'],
  ['4th', 'Harry Stainton (11)', '38 pts'],
];
const rDiv2 = [
  ['1st', 'Gwen Ashby (22)', '43 pts'],
  ['2nd', 'Tomasz Lis (19)', '40 pts'],
  ['3rd', 'Ruth Mallory (24)', '37 pts (b/6)'],
];
const rHeads = ['Division 1 (handicap 0 to 14)', 'Division 2 (handicap 15 to 36)', 'Twos sweep'];
const rTwos = j(
  'Four twos were recorded: Declan Forde and Alan Pryce on the 4th, Gwen Ashby on the 11th and Sam Okoro on the 16th.',
  'The pot of £144 is shared, £36 each, and has been added to their bar cards.',
);
const rEnd = j(
  'Next up is the April Medal on Saturday 26th. The sheet is open in the locker room and on the app, and the first tee time',
  'is 7.30am. Please remember to put your card in the box within 30 minutes of finishing.',
);
const rNav = ['Home', 'Course', 'Membership', 'Green Fees', 'Club News', 'Contact'];
const rRecent = ['Greens hollow-tined this week', 'Ladies\u2019 Open: entries now open', 'Winter League final standings'];
const table = (rows: readonly string[][]): string => `<div data-hook="TableViewer" class="ZaRJv"><div class="wCm3y"><table class="cJ6Bs"><tbody>
${trs(rows, 'uxJ6K')}</tbody></table></div></div>`;
const p = (t: string, id: string): string => `<p class="xVISr _82Yz6 HcRxd xuLWd" dir="auto" id="viewer-${id}"><span style="color:#222">${t}</span></p>`;
const h2 = (t: string, id: string): string => `<h2 class="HHe2r _82Yz6 HcRxd" dir="auto" id="viewer-${id}"><span>${t}</span></h2>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${rTitle}</title>
<meta name="description" content="Seventy-two members turned out for the first stableford of the season.">
<link rel="canonical" href="https://www.barnlowgolfclub.co.uk/post/spring-stableford-results-saturday-12-april">
<meta property="og:type" content="article"><meta property="article:author" content="Barnlow Golf Club">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${rTitle}","datePublished":
"2027-04-13T18:02:11.000Z","author":{"@type":"Person","name":"Jo Barraclough"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"6b1f3c2e","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<style>#SITE_HEADER{--bg:255,255,255;}.cJ6Bs td{border:1px solid #ddd}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="Fdt4hv"><div id="comp-lqx1" class="comp-lqx1 wixui-rich-text" data-testid="richTextElement"><p class="font_0
wixui-rich-text__text"><span class="wixui-rich-text__text">BARNLOW GOLF CLUB</span></p></div>
<nav id="comp-lqx2" aria-label="Site" class="comp-lqx2 wixui-dropdown-menu"><ul class="ItHFYt" data-hook="menu-ul">
${links(rNav, 'wixui-dropdown-menu__item')}</ul></nav>
<div id="comp-lqx3" class="comp-lqx3 wixui-button"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book Online</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="pbl5d" class="dVkVf7"><section id="comp-post"
class="comp-post wixui-section"><div id="comp-post-inner" class="blog-post-page"><div data-hook="post-page" class="LDxYE"><article
class="blog-post-page-font Ad7YL" data-hook="post"><div class="CTmgN"><div data-hook="post-header" class="Ws9AX"><div class="eqPHB">
<div data-hook="avatar-image" class="ZVDVk"><img src="https://static.wixstatic.com/media/a1c2_avatar.jpg" alt="Writer's picture" width="32"></div>
<div class="aFOA0"><span data-hook="user-name" class="tQ0Q1 blog-post-text-color">Jo Barraclough</span><div class="x2bIY"><span
data-hook="time-ago" title="Apr 13">Apr 13</span><span class="bTPsb">·</span><span data-hook="time-to-read">2 min read</span></div></div></div>
<div data-hook="more-button" class="x5r9w"><button aria-label="More actions" class="blog-icon-fill"></button></div></div>
<div data-hook="post-title" class="H3vOVf"><h1 class="UbhFJ7 nkqC0Q blog-post-title-font blog-post-title-color"><span class="post-title__text
blog-post-title-font">${rTitle}</span></h1></div><div data-hook="post-description" class="UbhFJ7"><div class="V8vKi" data-rce-version="9.14.0"
dir="ltr"><div data-id="rich-content-viewer" class="kvdbP"><div class="Gn4ZD">
${p(at(rIntro, 0), '5p2a')}
${h2(at(rHeads, 0), '8kd1')}
${table(rDiv1)}
${h2(at(rHeads, 1), '2cv9')}
${table(rDiv2)}
${h2(at(rHeads, 2), 'k1e0')}
${p(rTwos, 'q8wt')}
${p(at(rIntro, 1), 'x0j4')}
${p(rEnd, 'm2u7')}
</div></div></div></div></div>
<div class="UZa2Xr" data-hook="post-footer"><div class="uMvGS"><ul class="nuJtm" data-hook="post-tags">${links(['Competitions', 'Results'], 'oBIlF')}</ul>
</div><div class="P1aZG"><div data-hook="share-buttons" class="main-share-buttons"><button data-hook="share-button-facebook" aria-label="Share via
Facebook"></button><button data-hook="share-button-twitter" aria-label="Share via Twitter"></button><button data-hook="share-button-link"
aria-label="Share via Link"></button></div></div><div class="tGy1y"><span data-hook="views-counter">96 views</span><span
data-hook="comment-counter">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">3</span>
</button></div></div></article></div>
<section data-hook="recent-posts" class="Gq2Kf"><div class="Yq0Wq"><h2 class="aHx8z">Recent Posts</h2><a href="/blog" class="jaMuN">See All</a></div>
<ul class="J0VjR">${links(rRecent, 'post-list-item')}</ul></section>
<section data-hook="comments-widget" class="Rf1ZY"><h2 class="Wc6p7">Comments</h2><div class="comment-box"><button data-hook="comment-box-opener"
>Write a comment...</button></div></section></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer"><div id="comp-ftr1" class="wixui-rich-text"><p class="font_9">Barnlow Golf Club,
Hollow Lane, Barnlow</p><p class="font_9">© 2027 by Barnlow Golf Club. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner"><div
class="TkGpf"><p data-hook="ccsu-banner-text">This website uses cookies. By continuing to use it, you accept our use of cookies.</p><div class="gqmPg">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b1f2.bundle.min.js" async></script></body></html>`;
const wixResults: TestPage = {
  name: 'heldout693-wix-stableford-results',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([at(rIntro, 0), ...rDiv1.map(rowText), ...rDiv2.map(rowText), rTwos, at(rIntro, 1), rEnd]),
  bylines: ['Jo Barraclough', 'Apr 13'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'BARNLOW GOLF CLUB', ...rNav.filter((t) => t !== 'Course'), 'Book Online', '2 min read', 'Competitions', '96 views', '0 comments', '3',
    'Recent Posts', 'See All', ...rRecent, 'Comments', 'Write a comment...', 'Barnlow Golf Club, Hollow Lane, Barnlow',
    '© 2027 by Barnlow Golf Club. Proudly created with Wix.com',
    'This website uses cookies. By continuing to use it, you accept our use of cookies.', 'Settings', 'Decline All', 'Accept',
  ],
};

const dTitle = 'The Driving Range';
const dDek = 'Thirty-two floodlit bays, ball tracking in every bay and a short-game area, open to everyone \u2013 no membership needed.';
const dIntro = [
  j(
    'Our range was rebuilt in 2025 with two tiers of covered bays, so you can practise whatever the weather. Every bay has a',
    'screen showing carry, total distance and ball speed, and you can play virtual rounds of famous-style courses or closest-to-the-pin games.',
  ),
  'Balls are dispensed from your phone or a card. Just scan the QR code on the bay and pick the number of balls you want.',
];
const dPrices: readonly (readonly [string, string])[] = [
  ['Small bucket', '£4.50 for 40 balls'],
  ['Large bucket', '£8 for 90 balls'],
  ['Bay hire', '£18 an hour for up to four players, unlimited balls'],
];
const dHoursHead = 'Opening hours';
const dHours = ['Monday to Friday: 7am to 10pm', 'Saturday and Sunday: 7am to 9pm', 'Bank holidays: 8am to 8pm'];
const dFaqHead = 'Frequently asked questions';
const dFaq: readonly (readonly [string, string])[] = [
  ['Do I need to bring my own clubs?', 'No. We lend a driver, a 7-iron and a wedge free of charge; just ask at the front desk.'],
  ['Can children use the range?', 'Yes. Under-16s are welcome with an adult, and juniors get 20% off buckets before 5pm.'],
  ['Can I book a bay in advance?', 'Bays can be booked up to seven days ahead online. Walk-ins are welcome when bays are free.'],
];
const dNav = ['Driving Range', 'Academy', 'Footgolf', 'Caf\u00e9', 'Parties'];
const dFoot = ['Pinecroft Golf Centre', 'Old Mill Road, Haverbridge HB4 7QT', 'Careers', 'Privacy', 'Terms'];
const dHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 09 2027 11:20:41 GMT+0000 -->
<html data-wf-domain="www.pinecroftgolf.com" data-wf-page="65f0a1b2c3d4e5f601234567" data-wf-site="65f0a1b2c3d4e5f601234500" lang="en"><head>
<meta charset="utf-8"><title>Driving Range | Pinecroft Golf Centre</title><meta content="${dDek}" name="description">
<meta content="Driving Range | Pinecroft Golf Centre" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65f0a1b2c3d4e5f601234500/css/pinecroft.webflow.shared.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsActivityLocation","name":"Pinecroft Golf Centre",
"openingHours":"Mo-Fr 07:00-22:00"}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext p:last-child{margin-bottom:0}</style></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0/logo-pinecroft.svg"
loading="lazy" alt="Pinecroft Golf Centre" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${dNav
  .map(
    (t, i) =>
      `<a href="/${i === 0 ? 'driving-range' : t.toLowerCase()}" class="nav-link w-nav-link${i === 0 ? ' w--current' : ''}"
${i === 0 ? ' aria-current="page"' : ''}
>${t}</a>`,
  )
  .join('')}<a href="/book" class="button nav-button w-button">Book a Bay</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-hero range-hero"><div class="padding-global"><div class="w-layout-blockcontainer container-large
w-container"><div class="hero-content"><h1 class="heading-style-h1">${dTitle}</h1><p class="text-size-large">${dDek}</p>
<div class="button-group"><a href="/book" class="button w-button">Book a Bay</a><a href="#prices" class="button is-secondary w-button">See prices</a>
</div></div></div></div></section>
<section class="section-intro"><div class="padding-global"><div class="w-layout-blockcontainer container-medium w-container"><div
class="rich-text w-richtext">${ps(dIntro)}</div></div></div></section>
<section id="prices" class="section-prices"><div class="padding-global"><div class="w-layout-blockcontainer container-large w-container">
<div class="w-layout-grid price-grid">${dPrices
  .map(
    (c) => `<div class="price-card"><h3 class="heading-style-h4">${c[0]}</h3><p
class="price-text">${c[1].replace('£', '&pound;')}</p></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-hours"><div class="padding-global"><div class="w-layout-blockcontainer container-medium w-container"><div
class="rich-text w-richtext"><h2>${dHoursHead}</h2><ul role="list">${lis(dHours)}</ul></div></div></div></section>
<section class="section-faq"><div class="padding-global"><div class="w-layout-blockcontainer container-small w-container"><h2
class="heading-style-h2">${dFaqHead}</h2><div class="faq-list">${dFaq
  .map(
    (f) => `<div class="faq-item"><div class="faq-question"><h3
class="heading-style-h5">${f[0]}</h3><div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 3v10M3 8h10"
stroke="currentColor"/></svg></div></div><div class="faq-answer"><p>${f[1]}</p></div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="w-layout-blockcontainer container-medium w-container cta-box"><h2
class="heading-style-h3">Want to improve faster?</h2><p>Our PGA coaches run 30-minute lessons in the range bays every day.</p><a href="/academy"
class="button is-white w-button">Meet the coaches</a></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="w-layout-blockcontainer container-large w-container"><div class="footer-grid">
<div class="footer-col"><div class="footer-heading">${dFoot[0]}</div><div>${dFoot[1]}</div></div><div class="footer-col">
<div class="footer-heading">Stay in the loop</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get">
<input class="input w-input" maxlength="256" name="email" placeholder="Your email" type="email" required><input type="submit" data-wait="Please wait..."
class="button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you!
You're on the list.</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong
while submitting the form.</div></div></div></div></div><div class="footer-bottom"><div>© 2027 Pinecroft Golf Centre Ltd</div><div class="footer-links">
${dFoot
  .slice(2)
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1b2c3d4e5f601234500" type="text/javascript"
crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/65f0a1b2c3d4e5f601234500/js/webflow.js" type="text/javascript"></script>
</body></html>`;
const webflowRange: TestPage = {
  name: 'heldout693-webflow-driving-range',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dPrices.map((c) => c[0]), dHoursHead, dFaqHead, ...dFaq.map((f) => f[0])],
  body: [dDek, ...dIntro, ...dPrices.map((c) => c[1]), ...dHours, ...dFaq.map((f) => f[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav.slice(1), 'See prices', 'Want to improve faster?', 'Our PGA coaches run 30-minute lessons in the range bays every day.',
    'Meet the coaches', ...dFoot, 'Stay in the loop', '© 2027 Pinecroft Golf Centre Ltd',
  ],
};

export const HELDOUT693_B: readonly TestPage[] = [wixResults, webflowRange];
