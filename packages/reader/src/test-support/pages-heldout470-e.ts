import { links, type TestPage } from './page-kit.js';
import { at, clean, j, lis } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file e: a barber shop's blog post on Ghost (Casper theme, with the members subscribe box and read-more
 * cards), and a lash studio's aftercare page on GoDaddy Websites + Marketing.
 */
const gTitle = 'The Skin Fade, Explained: What to Ask For';
const gDek = 'Low, mid or high? Zero or a half? A barber’s guide to getting the fade you actually want.';
const gBody = [
  j(
    'The skin fade is still the most requested cut in our chair, and still the one that causes the most confusion. Clients show us a',
    'photo, we nod, and twenty minutes later one of us is surprised. Most of the time it comes down to three words: where, how short,',
    'and how long on top.',
  ),
  'Where the fade starts',
  j(
    'A low fade starts just above the ear and follows the hairline round the back. It is the safest choice for offices and for anyone',
    'growing out a longer cut. A mid fade starts around the temple, halfway up the side of the head. A high fade starts near the',
    'parting line and takes almost all the hair off the sides.',
  ),
  'How short it goes',
  j(
    'A true skin fade goes down to the skin with a foil shaver or a razor. A zero fade stops at clipper length, which leaves a faint',
    'shadow. If you have a sensitive scalp, are prone to razor bumps or have never had your head shaved, start with a zero.',
  ),
  'Things to tell your barber',
  'How often you can come back: a skin fade looks sharp for about ten days.',
  'Whether you want the line-up at the front pushed back or kept natural.',
  'If there are scars, a double crown or a flat spot at the back we should work around.',
  'How you style the top: a textured crop and a slick back need different lengths.',
  j(
    'And bring a photo, but bring one of someone with hair like yours. A fade on straight, fine hair looks very different on thick,',
    'curly hair, and that is the photo that causes the surprises.',
  ),
];
const gCallout = 'Book a 15-minute fade refresh between full cuts. It keeps the sides tight for £14.';
const gH = [1, 3, 5];
const gList = [6, 7, 8, 9];
const gContent = gBody
  .map((t, i) =>
    gH.includes(i) ? `<h2 id="h-${i}">${t}</h2>` : gList.includes(i) ? (i === 6 ? `<ul>${lis(gList.map((k) => at(gBody, k)))}</ul>` : '') : `<p>${t}</p>`,
  )
  .join('\n');
const gNav = ['Home', 'Book', 'Prices', 'The Journal', 'About'];
const gRead: [string, string, string, string][] = [
  ['Beard Oil or Beard Balm? Our Honest Take', 'Which one you need depends on your beard, not the label.', 'Dec 2, 2026', '4 min read'],
  ['Five Questions to Ask a New Barber', 'Before the clippers come out, have this conversation.', 'Nov 14, 2026', '3 min read'],
  ['Why We Stopped Using Talc', 'Our neck powder is now talc-free. Here is why.', 'Oct 28, 2026', '2 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.oldquaybarbers.com/assets/built/screen.css?v=b2d4e0c8a1">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.oldquaybarbers.com/skin-fade-explained/">
<meta property="og:site_name" content="Old Quay Barbers"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-01-19T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Old Quay Barbers"},
"author":{"@type":"Person","name":"Dez Marlowe"},"headline":"${gTitle}","datePublished":"2027-01-19T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79">
<link rel="alternate" type="application/rss+xml" title="Old Quay Barbers" href="https://journal.oldquaybarbers.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.oldquaybarbers.com/"
data-key="a1b2c3d4e5f6" data-api="https://old-quay.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style></head>
<body class="post-template tag-grooming has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-head-left-logo"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.oldquaybarbers.com">Old Quay Barbers</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg>
</button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-grooming image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/grooming/">Grooming</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/dez/" class="author-avatar" aria-label="Read more of Dez Marlowe">
<img class="author-profile-image" src="/content/images/size/w100/2025/05/dez.jpg" alt="Dez Marlowe"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/dez/">Dez Marlowe</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-01-19">Jan 19, 2027</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/01/fade.jpg 600w" src="/content/images/size/w2000/2027/01/fade.jpg" alt="Barber
finishing a skin fade">
<figcaption><span style="white-space: pre-wrap;">A mid skin fade, finished with a foil shaver.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${gContent}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💈</div><div class="kg-callout-text">${gCallout}</div></div></section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, e, d, r], i) => `<article class="post-card post"><a class="post-card-image-link"
href="/p${i}/"><img class="post-card-image" src="/content/images/size/w300/r${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Grooming
</span></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-1${i}">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.oldquaybarbers.com">Old Quay Barbers</a> &copy; 2027
</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.oldquaybarbers.com/assets/built/casper.js?v=b2d4e0c8a1"></script></body></html>`;
const ghost: TestPage = clean({
  name: 'heldout470-ghost-barber-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gH.includes(i)), gCallout],
  bylines: ['Dez Marlowe', 'Jan 19, 2027', '• 5 min read', ...gRead.flatMap(([, , d, r]) => [d, r])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Old Quay Barbers', ...gNav, 'Sign in', 'Subscribe', 'Grooming', 'A mid skin fade, finished with a foil shaver.', 'Sign up for more like this.',
    'Enter your email', ...gRead.flatMap(([t, e]) => [t, e]), 'Old Quay Barbers © 2027', 'Sign up', 'Powered by Ghost',
  ],
});

