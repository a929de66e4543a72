import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file c2: a pharmacy chain's health hub page on Adobe Experience Manager core components (`cmp-` classes,
 * `aem-Grid` columns, the basket and store-finder header, the breadcrumb component, the "Reviewed by" line, a product carousel
 * with prices and ratings, a promo teaser for the online doctor service, "Explore more in Health Hub" teasers and the footer).
 */
const hTitle = 'Hay fever: how to get ahead of pollen season';
const hHeads = [
  'What is hay fever?',
  'Start treatment early',
  'Which remedy is right for you?',
  'Simple ways to cut your pollen exposure',
  'When to get more help',
];
const hIntro = [
  j(
    'If sneezing, streaming eyes and an itchy throat arrive every spring, you are far from alone: around one in four adults has hay',
    'fever. Here is how to plan ahead so pollen season is less of a struggle.',
  ),
];
const hWhat = [
  j(
    'Hay fever is an allergic reaction to pollen. Tree pollen tends to peak from late March to mid-May, grass pollen from mid-May to',
    'July, and weed pollen from late June to September, so the time of year your symptoms start gives a clue to what you react to.',
  ),
];
const hEarly = [
  j(
    'Many people wait until symptoms are bad before buying anything. Pharmacists often suggest starting a steroid nasal spray about',
    'two weeks before your usual season begins, because these sprays take several days to reach their full effect.',
  ),
];
const hWhich = ['Your pharmacist can help you choose, but as a rough guide:'];
const hWhichList = [
  'Antihistamine tablets ease sneezing, itching and a runny nose. Newer ones are less likely to make you drowsy.',
  'Steroid nasal sprays are best for a blocked nose and work well when used every day through the season.',
  'Antihistamine or mast-cell eye drops soothe red, itchy and watery eyes.',
  'Saline nasal rinses can wash pollen out of the nose and are suitable for most people, including in pregnancy.',
];
const hWhich2 = [
  j(
    'Always tell your pharmacist about any other medicines you take, and check before giving hay fever products to children, as some',
    'are only suitable from a certain age.',
  ),
];
const hCut = [
  'Put petroleum jelly around your nostrils to trap pollen',
  'Wear wraparound sunglasses when you are outside',
  'Shower and change your clothes after spending time outdoors',
  'Keep windows closed on high-pollen days, especially in the early evening',
  'Dry washing indoors when the pollen count is high',
];
const hHelp = [
  j(
    'Speak to a GP if your symptoms are not controlled by pharmacy treatments, if you are wheezy or short of breath, or if hay fever',
    'is affecting your sleep or work. Some people may be offered prescription treatments or a referral to an allergy clinic.',
  ),
];
const hTop = ['Stores', 'Prescriptions', 'Online Doctor', 'Offers', 'Basket'];
const hNav = ['Health & Pharmacy', 'Beauty', 'Baby & Child', 'Wellness', 'Health Hub'];
const hCrumbs = ['Home', 'Health Hub', 'Allergy'];
const hProducts = [
  ['Halewell Allergy Relief 10mg Tablets - 30 Tablets', '£3.49', '4.6 out of 5 stars'],
  ['Pollenshield Nasal Spray 150 Sprays', '£8.99', '4.4 out of 5 stars'],
  ['Clearview Itchy Eye Drops 10ml', '£5.25', '4.2 out of 5 stars'],
];
const hTeasers = ['Asthma and hay fever: what you need to know', 'How to use a nasal spray properly', 'Is it a cold or hay fever?'];
const hFoot = ['Help & contact', 'Delivery information', 'Returns', 'Store locator', 'Careers', 'Accessibility', 'Terms & conditions', 'Privacy notice'];
const cmp = (name: string, inner: string): string => `<div class="${name} aem-GridColumn aem-GridColumn--default--12">${inner}</div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${hTitle} | Health Hub | Halewell Pharmacy</title>
<meta name="description" content="Pharmacist advice on hay fever remedies and how to reduce your exposure to pollen.">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.halewell.example/health-hub/allergy/hay-fever-pollen-season">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","datePublished":"2026-03-02",
"reviewedBy":{"@type":"Person","name":"Sunita Rahman, pharmacist"}}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"template":"health-hub-article"}});</script>
<link rel="stylesheet" href="/etc.clientlibs/halewell/clientlibs/clientlib-site.lc-7a1f-lc.min.css"></head>
<body class="page basicpage"><div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">
${cmp(
  'experiencefragment header',
  `<header class="cmp-header"><a class="cmp-header__logo" href="/">Halewell Pharmacy</a>
