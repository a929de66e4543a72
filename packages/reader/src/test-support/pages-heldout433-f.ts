import { links, type TestPage, texts } from './page-kit.js';
import { phpbbQueues } from './pages-heldout433-f2.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file f: a cinema-and-bowling complex's offers page on a Nuxt (Vue) site (data-v scoped attributes,
 * site picker and header nav, a hero, offer cards grouped under h2 sections with "Book now" buttons and "T&Cs apply"
 * labels, a member-app promo, a terms list, the footer, a Cookiebot dialog and the window.__NUXT__ state script) and,
 * from file f2, a fan forum thread about queue times on phpBB.
 */
const oTitle = 'Offers & Deals';
const oIntro = [
  j(
    'Make your money go further at Reelbowl Hatherley. Whether it is a film on a Tuesday, a few games after school or a',
    'full night out, there is a deal for you below. Offers cannot be combined unless we say so.',
  ),
];
interface Offer {
  title: string;
  text: readonly string[];
}
const oGroups: readonly (readonly [string, readonly Offer[]])[] = [
  [
    'Cinema offers',
    [
      {
        title: 'Terrific Tuesdays',
        text: ['Every standard 2D film is £5.50 all day on Tuesdays, for adults and children alike. Premium seats are £2 extra.'],
      },
      {
        title: 'Kids’ Club Saturdays',
        text: [
          j(
            'Family films every Saturday and Sunday morning at 10am for £2.50 a ticket. Accompanying adults pay the same, and the',
            'lights stay low rather than off.',
          ),
        ],
      },
    ],
  ],
  [
    'Bowling offers',
    [
      {
        title: 'After School Strike',
        text: ['Two games of bowling for £6 per person, Monday to Friday from 3pm to 6pm in term time. Shoe hire included.'],
      },
      {
        title: 'Late Lanes',
        text: ['Unlimited bowling for an hour for up to six players for £30, every night from 9pm. Over-18s only after 9pm.'],
      },
    ],
  ],
  [
    'Food and drink',
    [
      {
        title: 'Meal Deal Mondays',
        text: [
          j(
            'Any pizza or burger from the Lanes Kitchen with a side and a soft drink for £9.95 on Mondays, eat in only. Add a',
            'large popcorn to take into your film for another £3.',
          ),
        ],
      },
      {
        title: 'Student Sundays',
        text: ['Show a valid student card for 20% off food and drink all day on Sundays, and a free game of pool with any meal.'],
      },
    ],
  ],
  [
    'Combo deals',
    [
      {
        title: 'Film & Frames',
        text: [
          j(
            'One film ticket, one game of bowling and a regular drink for £15 per person, any day before 5pm. Book the film',
            'first, then show your e-ticket at the bowling desk on the same day.',
          ),
        ],
      },
      {
        title: 'Party Pack',
        text: [
          j('Birthday parties for 8 or more children: two games, a hot meal, a slush and a party bag for £14.95 per child. The', 'birthday child bowls free.'),
        ],
      },
    ],
  ],
];
const oTerms = [
  'All offers are subject to availability and may be withdrawn at any time.',
  'Offers are not valid on public holidays or for special events such as live screenings.',
  'Bowling offers require players to wear bowling shoes, which are included in the price.',
  'Online booking fees of 75p per ticket apply to cinema bookings made on the website or app.',
];
const oNav = ['What’s On', 'Bowling', 'Offers', 'Parties', 'Food & Drink', 'Gift Cards'];
const oFoot = ['About Reelbowl', 'Careers', 'Accessibility', 'Contact', 'Privacy', 'Cookie settings'];
const V = 'data-v-7b3e1c2a';
const card = (o: Offer): string => `<div ${V} class="offer-card"><div ${V} class="offer-card__media"><img ${V} src="/_nuxt/img/${o.title.length}.webp"
alt=""></div><div ${V} class="offer-card__body"><h3 ${V} class="offer-card__title">${o.title.replace(/&/g, '&amp;')}</h3>
${o.text.map((t) => `<p ${V} class="offer-card__text">${t}</p>`).join('\n')}
<div ${V} class="offer-card__footer"><span ${V} class="offer-card__tcs">T&amp;Cs apply</span><a ${V} href="/book" class="btn btn--primary">Book now</a></div>
</div></div>`;
const oHtml = `<!DOCTYPE html><html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title>Offers &amp; Deals | Reelbowl Hatherley</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport"
content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="Cinema and bowling offers at Reelbowl
Hatherley."><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Offers &amp; Deals | Reelbowl Hatherley">
<link rel="preload" href="/_nuxt/4f8a1c2.js" as="script"><link rel="preload" href="/_nuxt/app.7c1e2d9.css" as="style">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"EntertainmentBusiness","name":"Reelbowl Hatherley",
"address":{"@type":"PostalAddress","addressLocality":"Hatherley"}}</script></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1f2e3d4c class="layout layout--default">
<div data-v-1f2e3d4c class="site-picker"><span data-v-1f2e3d4c class="site-picker__label">Your venue:</span><button data-v-1f2e3d4c
class="site-picker__button">Hatherley</button></div>
<header data-v-9a8b7c6d data-v-1f2e3d4c class="site-header"><a data-v-9a8b7c6d href="/" class="nuxt-link-active site-header__logo" aria-label="Reelbowl"><svg
data-v-9a8b7c6d></svg></a><nav data-v-9a8b7c6d class="site-header__nav"><ul data-v-9a8b7c6d>${links(oNav, 'site-header__item')}</ul></nav>
<a data-v-9a8b7c6d href="/account" class="site-header__account">Sign in</a></header>
<main data-v-1f2e3d4c class="page page--offers"><section ${V} class="hero hero--small"><div ${V} class="hero__inner"><h1 ${V} class="hero__title">Offers &amp;
Deals</h1>
${oIntro.map((p) => `<p ${V} class="hero__lead">${p}</p>`).join('\n')}
</div></section>
${oGroups
  .map(
    ([g, offers]) => `<section ${V} class="offer-group"><h2 ${V} class="offer-group__title">${g}</h2><div ${V} class="offer-group__grid">
