import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { j } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file c2: a care-at-home provider's services page built with Wix (SITE_HEADER / PAGES_CONTAINER /
 * SITE_FOOTER, comp-* ids, wixui-rich-text blocks with font_0 / font_2 / font_8 classes, wixui-button links, a repeater of
 * service cards, a testimonial strip, a contact form, the Wix consent banner and the wix-warmup-data script). The article
 * text is spread over several rich-text components, as a page builder saves it.
 */
const title = 'Care at Home Across the Marlow Valley';
const intro = [
  j(
    'Hearthside has supported older and disabled people in their own homes since 2011. Our carers are local, employed',
    'directly by us, and trained to the same standard whether they visit for half an hour or live with you for a fortnight.',
  ),
  'Every care plan starts with a conversation about what matters to you, not a list of tasks.',
];
const h1 = 'Visiting Care';
const s1 = [
  j(
    'Visits can be as short as 30 minutes or as long as a full day. Most of our clients choose a morning and evening visit to help',
    'with washing, dressing, medication prompts and meals. We keep the same small team of carers for each client wherever we can.',
  ),
];
const h2 = 'Live-In Care';
const s2 = [
  j(
    'A live-in carer stays in your home and is there day and night, with two hours of rest each day. Live-in care is often a',
    'good alternative to a care home for couples who want to stay together, or for people returning from hospital.',
  ),
  'Each live-in carer is matched to the client by interests as well as needs, and a relief carer covers holidays and time off.',
];
const h3 = 'Dementia Support';
const s3 = [
  j(
    'All our carers complete dementia awareness training in their first month, and our senior carers hold a specialist certificate.',
    'We work with families to keep familiar routines, music and food at the centre of each day.',
  ),
];
const h4 = 'Getting Started';
const steps = [
  '1. Call us or fill in the form below, and we will arrange a free home visit within three working days.',
  '2. A care manager meets you and your family to write a care plan together.',
  '3. You meet your carers before the first visit, and we review the plan after four weeks.',
];
const s4 = ['Our fees start at \u00A328 an hour for visiting care. We accept private clients and council direct payments.'];
const rt = (id: string, tag: string, font: string, t: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement"><${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const btn = (id: string, label: string, href: string): string => `<div class="comp-${id} FubTgk" id="comp-${id}" aria-disabled="false">
<a data-testid="linkElement" href="${href}" class="uDW_Qe wixui-button PlZyDq"><span class="w4Vxx6 wixui-button__label">${label}</span></a></div>`;
const nav = ['Home', 'Our Services', 'About Us', 'Careers', 'Contact'];
const testimonials = [
  '\u201CThe carers treat Dad like family. We finally sleep at night.\u201D \u2014 Joanne, Wenbury',
  '\u201CReliable, kind and always on time.\u201D \u2014 Mr Pell, Ashcombe',
];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our Services | Hearthside Home Care</title>
<meta name="description" content="Visiting care, live-in care and dementia support across the Marlow Valley.">
<link rel="canonical" href="https://www.hearthsidecare.example/our-services"><meta property="og:title" content="Our Services | Hearthside Home Care">
<meta property="og:site_name" content="Hearthside Home Care"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Hearthside Home Care",
"address":{"@type":"PostalAddress","addressLocality":"Wenbury"},"telephone":"01632 960 418"}</script>
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"7d1f-22ab","siteId":"c0a4-91e2"},"language":"en"}</script>
<style id="css_c1dmp">#comp-lk3{width:980px}.font_0{font:normal normal normal 48px/1.2 playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div data-testid="inline-content" class="">
${rt('kx1a', 'p', 'font_9', 'Hearthside Home Care')}
<nav id="comp-kx1b" aria-label="Site" class="wixui-horizontal-menu"><ul class="ITHdeE">
${nav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${n.toLowerCase().replace(/ /g, '-')}"
class="wixui-horizontal-menu__item-label">${n}</a></li>`,
  )
  .join('\n')}</ul></nav>
