import { links, ps, type TestPage } from './page-kit.js';
import { apart, j } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file e: a roller rink's blog post on Ghost (Casper theme: members sign-up box, read-more cards), and a
 * bowling centre's FAQ page on Webflow (CMS collection list, Finsweet cookie banner).
 */
const rTitle = 'Adult Night is back on Thursdays – here’s what’s changing';
const rDek = 'Eighteen and over, 8 pm to 11 pm, with a new warm-up lesson and a later last skate.';
const rBody = [
  j(
    'After a summer off while we refinished the floor, Adult Night returns to Rollerdome 76 on Thursday, September 25. The',
    'session is for skaters aged 18 and over and runs from 8 pm to 11 pm, half an hour later than last season.',
  ),
  j(
    'The biggest change is a free 30-minute warm-up lesson at 7:30 pm, led by our rink guards. It is aimed at anyone coming',
    'back to skating after a long break, and covers stopping, falling safely and skating backwards.',
  ),
  j(
    'We are also splitting the floor for the first hour: the centre circle is kept for beginners and jam skaters take the',
    'outside lanes. After 9 pm the whole floor is open, and the DJ takes requests until the last skate at 10:50.',
  ),
  j(
    'Admission is $14, or $10 if you bring your own skates. The bar will be open with beer, wine and the new non-alcoholic',
    'slushies, and lockers are free with ID.',
  ),
];
const rNav = ['Home', 'Sessions', 'Parties', 'Blog', 'About'];
const rCards: readonly (readonly [string, string, string, string])[] = [
  ['News', 'The floor is done: 16,000 square feet of new maple', 'Three weeks of sanding and six coats of finish later, we are ready to roll.', 'Aug 28, 2025'],
  ['Events', 'Back-to-school skate specials', 'Half-price admission for students every weekday afternoon in September.', 'Aug 14, 2025'],
];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${rTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5c2a9e1f0b">
<link rel="canonical" href="https://blog.rollerdome76.example/adult-night-is-back/">
<meta name="description" content="${rDek}"><meta property="og:site_name" content="Rollerdome 76"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-09-11T15:02:44.000Z"><meta property="article:tag" content="Events">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Rollerdome 76"},
"author":{"@type":"Person","name":"Mo Tran"},"headline":"${rTitle}"}</script>
<meta name="generator" content="Ghost 5.96">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js"
data-i18n="true" data-ghost="https://blog.rollerdome76.example/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-events is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.rollerdome76.example">Rollerdome 76</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(rNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-events image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/events/">Events</a>
</span></div>
<h1 class="article-title">${rTitle}</h1><p class="article-excerpt">${rDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/mo/" class="author-avatar" aria-label="Read more of Mo Tran">
<img class="author-profile-image" src="/content/images/size/w100/2024/02/mo.jpg" alt="Mo Tran"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/mo/">Mo Tran</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-09-11">Sep 11, 2025</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/09/adult-night.jpg 300w, /content/images/size/w600/2025/09/adult-night.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/09/adult-night.jpg" alt="${rTitle}">
<figcaption><span style="white-space: pre-wrap;">Thursday regulars on the new floor. Photo by Lena Ruiz</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(rBody)}
<div class="kg-card kg-button-card kg-align-center"><a href="https://rollerdome76.example/tickets" class="kg-btn kg-btn-accent">Get Adult Night tickets</a>
</div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${rCards
  .map(
    ([tag, t, ex, d]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/size/w600/2025/08/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2025-08-01">${d}</time>
<span class="post-card-meta-length">2 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.rollerdome76.example">Rollerdome 76</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5c2a9e1f0b"></script></body></html>`;
const rollerdome: TestPage = {
  name: 'heldout565-ghost-casper-adult-night',
  kind: 'blog',
  html: rHtml,
  title: 'Adult Night is back on Thursdays – here’s what’s changing',
  headings: [],
  body: [rDek, ...rBody],
  bylines: ['Mo Tran', 'Sep 11, 2025', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    'Rollerdome 76', ...rNav, 'Sign in', 'Subscribe', 'Events', 'Thursday regulars on the new floor. Photo by Lena Ruiz', 'Get Adult Night tickets',
    'Sign up for more like this.', 'Enter your email', ...rCards.flatMap(([tag, t, ex, d]) => [tag, t, ex, d]), 'Rollerdome 76 © 2025', 'Sign up',
    'Powered by Ghost',
  ], [rTitle, rDek, ...rBody]),
};

const fTitle = 'Frequently Asked Questions';
const fIntro = 'Everything you need to know before your visit to Tenpin Social. Can’t find your answer? Give us a call or drop us a line.';
const fFaq: readonly (readonly [string, readonly string[]])[] = [
  [
    'Do I need to book a lane?',
    [
      j(
        'Walk-ins are always welcome, but Friday and Saturday evenings are usually fully booked. Booking online guarantees your',
        'lane and lets you pre-order food to be ready when you arrive.',
      ),
    ],
  ],
  ['How many people can bowl on one lane?', ['Up to eight bowlers per lane. For bigger groups we will put you on neighbouring lanes.']],
  [
    'Is there a minimum age?',
    [
      j(
        'No, bowlers of all ages are welcome. We have lightweight balls from 6 lb, ball ramps and bumpers for younger players.',
        'Under 18s must be with an adult after 8 pm.',
      ),
    ],
  ],
  [
    'Do I have to wear bowling shoes?',
    [j('Yes. Bowling shoes protect the approach and are included in the price of every game. If you have your own pair, you are', 'welcome to wear them.')],
  ],
  [
    'Can I bring my own food or cake?',
    ['Outside food and drink are not allowed, with one exception: you may bring a birthday cake for a booked party. We provide plates and a cake knife.'],
  ],
  [
    'Is the venue accessible?',
    [
      j(
        'Yes. All lanes are on the ground floor, we have an accessible toilet on each side of the venue, and ball ramps are',
        'available on every lane for bowlers who use wheelchairs.',
      ),
    ],
  ],
];
const fNav = ['Bowl', 'Eat & Drink', 'Parties', 'Corporate', 'FAQ'];
const fFoot = ['Bowl', 'Parties', 'Careers', 'Privacy Policy', 'Cookie Policy'];
const fItems = fFaq
  .map(
    ([q, a], i) => `<div role="listitem" class="faq-item w-dyn-item"><div class="faq-question-wrap"><h3 class="faq-question">${q}</h3></div>
<div class="faq-answer w-richtext">${ps(a)}</div><div class="faq-divider"></div><div class="w-condition-invisible faq-link-wrap">
<a href="#" class="faq-link w-inline-block" data-index="${i}">Read more</a></div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jan 14 2025 10:21:08 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tenpinsocial.example" data-wf-page="6523e1b4a7f0c2d19a3e55f1" data-wf-site="6523e1b4a7f0c2d19a3e5580" lang="en"><head>
<meta charset="utf-8">
<title>FAQ | Tenpin Social – Bowling, Bar &amp; Kitchen</title><meta content="Answers to common questions about bowling at Tenpin Social." name="description">
<meta content="FAQ | Tenpin Social" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6523e1b4a7f0c2d19a3e5580/css/tenpin-social.webflow.8a2c1f4e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to book a lane?"}]}</script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device
to enhance site navigation, analyze site usage, and assist in our marketing efforts. View our <a href="/privacy-policy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6523e1b4a7f0c2d19a3e5580/6523e2c0b1d4_logo.svg" loading="lazy"
alt="Tenpin Social" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t === 'FAQ' ? 'faq' : t.toLowerCase().replace(/ & /g, '-')}"
class="nav-link w-nav-link${t === 'FAQ' ? ' w--current' : ''}"${t === 'FAQ' ? ' aria-current="page"' : ''}>${t.replace(/&/g, '&amp;')}</a>`,
  )
  .join('')}
<a href="/book" class="button nav-button w-button">Book Now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><h1 class="heading-xl">${fTitle}</h1><p class="hero-paragraph">${fIntro}</p></div>
</section>
<section class="section faq"><div class="container w-container"><div class="faq-collection w-dyn-list">
<div role="list" class="faq-list w-dyn-items">${fItems}</div></div></div></section>
<section class="section cta"><div class="container w-container"><div class="cta-wrap"><h2 class="heading-l">Ready to roll?</h2>
<p class="cta-paragraph">Lanes from £7.50 per person. Book online in under a minute.</p>
<a href="/book" class="button w-button">Book a Lane</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-heading">Visit</div>
<p class="footer-text">Tenpin Social, 14 Cooper’s Yard, Eastbridge EB1 4QP</p><p class="footer-text">Open daily 11am – midnight</p></div>
<div class="footer-col"><div class="footer-heading">Explore</div>${fFoot
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div></div>
<div class="footer-bottom"><div class="copyright">© 2025 Tenpin Social Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6523e1b4a7f0c2d19a3e5580"
type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6523e1b4a7f0c2d19a3e5580/js/webflow.4f1c9e27.js" type="text/javascript"></script></body></html>`;
const tenpin: TestPage = {
  name: 'heldout565-webflow-bowling-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fFaq.map(([q]) => q),
  body: [fIntro, ...fFaq.flatMap(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    j('By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage,',
      'and assist in our marketing efforts. View our Privacy Policy for more information.'),
    'Preferences', 'Deny', 'Accept', ...fNav, 'Book Now', 'Ready to roll?', 'Lanes from £7.50 per person. Book online in under a minute.', 'Book a Lane',
    'Visit', 'Tenpin Social, 14 Cooper’s Yard, Eastbridge EB1 4QP', 'Open daily 11am – midnight', 'Explore', ...fFoot,
    '© 2025 Tenpin Social Ltd. All rights reserved.',
  ], [fTitle, fIntro, ...fFaq.flatMap(([q, a]) => [q, ...a])]),
};

export const HELDOUT565_E: readonly TestPage[] = [rollerdome, tenpin];
