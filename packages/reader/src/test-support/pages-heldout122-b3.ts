import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  myAd,
  myCaption,
  myCookie,
  myCopy,
  myFootCols,
  myH,
  myL1,
  myL2,
  myLegal,
  myNav,
  myNews,
  myP1,
  myP2,
  myP3,
  myP4,
  myP5,
  myP6,
  myP7,
  myProducts,
  myRefs,
  myRelated,
  myTabs,
  myTitle,
} from './pages-heldout122-b4.js';

/**
 * Held-out batch 122, file b3: a Mayo Clinic disease overview ("Symptoms & causes" tab) as saved today (the OneTrust
 * cookie banner, skip link, the header with "Request appointment", "Log in", search and the global navigation with hidden
 * menus, the h1 with the tab bar and "Print", the rich text with h2 / h3 sections, an illustration with caption, the
 * "Products & Services" box and the "From Mayo Clinic to your inbox" sign-up box inside the text, the "Request an
 * appointment" button after "When to see a doctor", "By Mayo Clinic Staff", the date, the collapsed references, the
 * right-rail advertisement with its disclaimer, the related rails and the footer); texts in file b4.
 */
const myUl = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const myAdBox = (id: string): string => `<div class="cmp-advertisement" id="${id}"><div class="cmp-advertisement__label">${myAd[0]}</div>
<div class="cmp-advertisement__slot" data-ad-slot="/4456/mayoclinic/diseases-conditions" data-size="300x250"></div>
<div class="cmp-advertisement__disclaimer"><p>${myAd[1]}</p><p><a href="/about-this-site/advertising-sponsorship">${myAd[2]!.replace('&', '&amp;')}</a></p>
<ul>${links(myAd.slice(3))}</ul></div></div>`;
const myHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trigger finger - Symptoms and causes - Mayo Clinic</title>
<meta name="description" content="${myP1[0]}"><meta name="PublishDate" content="2025-08-29"><meta name="ContentType" content="Disease and Condition">
<meta property="og:title" content="Trigger finger - Symptoms and causes"><meta property="og:site_name" content="Mayo Clinic"><meta property="og:type"
content="article">
<link rel="canonical" href="https://www.mayoclinic.org/diseases-conditions/trigger-finger/symptoms-causes/syc-20365100">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Trigger finger - Symptoms and causes",
"about":{"@type":"MedicalCondition","name":"Trigger finger","alternateName":"Stenosing tenosynovitis"},"lastReviewed":"2025-08-29",
"author":{"@type":"Organization","name":"Mayo Clinic"},"publisher":{"@type":"Organization","name":"Mayo Clinic"}}</script>
<link rel="preload" href="/_next/static/css/8b1f0c2e7d4a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8b1f0c2e7d4a.css" data-n-g="">
<script src="https://assets.adobedtm.com/launch-EN2c4a7f1e.min.js" async></script>
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script></head>
<body><div id="__next"><div class="cmp-page">
<a class="cmp-skip-to-main__link" href="#main-content">Skip to content</a>
<header class="cmp-header"><div class="cmp-header__container"><a class="cmp-header__logo" href="/" aria-label="Mayo Clinic Home Page">
<svg class="cmp-logo" role="img" aria-hidden="true" viewBox="0 0 100 100"><path d="M50 0"></path></svg></a>
<nav class="cmp-global-navigation" aria-label="Global"><ul class="cmp-global-navigation__list">
${myNav
  .map(
    (t, i) => `<li class="cmp-global-navigation__item"><button class="cmp-global-navigation__button" aria-expanded="false" aria-controls="gn-menu-${i}">
${t.replace('&', '&amp;')}</button><div class="cmp-global-navigation__menu" id="gn-menu-${i}" hidden><a href="/${i}">${t.replace('&', '&amp;')}</a></div></li>`,
  )
  .join('\n')}</ul></nav>
