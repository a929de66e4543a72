import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file c: a short "Our process" page of a stained glass studio built with Wix (rich text elements, the
 * free-plan Wix ad banner), and a glassblowing studio's FAQ on Webflow (w-nav, FAQ items as h3 question and answer, a
 * Webflow form with its success and error messages).
 */
const xTitle = 'How a Window Is Made';
const xBody = [
  j(
    'Every commission starts at the kitchen table, with a cup of tea and a look at the space the window will live in. We measure,',
    'photograph the light at different times of day and talk about colour before a single line is drawn.',
  ),
  j(
    'From there we paint a small watercolour design, then a full-size cartoon. Glass is chosen sheet by sheet on the light table, cut,',
    'painted and fired, then leaded up and soldered at the bench. Most domestic windows take eight to twelve weeks from design',
    'approval to installation.',
  ),
  'We fit every window ourselves, and we come back after a year to check it has settled well.',
];
const xNav = ['Home', 'Commissions', 'Repairs', 'Gallery', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xGap = '\n<p class="font_8"><br></p>\n';
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Our Process | Fenwick Lightworks</title>
<meta name="description" content="From sketch to installation: how Fenwick Lightworks designs and makes a stained glass window.">
<meta property="og:title" content="Our Process | Fenwick Lightworks"><meta property="og:site_name" content="Fenwick Lightworks">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger"],"language":"en","viewMode":"desktop"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Fenwick Lightworks"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_0{font:normal normal normal 44px/1.3em cormorantgaramond}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground_c1dmp"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" role="button" tabindex="0"
aria-label="Skip to Main Content">Skip to Main Content</div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy"><div data-mesh-id="SITE_HEADERinlineContent">
${rich('kq3x1b', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">FENWICK LIGHTWORKS</span></p>')}
<nav id="comp-kq3x2m" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a data-testid="linkElement" href="https://www.fenwicklightworks.com/${t.toLowerCase()}"
class="itemDepth02233374943__root"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dVkVf7"><div class="Ry26q7"><section id="comp-lx8a0r1" tabindex="-1" class="Oqnisf comp-lx8a0r1 wixui-section">
<div data-testid="columns" class="V5AUxf"><div id="comp-lx8a0r2" class="comp-lx8a0r2 YzqVVZ wixui-column-strip__column">
<div data-testid="inline-content" class=""><div data-mesh-id="comp-lx8a0r2inlineContent">
${rich('lx8a0r5', `<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:0.02em;" class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('lx8a0r7', xBody.map((p) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${p}</span></p>`).join(xGap))}
<div id="comp-lx8a0r9" class="MazNVa comp-lx8a0r9 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lx8a0r9"
class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lx8a0r9","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/8d13f2_cartoon.jpg"
alt="Full-size cartoon pinned to the studio wall" style="width:490px;height:327px;object-fit:cover"></wow-image></div></div>
<div class="comp-lx8a0rb R6ex7N" id="comp-lx8a0rb" aria-disabled="false"><a data-testid="linkElement" href="https://www.fenwicklightworks.com/contact"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Start your commission</span></a></div>
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${rich('kq3y0d', '<p class="font_9 wixui-rich-text__text">Old Forge Lane, Fenwick, Northumberland</p><p class="font_9">01632 960 774</p>')}
${rich('kq3y0f', '<p class="font_9 wixui-rich-text__text">© 2025 by Fenwick Lightworks. Proudly created with Wix.com</p>')}
</div></div></footer></div></div>
<div id="WIX_ADS" class="VczJTZ ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
class="fQG2kd"><span class="ZXkJMt"><span data-hook="freemium-text">This site was designed with the </span><span class="cIJp5X">Wix</span>
<span data-hook="freemium-text">.com website builder. Create your website today.</span><span class="OGS5Ph">Start Now</span></span></a></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span>
</div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout635-wix-our-process',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'FENWICK LIGHTWORKS', ...xNav, 'Start your commission', 'Old Forge Lane, Fenwick, Northumberland',
    '01632 960 774', '© 2025 by Fenwick Lightworks. Proudly created with Wix.com', 'This site was designed with the',
    '.com website builder. Create your website today.', 'Wix', 'Start Now', 'bottom of page',
  ],
};

