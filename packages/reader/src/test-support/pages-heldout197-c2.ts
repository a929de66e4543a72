import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 197, file c2: an Umbraco 13 news article on a housing association's site (the site-wide alert banner,
 * the skip link, utility links, the mega-menu navigation, breadcrumbs, the hero with date and news category, a block grid
 * with rich-text, image and call-to-action blocks, the "Share this article" links, the "Was this page helpful?" Umbraco
 * Forms widget, a "Latest news" rail, the footer with contact details and the Cookiebot dialog).
 */
const uTitle = 'Repairs line to open on Saturdays from June';
const uP1 = [
  'Tenants will be able to report repairs by phone on Saturday mornings from 7 June, after Riverbend Homes agreed to extend the ' +
    'opening hours of its contact centre following a survey of more than 1,800 households.',
  'The repairs line, which currently closes at 6pm on Friday and reopens at 8am on Monday, will be staffed from 9am to 1pm on ' +
    'Saturdays. Emergency repairs, such as a total loss of heating or water, a gas leak or an unsafe electrical fitting, can still ' +
    'be reported at any time on the out-of-hours number.',
];
const uH1 = 'What tenants told us';
const uP2 = [
  'In the survey, carried out in February and March, 61 per cent of tenants who work full time said they had put off reporting a ' +
    'repair because they could not call during the week. Many said they only noticed problems, such as a dripping tap or a ' +
    'sticking window, at the weekend.',
  'Tenants also told us they wanted more choice over appointment times. From June, operatives will offer morning, afternoon and ' +
    'school-run slots, and tenants can ask for a text message when the operative is on the way.',
];
const uH2 = 'Other ways to report a repair';
const uList = [
  'Online through My Riverbend, at any time.',
  'By email, with photos if you can, to the repairs team.',
  'In person at our Quayside office, Monday to Friday.',
];
const uP3 = [
  'Reports made online are picked up by the team within one working day. Tenants who report online can follow the progress of ' +
    'the job and rearrange appointments without calling.',
];
const uQuote =
  '“We heard very clearly that our hours suited us more than they suited our tenants,” said Neha Bhatt, director of property ' +
  'services. “Saturday opening is a first step. We will look at the figures after six months and see whether evenings are needed too.”';