<ul class="cmp-header__utility">${links(hTop, 'cmp-header__utility-item')}</ul>
<form class="cmp-search"><input class="cmp-search__input" placeholder="Search products, services and advice"></form>
<nav class="cmp-navigation"><ul class="cmp-navigation__group">${links(hNav, 'cmp-navigation__item')}</ul></nav></header>`,
)}
${cmp(
  'breadcrumb',
  `<nav class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(hCrumbs, 'cmp-breadcrumb__item')}</ol></nav>`,
)}
${cmp('title', `<div class="cmp-title"><h1 class="cmp-title__text">${hTitle}</h1></div>`)}
${cmp('text article-meta', `<div class="cmp-text"><p>Reviewed by Sunita Rahman, pharmacist</p><p>Published 2 March 2026</p><p>4 min read</p></div>`)}
${cmp(
  'image',
  `<div class="cmp-image"><img class="cmp-image__image" src="/content/dam/hub/hay-fever.jpg" alt="Woman sneezing in a park">
<span class="cmp-image__title">Tree pollen is usually the first to arrive each year.</span></div>`,
)}
${cmp('text', `<div class="cmp-text">${ps(hIntro)}<h2>${hHeads[0]}</h2>${ps(hWhat)}<h2>${hHeads[1]}</h2>${ps(hEarly)}</div>`)}
${cmp(
  'teaser promo',
  `<div class="cmp-teaser"><p class="cmp-teaser__pretitle">Online Doctor</p><h3 class="cmp-teaser__title">Need a prescription
hay fever treatment?</h3><div class="cmp-teaser__description"><p>Get a consultation with our online doctor, from £15.</p></div>
<a class="cmp-teaser__action-link" href="/online-doctor/hay-fever">Start consultation</a></div>`,
)}
${cmp(
  'text',
  `<div class="cmp-text"><h2>${hHeads[2]}</h2>${ps(hWhich)}<ul>${lis(hWhichList)}</ul>${ps(hWhich2)}
<h2>${hHeads[3]}</h2><ul>${lis(hCut)}</ul><h2>${hHeads[4]}</h2>${ps(hHelp)}</div>`,
)}
${cmp(
  'productcarousel',
  `<div class="cmp-productcarousel"><h2 class="cmp-productcarousel__title">Shop hay fever relief</h2>
${hProducts
  .map(
    ([n, p, r]) => `<div class="cmp-product-tile"><a class="cmp-product-tile__name" href="#">${n}</a><span class="cmp-product-tile__price">${p}</span>
<span class="cmp-product-tile__rating">${r}</span><button class="cmp-product-tile__add">Add to basket</button></div>`,
  )
  .join('\n')}</div>`,
)}
${cmp('list teasers', `<div class="cmp-list-wrapper"><h2>Explore more in Health Hub</h2><ul class="cmp-list">${links(hTeasers, 'cmp-list__item')}</ul></div>`)}
${cmp(
  'experiencefragment footer',
  `<footer class="cmp-footer"><ul>${links(hFoot, 'cmp-footer__item')}</ul><p class="cmp-footer__legal">Halewell Pharmacy
Ltd, registered in England and Wales no. 04419872. Registered pharmacy premises: 1 Station Road, Coldmere.</p></footer>`,
)}
</div></div></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and measure our marketing.</p>
<button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div></body></html>`;
export const pharmacyHub: TestPage = {
  name: 'heldout295-aem-pharmacy-health-hub-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hWhat, ...hEarly, ...hWhich, ...hWhichList, ...hWhich2, ...hCut, ...hHelp]),
  bylines: ['Reviewed by Sunita Rahman, pharmacist', 'Published 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halewell Pharmacy', ...hTop, ...hNav, ...hCrumbs.filter((t) => t !== 'Health Hub'), '4 min read', 'Tree pollen is usually the first to arrive each year.',
    'Need a prescription hay fever treatment?', 'Get a consultation with our online doctor, from £15.', 'Start consultation', 'Shop hay fever relief',
    ...hProducts.flat(), 'Add to basket', 'Explore more in Health Hub', ...hTeasers, ...hFoot,
    'Halewell Pharmacy Ltd, registered in England and Wales no. 04419872. Registered pharmacy premises: 1 Station Road, Coldmere.',
    'We and our partners use cookies to personalise content and measure our marketing.', 'Accept all', 'Manage preferences',
  ],
};
