import { links, type TestPage, texts } from './page-kit.js';
import { cbs } from './pages-heldout29-a2.js';

/**
 * Held-out batch 29, file a: an NBC News story (Next.js markup with CSS-module class names, the "IE 11 is not supported"
 * banner, skip link, section nav with "Watch Live" and "Sign In", unibrow, headline and dek, the "Share & Save" menu, hero
 * image with caption and credit, inline byline and timestamp, two h2 section heads, ad slots, a "Recommended" teaser between
 * paragraphs, the newsletter signup, the expanded byline with a bio and a contributor line, Taboola "Sponsored Stories", the
 * consent banner and the footer). The CBS News story of this file is in pages-heldout29-a2.ts.
 */
const nbTitle = 'One MRI truck, 11 hospitals: How rural Kansas is rationing scans';
const nbDek =
  'A single mobile scanner now serves a stretch of western Kansas larger than New Jersey. Patients wait weeks, and doctors say some ' +
  'cancers are being found too late.';
const nbBody1 = [
  'HALDEN, Kan. — Every other Tuesday, a white semitrailer backs up to a concrete pad behind Prairie Ridge Regional Hospital, and ' +
    'for the next 14 hours this town of 3,800 has an MRI machine.',
  'By the following morning the truck is gone, headed 90 miles north to the next hospital on its route. It will not be back for ' + 'two weeks.',
  'The trailer, owned by a Wichita imaging company, is the only MRI scanner serving 11 small hospitals across western Kansas, a ' +
    'region with about 140,000 residents. Hospital administrators say the arrangement worked when it began in 2016. Now the waiting ' +
    'list at some stops stretches past six weeks.',
  '“We are scheduling patients for knee scans in January who hurt themselves in October,” said Dr. Lorna Baptiste, the only ' +
    'orthopedic surgeon who visits Prairie Ridge. “For a knee, that is frustrating. For a patient with a lump we are worried ' +
    'about, it is not acceptable.”',
];
const nbH1 = 'A shortage of technicians, not machines';
const nbBody2 = [
  'The company, Heartland Mobile Imaging, said it would add a second truck if it could staff one. Its chief operating officer, ' +
    'Grant Whitcomb, said technologists willing to drive a semitrailer route and sleep in motels four nights a week are hard to ' +
    'find, and two of its openings have gone unfilled since spring.',
  'A survey by the Kansas Rural Health Alliance, a nonprofit group that represents small hospitals, found that 19 of the ' +
    'state’s critical access hospitals rely on a mobile MRI service, and that 14 of them had seen longer waits in the past year.',
  'Building a permanent scanner is out of reach for most of them. A new machine and the shielded room it needs cost about ' +
    '$3 million, Whitcomb said, more than Prairie Ridge spends on equipment in a decade.',
];
const nbH2 = 'Driving four hours for a scan';
const nbBody3 = [
  'Patients who cannot wait have another option: the drive. The nearest hospital with a scanner open every day is a round trip ' +
    'of nearly four hours from Halden.',
  'Marisol Ferrante, 61, a retired school secretary, made that drive three times in the spring after her doctor found a mass in ' +
    'her abdomen. Her husband took unpaid days off work to drive her, she said, because the sedative she was given before each ' +
    'scan left her too drowsy to drive herself home.',
  '“I would have waited for the truck if I could,” Ferrante said. “But nobody wants to wait five weeks to find out if it is ' +
    'cancer.” Her mass turned out to be benign.',
  'Baptiste said she has seen the other outcome, too: two patients this year whose tumors, she believes, would have been ' +
    'smaller if they had been scanned sooner.',
  'State lawmakers are expected to consider a bill in January that would offer grants to hospitals that share the cost of a ' +
    'fixed scanner. Hospital leaders in Halden say they are already talking with two neighboring counties about splitting one.',
  '“Ten years ago the truck was a clever idea,” said Dale Overholt, Prairie Ridge’s chief executive. “Now it is the only idea ' +
    'we have, and it is not enough.”',
];
const nbNav = ['Politics', 'U.S. News', 'World', 'Local', 'Business', 'Health', 'Investigations', 'Culture & Trends', 'Decision 2026', 'Tipline'];
const nbShare = ['Facebook', 'X', 'Email', 'SMS', 'Print', 'Whatsapp', 'Reddit', 'Pocket', 'Flipboard', 'Pinterest', 'Linkedin'];
const nbCaption = 'The mobile MRI trailer that serves 11 hospitals in western Kansas, parked at Prairie Ridge Regional Hospital in Halden on Nov. 11.';
const nbRecommended = 'Rural maternity wards keep closing. These doulas are filling the gap.';
const nbBio = 'Rachel Quint is a national reporter for NBC News, covering health care in rural America.';
const nbSponsored = [
  'Doctors Urge Seniors to Try This Simple Knee Trick Before Bed',
  'The Kansas Homeowners Who Are Getting Solar Panels for $0 Down',
  'This Is the Best-Rated Hearing Aid of 2025, and It Costs Less Than You Think',
];
const nbFoot = [
  'About',
  'Contact',
  'Help',
  'Careers',
  'Ad Choices',
  'Privacy Policy',
  'Your Privacy Choices',
  'CA Notice',
  'Terms of Service',
  'NBC News Sitemap',
  'Closed Captioning',
  'Advertise',
  'Select Shopping',
];
const nbPara = (t: string): string => `<p class="">${t}</p>`;
const nbAd = (slot: string): string =>
  `<div class="ad-container styles_adContainer__x4Q2L"><div class="ad ad--${slot}" data-mps-slot="${slot}" data-testid="ad-${slot}"></div></div>`;
