import { links, ps, type TestPage, texts } from './page-kit.js';
import { ecPress } from './pages-heldout199-d2.js';

/**
 * Held-out batch 199, file d: a New Zealand Government (govt.nz) guidance page (skip link, the header with the govt.nz logo,
 * "Browse", "Services A to Z", "Te reo Māori" and search, the breadcrumb, the "On this page" list, content with a "Who to contact"
 * box, the "Related pages" aside, the "Was this page helpful?" widget, "This page was last updated" line and the footer with
 * the Te Kāwanatanga o Aotearoa lockup) and, from file d2, a European Commission press corner release.
 */
const nzTitle = 'Burning garden waste at home';
const nzIntro = [
  'In many parts of New Zealand you can burn garden waste at home, but there are rules about when, where and what you can burn. ' +
    'Breaking them can lead to a fine, and you may have to pay the cost of putting out a fire that gets out of control.',
];
const nzH1 = 'Check if you can burn';
const nzP1 = ['Rules for outdoor fires are set by Fire and Emergency New Zealand and by your local council. Before you light a fire, check both:'];
const nzL1 = [
  'the current fire season for your area — open, restricted or prohibited',
  'your council’s air quality rules, which may ban outdoor burning in towns and cities',
];
const nzP1b = [
  'In an open fire season you usually do not need a permit. In a restricted season you need a fire permit, which is free. During a ' +
    'prohibited season no outdoor fires are allowed, even with a permit.',
];
const nzH2 = 'What you can and cannot burn';
const nzP2 = ['You can burn dry garden waste such as branches, prunings, leaves and untreated wood. You must not burn:'];
const nzL2 = [
  'treated, painted or oiled timber',
  'plastics, rubber, tyres or foam',
  'household rubbish or food waste',
  'green or wet vegetation that will produce a lot of smoke',
];
const nzH3 = 'Staying safe';
const nzP3 = [
  'Build your fire at least 10 metres away from buildings, fences and trees, and keep it small. Have a hose or buckets of water ready, ' +
    'and make sure an adult is with the fire at all times until it is fully out.',
  'Check the weather forecast before you burn. Do not light a fire on a windy day, or if strong winds are expected in the next few days, ' +
    'as a fire that seems to be out can flare up again.',
  'Let your neighbours know if you plan to burn. Smoke drifting across roads or into homes can be dangerous and may be treated as a nuisance.',
];
const nzH4 = 'If your fire gets out of control';
const nzP4 = [
  'Call 111 straight away and ask for Fire. Do not try to fight a large fire yourself. If you lit the fire without a permit when one ' +
    'was needed, you may be charged for the cost of putting it out.',
];
const nzContact = ['Fire and Emergency New Zealand', 'Phone: 0800 555 473', 'For fire season and permit information, visit checkitsalright.example.'];
const nzNav = ['Browse', 'Services A to Z', 'Te reo Māori', 'Search'];
const nzCrumbs = ['Home', 'Browse', 'Housing and property', 'Your home and garden'];
const nzRelated = ['Getting rid of rubbish and recycling', 'Composting at home', 'Smoke alarms in your home'];
const nzHelpful = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback.', 'Tell us how we can improve this page (optional)', 'Submit'];
const nzFoot = ['About govt.nz', 'Contact us', 'Accessibility', 'Copyright', 'Privacy', 'Terms of use', 'Site map'];
const nzHtml = `<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${nzTitle} | NZ Government</title>
<meta name="description" content="What you need to check before burning garden waste at home, what you can burn and how to stay safe.">
<meta property="og:site_name" content="NZ Government"><meta property="og:title" content="${nzTitle}"><meta property="og:type" content="website">
<meta name="dcterms.modified" content="2025-10-14"><link rel="canonical" href="https://www.govt.nz/browse/housing-and-property/your-home/burning-garden-waste/">
<link rel="stylesheet" href="/_resources/themes/govtnz/dist/css/main.css?m=1728890123">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
})(window,document,'script','dataLayer','GTM-WX7');</script>
</head><body class="GuidancePage"><a href="#main-content" class="skip-link">Skip to main content</a>
<header class="header" role="banner"><div class="header__inner container"><a href="/" class="header__logo">
<img src="/_resources/themes/govtnz/img/govtnz-logo.svg"
alt="govt.nz — connecting you to New Zealand central and local government services"></a><nav class="header__nav" aria-label="Primary">
<ul>${links(nzNav, 'header__nav-item')}</ul></nav><form class="header__search" action="/search/" role="search"><label for="search" class="sr-only">
Search govt.nz</label><input type="search" id="search" name="q" placeholder="Search govt.nz"><button type="submit">Go</button></form></div></header>
<nav class="breadcrumbs container" aria-label="Breadcrumbs"><ol>${links(nzCrumbs, 'breadcrumbs__item')}</ol></nav>
<main id="main-content" class="main container" role="main"><div class="main__layout"><article class="main__content">
<h1 class="page-title">${nzTitle}</h1><nav class="on-this-page" aria-labelledby="otp"><h2 id="otp" class="on-this-page__title">On this page</h2><ul>
<li><a href="#check">${nzH1}</a></li><li><a href="#what">${nzH2}</a></li><li><a href="#safe">${nzH3}</a></li><li><a href="#control">${nzH4}</a></li></ul></nav>
<div class="typography">${ps(nzIntro)}<h2 id="check">${nzH1}</h2>${ps(nzP1)}<ul>${nzL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(nzP1b)}
<h2 id="what">${nzH2}</h2>${ps(nzP2)}<ul>${nzL2.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2 id="safe">${nzH3}</h2>${ps(nzP3)}
<h2 id="control">${nzH4}</h2>${ps(nzP4)}</div>
<aside class="contact-box"><h2 class="contact-box__title">Who to contact</h2><p class="contact-box__org">${nzContact[0]}</p>
<p class="contact-box__phone">${nzContact[1]}</p><p>${nzContact[2]}</p></aside>
<div class="page-meta"><p>This page was last updated: <time datetime="2025-10-14">14 October 2025</time></p></div>
<section class="helpful" aria-labelledby="helpful-title"><h2 id="helpful-title" class="helpful__title">${nzHelpful[0]}</h2>
<div class="helpful__buttons"><button type="button" value="yes">${nzHelpful[1]}</button><button type="button" value="no">${nzHelpful[2]}</button></div>
<div class="helpful__thanks" hidden>${nzHelpful[3]}</div><form class="helpful__form" hidden><label for="improve">${nzHelpful[4]}</label>
<textarea id="improve"></textarea><button type="submit">${nzHelpful[5]}</button></form></section></article>
<aside class="main__sidebar"><section class="related"><h2 class="related__title">Related pages</h2><ul>${links(nzRelated)}</ul></section></aside>
</div></main><footer class="footer" role="contentinfo"><div class="footer__inner container"><ul class="footer__links">${links(nzFoot)}</ul>
<div class="footer__lockup"><img src="/_resources/themes/govtnz/img/nzgovt-lockup.svg" alt="Te Kāwanatanga o Aotearoa New Zealand Government"></div>
<p class="footer__copyright">Crown copyright ©</p></div></footer>
<script src="/_resources/themes/govtnz/dist/js/main.js?m=1728890123" defer></script></body></html>`;
const govtNz: TestPage = {
  html: nzHtml,
  name: 'heldout199-govt-nz-guidance',
  kind: 'docs',
  // the "On this page" list repeats the headings and is left out; the "Who to contact" box is furniture (page-level
  // contact panel), the "last updated" line a byline
  title: nzTitle,
  headings: [nzH1, nzH2, nzH3, nzH4],
  body: texts([...nzIntro, ...nzP1, ...nzL1, ...nzP1b, ...nzP2, ...nzL2, ...nzP3, ...nzP4]),
  bylines: ['This page was last updated: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nzNav, 'Search govt.nz', 'Go', ...nzCrumbs.slice(2), 'On this page', 'Who to contact', ...nzContact.slice(1),
    ...nzHelpful, 'Related pages', ...nzRelated, ...nzFoot, 'Crown copyright ©',
  ],
};

export const HELDOUT199_D: readonly TestPage[] = [govtNz, ecPress];
