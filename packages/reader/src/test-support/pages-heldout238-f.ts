import { links, ps, type TestPage, texts } from './page-kit.js';
import { wwd } from './pages-heldout238-f2.js';

/**
 * Held-out batch 238, file f: a hair salon's blog post built with Wix (a page builder: absolutely positioned comp-* boxes
 * and data-hook markup of the Wix Blog and its rich content viewer): the site header with the "Book Now" button, the post
 * with the author, date and read time, the post body, the share buttons, the post footer with views and likes, "Recent
 * Posts", the comment box, the footer and the "Made with Wix" ad; and, from file f2, a WWD-style runway report.
 */
const xTitle = 'How to Keep Your Balayage Bright Between Appointments';
const xIntro = [
  `You have just left the chair with the balayage of your dreams, soft, sun-kissed and blended right up to the root. Six weeks later it has
turned brassy, dry at the ends and a shade darker than you wanted. Sound familiar? The good news is that most of that fading happens at home,
which means most of it can be prevented.`,
  `Our senior colourist Marisol has been lightening hair at Willow & Vine for eleven years. Here are her rules for keeping it bright.`,
];
const xH = [
  'Wait before the first wash',
  'Cool water and a purple shampoo, but not every day',
  'Protect it from heat and sun',
  'Book a gloss, not a full colour',
];
const xS1 = [
  `Lightened hair has a raised cuticle for a couple of days after colouring. Give it at least 72 hours before you shampoo, so the toner has
time to settle. If you need to freshen up, rinse with cool water only.`,
];
const xS2 = [
  `Hot water opens the cuticle and lets toner escape, so rinse as cool as you can stand. Use a purple shampoo once a week, no more, to neutralise
yellow tones. Used every day, it can leave blonde looking flat or even slightly lilac.`,
];
const xS3 = [
  `Heat and UV are the two biggest causes of brassiness. Marisol's non-negotiables:`,
  'Always use a heat protectant before blow-drying, straightening or curling.',
  'Keep straighteners below 185°C on lightened hair.',
  'Wear a hat or use a UV-protective hair mist on sunny days and on holiday.',
  'Rinse chlorine out straight after swimming, then apply a leave-in conditioner.',
];
const xS4 = [
  `Between balayage sessions, which for most clients are every four to five months, a 30-minute gloss refreshes the tone and adds shine without
touching your natural root. Most of our clients book one halfway between colour appointments.`,
  `Have a question about your colour? Bring it to your next appointment, or message the salon and Marisol will get back to you.`,
];
const xNav = ['Home', 'Services', 'Our Team', 'Gallery', 'Blog', 'Contact'];
const xRecent = ['Curly Cuts: What to Expect at Your First Appointment', 'The Gloss Treatment, Explained', 'Meet Our New Stylist, Jonah'];
const comp = (id: string, inner: string): string => `<div id="comp-${id}" class="comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="Wix.com Website Builder"/><title>${xTitle}</title><meta name="description"
content="Our senior colourist shares how to stop balayage
going brassy between salon visits."/><meta property="og:type" content="article"/><link rel="canonical"
href="https://www.willowandvine.example/post/keep-balayage-bright"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","datePublished":"2026-02-20T09:12:44.122Z",
"author":{"@type":"Person","name":"Marisol Etxeberria"},"publisher":{"@type":"Organization","name":"Willow & Vine Hair Studio"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bi","blog","comments"],"site":{"metaSiteId":"e3c1a9f0-2b11",
"isResponsive":false}}</script>
<style data-url="https://static.parastorage.example/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
#comp-kx1{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a" class="comp-kx1a">
${comp('kx1b', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Willow &amp; Vine Hair Studio</span></p>')}
<nav id="comp-kx1c" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul
class="StylableHorizontalMenu3372578893__menu">${links(xNav, 'wixui-horizontal-menu__item')}
</ul></nav><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book Now</span></a></div>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_kx1post" class="TPASection_kx1post">
<div class="blog-post-page-font" data-hook="post-page"><article data-hook="post" class="blog-post-page-font"><div class="post-metadata"
data-hook="post-metadata">
<div data-hook="avatar-image"></div><span data-hook="user-name" class="user-name">Marisol Etxeberria</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="Feb 20">Feb 20</span></li><li><span data-hook="time-to-read">3 min read</span></li>
</ul></div>
<h1 data-hook="post-title" class="blog-post-title-font blog-post-title-color">${xTitle}</h1>
<div data-hook="post-description" class="post-content__body"><div data-rce-version="9.6.1"><div class="rich-content-viewer" data-id="rich-content-viewer">
${ps(xIntro, ' dir="auto" class="MMl86 public-DraftStyleDefault-block-depth0 fixed-tab-size" data-breakout="normal"')}
<h2 class="wUxNr" data-hook="rcv-block-heading">${xH[0]}</h2>
${ps(xS1, ' dir="auto" class="MMl86" data-breakout="normal"')}
<figure data-hook="figure-IMAGE" class="ZXUyd"><div data-hook="imageViewer" class="Lf0GK"><img
src="https://static.wixstatic.example/media/8f1c_balayage.jpg/v1/fill/w_740"
alt=""/></div><figcaption data-hook="imageViewerCaption" class="caption">Soft caramel balayage by Marisol, six weeks after colouring.</figcaption></figure>
<h2 class="wUxNr" data-hook="rcv-block-heading">${xH[1]}</h2>
${ps(xS2, ' dir="auto" class="MMl86" data-breakout="normal"')}
<h2 class="wUxNr" data-hook="rcv-block-heading">${xH[2]}</h2>
${ps(xS3.slice(0, 1), ' dir="auto" class="MMl86"')}
<ul class="A-ZZ5" data-hook="rcv-block-bulleted-list">${xS3
  .slice(1)
  .map((t) => `<li dir="auto" class="kP1X7"><p class="MMl86">${t}</p></li>`)
  .join('\n')}</ul>
<h2 class="wUxNr" data-hook="rcv-block-heading">${xH[3]}</h2>
${ps(xS4, ' dir="auto" class="MMl86" data-breakout="normal"')}
</div></div></div>
<div data-hook="post-footer" class="post-footer"><div class="post-main-actions__container"><div data-hook="share-buttons" class="share-buttons">
<button aria-label="Share via Facebook" data-hook="share-button-facebook"></button><button aria-label="Share via X" data-hook="share-button-x"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link" data-hook="share-button-link"></button></div></div>
<div class="post-stats"><span data-hook="view-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" class="like-button"><span data-hook="like-button-with-count__like-count">12</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">Recent Posts</h2>
<a href="/blog" data-hook="recent-posts-see-all">See All</a></div><ul>${links(xRecent, 'recent-post-item')}</ul></section>
<section data-hook="comments-container" class="comments"><h2 data-hook="comments-title">Comments</h2><div data-hook="comment-box-placeholder"
class="comment-box"><span>Write a comment...</span></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">${comp(
  'kx9a',
  `<p class="font_8">14 Orchard Row, Pennick, PE3 8RB</p>
