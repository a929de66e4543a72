import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file d2: a pharmacy chain's health hub article on Adobe Experience Manager (`aem-Grid` layout and
 * `cmp-*` core components: the store header with basket and store finder, the promo strip, breadcrumb, the title and
 * "Reviewed by" pharmacist line with the reading time, text and image components, an inline product carousel, a
 * "Related articles" teaser list, the loyalty-card sign-up and the footer).
 */
const pTitle = 'Hay fever: how to get through the pollen season';
const pH = ['What causes hay fever?', 'Treatments you can buy', 'Simple ways to cut your exposure', 'When to see a GP'];
const pIntro = [
  j(
    'If spring means sneezing, itchy eyes and a constantly runny nose, you are not alone. Around one in four adults has hay',
    'fever, and the good news is that most people can control their symptoms with treatments from the pharmacy.',
  ),
];
const pP1 = [
  j(
    'Hay fever is an allergic reaction to pollen. When pollen lands in your nose, eyes or throat, your immune system reacts',
    'as if it were harmful and releases histamine, which causes the familiar symptoms. Tree pollen tends to peak from late',
    'March to mid-May, grass pollen from May to July and weed pollen from late June to September.',
  ),
];
const pP2 = ['Your pharmacist can help you choose the right product for your symptoms. The main options are:'];
const pList = [
  'Antihistamine tablets or liquids, which ease sneezing, itching and a runny nose. Non-drowsy types are best for daytime.',
  'Steroid nasal sprays, which reduce swelling inside the nose and work best when used every day from before the season starts.',
  'Eye drops containing sodium cromoglicate, for itchy, watery eyes.',
  'Saline nasal rinses, which wash pollen out of the nose and are suitable for most people.',
];
const pP3 = [
  j('Start your treatment two weeks before your usual symptoms begin. Taking it every day, rather than only on bad days,', 'usually gives better control.'),
];
const pList2 = [
  'Check the pollen forecast and keep windows closed on high-count days.',
  'Put petroleum jelly around your nostrils to trap pollen.',
  'Wear wraparound sunglasses when you are outside.',
  'Shower and change your clothes after spending time outdoors.',
  'Dry washing indoors when the pollen count is high.',
];
const pP4 = [
  j(
    'Speak to a GP if pharmacy treatments are not helping, if you have wheezing or a tight chest, or if you are pregnant or',
    'breastfeeding and need advice on what is safe to take.',
  ),
];
const pNav = ['Health & Pharmacy', 'Beauty', 'Baby & Child', 'Wellness', 'Offers', 'Prescriptions'];
const pRelated = ['Is it a cold or hay fever?', 'Eye allergies: soothing itchy eyes', 'Asthma and pollen: what to know'];
const pProducts = ['Clearday Non-Drowsy Allergy Tablets 30s', 'Pollenshield Steroid Nasal Spray 150 sprays', 'Brightlook Allergy Eye Drops 10ml'];
const pFoot = ['Store finder', 'Delivery information', 'Returns', 'Help centre', 'Terms and conditions', 'Privacy policy', 'Cookie settings'];
const cmpText = (inner: string): string => `<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${inner}</div></div>`;
const cmpTitle = (h: string): string => `<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title">
<h2 class="cmp-title__text">${h}</h2></div></div>`;
const uls = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`;
const pHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Hay fever: how to get through the pollen season | Hartwell
Pharmacy</title><meta name="description" content="Hay fever treatments and tips from Hartwell pharmacists.">
<meta name="template" content="health-hub-article"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${pTitle}","dateModified":"2026-02-20",
"reviewedBy":{"@type":"Person","name":"Amrit Sandhu"},"publisher":{"@type":"Organization","name":"Hartwell Pharmacy"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/hartwell/clientlibs/clientlib-site.lc-7f3e2a-lc.min.css" type="text/css">
<script>window.adobeDataLayer = window.adobeDataLayer || [];adobeDataLayer.push({"page":{"template":"health-hub-article","section":"health-hub"}});
</script></head><body class="page basicpage"><div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">
<div class="experiencefragment header aem-GridColumn--default--12"><header class="cmp-header"><div class="cmp-promo-strip"><p>Free delivery on
orders over £25</p></div><a class="cmp-header__logo" href="/">Hartwell Pharmacy</a><form class="cmp-search" role="search"><input
aria-label="Search for products, brands or advice" placeholder="Search for products, brands or advice"></form>
<ul class="cmp-header__utility">${links(['Store finder', 'Sign in', 'Basket'], 'cmp-header__utility-item')}</ul>
<nav class="cmp-navigation" aria-label="Main"><ul class="cmp-navigation__group">${links(pNav, 'cmp-navigation__item')}</ul></nav></header></div>
<div class="breadcrumb aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(['Home', 'Health hub', 'Allergies'], 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="container responsivegrid aem-GridColumn--default--8"><div class="cmp-container cmp-article"><div class="aem-Grid aem-Grid--8">
<div class="title aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${pTitle}</h1></div></div>
<div class="cmp-article-meta"><p class="cmp-article-meta__reviewer">Reviewed by Amrit Sandhu, Hartwell pharmacist</p>
<p class="cmp-article-meta__date">Updated 20 February 2026</p><p class="cmp-article-meta__read">5 min read</p></div>
<div class="image aem-GridColumn--default--12"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/hartwell/health-hub/hayfever.jpg"
alt="Woman sneezing in a field"><span class="cmp-image__title">Grass pollen peaks in early summer.</span></div></div>
${cmpText(ps(pIntro))}
${cmpTitle(pH[0] ?? '')}
${cmpText(ps(pP1))}
${cmpTitle(pH[1] ?? '')}
${cmpText(ps(pP2) + uls(pList) + ps(pP3))}
<div class="productcarousel aem-GridColumn--default--12"><div class="cmp-product-carousel"><h3 class="cmp-product-carousel__title">Shop hay fever
relief</h3><ul>${pProducts
  .map(
    (p) => `<li class="cmp-product-tile"><a href="/p/${p.length}">${p}</a><span class="cmp-product-tile__price">£6.49</span>
