import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout510-kit.js';

/**
 * Held-out batch 510, file c: a food truck's blog post on Ghost (Casper theme, members portal, read-more cards), and a caterer's
 * FAQ page on Webflow whose answers are collapsed by Webflow interactions (inline height:0).
 */
const gTitle = 'One year on wheels: what we got wrong about pricing';
const gDek = 'We opened with prices we copied from the truck next door. Twelve months later, here is what the numbers taught us.';
const gHeads = ['We priced for the line, not the ticket', 'Food cost is only half the story', 'What we charge now'];
const gBlocks = [
  j(
    'When Dumpling Drift first parked outside the Carver Street brewery last April, we charged $9 for six dumplings because that is',
    'what everyone else seemed to charge for a plate. We sold out on the first night and thought we were geniuses.',
  ),
  j(
    'By August we had worked out that we were losing about forty cents on every plate of pork and chive once we counted the',
    'gas for the generator, the commissary rent and the card fees. Selling out faster only meant losing money faster.',
  ),
  j(
    'A long line feels like success, but it hides the real number, which is the average ticket. On a busy Friday we served',
    '210 people and the average ticket was $10.40. Most people bought one plate and nothing else.',
  ),
  j(
    'We added a $4 side of smashed cucumber and a $3 house lemonade, and trained ourselves to mention them at the window.',
    'Within a month the average ticket was $14.10, with the same number of people in the line.',
  ),
  j(
    'We had been told to keep food cost under 30 percent, and we did. What nobody told us was how much the truck itself costs',
    'to run. Our list, per service day:',
  ),
  'Commissary kitchen and parking: $48',
  'Generator fuel and propane: $31',
  'Event and market fees: $40 to $150',
  'Card processing: about 3 percent of sales',
  j(
    'Once we added those up, a quiet Tuesday at the tech park was costing us more than it earned. We dropped Tuesdays',
    'and moved the prep work there instead.',
  ),
  j(
    'A plate of six dumplings is now $12, or $13 for the chilli crisp beef. Combos with a side and a drink are $17.',
    'We lost a few regulars, and we miss them, but the truck pays both of us a wage for the first time.',
  ),
  'If you run a truck and want to compare notes, our email is at the bottom of the page. We are happy to share the spreadsheet.',
];
const gBody = [gDek, ...gBlocks];
const gNav = ['Home', 'Menu', 'Schedule', 'Catering', 'About'];
const gCards: readonly (readonly [string, string, string])[] = [
  ['The generator that nearly ended us', 'Mar 2, 2027', '5 min read'],
  ['Our chilli crisp, finally written down', 'Jan 18, 2027', '3 min read'],
];
const gList = (items: readonly string[]): string => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f3a1c2d9e"><link rel="canonical"
href="https://dumplingdrift.example/one-year-on-wheels/">
<meta name="generator" content="Ghost 5.82"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-04-12T15:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Dumpling Drift"},
"author":{"@type":"Person","name":"Keiko Farrant"},"headline":"${gTitle}","datePublished":"2027-04-12T15:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://dumplingdrift.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:40px 4vw}</style></head>
<body class="post-template tag-behind-the-scenes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://dumplingdrift.example">Dumpling Drift</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-behind-the-scenes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/behind-the-scenes/">Behind the scenes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/keiko/" class="author-avatar" aria-label="Read more of Keiko Farrant"><img class="author-profile-image"
src="/content/images/size/w100/keiko.jpg" alt="Keiko Farrant"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/keiko/">Keiko Farrant</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-04-12">Apr 12, 2027</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/truck.jpg 300w, /content/images/size/w600/truck.jpg 600w"
src="/content/images/size/w2000/truck.jpg" alt="The truck at night">
<figcaption><span style="white-space: pre-wrap;">Our first night at the Carver Street brewery, April 2026.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBlocks.slice(0, 2))}
<h2 id="we-priced-for-the-line-not-the-ticket">${gHeads[0]}</h2>${ps(gBlocks.slice(2, 4))}
<h2 id="food-cost-is-only-half-the-story">${gHeads[1]}</h2>${ps(gBlocks.slice(4, 5))}${gList(gBlocks.slice(5, 9))}${ps(gBlocks.slice(9, 10))}
<h2 id="what-we-charge-now">${gHeads[2]}</h2>${ps(gBlocks.slice(10))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([
      t,
      d,
      r,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><img class="post-card-image"
src="/content/images/card.jpg" alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-01">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://dumplingdrift.example">Dumpling Drift</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Catering enquiries', 'Email us'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f3a1c2d9e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout510-ghost-truck-pricing-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gBody,
  bylines: ['Keiko Farrant', 'Apr 12, 2027', 'Mar 2, 2027', 'Jan 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dumpling Drift', ...gNav, 'Sign in', 'Subscribe', 'Behind the scenes', '4 min read', 'Our first night at the Carver Street brewery, April 2026.',
    'Sign up for more like this.', 'Enter your email', ...gCards.flatMap(([t, , r]) => [t, r]), '© 2027', 'Catering enquiries', 'Email us', 'Powered by Ghost',
  ],
};

const fTitle = 'Frequently Asked Questions';
type Qa = readonly [q: string, a: string];
const fGroups: readonly (readonly [string, readonly Qa[]])[] = [
  [
    'Booking',
    [
      ['How far ahead should we book?', 'Weddings usually book six to twelve months ahead. For office lunches, a week’s notice is normally enough.'],
      ['Is there a minimum order?', 'Our minimum is 25 guests for staffed events and 10 guests for drop-off platters.'],
      ['What deposit do you take?', 'We take 25% to hold your date. The balance is due seven days before the event, along with final numbers.'],
    ],
  ],
  [
    'Food & dietary needs',
    [
      ['Can you cater for allergies?', 'Yes. We label every dish and can prepare separate plates for guests with allergies, cooked first and sealed.'],
      ['Do you offer tastings?', 'Couples booking a wedding get a tasting for two at our Fennick Road kitchen. Extra guests are $40 each.'],
    ],
  ],
];
const fIntro = 'Can’t find your answer here? Drop us a line and we’ll reply within one working day.';
const fNav = ['Home', 'Menus', 'Weddings', 'FAQ', 'Contact'];
const fQa = ([
  q,
  a,
]: Qa): string => `<div data-w-id="7c2f1a3e-9b4d-2e61-a0f5-${q.length}b" class="faq-item"><div class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://assets-global.website-files.com/64b1/plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div style="height:0px" class="faq-answer"><p class="faq-paragraph">${a}</p></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 09 2027 10:14:22 GMT+0000 -->
<html data-wf-domain="www.bramblefork.example" data-wf-page="64b1c2d3e4f5a6b7c8d9e0f1" data-wf-site="64b1c2d3e4f5a6b7c8d9e0a2"><head><meta charset="utf-8">
<title>FAQ | Bramble &amp; Fork Catering</title><meta content="Answers about booking, deposits, tastings and dietary needs." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64b1c2d3e4f5a6b7c8d9e0a2/css/bramblefork.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,
document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64b1/logo.svg" loading="lazy" alt="Bramble &amp; Fork"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="/contact" class="button nav-button w-button">Get a Quote</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-faq"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p
class="paragraph-hero">${fIntro}</p></div></section>
<section class="section faq"><div class="container w-container">
${fGroups
  .map(
    ([h, qas]) => `<div class="faq-group"><h2 class="faq-group-heading">${h.replace(/&/g, '&amp;')}</h2><div
class="faq-list">${qas.map(fQa).join('\n')}</div></div>`,
  )
  .join('\n')}
</div></section>
<section class="section cta"><div class="container w-container"><div class="cta-wrapper"><h2 class="cta-heading">Ready to start planning?</h2>
<a href="/contact" class="button w-button">Get a Quote</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div
class="footer-text">Bramble &amp; Fork Catering · 77 Fennick Road, Ashcombe</div>
<div class="footer-links">${fNav.map((n) => `<a href="/${n.toLowerCase()}" class="footer-link">${n}</a>`).join('')}</div></div>
<div class="footer-copyright">© 2027 Bramble &amp; Fork. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64b1c2d3e4f5a6b7c8d9e0a2" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64b1c2d3e4f5a6b7c8d9e0a2/js/webflow.4b2c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout510-webflow-catering-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([h, qas]) => [h, ...qas.map(([q]) => q)]),
  body: texts([fIntro, ...fGroups.flatMap(([, qas]) => qas.map(([, a]) => a))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a Quote', 'Ready to start planning?', 'Bramble & Fork Catering · 77 Fennick Road, Ashcombe', '© 2027 Bramble & Fork. All rights reserved.',
  ],
};

export const HELDOUT510_C: readonly TestPage[] = [ghost, webflow];