const nbHtml = `<!DOCTYPE html>
<html lang="en" class="nbcnews"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nbTitle}</title><meta property="og:site_name" content="NBC News"><meta name="branch:deeplink:pageType" content="article">
<link rel="preload" as="font" href="/_next/static/media/FoundersGroteskCond-Bold.woff2" crossorigin="anonymous">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nbTitle}",
"datePublished":"2025-11-24T10:00:00.000Z","author":[{"@type":"Person","name":"Rachel Quint","url":"https://www.nbcnews.example/author/rachel-quint"}],
"publisher":{"@type":"Organization","name":"NBC News"},"articleSection":"Health News"}</script>
<style>.ie-banner{display:none}@media all and (-ms-high-contrast:none){.ie-banner{display:block}}</style></head>
<body class="layout-article"><div id="__next"><div class="ie-banner" data-test="ie-banner">IE 11 is not supported. For an optimal experience
visit our site on another browser.</div><a class="skip-link" href="#content">Skip to Content</a>
<div class="layout-header"><header class="navbar nbcnews" data-test="header"><div class="navbar__wrapper">
<a class="navbar__logo" href="https://www.nbcnews.example" aria-label="NBC News Logo"><svg viewBox="0 0 80 30" role="img"></svg></a>
<nav class="navbar-menu styles_navMenu__A9f2c" aria-label="Sections"><ul class="navbar-menu__list">${links(nbNav, 'navbar-menu__item')}</ul></nav>
<div class="navbar__actions"><a class="navbar__live" href="/now">Watch Live</a><button class="navbar__account" data-testid="account-login">Sign In</button>
<button class="navbar__menu-toggle" aria-label="Open menu" aria-expanded="false"><span class="sr-only">Menu</span></button></div></div></header></div>
${nbAd('topbanner')}
<main id="content" class="article-main"><article class="article styles_article__Ee5Ad" data-activity-map="article">
<section class="article-hero article-hero--default"><div class="article-hero__container">
<div class="article-hero__unibrow-grid"><a class="unibrow article-hero__unibrow" href="/health/health-care" data-testid="unibrow">Health news</a></div>
<h1 class="article-hero-headline__htag lh-none-print black-print">${nbTitle}</h1>
<div class="styles_articleDek__Icz5H" data-testid="article-dek">${nbDek}</div>
<div class="article-hero__share"><div class="social-share-menu" data-testid="social-share-menu">
<button class="social-share-menu__toggle" aria-haspopup="true" aria-expanded="false">Share &amp; Save</button>
<ul class="social-share-menu__list" hidden>${nbShare
  .map((t) => `<li><a class="social-share-menu__link" href="#" data-social="${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul>