const yTitle = 'Lash Extension Aftercare';
const yIntro = j(
  'Looking after your lashes at home is the biggest factor in how long they last. Follow these steps and most clients get three to',
  'four weeks of wear before an infill.',
);
const yItems: [string, string][] = [
  ['Keep them dry for 24 hours', 'The adhesive keeps curing for a full day. Avoid water, steam, saunas and heavy sweating until then.'],
  ['Cleanse every day', 'Use an oil-free lash foam and a soft brush once a day. Clean lashes hold on longer and keep your lash line healthy.'],
  ['Brush, don’t rub', 'Brush through gently with a clean spoolie each morning. Never rub your eyes or pull at the lashes.'],
  ['No oils near the eyes', 'Oil-based make-up removers, serums and creams break down the bond. Check labels before you buy.'],
  ['Sleep on your back', 'Sleeping face-down crushes the fans. A silk pillowcase helps if you roll over in the night.'],
  ['Book your infill', 'Infills every two to three weeks keep your set full. If more than half your lashes have shed, you will need a new set.'],
];
const yNav = ['Home', 'Book Online', 'Lash Menu', 'Aftercare', 'Contact Us'];
const yUx = (
  ux: string,
  tag: string,
  aid: string,
  inner: string,
): string => `<${tag} data-ux="${ux}" data-aid="${aid}" class="x-el x-el-${tag} c1-1 c1-2 c1-b c1-c
c1-d c1-e c1-f c1-g c1-h c1-i c1-j c1-k c1-l c1-m">${inner}</${tag}>`;
const yCards = yItems
  .map(
    (
      [h, t],
      i,
    ) => `<div data-ux="GridCell" class="x-el x-el-div c1-1 c1-2 c1-2n c1-2o c1-2p c1-b c1-c c1-d c1-e"><div data-ux="ContentCard" data-aid="CONTENT_CARD_${i}"
class="x-el x-el-div c1-1 c1-2 c1-b c1-c c1-d">${yUx('ContentCardHeading', 'h4', `CONTENT_ITEM_TITLE_RENDERED${i}`, h)}
<div data-ux="ContentCardText" data-aid="CONTENT_ITEM_DESCRIPTION_RENDERED${i}" class="x-el x-el-div c1-1 c1-2 c1-b c1-c c1-d c1-e x-rt"><p style="margin:0">
<span>${t}</span></p></div></div></div>`,
  )
  .join('\n');
const yHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Lash Extension Aftercare</title><meta name="author" content="Lash Loft by Priya"/>
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/>
<meta property="og:url" content="https://lashloftbypriya.co.uk/aftercare"/><meta property="og:site_name" content="Lash Loft by Priya"/>
<meta property="og:title" content="Lash Extension Aftercare"/><meta property="og:type" content="website"/>
<script type="text/javascript" src="//img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated&amp;features=default"></script>
<style data-glamor="cxs-default-sheet">.x .c1-1{letter-spacing:normal}.x .c1-2{text-transform:none}.x .c1-b{font-family:'Montserrat', arial, sans-serif}</style>
<script>window.cxs && window.cxs.setOptions({ prefix: "c2-" });</script></head>
<body class="x  x-fonts-montserrat"><div id="layout-a1b2c3d4" class="layout layout-layout layout-layout-layout-10 locale-en-GB lang-en">
<div data-ux="Page" id="page-1822" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4 c1-5 c1-6 c1-7 c1-8 c1-9 c1-a c1-b c1-c c1-d c1-e c1-f c1-g">
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g"><div id="9f1e-header" class="widget widget-header widget-header-header-9">
<div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="x-el x-el-div x-el x-el c1-1 c1-2 c1-b c1-c c1-d c1-e"><div data-ux="Block"
class="x-el x-el-div c1-1 c1-2 c1-b"><section data-ux="Section" data-aid="HEADER_SECTION" class="x-el x-el-section c1-1 c1-2 c1-b c1-c">
<div data-ux="Container" class="x-el x-el-div c1-1 c1-2 c1-b"><div data-ux="Block" class="x-el x-el-div c1-1">
<a rel="" role="link" aria-haspopup="menu" data-ux="Link"
data-page="9f1e" title="Lash Loft by Priya" href="/" data-typography="LinkAlpha" data-tccl="ux2.HEADER.header9.Logo.Default.Link.Default.21005.click,click"
class="x-el x-el-a c1-1 c1-2 c1-b"><div data-ux="Block" class="x-el x-el-div c1-1"><span data-ux="LogoHeading" data-aid="HEADER_LOGO_TEXT_RENDERED"
class="x-el x-el-h3 c1-1 c1-2 c1-b">Lash Loft by Priya</span></div></a></div>
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1 c1-2 c1-b">${yNav
  .map(
    (t) => `<div data-ux="Block" class="x-el x-el-div nav-item c1-1 c1-2">
<a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target="" data-page="p-${t.length}"
data-edit-interactive="true" href="/${t.toLowerCase().replace(/ /g, '-')}" data-typography="NavAlpha" class="x-el x-el-a c1-1 c1-2 c1-b
c1-c${t === 'Aftercare' ? ' c1-z' : ''}"
data-tccl="ux2.HEADER.header9.Nav.Default.Link.Default.${t.length}.click,click">${t}</a></div>`,
  )
  .join('')}</nav></div></section></div></div></div>