<div class="cmp-header__utility"><a class="cmp-button cmp-button--primary" href="/appointments">Request appointment</a>
<a class="cmp-header__login" href="https://www.mayoclinic.org/patient-online-services">Log in</a>
<button class="cmp-header__search-toggle" aria-expanded="false"><span>Search</span></button><button class="cmp-header__menu-toggle"><span>Menu</span></button>
</div></div></header>
<main id="main-content" class="cmp-main"><div class="cmp-content-title"><h1 class="cmp-heading__title">
<a href="/diseases-conditions/trigger-finger/symptoms-causes/syc-20365100">
${myTitle}</a></h1><nav class="cmp-sub-navigation" aria-label="Trigger finger"><ul class="cmp-sub-navigation__list">
${links(myTabs, 'cmp-sub-navigation__item')}</ul></nav><button class="cmp-print-button" onclick="window.print()">Print</button></div>
<div class="cmp-row cmp-row--content"><div class="cmp-column cmp-column--main"><section class="cmp-content"><div class="cmp-text__rich-content">
<h2>${myH[0]}</h2>
<figure class="cmp-image"><img src="https://www.mayoclinic.org/-/media/kcms/gbs/patient-consumer/images/2025/08/29/trigger-finger.jpg"
alt="Trigger finger illustration" loading="lazy"><figcaption class="cmp-image__caption"><p class="cmp-image__caption-title">Trigger finger</p>
<p>${myCaption}</p></figcaption></figure>
${ps(myP1)}
<div class="cmp-products-services"><h3 class="cmp-products-services__title">Products &amp; Services</h3><ul>${links(myProducts)}</ul></div>
<h2>${myH[1]}</h2>
${ps(myP2)}
${myUl(myL1)}
${ps(myP3)}
<h3>${myH[2]}</h3>
${ps(myP4)}
<div class="cmp-button-group"><a class="cmp-button cmp-button--primary" href="/appointments">Request an appointment</a></div>
<div class="cmp-email-signup" data-signup-id="consumer-health"><form class="cmp-email-signup__form" novalidate>
<h3 class="cmp-email-signup__title">${myNews[0]}</h3><p class="cmp-email-signup__intro">Sign up for free and stay up to date on research advancements,
health tips, current health topics, and expertise on managing health. <a href="/newsletter/preview">Click here for an email preview.</a></p>
<label for="email-signup-input" class="cmp-email-signup__label">${myNews[2]}</label><input id="email-signup-input" type="email" name="email">
<p class="cmp-email-signup__error" hidden><span class="sr-only">Error</span>Email field is required</p>
<p class="cmp-email-signup__error" hidden><span class="sr-only">Error</span>Include a valid email address</p>
<p class="cmp-email-signup__privacy"><a href="/about-this-site/privacy-policy">${myNews[5]}</a></p>
<p class="cmp-email-signup__disclaimer">${myNews[6]}</p><button type="submit" class="cmp-button">${myNews[7]}</button></form>
<div class="cmp-email-signup__success" hidden><h3>${myNews[8]}</h3><p>${myNews[9]}</p></div></div>
<h2>${myH[3]}</h2>
${ps(myP5)}
<h2>${myH[4]}</h2>
${ps(myP6)}
${myUl(myL2)}
<h2>${myH[5]}</h2>
${ps(myP7)}
</div>
<div class="cmp-author"><p class="cmp-author__byline">By Mayo Clinic Staff</p></div>
<div class="cmp-link-list"><a href="/departments-centers/orthopedic-surgery/overview">Trigger finger care at Mayo Clinic</a></div>
<div class="cmp-button-group"><a class="cmp-button cmp-button--primary" href="/appointments">Request an appointment</a>
<a class="cmp-button cmp-button--secondary" href="/diseases-conditions/trigger-finger/diagnosis-treatment/drc-20365110">Diagnosis &amp; treatment</a></div>
<div class="cmp-publish-date"><p>Aug. 29, 2025</p></div><button class="cmp-print-button" onclick="window.print()">Print</button>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false">Show references</button><ol class="cmp-references__list" hidden>
${myRefs.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
<div class="cmp-related"><h2 class="cmp-related__title">Related</h2><ul>${links(myRelated)}</ul></div>
<div class="cmp-related"><h2 class="cmp-related__title">Associated Procedures</h2><ul>${links(['Hand surgery', 'Steroid injections'])}</ul></div>
</section></div>
<aside class="cmp-column cmp-column--rail">${myAdBox('ad-rail-top')}${myAdBox('ad-rail-bottom')}</aside></div></main>
<footer class="cmp-footer"><div class="cmp-footer__top">
<ul class="cmp-footer__cta">${links(['Find a doctor', 'Explore careers', 'Sign up for free e-newsletters'])}</ul></div>
<div class="cmp-footer__columns">
${myFootCols.map(([h, items]) => `<div class="cmp-footer__column"><h2 class="cmp-footer__heading">${h}</h2><ul>${links(items)}</ul></div>`).join('\n')}
</div><div class="cmp-footer__social"><h2 class="cmp-footer__heading">Follow Mayo Clinic</h2>
${['X', 'Youtube', 'Facebook', 'LinkedIn', 'Instagram']
  .map((t) => `<a href="https://social.example/${t}" aria-label="${t}"><svg aria-hidden="true"></svg></a>`)
  .join('\n')}
<h2 class="cmp-footer__heading">Get the Mayo Clinic app</h2></div><div class="cmp-footer__legal"><ul>${links(myLegal)}</ul>
<p class="cmp-footer__copyright">${myCopy}</p><p class="cmp-footer__languages">Language: <a href="/">English</a> <a href="/es">Español</a>
<a href="/ar">العربية</a> <a href="/zh-hans">简体中文</a></p></div></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div class="ot-sdk-container"><div id="onetrust-policy"><div id="onetrust-policy-text">${myCookie}
<a class="ot-cookie-policy-link" href="/about-this-site/privacy-policy"
aria-label="More information about your privacy, opens in a new tab">Privacy Policy</a></div>
</div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"contentId":"syc-20365100","template":"DiseaseCondition"}},"page":"/[...slug]"}</script>
</body></html>`;
export const mayoOverview: TestPage = {
  html: myHtml,
  name: 'heldout122-mayo-clinic-disease-overview',
  kind: 'docs',
  // the figure caption, the "Products & Services" box, the in-text sign-up box (with its hidden errors and thank-you) and the
  // "Request an appointment" buttons are furniture; "By Mayo Clinic Staff" and the date are bylines; references, related
  // rails, ads and footer are furniture; the tab bar's "Care at Mayo Clinic" repeats the first global menu item
  title: myTitle,
  headings: myH,
  body: texts([...myP1, ...myP2, ...myL1, ...myP3, ...myP4, ...myP5, ...myP6, ...myL2, ...myP7]),
  bylines: ['By Mayo Clinic Staff', 'Aug. 29, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...myNav, 'Request appointment', 'Log in', 'Search', 'Menu', ...myTabs, 'Print', myCaption,
    'Products & Services', ...myProducts, 'Request an appointment', ...myNews, 'Trigger finger care at Mayo Clinic', 'Diagnosis & treatment', 'Show references',
    ...myRefs, 'Related', ...myRelated, 'Associated Procedures', 'Hand surgery', 'Steroid injections', ...myAd, 'Find a doctor', 'Explore careers',
    'Sign up for free e-newsletters', ...myFootCols.flatMap(([h, items]) => [h, ...items]), 'Follow Mayo Clinic', 'Get the Mayo Clinic app', ...myLegal,
    myCopy, 'Language:', 'English', 'Español', 'العربية', '简体中文', myCookie,
    'Privacy Policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ])],
};