<button class="bookmark-button" aria-label="Save for later"><span class="bookmark-button__label">Save</span></button></div></div></div>
<figure class="article-hero__main-image" data-testid="article-hero-image"><picture><source media="(min-width: 1240px)"
srcset="https://media-cldnry.s-nbcnews.example/image/upload/t_fit-1240w,f_auto,q_auto:best/mri-trailer.jpg">
<img alt="A semitrailer with an MRI scanner parked behind a hospital." src="https://media-cldnry.s-nbcnews.example/mri-trailer.jpg"
loading="eager"></picture><figcaption class="caption caption__container"><span class="caption__text">${nbCaption}</span>
<span class="caption__source">Caleb Ostrander for NBC News</span></figcaption></figure></section>
<div class="article-body"><div class="article-body__section layout-grid-container"><div class="article-body__first-section">
<section class="article-inline-byline" data-testid="article-inline-byline"><span class="byline-name" data-testid="byline-name">By
<a href="/author/rachel-quint-ncpn1120411">Rachel Quint</a></span></section>
<div class="article-body__date-source"><time class="relative" datetime="Mon Nov 24 2025 10:00:00 GMT+0000">Nov. 24, 2025, 5:00 AM EST</time></div>
</div><div class="article-body__content" data-testid="article-body-content">
${nbBody1.slice(0, 2).map(nbPara).join('\n')}
${nbAd('boxinline')}
${nbBody1.slice(2).map(nbPara).join('\n')}
<section class="recommended-intersection-ref"><div class="inline-recommended" data-testid="recommended-tease">
<h3 class="eyebrow inline-recommended__eyebrow">Recommended</h3><span class="inline-recommended__unibrow">Health news</span>
<a class="inline-recommended__headline" href="/health/rural-maternity-wards-doulas-rcna241811">${nbRecommended}</a></div></section>
<h2 class="">${nbH1}</h2>
${nbBody2.map(nbPara).join('\n')}
${nbAd('midresponsive')}
<h2 class="">${nbH2}</h2>
${nbBody3.map(nbPara).join('\n')}
<div class="inline-newsletter styles_signup__Qk0vZ" data-testid="newsletter-signup"><h3 class="inline-newsletter__title">Get the Morning Rundown</h3>
<p class="inline-newsletter__description">Start each weekday with the stories everyone will be talking about.</p>
<form><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Enter your email">
<button type="submit">Sign Up</button></form><p class="inline-newsletter__legal">This site is protected by reCAPTCHA and the Google Privacy Policy
and Terms of Service apply.</p></div>
<div class="expanded-byline-contributors articleBylineContainer"><div class="expanded-byline" data-testid="expanded-byline">
<div class="byline-thumbnail"><img src="https://media-cldnry.s-nbcnews.example/rachel-quint.jpg" alt="" loading="lazy"></div>
<div class="expanded-byline__info"><span class="byline-name"><a href="/author/rachel-quint-ncpn1120411">Rachel Quint</a></span>
<p class="byline-bio">${nbBio}</p><a class="byline-social" href="https://x.example/rquint" aria-label="Follow on X">X</a>
<a class="byline-social" href="mailto:rachel.quint@nbcuni.example" aria-label="Email">Email</a></div></div>
<p class="expanded-byline-contributors__contributor">Caleb Ostrander contributed.</p></div>
</div></div></div></article>
<aside class="taboola-feed"><div id="taboola-below-article-thumbnails" class="trc_related_container">
<div class="trc_rbox_header"><span class="trc_rbox_header_span">Sponsored Stories</span><a class="trc_adc_wrapper" href="#">by Taboola</a></div>
<ul class="trc_rbox_div">${nbSponsored
  .map((t) => `<li class="videoCube"><a class="item-label-href" href="#"><span class="video-title">${t}</span></a></li>`)
  .join('')}</ul>
</div></aside></main>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use
cookies to improve your experience, to measure audiences and to show ads that are relevant to you.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<footer class="footer styles_footer__bW3kR" data-test="footer"><div class="footer__logo">NBC News</div>
<ul class="footer__links">${links(nbFoot, 'footer__item')}</ul>
<p class="footer__copyright">© 2025 NBCUniversal Media, LLC</p></footer></div>
<script>window.__NEXT_DATA__={"page":"/article","buildId":"nbc-20251121-2"};</script>
<script async src="https://cdn.taboola.example/libtrc/nbcnews/loader.js"></script></body></html>`;
const nbc: TestPage = {
  html: nbHtml,
  name: 'heldout29-nbc-news-story',
  kind: 'news',
  // the dek under the headline is the story's standfirst: body; the two h2 heads are the headings; the dateline "HALDEN, Kan. —"
  // opens the first paragraph and stays body; "Rachel Quint" (byline and expanded byline, listed once) and the timestamp are
  // bylines ("By" in neither); the contributor line "Caleb Ostrander contributed." is furniture (as batch 19's contributor note),
  // and so is the expanded byline's bio; the unibrow, the hidden share list, the caption and its credit, the "Recommended"
  // teaser, the newsletter box, Taboola items, the IE banner, consent banner, nav and footer are furniture; the nav's "Health"
  // and the footer's "About" are words of the body: left out
  title: nbTitle,
  headings: [nbH1, nbH2],
  body: [nbDek, ...texts(nbBody1), ...texts(nbBody2), ...texts(nbBody3)],
  bylines: ['Rachel Quint', 'Nov. 24, 2025, 5:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'IE 11 is not supported. For an optimal experience visit our site on another browser.', 'Skip to Content',
    ...nbNav.filter((t) => t !== 'Health'), 'Watch Live', 'Sign In', 'Menu', 'Health news', 'Share & Save', ...nbShare, 'Save',
    nbCaption, 'Caleb Ostrander for NBC News', 'Recommended', nbRecommended, 'Get the Morning Rundown',
    'Start each weekday with the stories everyone will be talking about.', 'Email address', 'Sign Up',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.', nbBio, 'Caleb Ostrander contributed.',
    'Sponsored Stories', 'by Taboola', ...nbSponsored,
    'We and our partners use cookies to improve your experience, to measure audiences and to show ads that are relevant to you.',
    'Accept Cookies', 'Cookie Settings', 'NBC News', ...nbFoot.filter((t) => t !== 'About'), '© 2025 NBCUniversal Media, LLC',
  ],
};

export const HELDOUT29_A: readonly TestPage[] = [nbc, cbs];