<button class="cmp-product-tile__add">Add to basket</button></li>`,
  )
  .join('\n')}</ul></div></div>
${cmpTitle(pH[2] ?? '')}
${cmpText(uls(pList2))}
${cmpTitle(pH[3] ?? '')}
${cmpText(ps(pP4))}
<div class="cmp-disclaimer"><p>This article is for information only and does not replace advice from your doctor or pharmacist. Always read the
label.</p></div></div></div></div>
<div class="container aem-GridColumn--default--4"><aside class="cmp-related"><h2 class="cmp-related__title">Related articles</h2>
<ul>${links(pRelated, 'cmp-teaser')}</ul></aside>
<div class="cmp-loyalty-signup"><h3>Join Hartwell Rewards</h3><p>Collect 4 points for every £1 you spend and get personalised health offers.</p>
<a class="cmp-button" href="/rewards">Join now</a></div></div>
<div class="experiencefragment footer aem-GridColumn--default--12"><footer class="cmp-footer"><ul>${links(pFoot)}</ul>
<p>© Hartwell Pharmacy Ltd 2026. Registered pharmacy premises details are available in our store finder.</p></footer></div></div></div></div>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to give you the best experience and to show you relevant offers.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Manage Preferences</button></div>
<script src="/etc.clientlibs/hartwell/clientlibs/clientlib-site.lc-7f3e2a-lc.min.js"></script></body></html>`;
export const pharmacyHub: TestPage = {
  name: 'heldout249-aem-pharmacy-health-hub',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pIntro, ...pP1, ...pP2, ...pList, ...pP3, ...pList2, ...pP4]),
  bylines: ['Reviewed by Amrit Sandhu, Hartwell pharmacist', 'Updated 20 February 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free delivery on orders over £25', 'Hartwell Pharmacy', 'Sign in', 'Basket', ...pNav, 'Home', 'Health hub', 'Allergies',
    'Grass pollen peaks in early summer.', 'Shop hay fever relief', ...pProducts, '£6.49', 'Add to basket',
    'This article is for information only and does not replace advice from your doctor or pharmacist. Always read the label.', 'Related articles',
    ...pRelated, 'Join Hartwell Rewards', 'Collect 4 points for every £1 you spend and get personalised health offers.', 'Join now', ...pFoot,
    '© Hartwell Pharmacy Ltd 2026. Registered pharmacy premises details are available in our store finder.',
    'We use cookies to give you the best experience and to show you relevant offers.', 'Accept All Cookies', 'Manage Preferences',
  ],
};