<div id="b3c4-content" class="widget widget-content widget-content-content-4"><div data-ux="WidgetBanner" class="x-el x-el-div c1-1 c1-2 c1-b">
<section data-ux="Section" class="x-el x-el-section c1-1 c1-2 c1-b c1-c c1-d"><div data-ux="Container" class="x-el x-el-div c1-1 c1-2 c1-b">
${yUx('SectionHeading', 'h1', 'CONTENT_SECTION_TITLE_RENDERED', `<span>${yTitle}</span>`)}
<div data-ux="ContentText" data-aid="CONTENT_DESCRIPTION_RENDERED" class="x-el x-el-div c1-1 c1-2 c1-b c1-c x-rt"><p style="margin:0"><span>${yIntro}</span>
</p></div>
<div data-ux="Grid" class="x-el x-el-div c1-1 c1-2 c1-2k c1-2l c1-2m">${yCards}</div>
<a data-ux="Button" data-aid="CONTENT_CTA_BUTTON" href="/book-online" data-typography="ButtonAlpha" class="x-el x-el-a c1-1 c1-2 c1-b c1-c c1-2w">Book Your
Infill</a>
</div></section></div></div>
<div id="e5f6-footer" class="widget widget-footer widget-footer-footer-3"><div data-ux="Widget" role="contentinfo" class="x-el x-el-div c1-1 c1-2 c1-b">
<section data-ux="Section" class="x-el x-el-section c1-1 c1-2 c1-b"><div data-ux="Container" class="x-el x-el-div c1-1 c1-2">
${yUx('FooterText', 'p', 'FOOTER_COPYRIGHT_RENDERED', '<span>Copyright © 2027 Lash Loft by Priya - All Rights Reserved.</span>')}
<ul data-ux="List" class="x-el x-el-ul c1-1"><li data-ux="ListItem" class="x-el x-el-li c1-1"><a rel="" role="link" data-ux="FooterLink" href="/privacy-policy"
data-typography="LinkAlpha" class="x-el x-el-a c1-1">Privacy Policy</a></li></ul>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED_LINK" class="x-el x-el-p c1-1 c1-2"><span>Powered by <a rel="nofollow noopener" role="link"
target="_blank" href="https://www.godaddy.com/websites/website-builder" data-typography="LinkAlpha" class="x-el x-el-a c1-1">GoDaddy</a></span></p></div>
</section></div></div>
<div id="f7a8-cookie" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="COOKIE_BANNER" class="x-el x-el-div c1-1 c1-2 c1-3k c1-3l">
<p data-ux="Text" data-aid="COOKIE_BANNER_TITLE" class="x-el x-el-p c1-1 c1-2"><strong>This website uses cookies.</strong></p>
<p data-ux="Text" data-aid="COOKIE_BANNER_TEXT" class="x-el x-el-p c1-1 c1-2">We use cookies to analyze website traffic and optimize your website experience.
By accepting our
use of cookies, your data will be aggregated with all other user data.</p>
<a data-ux="Button" data-aid="COOKIE_BANNER_ACCEPT" href="#" class="x-el x-el-a c1-1 c1-2">Accept</a>
</div></div></div></div></div>
<script type="text/javascript">window.wsb={};window.wsb["Theme10"]=true;document.getElementById('page-1822').setAttribute('data-loaded','true');</script>
</body></html>`;
const godaddy: TestPage = clean({
  name: 'heldout470-godaddy-lash-aftercare',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: yItems.map(([h]) => h),
  body: [yIntro, ...yItems.map(([, t]) => t)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lash Loft by Priya', ...yNav, 'Book Your Infill', 'Copyright © 2027 Lash Loft by Priya - All Rights Reserved.', 'Privacy Policy', 'Powered by GoDaddy',
    'This website uses cookies.',
    j('We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your data will be',
      'aggregated with all other user data.'), 'Accept',
  ],
});

export const HELDOUT470_E: readonly TestPage[] = [ghost, godaddy];
