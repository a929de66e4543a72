import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, heads, j, lis, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file b: a barn venue's FAQ page built with Wix (rich-text components, Wix cookie banner, footer
 * strip) and a wedding planner's packages page built with Showit (absolutely placed text elements, testimonial canvas).
 */
const wTitle = 'Frequently Asked Questions';
const wBlocks: Block[] = [
  'Everything couples usually ask us before booking Hollin Barn. If your question is not here, drop us a line.',
  '### Can we have our ceremony at the barn?',
  j(
    'Yes. The threshing floor is licensed for civil ceremonies for up to 110 guests, and from May to September you can also',
    'marry in the orchard. Religious ceremonies take place at St Aidan\u2019s, a five-minute walk down the lane.',
  ),
  '### How many guests can you hold?',
  'Up to 110 for a seated meal and 160 for the evening party.',
  '### Do we have to use your caterers?',
  j(
    'No, Hollin Barn is a dry-hire venue. You are free to bring your own caterer, as long as they hold public liability',
    'insurance and a food hygiene rating of 4 or 5. We have a list of caterers who know the barn if you want a starting point.',
  ),
  '### Can we bring our own drinks?',
  'Yes, with no corkage. You will need a licensed bar service for any drinks you sell.',
  '### What time does the music have to stop?',
  'Amplified music ends at 11.30pm and guests leave the site by midnight. Acoustic music in the orchard ends at 10pm.',
  '### Is there accommodation?',
  j(
    'The two cottages in the yard sleep 12 between them and are included in the weekend package. There are three B&amp;Bs and a',
    'pub with rooms in the village.',
  ),
  '### How do we secure our date?',
  'A non-refundable deposit of £1,500 and a signed booking form hold your date. The balance is due 12 weeks before the wedding.',
];
const wNav = ['Home', 'The Barn', 'Packages', 'Gallery', 'FAQs', 'Contact'];
const wFoot = ['Instagram', 'Facebook', 'Pinterest'];
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h5 class="font_5 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${t}</span></h5>`;
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>FAQs | Hollin Barn Weddings</title><meta name="description" content="Questions about weddings at Hollin Barn, Yorkshire Dales">
<meta name="generator" content="Wix.com Website Builder"><link rel="canonical" href="https://www.hollinbarn.co.uk/faqs">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Hollin Barn","address":{"@type":"PostalAddress",
"addressLocality":"Hebblewick"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"4a0c2b1e","siteId":"9d1f"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_8{font:normal normal normal 16px/1.6em 'avenir-lt-w01_35-light1475496'}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="Jmd0Pj">
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rich('kx8a1', '<p class="font_0 wixui-rich-text__text"><a href="https://www.hollinbarn.co.uk" class="wixui-rich-text__text">HOLLIN BARN</a></p>')}
<nav aria-label="Site" id="comp-kx8a2" class="comp-kx8a2 wixui-dropdown-menu"><ul class="lRnqLi" role="list">
${wNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item">
<a data-testid="linkElement" href="https://www.hollinbarn.co.uk/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div class="yRj2ms">
<p class="zKbzSQ">${t}</p></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page">
<section id="comp-lq3f9" class="comp-lq3f9 wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lq3f9inlineContent">
${rich('lq3fa', `<h1 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rich('lq3fb', render(wBlocks.slice(0, 7), { p: wp, h: wh }))}
<div id="comp-lq3fc" class="comp-lq3fc wixui-image">
<img src="https://static.wixstatic.com/media/8a11c2_barn.jpg/v1/fill/w_480,h_320/barn.jpg" alt="Hollin Barn at dusk"></div>
${rich('lq3fd', render(wBlocks.slice(7), { p: wp, h: wh }))}
<div class="comp-lq3fe wixui-button" data-testid="linkElement"><a href="/contact" class="uDW_Qe"><span class="l7_2fn wixui-button__label">Check your date</span>
</a></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich(
  'kx8b1',
  `<p class="font_9 wixui-rich-text__text">Hollin Barn, Hebblewick, North Yorkshire DL8 3RW</p>
<p class="font_9 wixui-rich-text__text">hello@hollinbarn.co.uk &nbsp;|&nbsp; 01969 600 481</p>`,
)}
<ul class="wixui-social-bar" aria-label="Social Bar">${links(wFoot)}</ul>
${rich('kx8b3', '<p class="font_9 wixui-rich-text__text">&copy; 2026 by Hollin Barn Weddings.</p>')}
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="region" aria-label="Cookie banner" data-hook="ccsu-banner-wrapper">
<div class="ccsu-banner-text"
data-hook="ccsu-banner-text">This website uses cookies. We use cookies on our website to see how you interact with it.
By accepting, you agree to our use of such cookies.</div>
<a class="ccsu-privacy" href="/privacy">Privacy Policy</a><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout479-wix-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: heads(wBlocks),
  body: bodies(wBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...wNav.filter((t) => t !== 'The Barn'), 'Check your date', 'Hollin Barn, Hebblewick, North Yorkshire DL8 3RW',
    'hello@hollinbarn.co.uk | 01969 600 481',
    ...wFoot, '© 2026 by Hollin Barn Weddings.',
    'This website uses cookies. We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const sTitle = 'Planning Packages';
const sBlocks: Block[] = [
  j(
    'Every wedding we plan is different, but most couples find their fit in one of three ways of working with us. All packages',
    'include a planning portal, our supplier black book and a planner on site on the day.',
  ),
  '## Full Planning',
  'From £6,800',
  'For couples who want us alongside them from the venue search to the last carriage home.',
  [
    'Venue search and up to four accompanied viewings',
    'Supplier sourcing, booking and contract review',
    'Design concept and styling',
    'Budget tracking',
    'Two planners on the day',
  ],
  '## Partial Planning',
  'From £3,900',
  'You have booked the venue and a few key suppliers; we fill the gaps and pull it all together.',
  ['Up to eight supplier recommendations', 'Monthly planning calls', 'Venue walk-through eight weeks out', 'Planner and assistant on the day'],
  '## Wedding Management',
  'From £1,950',
  'You have planned it all. We take over eight weeks before so you can actually enjoy the build-up.',
  [
    'Handover meeting and supplier confirmations',
    'Detailed timeline and floor plan',
    'Rehearsal on the day before',
    'Planner on the day, from set-up to close',
  ],
  j(
    'Prices are for weddings of up to 120 guests within 60 miles of Bath. Destination weddings are quoted separately, and we take',
    'on no more than eighteen weddings a year.',
  ),
];
const sNav = ['Home', 'About', 'Packages', 'Portfolio', 'Journal', 'Inquire'];
const sib = (id: string, inner: string): string =>
  `<div data-sid="${id}" class="sie-packages_${id} se"><div class="se-t sie-packages_${id}-text">${inner}</div></div>`;
let n = 0;
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Planning Packages | Marigold Hart Weddings</title>
<meta name="description" content="Full planning, partial planning and wedding management in Bath and the Cotswolds.">
<link rel="preconnect" href="https://static.showit.co"><link rel="stylesheet" href="//static.showit.co/file/marigoldhart/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfessionalService","name":"Marigold Hart Weddings"}</script>
<script>(function(){var s=window.showit||{};s.lazy=true;s.site='marigoldhart';window.showit=s;})();</script>
<style>.sb{position:relative}.se{position:absolute}.sie-packages_1{left:120px;top:80px;width:560px}.d .sib-mobile{display:none}</style></head>
<body class="d"><div id="si-sp" class="sp" data-wp-ver="2.3.1">
<div id="sp-header" class="sb" data-bgs="solid"><div class="ss-s ss-bg"><div class="sc" style="width:1200px">
<div data-sid="logo" class="sie-header_0 se"><a href="/" class="sie-header_0-link"><div class="se-t sie-header_0-text">Marigold Hart</div></a></div>
<nav class="sie-header_1 se"><div class="se-wpt" data-menu="main"><ul class="se-menu">${links(sNav, 'menu-item')}</ul></div></nav>
<div data-sid="mobile-toggle" class="sie-header_2 se sib-mobile"><svg viewBox="0 0 24 24"><path d="M3 6h18M3 12h18M3 18h18"></path></svg></div>
</div></div></div>
<div id="sp-packages-hero" class="sb"><div class="ss-s ss-bg"><div class="sc" style="width:1200px">
<div data-sid="eyebrow" class="sie-packages-hero_0 se"><div class="se-t sie-packages-hero_0-text">the investment</div></div>
<div data-sid="h1" class="sie-packages-hero_1 se"><h1 class="se-t sie-packages-hero_1-text">${sTitle}</h1></div>
</div></div></div>
<div id="sp-packages" class="sb"><div class="ss-s ss-bg"><div class="sc" style="width:1200px">
${render(sBlocks, {
  p: (t) => sib(String(++n), t),
  h: (t) => `<div data-sid="${++n}" class="sie-packages_${n} se"><h2 class="se-t sie-packages_${n}-text">${t}</h2></div>`,
  ul: (i) => sib(String(++n), `<ul>${lis(i)}</ul>`),
})}
<div data-sid="btn" class="sie-packages_btn se"><a href="/inquire" class="sie-packages_btn-link">
<div class="se-t sie-packages_btn-text">Start your inquiry</div></a></div>
</div></div></div>
<div id="sp-kind-words" class="sb"><div class="ss-s ss-bg"><div class="sc" style="width:1200px">
<div data-sid="q" class="sie-kind-words_0 se">
<div class="se-t sie-kind-words_0-text">"Marigold and her team thought of everything, including the things we didn't know to think of."</div></div>
<div data-sid="qn" class="sie-kind-words_1 se"><div class="se-t sie-kind-words_1-text">Elodie &amp; Sam, Claverton Court</div></div>
</div></div></div>
<div id="sp-footer" class="sb"><div class="ss-s ss-bg"><div class="sc" style="width:1200px">
<div data-sid="f0" class="sie-footer_0 se"><div class="se-t sie-footer_0-text">@marigoldhartweddings</div></div>
<div data-sid="f1" class="sie-footer_1 se">
<div class="se-t sie-footer_1-text">© Marigold Hart Weddings 2026 &nbsp;|&nbsp; Site by Showit designer Fern &amp; Field</div></div>
</div></div></div></div>
<script src="//static.showit.co/file/js/showit.js"></script></body></html>`;
const showit: TestPage = {
  name: 'heldout479-showit-packages',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: heads(sBlocks),
  body: bodies(sBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marigold Hart', ...sNav.filter((t) => t !== 'Packages' && t !== 'Home'), 'the investment', 'Start your inquiry',
    '"Marigold and her team thought of everything, including the things we didn\'t know to think of."', 'Elodie & Sam, Claverton Court',
    '@marigoldhartweddings', '© Marigold Hart Weddings 2026 | Site by Showit designer Fern & Field',
  ],
};

export const HELDOUT479_B: readonly TestPage[] = [wix, showit];