const uP4 = [
  'The extra hours will be covered by existing staff working a rota, with no change to the budget for the contact centre. ' +
    'The association’s tenant panel will review the first six months of the service in December.',
];
const uAlert = 'Our offices will be closed on Monday 26 May for the bank holiday. Emergency repairs: call 0300 555 0199.';
const uUtil = ['Pay my rent', 'My Riverbend', 'Contact us'];
const uNav = ['Find a home', 'Your home', 'Your tenancy', 'Money and support', 'About us', 'News'];
const uCrumb = ['Home', 'About us', 'News'];
const uCta = ['Report a repair online', 'Log in or register for My Riverbend to report a repair and track it.', 'Report a repair'];
const uShare = ['Share this article', 'Share on Facebook', 'Share on X', 'Share by email'];
const uHelp = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback.'];
const uLatest = ['Tenant panel elections: nominations open', 'New homes at Ferry Lane handed over', 'Changes to garage rents from April'];
const uLatestDates = ['12 May 2025', '2 May 2025', '24 April 2025'];
const uFoot = ['Riverbend Homes, Quayside House, 3 Wharf Road, Gloucester GL1 2AB', 'Accessibility', 'Privacy notice', 'Cookies', 'Complaints', 'Sitemap'];
const uReg = 'Riverbend Homes is a registered society (No. 29871R) and a registered provider of social housing (L4410).';
const uCb = [
  'This website uses cookies',
  'We use cookies to personalise content, to provide social media features and to analyse our traffic. You consent to our cookies ' +
    'if you continue to use our website.',
  'Deny',
  'Allow selection',
  'Allow all',
  'Necessary',
  'Preferences',
  'Statistics',
  'Marketing',
  'Show details',
];
const uRte = (html: string): string => `<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"
data-content-element-type-key="6f1d0b52-5c0e-4b6b-9b8a-24a7e1c3d6f1" data-col-span="8" data-row-span="1"><div class="rich-text">${html}</div></div>`;
const uP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const uHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${uTitle} | Riverbend Homes</title><meta name="description" content="Tenants will be able to report repairs on Saturday mornings from 7 June.">
<meta property="og:title" content="${uTitle}"><meta property="og:image" content="https://www.riverbendhomes.example/media/3kqnx0ab/repairs-van.jpg?width=1200">
<link rel="canonical" href="https://www.riverbendhomes.example/about-us/news/repairs-line-to-open-on-saturdays-from-june/">
<link rel="stylesheet" href="/css/main.min.css?v=20250512"><script id="Cookiebot" src="https://consent.cookiebot.example/uc.js"
data-cbid="1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718" data-blockingmode="auto" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2025-05-14",
"publisher":{"@type":"Organization","name":"Riverbend Homes","logo":{"@type":"ImageObject","url":"https://www.riverbendhomes.example/media/logo.svg"}}}</script>
</head><body class="page-newsArticle"><a class="skip-link" href="#main-content">Skip to main content</a>
<div class="alert-banner" role="region" aria-label="Site alert"><div class="container"><p>${uAlert}</p>
<button class="alert-banner__close" aria-label="Dismiss alert"><span class="visually-hidden">Dismiss</span></button></div></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/media/logo.svg" alt="Riverbend Homes home page"></a>
<ul class="site-header__utility">${links(uUtil)}</ul><form class="site-search" action="/search/" method="get" role="search">
<label for="q" class="visually-hidden">Search the site</label><input type="search" id="q" name="q"><button type="submit">Search</button></form></div>
<nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">${uNav
  .map(
    (t) => `<li class="main-nav__item has-children">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="main-nav__link">${t}</a><div class="mega-menu" hidden><p class="mega-menu__intro">
Everything about ${t.toLowerCase()}</p></div></li>`,
  )
  .join('\n')}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><div class="container"><ol>${links(uCrumb)}<li aria-current="page">${uTitle}</li></ol></div></nav>
<main id="main-content"><div class="news-hero"><div class="container"><span class="news-hero__tag">Repairs</span><h1>${uTitle}</h1>
<p class="news-hero__date"><time datetime="2025-05-14">14 May 2025</time></p></div></div>
<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container container">
${uRte(`${uP(uP1)}<h2>${uH1}</h2>${uP(uP2)}`)}
<div class="umb-block-grid__layout-item" data-content-element-type-alias="imageBlock" data-col-span="8" data-row-span="1">
<figure class="image-block"><img src="/media/3kqnx0ab/repairs-van.jpg?rmode=max&amp;width=800&amp;rnd=133912" alt="A repairs operative unloading a van"
loading="lazy"></figure></div>
${uRte(`<h2>${uH2}</h2><ul>${uList.map((t) => `<li>${t}</li>`).join('')}</ul>${uP(uP3)}<blockquote><p>${uQuote}</p></blockquote>${uP(uP4)}`)}
<div class="umb-block-grid__layout-item" data-content-element-type-alias="callToActionBlock" data-col-span="4" data-row-span="1">
<div class="cta-block"><h3 class="cta-block__title">${uCta[0]}</h3><p>${uCta[1]}</p><a class="button" href="/my-riverbend/">${uCta[2]}</a></div></div>
</div></div>
<div class="container article-footer"><div class="share"><h2 class="share__title">${uShare[0]}</h2><ul>
${uShare
  .slice(1)
  .map((t) => `<li><a href="#" class="share__link"><span class="visually-hidden">${t}</span><svg aria-hidden="true"></svg></a></li>`)
  .join('')}</ul></div>