${rt('kx1c', 'p', 'font_9', 'Call us: 01632 960 418')}</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lk1" tabindex="-1" class="Oqnisf comp-lk1 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lk2" class="comp-lk2 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${rt('lk3', 'h1', 'font_0', title)}
${intro.map((p, i) => rt(`lk4${i}`, 'p', 'font_8', p)).join('\n')}
${btn('lk5', 'Book a Free Assessment', '/contact')}
<div id="comp-lk6" class="MazNVa comp-lk6 wixui-image"><div data-testid="linkElement" class="j7pOnl">
<img src="https://static.wixstatic.example/media/a1b2_carer.jpg"
alt="Carer and client in a garden"></div></div></div></div></div></section>
<section id="comp-lm1" class="Oqnisf comp-lm1 wixui-section"><div data-testid="columns" class="V5AUxf">
${[
  [h1, s1],
  [h2, s2],
  [h3, s3],
]
  .map(
    ([h, s], i) => `<div id="comp-lm2${i}" class="YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${rt(`lm3${i}`, 'h2', 'font_2', h as string)}
${(s as string[]).map((p, k) => rt(`lm4${i}${k}`, 'p', 'font_8', p)).join('\n')}
${btn(`lm5${i}`, 'Learn More', '/contact')}</div></div>`,
  )
  .join('\n')}</div></section>
<section id="comp-ln1" class="Oqnisf comp-ln1 wixui-section"><div data-testid="inline-content">
${rt('ln2', 'h2', 'font_2', h4)}
${steps.map((p, i) => rt(`ln3${i}`, 'p', 'font_8', p)).join('\n')}
${rt('ln4', 'p', 'font_8', s4[0] ?? '')}</div></section>
<section id="comp-lo1" class="Oqnisf comp-lo1 wixui-section"><div data-testid="inline-content">
${rt('lo2', 'h3', 'font_4', 'What Families Say')}
${testimonials.map((t, i) => rt(`lo3${i}`, 'p', 'font_7', t)).join('\n')}</div></section>
<section id="comp-lp1" class="Oqnisf comp-lp1 wixui-section"><div data-testid="inline-content">
${rt('lp2', 'h3', 'font_4', 'Request a Call Back')}
<form id="comp-lp3" class="wixui-form"><label for="name">Name</label><input id="name" type="text"><label for="phone">Phone</label>
<input id="phone" type="tel"><button type="submit" class="wixui-button"><span class="wixui-button__label">Send</span></button></form>
${rt('lp4', 'p', 'font_8', 'Thanks for submitting!')}</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="inline-content">
${rt('kx2a', 'p', 'font_9', 'Hearthside Home Care Ltd, 4 Mill Lane, Wenbury')}
${rt('kx2b', 'p', 'font_9', 'Registered with the Care Standards Board. Latest rating: Good.')}
${rt('kx2c', 'p', 'font_9', '\u00A9 2026 by Hearthside Home Care. Proudly created with Wix.com')}</div></footer></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper"><p data-hook="ccsu-banner-text">This website uses
cookies. We use cookies to improve your experience and for marketing.</p><a href="/privacy" data-hook="ccsu-banner-policy-link">Privacy Policy</a>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script id="wix-warmup-data" type="application/json">{"platform":{"ssrPropsUpdates":[]},"ooi":{"failedInSsr":{}}}</script></body></html>`;
export const hearthside: TestPage = {
  name: 'heldout253-wix-care-at-home-services',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...s1, ...s2, ...s3, ...steps, ...s4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Hearthside Home Care', ...nav, 'Call us: 01632 960 418', 'Book a Free Assessment', 'Learn More', 'What Families Say',
    ...texts(testimonials),
    'Request a Call Back', 'Name', 'Phone', 'Send', 'Thanks for submitting!', 'Hearthside Home Care Ltd, 4 Mill Lane, Wenbury',
    'Registered with the Care Standards Board. Latest rating: Good.', '© 2026 by Hearthside Home Care. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and for marketing.', 'Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};
