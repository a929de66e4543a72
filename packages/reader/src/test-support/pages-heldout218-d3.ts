import { type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file d3: a pottery studio's class page on a Wix site (Thunderbolt renderer, rich-text components, Wix consent banner). */
const title = 'Six-Week Wheel Throwing for Beginners';
const sub = 'Thursday evenings, 6.30 to 9pm · Starts 16 April';
const p1 = [
  'If you have always wanted to try the potter’s wheel but did not know where to start, this is the course for you. Over six ' +
    'weeks you will learn to centre clay, open and pull up a cylinder, and shape simple bowls and mugs, with plenty of time at ' +
    'your own wheel and a teacher on hand to help.',
  'Classes are small, never more than eight people, so everyone gets individual attention. No experience is needed, just a ' +
    'willingness to get muddy and to laugh when a pot collapses. They all do, at first.',
] as const;
const h1 = 'What you’ll learn';
const learn = [
  'Wedging and preparing clay for the wheel',
  'Centring, which is the hardest part and the most satisfying',
  'Throwing cylinders, bowls and a mug with a pulled handle',
  'Trimming your pots when they are leather hard',
  'Glazing with our range of studio glazes',
] as const;
const h2 = 'What’s included';
const p2 = [
  'All clay, glazes and firings are included in the price, along with aprons and tools. You can keep up to six finished pieces. ' +
    'Anything beyond that is charged by weight at the end of the course.',
  'Your pots are bisque fired after week four and glaze fired after the course ends. Finished work is ready to collect about ' +
    'three weeks after the last class, and we will send you a message when it is out of the kiln.',
] as const;
const h3 = 'Good to know';
const p3 = [
  'Wear clothes you do not mind getting dirty and keep your nails short if you can. Long nails make centring very hard.',
  'If you miss a class, you can catch up in one of our Saturday open studio sessions at no extra cost, as long as there is space.',
  'The studio is on the ground floor, with step-free access from the car park and an accessible toilet. Let us know when you book ' +
    'if you need any adjustments and we will do our best to help.',
] as const;
const price = ['£210', 'per person', 'Book Now', '2 spaces left'] as const;
const nav = ['Home', 'Classes', 'Open Studio', 'Gift Vouchers', 'Gallery', 'Contact'] as const;
const more = ['More', 'Log In'] as const;
const promo = ['Looking for a gift?', 'Our gift vouchers can be used for any class or workshop.', 'Buy a Voucher'] as const;
const insta = ['Follow us on Instagram', '@ashbrookpottery'] as const;
const foot = [
  'Ashbrook Pottery',
  'The Old Dairy, Ashbrook Lane, Melbury',
  '01935 555 014',
  'hello@ashbrookpottery.example',
  '© 2026 by Ashbrook Pottery.',
] as const;
const cookie = [
  'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.',
  'Privacy Policy',
  'Settings',
  'Decline All',
  'Accept',
] as const;
let n = 0;
const rt = (tag: string, text: string, font: string): string =>
  `<div id="comp-lx${((n += 7)).toString(36)}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">` +
  `<${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${text}</span></${tag}></div>`;
const rts = (tag: string, a: readonly string[], font: string): string => a.map((t) => rt(tag, t, font)).join('\n');
const ul = (a: readonly string[]): string =>
  `<div id="comp-lxul${a.length}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><ul class="font_8 wixui-rich-text__text">` +
  a
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
    .join('\n') +
  '</ul></div>';
const btn = (id: string, label: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.ashbrookpottery.example/booking-calendar/six-week-wheel" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false">
<span class="l7_2fn wixui-button__label">${label}</span></a></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Six-Week Wheel Throwing for Beginners | Ashbrook Pottery</title><meta name="description"
content="Learn to throw on the potter's wheel in six evening classes.">
<link rel="canonical" href="https://www.ashbrookpottery.example/wheel-beginners"><meta property="og:title"
content="Six-Week Wheel Throwing for Beginners | Ashbrook Pottery">
<meta property="og:site_name" content="Ashbrook Pottery"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ashbrook Pottery","address":{"@type":"PostalAddress",
"streetAddress":"The Old Dairy, Ashbrook Lane","addressLocality":"Melbury"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"2c1f"},"language":{"siteLanguage":"en"},"experiments":{"specs.thunderbolt.fixedHeader":true}};</script>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.4e0b1a.bundle.min.js" async></script>
<style id="css_masterPage">#comp-lx1 { --min-height:50px; } .font_0 { font: normal normal normal 48px/1.2em 'playfair display',serif; }</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div class="if7Vw2"><div id="comp-header-logo" class="wixui-rich-text" data-testid="richTextElement"><p
class="font_0 wixui-rich-text__text">
<span class="wixui-rich-text__text"><a href="https://www.ashbrookpottery.example" class="wixui-rich-text__text">Ashbrook Pottery</a></span></p></div>
<nav id="comp-menu" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">
${nav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="wixui-horizontal-menu__item-label"
href="https://www.ashbrookpottery.example/${t.toLowerCase().replace(/ /g, '-')}"><span class="label">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="wixui-horizontal-menu__item" aria-hidden="true"><button class="label">${more[0]}</button></li></ul></nav>
<div id="comp-login" class="wixui-login-social-bar"><button class="login-button" aria-label="Log In"><span>${more[1]}</span></button></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="wheel-beginners" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lsec1" class="xuzjBY comp-lsec1 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lcol1" class="comp-lcol1 YzqVVZ wixui-column-strip__column"><div data-testid="columns" class="V5AUxf">
<wix-image id="img_comp-lhero" class="HlRz5e BI8PVQ" data-image-info="{&quot;containerId&quot;:&quot;comp-lhero&quot;}"><img
src="https://static.wixstatic.example/media/2c1f_wheel.jpg/v1/fill/w_980,h_640,al_c,q_85/2c1f_wheel.jpg" alt="Hands centring clay on a potter's wheel"
style="width:980px;height:640px;object-fit:cover" fetchpriority="high"></wix-image>
${rt('h1', title, 'font_0')}
${rt('p', sub, 'font_7')}
${rts('p', p1, 'font_8')}
${rt('h2', h1, 'font_2')}
${ul(learn)}
${rt('h2', h2, 'font_2')}
${rts('p', p2, 'font_8')}
${rt('h2', h3, 'font_2')}
${rts('p', p3, 'font_8')}
</div></div>
<div id="comp-lcol2" class="comp-lcol2 YzqVVZ wixui-column-strip__column"><div id="comp-lbox" class="MW5IWV wixui-box">
${rt('p', price[0], 'font_2')}
${rt('p', price[1], 'font_9')}
${btn('lbook', price[2])}
${rt('p', price[3], 'font_9')}
</div></div></div></section>
<section id="comp-lsec2" class="xuzjBY comp-lsec2 wixui-section"><div data-testid="columns" class="V5AUxf">
${rt('h2', promo[0], 'font_2')}
${rt('p', promo[1], 'font_8')}
${btn('lvouch', promo[2])}
${rt('h3', insta[0], 'font_4')}
${rt('p', insta[1], 'font_8')}
<div id="comp-linsta" class="wixui-instagram-feed"><iframe title="Instagram Feed"
src="https://instagram-feed.wix.example/index.html?compId=comp-linsta"></iframe></div>
</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="if7Vw2">
${rt('p', foot[0], 'font_4')}
${rt('p', foot[1], 'font_9')}
${rt('p', foot[2], 'font_9')}
${rt('p', foot[3], 'font_9')}
${rt('p', foot[4], 'font_9')}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div class="Y32M4" data-hook="ccsu-banner-text"><p>${cookie[0]} <a href="/privacy-policy" data-hook="ccsu-banner-policy-link">${cookie[1]}</a></p></div>
<div class="L6u7K"><button data-hook="ccsu-banner-settings-button">${cookie[2]}</button><button data-hook="ccsu-banner-decline-button">${cookie[3]}</button>
<button data-hook="ccsu-banner-accept-button">${cookie[4]}</button></div></div></div>
<script type="application/json" id="wix-warmup-data">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]}}</script></body></html>`;

export const potteryClass: TestPage = {
  name: 'heldout218-wix-pottery-class-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([sub, ...p1, ...learn, ...p2, ...p3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['top of page', 'Ashbrook Pottery', ...nav, ...more, ...price, ...promo, ...insta, ...foot.slice(1), ...cookie],
};
