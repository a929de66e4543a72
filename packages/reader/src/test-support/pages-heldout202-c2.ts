import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file c2: a Bosch home appliance FAQ page (the cookie consent layer, the header with the product
 * navigation and the "Owner support" menu, the breadcrumb, the h1 with its intro, the category filter chips, the accordion of
 * questions whose h3s hold the toggle buttons and whose answers are collapsed, the "Didn't find an answer?" service teasers,
 * the newsletter teaser and the BSH footer).
 */
const bsTitle = 'Dishwasher: frequently asked questions';
const bsIntro = `<p>Here you will find answers to the questions our customer service team hears most often about Bosch dishwashers. If your
question is about an error code, have the model number (E-Nr.) from the label on the inner edge of the door ready.</p>`;
const bsFaqs = [
  {
    q: 'Why are my dishes still wet at the end of the programme?',
    a: `<p>Bosch dishwashers dry with the heat stored in the dishes, so plastic items, which hold little heat, often stay damp. Use rinse aid
and set the rinse aid dosage to a higher level if drops remain. Unload the bottom basket first so that water from the top basket does not drip
onto dry items.</p><p>If your model has the <strong>Extra Dry</strong> option, select it for loads with many plastic items.</p>`,
  },
  {
    q: 'There is water left in the bottom of the dishwasher. Is that normal?',
    a: `<p>A small amount of water in the sump under the filter is normal and keeps the seals moist. If there is standing water above the
filter, the filter or the drain may be blocked.</p><ul><li>Remove and rinse the filter system under running water.</li>
<li>Check that the drain hose is not kinked.</li><li>If the hose is connected to the sink drain, make sure the sink is not blocked.</li></ul>`,
  },
  {
    q: 'How often should I clean the filter?',
    a: `<p>Check the filter about once a week and clean it when you see food residue. Turn the micro filter counter-clockwise, lift it out,
and rinse all parts under running water. Put the filter back and turn it clockwise until the arrows line up.</p>`,
  },
  {
    q: 'Why does the programme take so long?',
    a: `<p>The Eco programme saves water and energy by washing at lower temperatures for longer. A running time of more than three hours is
normal and uses less energy than a short, hot programme. If you need dishes quickly, choose the Speed 60 programme or the Quick Wash option.</p>`,
  },
  {
    q: 'Can I use all-in-one tablets?',
    a: `<p>Yes. If you use tablets with rinse aid and salt built in, you can switch off the rinse aid dispenser. In very hard water above 21°dH
we still recommend filling the salt container, because tablets alone cannot soften the water enough.</p>`,
  },
];
const bsNav = ['Products', 'Owner support', 'Inspiration', 'Where to buy', 'Professionals'];
const bsCrumbs = ['Home', 'Owner support', 'FAQ'];
const bsChips = ['All', 'Dishwashers', 'Washers & Dryers', 'Refrigeration', 'Cooking'];
const bsService = [
  'Didn’t find an answer?',
  'Book a repair',
  'Our factory-trained technicians repair your appliance at home.',
  'Register your appliance',
  'Get exclusive offers and keep your warranty details in one place.',
  'Contact us',
  'Call us or send us a message. We’re here Monday to Friday.',
];
const bsCookie =
  'We use cookies and similar technologies on our website to provide you with the best possible service. You can find more information in our ' +
  'privacy policy.';
