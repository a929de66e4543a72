import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file c: a bookbinder's workshop diary post on a Wix blog (Ricos viewer, views and comments widgets),
 * and an edition binding service page for small presses built in Webflow (rich text, FAQ, quote form).
 */
const wxTitle = 'Twelve people, one weekend, twelve Coptic-bound notebooks';
const wxParas = [
  j(
    'Last weekend the studio was full for the first time since we moved to the mill. Twelve of you came to learn Coptic stitch,',
    'and all twelve went home with a finished notebook, which has never happened before.',
  ),
  j(
    'We started on Saturday morning by folding and tearing the paper down to size. Tearing against a ruler gives that soft deckle',
    'edge, and several people decided they liked it better than a cut edge.',
  ),
  j(
    'The afternoon was spent on the boards: grey board covered with bookcloth or with the marbled papers that Wren made in the',
    'spring. Sunday was all sewing. The first two stations are always the hardest; after the kettle stitch clicks, it gets easier.',
  ),
  'A few things people asked about, for anyone who missed it:',
  'The thread was 18/3 waxed linen. A 4-ply Irish linen works too if you wax it yourself.',
  'Curved needles help with the chain at the spine but are not essential.',
  'Punch the stations through all sections at once with a cradle, not one at a time.',
  'The next weekend course is in November. Places go quickly, so join the mailing list if you want to hear first.',
];
const wxNav = ['Home', 'Courses', 'Commissions', 'Blog', 'Shop', 'About'];
const wxRecent = ['Marbling with carrageen: first attempts', 'A visit to the paper mill at Oxlade'];
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wxTitle}</title>
<meta name="description" content="Last weekend the studio was full for the first time since we moved to the mill.">
<link rel="canonical" href="https://www.wrenandmosse.com/post/coptic-weekend">
<meta property="og:type" content="article"><meta property="article:author" content="Wren Mosse">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wxTitle}","author":{"@type":"Person",
"name":"Wren Mosse"},"datePublished":"2026-05-12T16:20:00.000Z"}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{}}},"language":"en"};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}#comp-lq1{--txt:#2b2b2b}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-lq1" class="KcpHeO tz5f0K comp-lq1 wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text">WREN &amp; MOSSE</span></p></div>
<p class="font_8 wixui-rich-text__text" id="comp-lq2">hand bookbinding &amp; paper</p>
<wix-dropdown-menu id="comp-lq3" class="XwCBRN NHM1d1 comp-lq3 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site">
<ul class="Vq4wYb" id="comp-lq3itemsContainer">${wxNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item">
<a data-testid="linkElement" href="/${t.toLowerCase()}" class="UiHgGh"><div class="itemDepth02233374943__itemWrapper">
<p class="itemDepth02233374943__label">${t}</p></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX">
<div id="TPASection_ikhqd9da" class="TPASection_ikhqd9da">
<div data-hook="post-page" class="blog-post-page-font"><section data-hook="post-container"><article class="blog-post-page-font post-content" data-hook="post">
<div class="post-header"><div data-hook="post-metadata" class="post-metadata"><div class="avatar-container">
<img src="https://static.wixstatic.com/media/avatar.jpg" alt="Writer's picture"></div>
<div class="author-info"><span data-hook="user-name" class="user-name blog-post-text-color">Wren Mosse</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="May 12, 2026">May 12, 2026</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">2 min read</span></li></ul></div>
<div class="more-button"><button aria-label="More actions" data-hook="more-button"><svg></svg></button></div></div>
<h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">${wxTitle}</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="rich-content-viewer" data-id="rich-content-viewer" dir="ltr"><div class="_3xFOI">
${wxParas
  .slice(0, 4)
  .map(
    (t) =>
      `<div type="paragraph" class="_2Tf0r"><p class="mm8Nw _1j-51 Zu_2d" dir="auto" id="viewer-p${t.length}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p></div>`,
  )
  .join('\n')}
<ul class="_3pvKK public-DraftStyleDefault-ul">${lis(wxParas.slice(4, 7), 'AvN8V _1j-51')}</ul>
<div type="paragraph" class="_2Tf0r"><p class="mm8Nw _1j-51" dir="auto"><span class="_2PHJq">${wxParas[7]}</span></p></div></div></div></div>
<div class="post-footer"><div class="post-main-actions"><div class="social-share" data-hook="social-share">
<button aria-label="Share via Facebook" class="share-button"></button>
<button aria-label="Share via LinkedIn" class="share-button"></button><button aria-label="Copy link" class="share-button"></button></div></div>
<div class="post-tags"><ul aria-label="Tags"><li><a href="/blog/tags/coptic" class="tag-link">coptic</a></li><li>
<a href="/blog/tags/workshops" class="tag-link">workshops</a></li></ul></div>
<div class="post-stats" data-hook="post-stats"><span data-hook="view-count">46 views</span><span data-hook="comment-count">0 comments</span>
<div class="like-button-with-count"><span data-hook="like-button-with-count__like-count">3</span>
<button aria-label="Post not marked as liked" class="like-button"></button></div></div></div>
</article></section>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all">See All</a></div>
<div class="recent-posts__list">${wxRecent
  .map(
    (t) => `<div class="post-list-item"><a href="/post/x"><h3 class="post-title" data-hook="post-title">${t}</h3>
</a><div class="post-stats"><span>12 views</span><span>0 comments</span></div></div>`,
  )
  .join('')}</div></section>
<section class="comments" data-hook="comments"><h2 class="comments__title">Comments</h2><div class="comments-box">
<button data-hook="comment-box-placeholder">Write a comment...</button></div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
<div id="comp-lq9" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Unit 4, Caddow Mill, Ferrington</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Wren &amp; Mosse. Proudly created with Wix.com</p></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="region" aria-label="Cookie banner" data-hook="ccsu-banner-wrapper">
<p data-hook="ccsu-banner-text">This website uses cookies. By clicking Accept, you agree to our use of such cookies.</p>
<button data-hook="ccsu-banner-settings-button">Settings</button><button data-hook="ccsu-banner-accept-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" defer></script></body></html>`;
const wix: TestPage = {
  name: 'heldout614-wix-coptic-weekend',
  kind: 'blog',
  html: wxHtml,
  title: wxTitle,
  headings: [],
  body: wxParas,
  bylines: ['Wren Mosse', 'May 12, 2026', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'WREN & MOSSE', 'hand bookbinding & paper', ...wxNav, 'coptic', 'workshops', '46 views', '0 comments', '3', 'Recent Posts', 'See All', ...wxRecent,
    '12 views', 'Comments', 'Write a comment...', 'Unit 4, Caddow Mill, Ferrington', '© 2026 by Wren & Mosse. Proudly created with Wix.com',
    'This website uses cookies. By clicking Accept, you agree to our use of such cookies.', 'Settings', 'Accept',
  ],
};

const wfTitle = 'Edition binding for small presses';
const wfDek = 'Runs of 50 to 500 copies, sewn by hand and cased in cloth, for poets, private presses and artists’ books.';
const wfH = ['What we bind', 'How an edition job runs', 'Turnaround and pricing', 'Questions we are often asked'];
const wfWhat = [
  'Sewn case bindings in bookcloth or paper over boards',
  'Quarter-bound editions with a cloth spine and printed paper sides',
  'Slipcases and simple clamshell boxes for special copies',
  'Pamphlet sewing for chapbooks, with or without a wrapper',
];
const wfRun = [
  j(
    'Send us your folded and collated sheets, or ask us to fold them for you. We make up a blank dummy from your paper first',
    'so that you can check the feel and the opening before we sew a single copy.',
  ),
  j(
    'Once you approve the dummy we sew the edition in batches of fifty, case it in, and press every copy overnight. You can',
    'visit the bindery at any point to see the work in progress.',
  ),
];
const wfPrice = [
  j(
    'Most editions of 100 copies take four to six weeks from approval of the dummy. Prices depend on format and materials; as',
    'a guide, a cloth case binding in crown octavo starts at £14 a copy for 100 copies, and less per copy for longer runs.',
  ),
];
const wfFaq = [
  ['Can you blocking-foil the spine?', 'Yes. We make brass dies from your artwork and block in gold, silver, black or blind.'],
  ['Do you print as well?', 'No, we only bind. We are happy to suggest letterpress and offset printers we have worked with.'],
  ['Will you bind a single copy?', 'For a dissertation or a one-off artist’s book, yes, but it is priced as a commission.'],
];
const wfNav = ['Edition binding', 'Commissions', 'Conservation', 'Studio', 'Journal'];
const wfFoot = ['Instagram', 'Newsletter', 'Privacy'];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Apr 07 2026 10:22:31 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.quirebindery.com" data-wf-page="65f1c2a9d0b3e1a7c4e2a911" data-wf-site="65f1c2a9d0b3e1a7c4e2a8f0" lang="en"><head>
<meta charset="utf-8">
<title>Edition binding | Quire Bindery</title><meta content="${wfDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c2a9/css/quire-bindery.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65f1c2a9/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><div class="brand-text">Quire Bindery</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="#quote" class="nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Services</div>
<h1 class="hero-heading">${wfTitle}</h1><p class="hero-paragraph">${wfDek}</p></div></section>
<section class="content-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${wfH[0]}</h2><ul role="list">${lis(wfWhat)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65f1c2a9/edition-stack.jpg" loading="lazy" alt=""></div>
<figcaption>An edition of 120 copies waiting to be cased in.</figcaption></figure>
<h2>${wfH[1]}</h2>${ps(wfRun)}<h2>${wfH[2]}</h2>${ps(wfPrice)}</div>
<h2 class="faq-heading">${wfH[3]}</h2><div class="faq-wrapper">
${wfFaq.map(([q, a]) => `<div class="faq-item"><h3 class="faq-question">${q}</h3><p class="faq-answer">${a}</p></div>`).join('\n')}</div></div></section>
<section id="quote" class="quote-section"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="quote-heading">Ask for a quote</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="quote-form" aria-label="Email Form">
<label for="name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name">
<label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email" id="email" required="">
<label for="project" class="field-label">Tell us about the edition</label><textarea id="project" name="project" maxlength="5000" class="textarea w-input">
</textarea>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div>
</div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid">
<div class="footer-address">Quire Bindery<br>2 Tanyard Row, Beckholm</div>
<div class="footer-links">${wfFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Quire Bindery Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c2a9d0b3e1a7c4e2a8f0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1c2a9/js/webflow.7b3c2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout614-webflow-edition-binding',
  kind: 'docs',
  html: wfHtml,
  title: wfTitle,
  headings: [...wfH, ...wfFaq.map(([q]) => q ?? '')],
  body: texts([wfDek, ...wfWhat, ...wfRun, ...wfPrice, ...wfFaq.map(([, a]) => a ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quire Bindery', 'Edition binding', 'Commissions', 'Conservation', 'Studio', 'Journal', 'Get a quote', 'Services',
    'An edition of 120 copies waiting to be cased in.', 'Ask for a quote', 'Name', 'Email address', 'Tell us about the edition',
    '2 Tanyard Row, Beckholm', ...wfFoot, '© 2026 Quire Bindery Ltd.',
  ],
};

export const HELDOUT614_C: readonly TestPage[] = [wix, webflow];
