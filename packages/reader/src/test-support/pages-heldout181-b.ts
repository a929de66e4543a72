import { links, type TestPage, texts } from './page-kit.js';
import { medscapeArticle } from './pages-heldout181-b2.js';

/**
 * Held-out batch 181, file b: a DermNet topic page (the donation bar, the header with the "Topics A–Z", "Image library"
 * and "Learning" menus and search, the breadcrumb, the "Also known as" line under the title, the author and copy-editor
 * line with "Created" and "Last updated", the article with its h2 sections, an image gallery with captions and "See more
 * images", ad slots between sections, Bibliography, "On DermNet" and "Other websites" link lists, the newsletter box,
 * the medical disclaimer, the footer and the cookie consent) and, from file b2, a Medscape eMedicine (Drugs & Diseases)
 * article.
 */
const dnTitle = 'Pitted keratolysis';
const dnAka = 'Also known as: Keratolysis plantare sulcatum, Ringed keratolysis';
const dnH = [
  'What is pitted keratolysis?',
  'Who gets pitted keratolysis?',
  'What causes pitted keratolysis?',
  'What are the clinical features of pitted keratolysis?',
  'How is pitted keratolysis diagnosed?',
  'What is the treatment for pitted keratolysis?',
  'How can pitted keratolysis be prevented?',
];
const dnWhat = [
  'Pitted keratolysis is a superficial bacterial infection of the soles of the feet, and less often the palms. It produces ' +
    'clusters of small, punched-out pits in the thick skin of the weight-bearing areas, and it is frequently accompanied by ' +
    'a strong foot odour.',
];
const dnWho = [
  'Pitted keratolysis affects people of all ages and both sexes, but it is most common in those whose feet are hot and damp ' +
    'for long periods. It is often seen in:',
];
const dnWhoList = [
  'Soldiers, police officers and security staff who wear boots all day',
  'Athletes and people who exercise in enclosed footwear',
  'Farm and factory workers in wet conditions',
  'People with hyperhidrosis (excessive sweating)',
];
const dnCause = [
  'Pitted keratolysis is caused by several species of bacteria that live normally on the skin, including Kytococcus ' +
    'sedentarius and species of Corynebacterium and Dermatophilus. When the skin stays wet, these bacteria multiply and ' +
    'release enzymes that digest keratin, the protein of the outer skin layer, leaving small craters.',
  'The bacteria also produce sulfur compounds, which account for the unpleasant smell.',
];
const dnClin = [
  'The pits are 0.5 to 7 mm across and tend to join together into shallow, irregular erosions. They are most obvious on the ' +
    'heel, the ball of the foot and under the toes, and they stand out more clearly when the skin is wet.',
  'Most people have no symptoms other than the odour and a slippery feeling of the soles. Some describe soreness or a ' + 'burning sensation when walking.',
];
const dnDiag = [
  'The diagnosis is usually made clinically, from the appearance of the pits and the smell. Dermoscopy shows well-defined ' +
    'pits with visible walls. A skin swab or scraping is occasionally taken to exclude a fungal infection.',
];
const dnTreat = ['Treatment combines reducing sweating with a topical antibiotic. Useful options include:'];
const dnTreatList = [
  'Topical clindamycin, erythromycin or fusidic acid, applied twice daily for two to four weeks',
  'Benzoyl peroxide wash or gel',
  'Aluminium chloride hexahydrate solution at night to reduce sweating',
  'Oral erythromycin for extensive or resistant cases',
];
const dnPrev = [
  'Wear cotton or wool socks and change them at least once a day. Alternate shoes so each pair can dry fully for 24 hours. ' +
    'Avoid occlusive footwear where possible, and wash the feet with an antiseptic cleanser once or twice a day.',
  'Pitted keratolysis often returns if the feet stay damp, so these measures should continue after the pits have healed.',
];
const dnNav = ['Topics A–Z', 'Image library', 'Learning', 'Shop', 'About', 'Donate'];
const dnCrumbs = ['Home', 'Topics A–Z', 'Bacterial infections'];
const dnCaps = ['Pitted keratolysis on the heel', 'Confluent pits under the toes', 'Pitted keratolysis, dermoscopy'];
const dnBib = [
  'Fenwick R, Tiwari S. Pitted keratolysis: a review of 80 cases in military recruits. Australas J Dermatol. 2019;60(1):33-7.',
  'Ngata H, Morrell P. Topical treatment of pitted keratolysis. Clin Exp Dermatol. 2021;46(5):910-14.',
];
const dnOnDn = ['Hyperhidrosis', 'Erythrasma', 'Tinea pedis', 'Trichomycosis'];
const dnOther = ['Pitted keratolysis — Skin Health Foundation', 'Foot odour — Health Navigator NZ'];
const dnNews = ['Sign up to the newsletter', 'Get the latest updates from DermNet in your inbox.', 'Email address', 'Subscribe'];
const dnDisclaimer =
  'DermNet does not provide an online consultation service. If you have any concerns about your skin or its treatment, see a dermatologist for advice.';