const bsFoot = ['About Bosch', 'Careers', 'Press', 'Accessibility', 'Imprint', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Sitemap'];
const bsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Dishwasher FAQ | Bosch Home Appliances</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Answers to frequent questions about dishwashers.">
<meta property="og:title" content="${bsTitle}"><link rel="canonical" href="https://www.bosch-home.com/us/owner-support/faq/dishwasher">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${bsFaqs
  .map((f) => `{"@type":"Question","name":"${f.q}","acceptedAnswer":{"@type":"Answer","text":"See answer"}}`)
  .join(',')}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({pageType: 'faq', brand: 'BOSCH', country: 'US'});</script>
<link rel="stylesheet" href="/static/bsh/css/main.4c1e2.css"></head>
<body class="page-faq">
<div id="consent-layer" class="consent-layer" role="dialog" aria-modal="true"><h2 class="consent-layer__title">Your privacy is important to us</h2>
<p>${bsCookie}</p><button class="a-button" data-consent="all">Accept all</button><button class="a-button a-button--secondary"
data-consent="necessary">Only necessary</button><a href="#" class="consent-layer__settings">Settings</a></div>
<header class="o-header"><a class="o-header__logo" href="/us/"><span class="a-visually-hidden">Bosch Home</span></a>
<nav class="o-header__nav" aria-label="Main navigation"><ul>${links(bsNav, 'o-header__nav-item')}</ul></nav>
<div class="o-header__meta"><a href="/us/search">Search</a><a href="/us/mybosch">MyBosch</a></div></header>
<main id="main"><nav class="m-breadcrumb" aria-label="Breadcrumb"><ol>${links(bsCrumbs, 'm-breadcrumb__item')}</ol></nav>
<section class="o-faq"><div class="o-faq__header"><h1 class="a-heading a-heading--h1">${bsTitle}</h1><div class="o-faq__intro">${bsIntro}</div></div>
<ul class="m-filter-chips" role="tablist">
${bsChips.map((c, i) => `<li role="tab" aria-selected="${i === 1}"><button class="m-chip">${c}</button></li>`).join('')}</ul>
<div class="m-accordion" data-accordion>
${bsFaqs
  .map(
    (f, i) => `<div class="m-accordion__item"><h3 class="m-accordion__headline"><button class="m-accordion__toggle" aria-expanded="false"
aria-controls="faq-${i}"><span class="m-accordion__title">${f.q}</span><span class="a-icon a-icon--plus" aria-hidden="true"></span></button></h3>
<div class="m-accordion__content" id="faq-${i}" hidden><div class="a-richtext">${f.a}</div></div></div>`,
  )
  .join('\n')}
</div></section>
<section class="o-service-teasers"><h2>${bsService[0]}</h2><div class="m-teaser"><h3>${bsService[1]}</h3><p>${bsService[2]}</p></div>
<div class="m-teaser"><h3>${bsService[3]}</h3><p>${bsService[4]}</p></div><div class="m-teaser"><h3>${bsService[5]}</h3><p>${bsService[6]}</p></div></section>
<section class="o-newsletter"><h2>Get inspired</h2><p>Subscribe to our newsletter for recipes, care tips and offers.</p>
<a class="a-button" href="/us/newsletter">Subscribe now</a></section></main>
<footer class="o-footer"><ul class="o-footer__links">${links(bsFoot, 'o-footer__item')}</ul>
<p class="o-footer__copyright">© BSH Home Appliances Corporation 2025</p><p class="o-footer__claim">Invented for life</p></footer>
<script src="/static/bsh/js/main.4c1e2.js" defer></script></body></html>`;
export const boschFaq: TestPage = {
  html: bsHtml,
  name: 'heldout202-bosch-appliance-faq',
  kind: 'docs',
  // the intro and the collapsed answers are the article, the questions (h3 toggle buttons) its headings; the category chips
  // and the service teasers are furniture
  title: bsTitle,
  headings: bsFaqs.map((f) => f.q),
  body: blocks(bsIntro + bsFaqs.map((f) => f.a).join('\n')),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy is important to us', bsCookie, 'Accept all', 'Only necessary', 'Settings', 'Bosch Home', ...bsNav, 'Search', 'MyBosch',
    ...bsCrumbs, ...bsChips, ...bsService, 'Get inspired', 'Subscribe to our newsletter for recipes, care tips and offers.', 'Subscribe now',
    ...bsFoot, '© BSH Home Appliances Corporation 2025', 'Invented for life',
  ],
};
