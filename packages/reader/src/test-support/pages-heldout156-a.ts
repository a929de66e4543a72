import { links, type TestPage, texts } from './page-kit.js';
import { slackPage } from './pages-heldout156-a2.js';

/**
 * Held-out batch 156, file a: an Atlassian Support (Confluence Cloud) documentation page as saved (the OneTrust cookie
 * banner, the support header with product switcher and "Log in", the left product navigation, breadcrumbs, the
 * Cloud / Data Center deployment switch, the "Who can do this?" box, an info panel inside the article, the "Was this
 * helpful?" widget, "Still need help?" with the Community link, the "On this page" rail and the footer) and, from file a2,
 * a Slack Help Center article.
 */
const cfTitle = 'Set review dates for pages in a space';
const cfIntro = [
  'Pages that describe how your team works go stale quietly. A review date tells Confluence when a page should be checked ' +
    'again, and reminds the page owner when that day comes, so nobody has to remember which runbooks are three releases old.',
  'You can set a review date on a single page, or set a default review period for every new page in a space.',
];
const cfH1 = 'Set a review date on a page';
const cfSteps1 = [
  'Open the page and select <strong>More actions</strong> (<strong>•••</strong>) in the top-right corner.',
  'Select <strong>Page status</strong>, then <strong>Review date</strong>.',
  'Choose a date from the calendar, or pick one of the presets: in one month, three months, six months or a year.',
  'Select the person who should review the page. By default this is the page owner.',
  'Select <strong>Save</strong>.',
];
const cfP1 = [
  'The review date appears under the page title next to the page status lozenge. Anyone who can view the page can see when ' +
    'it was last reviewed and when the next review is due.',
];
const cfPanel =
  'Review reminders are sent as Confluence notifications and by email. If the reviewer has turned off email notifications, ' +
  'they will only see the reminder in the notification bell.';
const cfH2 = 'Set a default review period for a space';
const cfP2 = [
  'Space admins can make review dates the rule rather than the exception. When a default is set, every page created in the ' +
    'space from then on gets a review date automatically; existing pages are not changed.',
];
const cfSteps2 = [
  'Go to the space and select <strong>Space settings</strong> in the sidebar.',
  'Under <strong>Content</strong>, select <strong>Review dates</strong>.',
  'Turn on <strong>Default review period</strong> and choose how long pages can go without a review.',
  'Optionally, choose a fallback reviewer for pages whose owner has left the organization.',
  'Select <strong>Save changes</strong>.',
];
const cfH3 = 'What happens when a review is due';
const cfP3 = [
  'On the review date, the reviewer gets a reminder with a link to the page. From the page they can mark it as reviewed, ' +
    'which sets the next review date using the same period, or they can move the page to <strong>Needs update</strong> and ' +
    'assign it to someone else.',
  'If a page is still not reviewed fourteen days after the due date, the review date turns red in the page header and the ' +
    'page is listed in the space’s <strong>Overdue reviews</strong> report. Space admins can export that report as a CSV file ' +
    'to share with the teams that own the pages.',
];
const cfH4 = 'Remove a review date';
const cfP4 = [
  'To stop reminders for a page, open <strong>Page status</strong>, select <strong>Review date</strong>, and then select ' +
    '<strong>Remove review date</strong>. The page keeps its history of past reviews, which you can see in the page history.',
];
const cfNav = ['Products', 'Billing and licensing', 'Migration', 'Atlassian Account', 'Community', 'Contact'];
const cfSide = ['Get started', 'Create and collaborate', 'Organize your work', 'Manage pages', 'Spaces', 'Permissions', 'Integrations', 'Troubleshooting'];
const cfCrumbs = ['Atlassian Support', 'Confluence', 'Resources', 'Manage pages'];
const cfWho = ['Who can do this?', 'Role: Page owner or space admin', 'Confluence plan: Standard, Premium, and Enterprise'];
const cfRelated = ['Change the status of a page', 'Archive pages in a space', 'View page history and restore versions'];
const cfCookie =
  'We use cookies and similar technologies to provide our services, personalize content and ads, and analyze traffic. ' +
  'You can manage your preferences at any time.';