const dnFoot = ['About us', 'Contact us', 'Our partners', 'Disclaimer', 'Privacy policy', 'Image licensing', 'Advertising', 'Sitemap'];
const dnCookie = ['We use cookies to help you navigate efficiently and perform certain functions.', 'Customise', 'Reject All', 'Accept All'];
const dnPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dnUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const dnSec = (i: number, inner: string): string => `<section class="topic__section" id="section-${i}">
<h2 class="topic__section-title">${dnH[i]}</h2>${inner}</section>`;
const dnAd = (n: number): string => `<div class="advert advert--inline" data-slot="dn_incontent_${n}"><span class="advert__label">Advertisement</span>
<div id="dn-ad-${n}" class="advert__unit"></div></div>`;
const dnHtml = `<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pitted keratolysis | DermNet</title><meta name="description"
content="Pitted keratolysis is a superficial bacterial infection of the soles of the feet.">
<link rel="canonical" href="https://dermnetnz.org/topics/pitted-keratolysis"><meta property="og:title" content="Pitted keratolysis | DermNet">
<meta property="og:image" content="https://dermnetnz.org/assets/Uploads/pitted-keratolysis-01.jpg"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Pitted keratolysis","lastReviewed":"2024-01-18",
"author":{"@type":"Person","name":"Dr Hana Whitlock"},"publisher":{"@type":"Organization","name":"DermNet"}}</script>
<link rel="stylesheet" href="/_resources/themes/dermnet/dist/css/app.css?m=1712043012">
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-DN1"></script>
</head><body class="TopicPage"><a class="skip-link" href="#main">Skip to main content</a>
<div class="donate-bar"><p>DermNet is a free resource. Please consider a donation to keep it that way.</p><a class="btn btn--small"
href="/donate">Donate now</a></div>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><img src="/_resources/themes/dermnet/dist/images/logo.svg"
alt="DermNet"></a><nav class="site-nav" aria-label="Main"><ul class="site-nav__list">${links(dnNav, 'site-nav__item')}</ul></nav>
<form class="site-search" action="/search" role="search"><label class="sr-only" for="site-search-q">Search DermNet</label>
<input id="site-search-q" name="q" type="search" placeholder="Search"><button type="submit">Search</button></form></div></header>
<main id="main"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(dnCrumbs, 'breadcrumb__item')}
<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">Pitted keratolysis</li></ol></nav>
<div class="topic"><div class="topic__main"><header class="topic__header"><h1 class="topic__title">${dnTitle}</h1>
<p class="topic__aka">${dnAka}</p>
<div class="topic__meta"><p class="topic__author">Author: Dr Hana Whitlock, Dermatology Registrar, Tauranga, New Zealand. Copy edited by Lena Forsyth.</p>
<p class="topic__dates">Created 2003. Last updated January 2024.</p></div></header>
<div class="topic__body">
${dnSec(0, dnPs(dnWhat))}
${dnSec(1, `${dnPs(dnWho)}${dnUl(dnWhoList)}`)}
${dnAd(1)}
${dnSec(2, dnPs(dnCause))}
${dnSec(
  3,
  `${dnPs(dnClin)}<div class="image-gallery"><ul class="image-gallery__list">${dnCaps
    .map(
      (c, i) => `<li class="image-gallery__item"><a href="/images/pitted-keratolysis-0${i + 1}">
<img src="/assets/Uploads/pitted-keratolysis-0${i + 1}.jpg" alt="${c}"
loading="lazy"></a><p class="image-gallery__caption">${c}</p></li>`,
    )
    .join('\n')}</ul><a class="image-gallery__more" href="/images/pitted-keratolysis-images">See more images of pitted keratolysis</a></div>`,
)}
${dnSec(4, dnPs(dnDiag))}
${dnAd(2)}
${dnSec(5, `${dnPs(dnTreat)}${dnUl(dnTreatList)}`)}
${dnSec(6, dnPs(dnPrev))}
<section class="topic__section topic__refs"><h2>Bibliography</h2><ul class="topic__biblio">${dnBib.map((b) => `<li>${b}</li>`).join('')}</ul></section>
<section class="topic__section topic__related"><h2>Related information</h2><h3>On DermNet</h3><ul>${links(dnOnDn)}</ul>
<h3>Other websites</h3><ul>${links(dnOther)}</ul></section></div></div>
<aside class="topic__aside"><div class="advert advert--sidebar"><span class="advert__label">Advertisement</span><div id="dn-ad-side"></div></div>
<div class="newsletter-box"><h3>${dnNews[0]}</h3><p>${dnNews[1]}</p><form><label for="nl-email">${dnNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${dnNews[3]}</button></form></div></aside></div></div></main>
<footer class="site-footer"><div class="site-footer__disclaimer"><p>${dnDisclaimer}</p></div><ul class="site-footer__links">${links(dnFoot)}</ul>
<p class="site-footer__copy">© 2024 DermNet New Zealand Trust. All rights reserved.</p></footer>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>${dnCookie[0]}</p>
<button class="btn btn--ghost">${dnCookie[1]}</button><button class="btn btn--ghost">${dnCookie[2]}</button><button class="btn">${dnCookie[3]}</button></div>
<script src="/_resources/themes/dermnet/dist/js/app.js?m=1712043012" defer></script></body></html>`;
const dermnet: TestPage = {
  html: dnHtml,
  name: 'heldout181-dermnet-topic-page',
  kind: 'wiki',
  // the author / copy-editor line and "Created ... Last updated" are bylines; the "Also known as" line is in neither list;
  // the gallery captions, ad labels, Bibliography and related lists (with their headings) are furniture
  title: dnTitle,
  headings: dnH,
  body: texts([...dnWhat, ...dnWho, ...dnWhoList, ...dnCause, ...dnClin, ...dnDiag, ...dnTreat, ...dnTreatList, ...dnPrev]),
  bylines: ['Author: Dr Hana Whitlock, Dermatology Registrar, Tauranga, New Zealand. Copy edited by Lena Forsyth.', 'Created 2003. Last updated January 2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'DermNet is a free resource. Please consider a donation to keep it that way.', 'Donate now', ...dnNav, 'Search DermNet',
    'Search', ...dnCrumbs.filter((c) => c !== 'Topics A–Z'), 'Advertisement', ...dnCaps, 'See more images of pitted keratolysis', 'Bibliography', ...dnBib,
    'Related information', 'On DermNet', ...dnOnDn, 'Other websites', ...dnOther, ...dnNews, dnDisclaimer, ...dnFoot,
    '© 2024 DermNet New Zealand Trust. All rights reserved.', ...dnCookie,
  ],
};

export const HELDOUT181_B: readonly TestPage[] = [dermnet, medscapeArticle];