<div class="feedback-form"><div class="umbraco-forms-page" id="5d3a1c0e"><form action="/about-us/news/repairs-line-to-open-on-saturdays-from-june/"
method="post"
enctype="multipart/form-data" id="form5d3a1c0e" name="form5d3a1c0e"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8N3x">
<div class="umbraco-forms-form pagefeedback umbraco-forms-default"><fieldset class="umbraco-forms-fieldset"><legend>${uHelp[0]}</legend>
<div class="umbraco-forms-field washelpful singlechoice"><div class="umbraco-forms-field-wrapper"><div class="radiobuttonlist"><label><input type="radio"
name="wasHelpful" value="Yes"> ${uHelp[1]}</label><label><input type="radio" name="wasHelpful" value="No"> ${uHelp[2]}</label></div></div></div></fieldset>
<div class="umbraco-forms-navigation row-fluid"><input type="submit" class="btn primary" value="Send" name="__next"></div></div>
<input name="ufprt" type="hidden" value="CfDJ8N3xk"><div class="umbraco-forms-submitmessage" hidden>${uHelp[3]}</div></form></div></div>
<aside class="latest-news"><h2>Latest news</h2><ul>${uLatest
  .map(
    (t, i) => `<li class="news-card"><a href="/about-us/news/${i}/"><h3>${t}</h3></a>
<time>${uLatestDates[i]}</time></li>`,
  )
  .join('\n')}</ul><a href="/about-us/news/" class="latest-news__all">View all news</a></aside></div></main>
<footer class="site-footer"><div class="container"><p>${uFoot[0]}</p><p>Call us on 0300 555 0100</p><ul>${links(uFoot.slice(1))}</ul>
<p class="site-footer__reg">${uReg}</p><p>© Riverbend Homes 2025</p></div></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotCookiebotDialogActive" lang="en" data-template="popup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">
<h2 id="CybotCookiebotDialogBodyContentTitle">${uCb[0]}</h2><div id="CybotCookiebotDialogBodyContentText">${uCb[1]}</div>
<div id="CybotCookiebotDialogBodyLevelButtonsTable">${uCb
  .slice(5, 9)
  .map(
    (t) => `<label class="CybotCookiebotDialogBodyLevelButtonWrapper">${t}
<input type="checkbox" class="CybotCookiebotDialogBodyLevelButton"></label>`,
  )
  .join('')}</div>
<a id="CybotCookiebotDialogBodyLevelDetailsButton" href="#">${uCb[9]}</a></div><div id="CybotCookiebotDialogFooter">
<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">${uCb[2]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">${uCb[3]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">${uCb[4]}</button></div></div></div>
<script src="/scripts/main.min.js?v=20250512" defer></script><script src="/App_Plugins/UmbracoForms/Assets/umbracoforms.min.js" defer></script>
</body></html>`;
export const umbracoNews: TestPage = {
  html: uHtml,
  name: 'heldout197-umbraco-news',
  kind: 'news',
  // the quoted statement in a blockquote is part of the story (body); the date is a byline; the alert banner, hidden mega-menu
  // intros, breadcrumbs, news category, the call-to-action block inside the grid, share links, feedback form, latest news rail,
  // footer and the Cookiebot dialog are furniture; the category label "Repairs" is a word of the title, and "My Riverbend"
  // and "Report a repair" are words of a list item and a heading: left out
  title: uTitle,
  headings: [uH1, uH2],
  body: texts([...uP1, ...uP2, ...uList, ...uP3, uQuote, ...uP4]),
  bylines: ['14 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', uAlert, 'Dismiss', 'Pay my rent', 'Contact us', 'Search the site', 'Search', ...uNav,
    ...uNav.map((t) => `Everything about ${t.toLowerCase()}`), 'Home', ...uCta.slice(0, 2), ...uShare, ...uHelp, 'Latest news', ...uLatest,
    ...uLatestDates, 'View all news', ...uFoot, 'Call us on 0300 555 0100', uReg, '© Riverbend Homes 2025', ...uCb,
  ],
};