const cfFoot = ['Privacy Policy', 'Notice at Collection', 'Terms of Use', 'Security', 'Impressum'];
const cfOl = (items: readonly string[]): string => `<ol>\n${items.map((t) => `<li><p>${t}</p></li>`).join('\n')}\n</ol>`;
const cfH = (t: string, id: string): string => `<h2 id="${id}" class="cp-heading">${t}<a class="cp-heading__anchor" href="#${id}" aria-hidden="true"></a></h2>`;
const cfHtml = `<!DOCTYPE html>
<html lang="en" data-theme="light"><head><meta charset="utf-8"><title>${cfTitle} | Confluence Cloud | Atlassian Support</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Use review dates to remind page owners to check pages.">
<meta property="og:title" content="${cfTitle} | Confluence Cloud | Atlassian Support"><meta property="og:site_name" content="Atlassian Support">
<meta name="product" content="confluence-cloud"><meta name="deployment" content="Cloud">
<link rel="canonical" href="https://support.atlassian.com/confluence-cloud/docs/set-review-dates-for-pages-in-a-space/">
<link rel="stylesheet" href="https://wac-cdn.atlassian.example/static/master/4412/assets/build/css/support.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="5d9a8f1e-8c1c-4b7e-a9b0-atlassian"></script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ product: 'confluence-cloud', pageType: 'docs' });</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${cfTitle}",
"publisher":{"@type":"Organization","name":"Atlassian"},"about":"Confluence Cloud"}</script></head>
<body class="support-docs product-confluence-cloud">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="ac-header" role="banner"><div class="ac-header__inner"><a class="ac-header__logo" href="https://support.atlassian.com/">
<span class="ac-header__logo-img" aria-label="Atlassian"></span><span class="ac-header__logo-text">Support</span></a>
<nav class="ac-header__nav" aria-label="Global"><ul class="ac-header__menu">${links(cfNav, 'ac-header__menu-item')}</ul></nav>
<div class="ac-header__search"><form role="search" action="/search/"><input type="search" name="searchQuery" placeholder="Search">
<button type="submit" class="ac-header__search-btn"><span class="sr-only">Search</span></button></form></div>
<a class="ac-header__login" href="https://id.atlassian.com/login">Log in</a></div></header>
<div class="cp-layout"><aside class="cp-sidebar" aria-label="Confluence Cloud navigation"><div class="cp-sidebar__product">
<span class="cp-sidebar__product-icon"></span><span class="cp-sidebar__product-name">Confluence</span>
<button class="cp-sidebar__deployment" aria-haspopup="listbox">Cloud</button></div>
<ul class="cp-sidebar__top"><li><a href="/confluence-cloud/">Overview</a></li><li><a href="/confluence-cloud/resources/">Resources</a></li></ul>
<nav class="cp-sidebar__nav"><ul class="cp-sidebar__list">${links(cfSide, 'cp-sidebar__item')}</ul></nav></aside>
<main id="main-content" class="cp-main"><nav class="cp-breadcrumbs" aria-label="Breadcrumbs"><ol>
${cfCrumbs.map((t, i) => `<li class="cp-breadcrumbs__item"><a href="/${i}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="cp-deployment-switch" role="tablist"><button role="tab" aria-selected="true">Cloud</button>
<button role="tab" aria-selected="false">Data Center</button></div>
<article class="cp-article" id="content-container"><header class="cp-article__header"><h1 class="cp-article-title">${cfTitle}</h1></header>
<div class="cp-who-can" data-component="who-can-do-this"><h2 class="cp-who-can__title">${cfWho[0]}</h2>
<p><strong>Role:</strong> Page owner or space admin</p><p><strong>Confluence plan:</strong> Standard, Premium, and Enterprise</p></div>
<div class="cp-article__content">
<p>${cfIntro[0]}</p>
<p>${cfIntro[1]}</p>
${cfH(cfH1, 'set-a-review-date-on-a-page')}
${cfOl(cfSteps1)}
<p>${cfP1[0]}</p>
<div class="panel panel--info" role="note"><span class="panel__icon" aria-label="Info"></span><div class="panel__body"><p>${cfPanel}</p></div></div>
${cfH(cfH2, 'set-a-default-review-period')}
<p>${cfP2[0]}</p>
${cfOl(cfSteps2)}
${cfH(cfH3, 'what-happens-when-a-review-is-due')}
<p>${cfP3[0]}</p>
<p>${cfP3[1]}</p>
${cfH(cfH4, 'remove-a-review-date')}
<p>${cfP4[0]}</p>
</div>
<div class="cp-feedback" data-component="article-feedback"><h2 class="cp-feedback__title">Was this helpful?</h2>
<button class="cp-feedback__btn" data-value="yes">Yes</button>
<button class="cp-feedback__btn" data-value="no">No</button>
<div class="cp-feedback__thanks" hidden>Thanks for your feedback!</div></div>
</article>
<section class="cp-related"><h2 class="cp-related__title">Additional Help</h2><ul>${links(cfRelated, 'cp-related__item')}</ul></section>
<section class="cp-community"><h2>Still need help?</h2><p>The Atlassian Community is here for you.</p>
<a class="cp-button" href="https://community.atlassian.com/">Ask the community</a></section></main>
<aside class="cp-toc" aria-label="On this page"><h2 class="cp-toc__title">On this page</h2><ul class="cp-toc__list">
<li><a href="#set-a-review-date-on-a-page">${cfH1}</a></li><li><a href="#set-a-default-review-period">${cfH2}</a></li>
<li><a href="#what-happens-when-a-review-is-due">${cfH3}</a></li><li><a href="#remove-a-review-date">${cfH4}</a></li></ul></aside></div>
<footer class="ac-footer" role="contentinfo"><div class="ac-footer__inner"><span class="ac-footer__logo" aria-label="Atlassian"></span>
<ul class="ac-footer__links">${links(cfFoot, 'ac-footer__link')}</ul><p class="ac-footer__copy">Copyright © 2025 Atlassian</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cfCookie}</p></div><div id="onetrust-button-group-parent">
<button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all</button></div></div></div>
<script src="https://wac-cdn.atlassian.example/static/master/4412/assets/build/js/support.js" defer></script></body></html>`;
const confluencePage: TestPage = {
  html: cfHtml,
  name: 'heldout156-confluence-cloud-docs',
  kind: 'docs',
  // the "Who can do this?" box is furniture, the info panel inside the article is body; the "On this page" links repeat the
  // headings and are left out; "Cloud" (switcher and tab) and "Search" are left out as single words of furniture lines
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([...cfIntro, ...cfSteps1, ...cfP1, cfPanel, ...cfP2, ...cfSteps2, ...cfP3, ...cfP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support', ...cfNav, 'Log in', 'Confluence', 'Overview', 'Resources', ...cfSide, 'Atlassian Support', 'Data Center',
    ...cfWho, 'Was this helpful?', 'Yes', 'No', 'Thanks for your feedback!', 'Additional Help', ...cfRelated, 'Still need help?',
    'The Atlassian Community is here for you.', 'Ask the community', 'On this page', ...cfFoot, 'Copyright © 2025 Atlassian', cfCookie,
    'Cookie settings', 'Reject all', 'Accept all',
  ],
};

export const HELDOUT156_A: readonly TestPage[] = [confluencePage, slackPage];
