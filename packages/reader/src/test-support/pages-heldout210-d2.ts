import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 210, file d2: a motoring organisation's advice page on an AEM-built site (the member header with
 * "Log in" and "Join", the products mega-menu, breadcrumbs, "Last updated" and reading time, an "On this page" jump list,
 * a product promo inside the article text, an expert quote card, an FAQ accordion whose answers are collapsed (hidden),
 * the "Was this page useful?" widget, "More driving advice" cards, the member-offers banner, cookie banner and footer).
 */
const rmTitle = 'Driving in floods: what to do if you meet water on the road';
const rmIntro = [
  'Every winter our patrols rescue hundreds of drivers who tried to cross flooded roads and did not make it. Just 30cm of moving ' +
    'water is enough to float most family cars, and a few centimetres can cause serious engine damage if it is sucked into the ' +
    'air intake.',
  'Here is our advice on avoiding flood water, what to do if you cannot, and what happens to your car and your insurance if it ' + 'goes wrong.',
];
const rmH = ['Before you set off', 'If you meet flood water', 'After driving through water', 'Frequently asked questions'];
const rmP1 = ['Check the local forecast and any flood warnings for your route. Plan an alternative that keeps to higher ground, and allow ' + 'extra time.'];
const rmList1 = [
  'Do not drive into water if you cannot see how deep it is.',
  'Never try to cross moving water, or water next to a fast-flowing river.',
  'If you must cross, wait for vehicles coming the other way to get through first.',
  'Drive slowly, in first gear, keeping the engine revs up to stop water entering the exhaust.',
  'Aim for the highest part of the road, which is usually the crown in the middle.',
];
const rmQuote =
  '“The most expensive mistake we see is drivers who stall in water and then try to restart the engine. If water has got into ' +
  'the cylinders, turning the key can bend the con rods and destroy the engine.”';
const rmQuoteBy = 'Luke Haddon, Patrol of the Year 2025';
const rmP2 = [
  'Once you are through, test your brakes gently on a clear stretch of road. Wet brakes are much less effective until they have ' +
    'dried out. If the car stalled in the water, do not try to restart it. Call for help and have it checked first.',
  'Water damage may not show straight away. Watch for warning lights, a rough-running engine or a damp smell in the cabin over the ' + 'following weeks.',
];
const rmPromo = ['Breakdown cover from £7.50 a month', 'Get a quote'];
const rmFaq: [string, string][] = [
  [
    'Will my car insurance cover flood damage?',
    'Comprehensive policies usually cover flood damage, but many insurers will refuse a claim if you drove into water deliberately ' +
      'or ignored a road closure. Check your policy wording.',
  ],
  [
    'Is it illegal to drive through a closed flooded road?',
    'Driving past a road closed sign is an offence, and you could be fined and receive points on your licence. Your insurance may ' + 'also be invalidated.',
  ],
  [
    'Are electric cars safer in flood water?',
    'Electric cars have sealed battery packs, but they are not designed to be driven through deep water. Treat them exactly as you ' +
      'would a petrol or diesel car.',
  ],
];
const rmHead = ['Log in', 'Join'];
const rmNav = ['Breakdown cover', 'Car insurance', 'Car servicing', 'Driving advice', 'Members’ benefits'];
const rmCrumb = ['Home', 'Driving advice', 'Safety'];
const rmToc = 'On this page';
const rmUseful = ['Was this page useful?', 'Yes', 'No'];
const rmMore = ['Driving in snow and ice', 'How to jump start a car', 'Winter car checklist'];
const rmOffer = ['Members save up to 25% on tyres and servicing', 'See member offers'];
const rmCookie = ['We use cookies to give you the best online experience.', 'Accept all cookies', 'Manage cookies'];
const rmFoot = ['Contact us', 'Careers', 'Accessibility', 'Privacy notice', 'Cookie notice', 'Modern slavery statement'];
const rmLegal =
  'Roadway Motoring Association Limited. Registered in England and Wales, number 01234567. Authorised and regulated by the Financial Conduct Authority.';
const rmSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const rmHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Driving in floods | Driving advice | Roadway</title><meta name="description" content="${rmIntro[0]}">
<meta property="og:title" content="${rmTitle}"><meta name="template" content="advice-article">
<link rel="canonical" href="https://www.roadway.example/driving-advice/floods">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${rmFaq
  .map(([q]) => `{"@type":"Question","name":"${q}"}`)
  .join(',')}]}</script>
