import { links, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout415-d2.js';

/**
 * Held-out batch 415, file d: a community centre's spring class listing on Wix (Thunderbolt markup: SITE_HEADER with the
 * horizontal menu, sections of comp- ids, rich text elements, a repeater of classes with "Book Now" buttons, a Wix Forms
 * sign-up strip, the Wix cookie banner, the free-site Wix ad bar and the footer) and, from file d2, a camp's Squarespace
 * "What to bring" page.
 */
const wTitle = 'Spring Classes at Dunmore Community Centre';
const wIntro = [
  `Our spring term runs for ten weeks from Monday 12 April. Every class is open to everyone aged 16 and over unless it says
otherwise, and most need no experience at all. Places are limited, so book early to avoid disappointment.`,
  `Members of the centre receive a ten per cent discount on every class. Concession prices are available for students, carers and
anyone receiving income support; just choose the concession ticket when you book.`,
];
type Cls = readonly [name: string, desc: string, when: string];
const wClasses: readonly Cls[] = [
  [
    'Beginners’ Pottery',
    `Learn to throw on the wheel and to hand-build simple pots. Our tutor Marisol Fenn has taught at the centre for twelve years, and
all clay, glazes and firing are included. Wear clothes you do not mind getting dirty.`,
    'Tuesdays · 6:30–8:30 pm · Studio 2 · £140 for 10 weeks',
  ],
  [
    'Gentle Yoga',
    `A slow, friendly class that focuses on breathing, balance and stretching. Chairs are available for anyone who finds getting down to
the floor difficult. Bring a mat if you have one.`,
    'Wednesdays · 10:00–11:00 am · Main Hall · £6 per class, pay as you go',
  ],
  [
    'Conversational Spanish',
    `For improvers who know some basic Spanish and want to speak with confidence. Each week covers a practical topic, from ordering in a
café to talking about your family, with plenty of practice in small groups.`,
    'Thursdays · 7:00–8:30 pm · Room 4 · £95 for 10 weeks',
  ],
  [
    'Family Cooking Club',
    `Children aged 7 to 12 cook a simple meal with a parent or carer, then sit down together to eat it. Recipes are cheap, healthy and
easy to repeat at home, and every family takes home a recipe card.`,
    'Saturdays · 10:00 am–12:00 pm · Community Kitchen · £8 per family',
  ],
  [
    'Digital Skills Drop-in',
    `Bring your phone, tablet or laptop and get one-to-one help from a volunteer with email, video calls, online banking or booking a
doctor’s appointment. No question is too basic.`,
    'Fridays · 1:00–3:00 pm · Lounge · Free',
  ],
];
const wAfter = [
  `If a class is full, add your name to the waiting list at reception. We open a second group whenever enough people are waiting, and
we will let you know if a place comes up.`,
];
const wNav = ['Home', 'What’s On', 'Classes', 'Room Hire', 'Café', 'Volunteer', 'Contact'];
const wFoot = ['Privacy Policy', 'Accessibility', 'Safeguarding'];
let comp = 100;
const rich = (tag: string, cls: string, t: string): string =>
  `<div id="comp-lx${++comp}" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">
<${tag} class="${cls} wixui-rich-text__text">${t}</${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB" class="fancy-scrollbar"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Classes | Dunmore Community Centre</title>
<meta name="description" content="Pottery, yoga, Spanish and more at Dunmore Community Centre this spring.">
<meta property="og:title" content="Classes | Dunmore Community Centre"><meta property="og:site_name" content="Dunmore Community Centre">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bookings","forms","cookieConsent"],"site":{"metaSiteId":"7c2e4b19"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Dunmore Community Centre"}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<div id="WIX_ADS" class="wix-ads"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" class="wix-ads__link"><span
class="wix-ads__text">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span><span
class="wix-ads__button">Start Now</span></a></div>
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div id="comp-lhd0logo" class="MazNVa comp-lhd0logo wixui-image"><a href="/"><img src="https://static.wixstatic.example/media/dcc-logo.png"
alt="Dunmore Community Centre logo"></a></div>
<nav aria-label="Site" id="comp-lhd0menu" class="StylableHorizontalMenu3372578893 wixui-horizontal-menu"><ul class="itemsContainer">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="P0dCOY">
<section id="comp-lx1sec" class="comp-lx1sec wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lx1secinlineContent">
${rich('h1', 'font_0', wTitle)}
${wIntro.map((p) => rich('p', 'font_8', p)).join('\n')}
</div></section>
<section id="comp-lx2sec" class="comp-lx2sec wixui-section"><div id="comp-lx2rep" data-testid="repeater" class="wixui-repeater" role="list">
${wClasses
  .map(
    ([n, d, w], i) => `<div id="comp-lx2item__item-${i}" class="wixui-repeater__item" role="listitem">
${rich('h3', 'font_4', n)}
${rich('p', 'font_8', d)}
${rich('p', 'font_9', w)}
<div id="comp-lx2btn__item-${i}" class="comp-lx2btn wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/book-online/${i}"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book Now</span></a></div></div>`,
  )
  .join('\n')}
</div>
${rich('p', 'font_8', wAfter[0] ?? '')}
</section>
<section id="comp-lx3sec" class="comp-lx3sec wixui-section"><div id="comp-lx3form" class="wixui-form"><form>
${rich('h2', 'font_2', 'Hear about new classes first')}
<label for="input_comp-lx3email">Email</label><input id="input_comp-lx3email" type="email" class="wixui-text-input__input">
<button class="wixui-button"><span class="wixui-button__label">Join our mailing list</span></button></form></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${rich('p', 'font_9', 'Dunmore Community Centre, 3 Kiln Lane, Dunmore DN7 1RS · Charity no. 1093377')}
<ul class="footer-links">${links(wFoot)}</ul>
${rich('p', 'font_9', '© 2027 by Dunmore Community Centre. Proudly created with Wix.com')}
</div></footer></div></div></div></div>
<div id="ccsu-banner" data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner"><div class="ccsu-banner-text">This website uses cookies.
We use cookies to improve your experience and make sure everything works smoothly.</div><div class="ccsu-banner-buttons">
<button data-hook="ccsu-banner-decline-all">Decline</button><button data-hook="ccsu-banner-accept-button">Accept</button>
<button data-hook="ccsu-banner-settings-button">Settings</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.a1b2c3.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout415-wix-community-centre-classes',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wClasses.map(([n]) => n),
  body: texts([...wIntro, ...wClasses.flatMap(([, d, w]) => [d, w]), ...wAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', ...wNav, 'Book Now', 'Hear about new classes first',
    'Email', 'Join our mailing list', 'Dunmore Community Centre, 3 Kiln Lane, Dunmore DN7 1RS · Charity no. 1093377', ...wFoot,
    '© 2027 by Dunmore Community Centre. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and make sure everything works smoothly.', 'Decline', 'Accept', 'Settings',
  ],
};

export const HELDOUT415_D: readonly TestPage[] = [wix, squarespace];
