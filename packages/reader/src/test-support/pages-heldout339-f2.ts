import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file f2: a tea shop's FAQ page on Wix (Thunderbolt markup with comp- ids, rich-text elements, the
 * horizontal menu, cart icon, the FAQ app with a search box and category sections whose questions are accordion buttons and
 * whose answers sit collapsed in the page, a Wix Forms newsletter strip with its hidden thank-you text, the footer and the
 * consent banner), a page whose questions are not headings.
 */
const title = 'Frequently Asked Questions';
const intro = ['Can’t find what you are looking for? Write to us at hello@mossgatetea.example and a real person will reply within a day.'];
type Qa = readonly [string, string];
const orders: readonly Qa[] = [
  [
    'When will my order be dispatched?',
    j(
      'We pack orders every weekday morning. Anything placed before 10am leaves the same day; later orders go out the next working day.',
      'Royal Mail Tracked 48 usually arrives within two to three working days.',
    ),
  ],
  [
    'Can I change or cancel my order?',
    j(
      'Yes, as long as it has not been packed. Email us with your order number as soon as you can. Once your dispatch email has been',
      'sent, the parcel is on its way and you will need to return it instead.',
    ),
  ],
  ['Do you ship outside the UK?', 'We ship to Ireland and most of the EU. Delivery takes five to eight working days and import duties may apply.'],
];
const tea: readonly Qa[] = [
  [
    'How should I store loose-leaf tea?',
    j(
      'Keep it in an airtight tin, away from light, heat and strong smells such as coffee or spices. Green and white teas are best drunk',
      'within six months of opening; black teas and oolongs keep their flavour for a year or more.',
    ),
  ],
  [
    'How much tea should I use per cup?',
    j(
      'As a starting point, use one rounded teaspoon (about 2.5 g) for a 250 ml cup. Large, open leaves such as white peony need a little',
      'more by volume. Each tea’s page shows our suggested water temperature and steeping time.',
    ),
  ],
  [
    'Are your tea bags plastic-free?',
    'Yes. Our pyramid bags are made from plant-based mesh and are certified home compostable, and our tins and pouches can be recycled.',
  ],
];
const subs: readonly Qa[] = [
  [
    'How does the Tea of the Month club work?',
    j(
      'Each month we send two new teas, 50 g of each, with tasting notes from our blender. You can skip a month or cancel from your',
      'account page at any time before the 20th.',
    ),
  ],
];
const cats = ['Orders & delivery', 'Our teas', 'Subscriptions'];
const qa = ([q, a]: Qa, id: string): string => `<li data-hook="faq-item" class="s__9nC8dY"><div role="button" tabindex="0" aria-expanded="false"
aria-controls="answer-${id}" data-hook="question-title" class="o1x5bZk s__3YxJ0K"><span class="sPGa1pc">${q}</span><svg class="xMvk3r"></svg></div>
<div id="answer-${id}" data-hook="answer-content" class="fXjQh8 collapsed" style="height:0;overflow:hidden"><div class="ricos-viewer"
data-id="rich-content-viewer"><p class="MMl86 _1atvN public-DraftStyleDefault-block-depth0" dir="auto"><span>${a}</span></p></div></div></li>`;
const section = (name: string, items: readonly Qa[], n: number): string => `<section data-hook="category-section" class="a7Hqz2">
<h2 data-hook="category-title" class="xq0pT1 font_5 wixui-rich-text__text">${name}</h2><ul class="Tn2xFq">${items
  .map((it, i) => qa(it, `${n}${i}`))
  .join('\n')}</ul></section>`;
const menu = ['Shop Tea', 'Teaware', 'Gifts', 'Tea Club', 'Our Story', 'FAQ'];
const rich = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<title>FAQ | Mossgate Tea Co.</title><meta name="description" content="Answers to common questions about orders, our teas and the Tea Club.">
<link rel="canonical" href="https://www.mossgatetea.example/faq"><meta property="og:title" content="FAQ | Mossgate Tea Co.">
<meta property="og:site_name" content="Mossgate Tea Co."><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When will my order be
dispatched?","acceptedAnswer":{"@type":"Answer","text":"We pack orders every weekday morning."}}]}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","consentPolicy","cookiesManager"],"site":{"metaSiteId":"b1f7",
"isPremium":true},"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50}.font_5{font-size:22px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
<div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content" class="">
${rich('lr1x2a3b', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Mossgate Tea Co.</span></p>')}
<nav aria-label="Site" id="comp-lr1x2a3c" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">${menu
  .map(
    (m) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.mossgatetea.example/${m.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu3372578893__menuItem"><span class="wixui-horizontal-menu__item-label">${m}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lr1x2a3d" class="wixui-cart-icon"><a href="/cart-page" aria-label="Cart with 0 items"><span class="cart-icon-count">0</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><section id="comp-lr1x2b01" class="wixui-section"><div data-testid="columns" class="comp-lr1x2b01-columns">
${rich('lr1x2b02', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${title}</span></h1>`)}
${rich('lr1x2b03', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${intro[0]}</span></p>`)}
<div id="comp-lr1x2b04" class="wixui-tpa-widget" data-testid="tpa-widget"><div data-hook="widget-root" class="faq-widget Jd3kQ0">
<div data-hook="search-bar" class="Ua4wCt"><input type="search" aria-label="Search questions" placeholder="Search questions"></div>
${section(cats[0] ?? '', orders, 1)}
${section(cats[1] ?? '', tea, 2)}
${section(cats[2] ?? '', subs, 3)}
</div></div></div></section>
<section id="comp-lr1x2c01" class="wixui-section"><div id="comp-lr1x2c02" class="wixui-form" data-testid="form-root"><form aria-label="Newsletter">
${rich('lr1x2c03', '<h2 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Join the tea table</span></h2>')}
<label for="input_comp-lr1x2c04" class="wixui-text-input__label">Email *</label><input id="input_comp-lr1x2c04" type="email" required>
<button data-testid="buttonElement" class="wixui-button"><span class="wixui-button__label">Subscribe</span></button>
${rich('lr1x2c05', '<p class="font_8 wixui-rich-text__text" style="display:none">Thanks for subscribing!</p>')}</form></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rich('lr1x2d01', '<p class="font_9 wixui-rich-text__text">Mossgate Tea Co. · The Old Dairy, Mossgate Lane, Kirkby Fell</p>')}
${rich('lr1x2d02', '<p class="font_9 wixui-rich-text__text">© 2026 by Mossgate Tea Co. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner" role="region" aria-label="Cookie banner"><div data-hook="ccsu-banner-text">This website uses
cookies. We use them to run the shop and to see how the site is used. By accepting, you agree to our use of such cookies.</div>
<div class="banner-buttons"><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.1a2b3c.bundle.min.js" async></script></body></html>`;
export const wixFaq: TestPage = {
  name: 'heldout339-wix-faq-accordion',
  kind: 'docs',
  html,
  title,
  headings: cats,
  body: texts([...intro, ...[...orders, ...tea, ...subs].flatMap(([q, a]) => [q, a])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Mossgate Tea Co.', ...menu, 'Join the tea table', 'Email *', 'Subscribe', 'Thanks for subscribing!',
    'Mossgate Tea Co. · The Old Dairy, Mossgate Lane, Kirkby Fell', '© 2026 by Mossgate Tea Co. Proudly created with Wix.com',
    'This website uses cookies. We use them to run the shop and to see how the site is used. By accepting, you agree to our use of such cookies.',
    'Settings', 'Decline All', 'Accept',
  ],
};