const wTitle = 'Frequently Asked Questions';
const wDek = 'Everything you need to know before your first visit to the hot shop. If your question is not here, drop us a line.';
const wFaq: [string, string][] = [
  [
    'Do I need any experience?',
    j(
      'None at all. Our taster and half-day sessions are designed for complete beginners, and a gaffer works beside you at the furnace',
      'for the whole session. Most people are surprised by how quickly they get a feel for the glass.',
    ),
  ],
  [
    'Is it safe?',
    j(
      'The furnace runs at around 1,150°C, so we take safety seriously. You will have a full briefing, safety glasses and a heat shield,',
      'and you will only ever work at the bench and the glory hole under supervision. We have run sessions for nine years without a burn',
      'needing more than a cold tap.',
    ),
  ],
  [
    'What should I wear?',
    j(
      'Natural fibres such as cotton or wool, covering your arms and legs, and closed-toe shoes. Synthetic fabrics can melt in radiant',
      'heat. Tie back long hair and leave scarves and dangling jewellery in the locker.',
    ),
  ],
  [
    'When can I collect my piece?',
    j(
      'Blown glass has to cool slowly in the annealing oven overnight. Pieces are ready from 2pm two days after your session. We hold',
      'them for six weeks, or we can post them anywhere in the UK for a flat £7.',
    ),
  ],
  [
    'Can I book a private session?',
    j(
      'Yes. The studio can be booked for groups of four to eight on weekday evenings, for birthdays, hen parties and team days.',
      'Private sessions include two pieces per person and refreshments.',
    ),
  ],
  [
    'Is the studio accessible?',
    j(
      'The hot shop and gallery are on the ground floor with level access, and we have an accessible toilet. Working at the bench is',
      'possible from a wheelchair; let us know when you book so we can set up the bench for you.',
    ),
  ],
];
const wNav = ['Experiences', 'Gallery', 'Gift Vouchers', 'FAQ', 'Visit'];
const wFoot = ['Booking terms', 'Privacy', 'Instagram'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 07 2025 10:14:22 GMT+0000 -->
<html data-wf-domain="www.sparrowgatehotglass.com" data-wf-page="64b1f0c2e8a3d5a1c7f0b214" data-wf-site="64b1f0c2e8a3d5a1c7f0b1f9" lang="en">
<head><meta charset="utf-8"><title>FAQ | Sparrowgate Hot Glass</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64b1f0c2e8a3d5a1c7f0b1f9/css/sparrowgate.webflow.shared.4c1d2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Do I need any experience?"}]}
</script></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64b1/logo.svg"
loading="lazy" alt="Sparrowgate Hot Glass" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-faq"><div class="container w-container"><h1 class="heading-faq">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p></div></section>
<section class="section faq-section"><div class="container narrow w-container"><div class="faq-wrapper">
${wFaq
  .map(
    ([q, a], i) => `<div class="faq-item"><div data-w-id="c1a8e0f4-${i}" class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://assets-global.website-files.com/64b1/plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div class="faq-answer" style="height:0px"><p class="faq-paragraph">${a}</p></div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta-newsletter"><div class="container w-container"><h2 class="heading-2">Hear about new classes first</h2>
<div class="form-block w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form"
aria-label="Email Form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email"
id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Sparrowgate Hot Glass</div>
<p class="footer-text">Arch 11, Sparrowgate Viaduct, Kelstow KL3 8QT</p></div><div class="footer-links">
${wFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-copyright">© 2025 Sparrowgate Hot Glass CIC</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64b1f0c2e8a3d5a1c7f0b1f9" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64b1f0c2e8a3d5a1c7f0b1f9/js/webflow.3f1c2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout635-webflow-hot-shop-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wFaq.map(([q]) => q),
  body: texts([wDek, ...wFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'Visit' && t !== 'Gallery'), 'Book now', 'Hear about new classes first', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Sparrowgate Hot Glass', 'Arch 11, Sparrowgate Viaduct, Kelstow KL3 8QT', ...wFoot,
    '© 2025 Sparrowgate Hot Glass CIC',
  ],
};

export const HELDOUT635_C: readonly TestPage[] = [wix, webflow];