${offers.map(card).join('\n')}
</div></section>`,
  )
  .join('\n')}
<section ${V} class="app-promo"><div ${V} class="app-promo__inner"><h2 ${V} class="app-promo__title">Get the Reelbowl app</h2>
<p ${V} class="app-promo__text">Members earn a free film after every nine visits.</p><a ${V} href="/app"
class="btn btn--secondary">Download now</a></div></section>
<section ${V} class="terms"><h2 ${V} class="terms__title">Terms and conditions</h2><ul ${V} class="terms__list">
${oTerms.map((t) => `<li ${V}>${t}</li>`).join('\n')}
</ul></section></main>
<footer data-v-5e6f7a8b data-v-1f2e3d4c class="site-footer"><ul data-v-5e6f7a8b class="site-footer__links">${links(oFoot)}</ul>
<p data-v-5e6f7a8b class="site-footer__legal">Reelbowl Leisure Ltd, Hatherley Retail Park, HT6 2RB. Registered in England no. 09921873.</p></footer>
</div></div></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotCookiebotDialogActive"><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</div>
</div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{page:{slug:"offers",venue:a,offers:6}}],fetch:{},error:b,serverRendered:c,
config:{apiBase:"https:\\u002F\\u002Fapi.reelbowl.example"}}}("hatherley",null,true));</script>
<script src="/_nuxt/4f8a1c2.js" defer></script><script src="/_nuxt/app.1b2c3d4.js" defer></script></body></html>`;
const nuxt: TestPage = {
  name: 'heldout433-nuxt-cinema-bowling-offers-docs',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oGroups.flatMap(([g, offers]) => [g, ...offers.map((o) => o.title)]).concat('Terms and conditions'),
  body: texts([...oIntro, ...oGroups.flatMap(([, offers]) => offers.flatMap((o) => o.text)), ...oTerms]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your venue:', ...oNav.filter((n) => n !== 'Bowling' && n !== 'Offers'), 'Sign in', 'T&Cs apply', 'Book now', 'Get the Reelbowl app',
    'Members earn a free film after every nine visits.',
    'Download now', ...oFoot, 'Reelbowl Leisure Ltd, Hatherley Retail Park, HT6 2RB. Registered in England no. 09921873.', 'This website uses cookies',
    'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.', 'Deny', 'Allow selection', 'Allow all',
  ],
};

export const HELDOUT433_F: readonly TestPage[] = [nuxt, phpbbQueues];