<script src="/etc.clientlibs/roadway/clientlibs/clientlib-site.lc-8e2f-lc.min.js" defer></script></head>
<body class="page basicpage"><div class="root container responsivegrid">
<header class="cmp-header"><a class="cmp-header__logo" href="/">Roadway</a><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">
${links(rmNav, 'cmp-navigation__item')}</ul></nav><div class="cmp-header__member"><a href="/login">${rmHead[0]}</a>
<a class="cmp-button" href="/join">${rmHead[1]}</a></div></header>
<main class="cmp-container"><nav class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(rmCrumb, 'cmp-breadcrumb__item')}</ol></nav>
<div class="cmp-title"><h1 class="cmp-title__text">${rmTitle}</h1></div>
<div class="article-meta"><span class="article-meta__updated">Last updated: 12 January 2026</span><span class="article-meta__read">4 min read</span></div>
<div class="cmp-toc"><p class="cmp-toc__title">${rmToc}</p><ul>${rmH.map((h) => `<li><a href="#${rmSlug(h)}">${h}</a></li>`).join('')}</ul></div>
<div class="cmp-text">${rmIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="cmp-text"><h2 id="${rmSlug(rmH[0] ?? '')}">${rmH[0]}</h2>${rmP1.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="cmp-text"><h2 id="${rmSlug(rmH[1] ?? '')}">${rmH[1]}</h2><ul>${rmList1.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="cmp-quote"><blockquote class="cmp-quote__text"><p>${rmQuote}</p></blockquote><p class="cmp-quote__author">${rmQuoteBy}</p></div>
<div class="cmp-promo cmp-promo--inline"><p class="cmp-promo__title">${rmPromo[0]}</p><a class="cmp-button" href="/breakdown-cover">${rmPromo[1]}</a></div>
<div class="cmp-text"><h2 id="${rmSlug(rmH[2] ?? '')}">${rmH[2]}</h2>${rmP2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="cmp-accordion" data-cmp-is="accordion"><h2 id="${rmSlug(rmH[3] ?? '')}">${rmH[3]}</h2>
${rmFaq
  .map(
    ([q, a], i) => `<div class="cmp-accordion__item" data-cmp-hook-accordion="item"><h3 class="cmp-accordion__header"><button class="cmp-accordion__button"
aria-expanded="false" aria-controls="faq-${i}-panel" id="faq-${i}-button"><span class="cmp-accordion__title">${q}</span><span class="cmp-accordion__icon">
</span>
</button></h3><div id="faq-${i}-panel" class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region" aria-hidden="true"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div>
<div class="cmp-feedback"><p>${rmUseful[0]}</p><button>${rmUseful[1]}</button><button>${rmUseful[2]}</button></div>
<section class="cmp-teaser-list"><h2>More driving advice</h2><ul>${links(rmMore, 'cmp-teaser')}</ul></section>
<div class="cmp-banner"><p>${rmOffer[0]}</p><a href="/offers">${rmOffer[1]}</a></div></main>
<footer class="cmp-footer"><ul>${links(rmFoot)}</ul><p class="cmp-footer__legal">${rmLegal}</p></footer></div>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>${rmCookie[0]}</p><button>${rmCookie[1]}</button><button>${rmCookie[2]}</button></div>
</body></html>`;
export const advice: TestPage = {
  html: rmHtml,
  name: 'heldout210-motoring-org-advice',
  kind: 'docs',
  // the expert quote is body and its attribution furniture; the FAQ questions (h3s in the accordion) are headings and
  // their collapsed answers body; the inline product promo is furniture; the "On this page" list repeats the headings
  title: rmTitle,
  headings: [...rmH, ...rmFaq.map(([q]) => q)],
  body: texts([...rmIntro, ...rmP1, ...rmList1, rmQuote, ...rmP2, ...rmFaq.map(([, a]) => a)]),
  bylines: ['Last updated: 12 January 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Roadway', ...rmNav, ...rmHead, ...rmCrumb.filter((t) => t !== 'Driving advice'), rmToc, rmQuoteBy, ...rmPromo, ...rmUseful, 'More driving advice',
    ...rmMore, ...rmOffer, ...rmFoot, rmLegal, ...rmCookie,
  ],
};