<p class="font_8">Tuesday to Saturday, 9am to 7pm</p><p class="font_8">© 2026 by Willow &amp; Vine Hair Studio.</p>`,
)}</footer></div></div></div>
<div id="WIX_ADS" class="ytGGBw wix-ads"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" class="uDW_Qe"><span>This site was
designed with the
</span><span class="wix-ads__logo">Wix</span><span>.com website builder. Create your website today.</span><span class="wix-ads__cta">Start Now</span></a></div>
</div></div><script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout238-wix-blog-hair-salon',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xIntro, ...xS1, ...xS2, ...xS3, ...xS4]),
  bylines: ['Marisol Etxeberria', 'Feb 20', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Willow & Vine Hair Studio', ...xNav, 'Book Now', 'Soft caramel balayage by Marisol, six weeks after colouring.', '214 views', '0 comments',
    'Recent Posts', 'See All', ...xRecent, 'Comments', 'Write a comment...', '14 Orchard Row, Pennick, PE3 8RB', 'Tuesday to Saturday, 9am to 7pm',
    '© 2026 by Willow & Vine Hair Studio.', 'This site was designed with the', '.com website builder. Create your website today.', 'Start Now',
  ],
};

export const HELDOUT238_F: readonly TestPage[] = [wix, wwd];
