import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file f: a short fiction prize's call for entries on a Wix site (Thunderbolt markup: SITE_HEADER with
 * the dropdown menu, rich text components with font_ classes, a button component, an image with its caption text box,
 * a members' login bar, the free-plan WIX_ADS banner, consent banner, SITE_FOOTER) and a research council's press release
 * about awarded grants on GOV.UK (cookie banner, super navigation header, breadcrumbs, title with "Press release" context,
 * lead paragraph, "From" / "Published" metadata, govspeak body with h2s and a quote, share links, related content
 * sidebar, "Is this page useful?" and the footer).
 */
const wTitle = 'The Ferrow Prize for Short Fiction 2026: Call for Entries';
const wBody = [
  j(
    'Entries are now open for the fourth Ferrow Prize, an award for unpublished short stories of up to 4,000 words by writers',
    'living anywhere in the British Isles. The prize is run by volunteers from the Ferrow Reading Room and judged anonymously.',
  ),
  j(
    'The winner will receive £2,000 and a week’s residency at Gull Cottage on the Ferrow estuary. Two runners-up will each',
    'receive £500, and all ten shortlisted stories will be published in our anthology, Low Water, in November.',
  ),
  'Rules and eligibility',
  j(
    'Stories must be original, in English and not previously published in print or online, including on personal blogs.',
    'You may enter up to two stories. Simultaneous submissions are welcome, but please tell us at once if your story is',
    'accepted elsewhere.',
  ),
  j(
    'The entry fee is £8 per story. Fifty free entries are reserved for writers on a low income: email us before the',
    'deadline and we will send you a code, no questions asked.',
  ),
  'Key dates',
  'Deadline: 11:59pm, 30 June 2026. Shortlist announced: 15 September 2026. Winner announced at the Ferrow Book Festival on 10 October 2026.',
  j(
    'This year’s judge is the novelist Maren Holloway-Quist, whose own first story was shortlisted for a prize run from a',
    'village hall. “Surprise me,” she says. “I want stories that could only have been written by you.”',
  ),
  j(
    'Please send your story as a Word document or PDF, double spaced, with the title on every page and your name nowhere in',
    'the file. Entries that reveal the author’s name will be returned, with the fee refunded, so that you can correct them.',
  ),
];
const wMenu = ['Home', 'The Prize', 'Past Winners', 'Anthology', 'FAQ', 'Contact'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wBlocks = [
  rich('lq7x1a0', `${wp(wBody[0] ?? '')}\n${wp(wBody[1] ?? '')}`),
  rich('lq7x1a3', wh(wBody[2] ?? '')),
  rich('lq7x1a4', `${wp(wBody[3] ?? '')}\n${wp(wBody[4] ?? '')}`),
  rich('lq7x1a6', wh(wBody[5] ?? '')),
  rich('lq7x1a7', wBody.slice(6).map(wp).join('\n')),
];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Call for Entries | Ferrow Prize</title>
<meta property="og:title" content="Call for Entries | Ferrow Prize"><meta property="og:site_name" content="Ferrow Prize">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","consentPolicy","siteMembers"],"site":{"metaSiteId":"0b7e1f"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"WebSite","name":"Ferrow Prize","url":"https://www.ferrowprize.example"}</script>
<style id="css_masterPage">.font_0{font:normal normal normal 48px/1.2em playfair display,serif}.font_8{font:normal normal normal 17px/1.6em lato}</style></head>
<body><div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" class="nLrPFc"><span class="NaIpkl">
This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span><span class="yBWmBQ">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1Yvr ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mhOMp1">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rich('kx1logo', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">FERROW PRIZE</span></p>')}
<nav aria-label="Site" id="comp-kx1menu" class="XwCBRN wixui-dropdown-menu"><ul class="HXgDYd">
${wMenu
  .map(
    (t) => `<li class="wdQ4gt wixui-dropdown-menu__item" data-testid="${t.length}"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="yRj2ms"><div class=""><p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-kx1login" class="wixui-login-bar"><button class="Ngp3Bz" aria-label="Log In">Log In</button></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page" data-testid="page-bg"></div><div data-mesh-id="c1dmpinlineContent"><section id="comp-lq7x0sec" class="xuzjBY wixui-section">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq7x0col" class="comp-lq7x0col YzqVVZ wixui-column-strip__column">
${rich('lq7x0t1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wBlocks.join('\n')}
<div id="comp-lq7x1btn" aria-disabled="false" class="comp-lq7x1btn R6ex7N wixui-button"><a data-testid="linkElement"
href="https://ferrowprize.submittable.example" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Submit your story</span></a></div>
<div id="comp-lq7x1img" class="MazNVa comp-lq7x1img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wix-image class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq7x1img","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/7a1c2e_gullcottage.jpg"
alt="Gull Cottage at low tide"></wix-image></div></div>
${rich(
  'lq7x1cap',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Gull Cottage, home of the winner’s residency. Photo: Ada Brennock</span></p>`,
)}
</div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('kx1foot1', '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Join our mailing list for prize news</span></p>')}
<form id="comp-kx1form" class="wixui-form"><input type="email" placeholder="Email"><button class="wixui-button"><span
class="wixui-button__label">Subscribe</span>
</button></form>
${rich(
  'kx1foot2',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2026 by Ferrow Reading Room. Proudly created with Wix.com</span></p>`,
)}
</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="dialog" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By using this website you agree to our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout427-wix-prize-call-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Rules and eligibility', 'Key dates'],
  body: texts(wBody.filter((_, i) => i !== 2 && i !== 5)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'top of page', 'FERROW PRIZE', ...wMenu, 'Log In',
    'Submit your story', 'Gull Cottage, home of the winner’s residency. Photo: Ada Brennock', 'Join our mailing list for prize news', 'Subscribe',
    '© 2026 by Ferrow Reading Room. Proudly created with Wix.com', 'This website uses cookies. By using this website you agree to our use of cookies.',
    'Settings', 'Accept',
  ],
};
/* A research council's press release on GOV.UK. */
const gTitle = '£23 million awarded to 14 projects tackling antimicrobial resistance in farming';
const gLead = 'Fourteen research teams will share £23 million to find new ways of reducing antibiotic use on farms and in aquaculture.';
const gBody = [
  j(
    'The AVRC today announced the winners of its Resistant Futures competition, which opened to applications last spring.',
    'The projects, led by universities and research institutes across the UK, will run for up to five years.',
  ),
  j(
    'Antimicrobial resistance in animals can pass to people through food, water and direct contact. Although antibiotic',
    'sales for farm animals have fallen in recent years, some sectors still rely on them to control common diseases.',
  ),
];
const gProjects = [
  'a vaccine for a bacterial disease of farmed trout, led from the Loch Arran Aquaculture Centre',
  'sensors in dairy parlours that detect mastitis days before symptoms appear',
  'a study of how resistance genes move between pig farms through manure spread on fields',
  'a programme training vets and farmers together to cut routine preventive treatments',
];
const gQuote = j(
  '“Every one of these projects was shaped with the farmers and vets who will use the results. That is how we make sure',
  'research changes practice, not just papers.”',
);
const gAfter = [
  j(
    'Each project must publish its data openly and work with at least one farm business or producer organisation. Around a',
    'third of the money will fund early-career researchers, including twelve new PhD studentships.',
  ),
  'Professor Delia Marchbank, Executive Chair of AVRC, said the quality of proposals had been exceptionally high, with 96 applications received.',
  j(
    'The competition is part of the government’s national action plan on antimicrobial resistance. A second round, focused',
    'on companion animals, will open in the autumn.',
  ),
];
const gNotes = [
  'The Resistant Futures competition was announced in March 2025 and closed in September 2025.',
  'A full list of the funded projects is available on the AVRC website.',
];
const gCrumbs = ['Home', 'Business and industry', 'Science and innovation'];
const gRelated = ['Resistant Futures competition: guidance for applicants', 'UK national action plan on antimicrobial resistance'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>${gTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="govuk:format" content="press_release"><meta name="govuk:publishing-app" content="whitehall">
<meta name="govuk:organisations" content="<D1412><D1413>"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-03-04T09:30:00+00:00"}
</script><link rel="stylesheet" href="/assets/frontend/application-5d2b.css"></head>
<body class="govuk-template__body"><script>document.body.className+=' js-enabled'+('noModule' in
HTMLScriptElement.prototype?' govuk-frontend-supported':'');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message
govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how
you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button"><span class="govuk-visually-hidden">Show or hide search</span></button>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Press release</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div><p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/avrc" class="govuk-link">Agricultural and
Veterinary Research Council</a> and <a href="/government/organisations/dept-food-rural" class="govuk-link">Department for Food and Rural Affairs</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 March 2026</dd></dl></div>
<div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gBody)}
<h2 id="the-projects">The projects</h2>
<p>Among the funded projects are:</p>
<ul>${gProjects.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="call-to-action"><p>${gQuote}</p></div>
${ps(gAfter)}
<h2 id="notes-to-editors">Notes to editors</h2>
<ol class="steps">${gNotes.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div></div></div>
<div class="gem-c-share-links govuk-!-margin-bottom-8"><h2 class="gem-c-share-links__title govuk-heading-s">Share this page</h2><ul
class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link" href="#"><span class="govuk-visually-hidden">Share on </span>Facebook</a></li>
<li class="gem-c-share-links__list-item"><a class="govuk-link" href="#"><span class="govuk-visually-hidden">Share on </span>Twitter</a></li></ul></div>
<div class="gem-c-published-dates"><h2 class="govuk-heading-s">Published 4 March 2026</h2></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(['Farming and food', 'Animal health'])}</ul></div></div></div></main></div>
<div class="gem-c-feedback govuk-!-display-none-print"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-button">Report a problem with this
page</button></div></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul><div class="govuk-footer__meta-custom">
Built by the <a href="/government/organisations/government-digital-service" class="govuk-footer__link">Government Digital Service</a></div>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>,
except where otherwise stated</span><a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application-6e1a.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout427-govuk-press-release-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['The projects', 'Notes to editors'],
  body: texts([gLead, ...gBody, 'Among the funded projects are:', ...gProjects, gQuote, ...gAfter, ...gNotes]),
  bylines: ['Agricultural and Veterinary Research Council', 'Department for Food and Rural Affairs', '4 March 2026', 'Published 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Show or hide search',
    ...gCrumbs, 'Press release', 'From:', 'Published', 'Share this page', 'Share on Facebook', 'Share on Twitter', 'Related content', ...gRelated,
    'Explore the topic',
    'Farming and food', 'Animal health', 'Is this page useful?', 'Report a problem with this page', 'Support links', ...gFoot,
    'Built by the Government Digital Service', 'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};
export const HELDOUT427_F: readonly TestPage[] = [wix, govuk];
