import { links, ps, type TestPage, texts } from './page-kit.js';
import { oneTrust, oneTrustTexts } from './pages-heldout118-kit.js';

/**
 * Held-out batch 118, file b2: an Atlassian support article (support.atlassian.com, a Jira Service Management cloud page:
 * the global support header with product and help menus, the breadcrumb, the Cloud / Data Center switch, the left
 * documentation nav, the "Who can do this?" box at the top of the article, steps, an info panel, the "On this page"
 * rail, the "Was this helpful?" widget with its hidden follow-up, the "Still need help?" community box, the footer and
 * the OneTrust banner loaded through Atlassian's wrapper).
 */
const atTitle = 'Create a shared intake form for several request types';
const atWho = ['Who can do this?', 'Role: Service space admin', 'Jira Service Management: Standard, Premium, and Enterprise plans'];
const atP1 = [
  'A shared intake form lets customers start from one form and be routed to the right request type by their answers. Instead of ' +
    'asking people to choose between eight similar request types on your help center, you ask two or three questions and let the ' +
    'form decide.',
  'Shared intake forms are available in both company-managed and team-managed service spaces.',
];
const atH1 = 'Before you begin';
const atP2 = [
  'You need at least one request type for each outcome the form can lead to. The form doesn’t create request types for you, and ' +
    'it can’t route to a request type that is hidden from the portal.',
];
const atH2 = 'Create the form';
const atP3 = ['To create a shared intake form:'];
const atSteps = [
  'From your service space, select <strong>Space settings</strong>, then <strong>Intake forms</strong>.',
  'Select <strong>Create form</strong> and give it a name customers will recognize, such as <em>Get help with a laptop</em>.',
  'Add the questions you want to ask. Only dropdown, radio button, and checkbox questions can be used for routing.',
  'Select <strong>Routing</strong>, then add a rule for each request type. A rule checks one or more answers and names the ' + 'request type to use.',
  'Choose a fallback request type for answers that don’t match any rule.',
  'Select <strong>Publish</strong>.',
];
const atPanel = 'Rules are checked from top to bottom, and the first rule that matches wins. Put your most specific rules first.';
const atH3 = 'Add the form to your portal';
const atP4 = [
  'A published form appears on the portal only after you add it to a portal group. Go to <strong>Space settings</strong> &gt; ' +
    '<strong>Portal settings</strong> &gt; <strong>Portal groups</strong>, select a group, and add the form the same way you would ' +
    'add a request type. A form can appear in more than one group.',
  'Customers see the form’s name and description, not the names of the request types behind it. When they submit the form, the ' +
    'request is created with the request type your rules chose, and the answers are copied to fields with the same names.',
];
const atH4 = 'Edit or retire a form';
const atP5 = [
  'You can edit a published form at any time. Changes apply to new requests only; requests that were already submitted keep the ' +
    'request type they were given.',
  'To stop using a form, remove it from every portal group, then select <strong>Archive</strong> from the form’s menu. You can ' +
    'restore an archived form for 60 days.',
];
const atH5 = 'Limits';
const atLimits = [
  'A service space can have up to 25 shared intake forms.',
  'Each form can have up to 50 routing rules.',
  'A routing rule can check up to five questions.',
];
const atNav = ['Products', 'Billing and licensing', 'Migration', 'Community', 'Status'];
const atCrumbs = ['Atlassian Support', 'Jira Service Management', 'Resources', 'Set up request intake'];
const atSideTop = ['Get started with Jira Service Management', 'Set up your service space'];
const atSideIntake = ['What are request types?', 'Create a request type', 'Organize request types into portal groups', 'Set up email requests'];
const atSideEnd = ['Manage work items', 'Automate your service space', 'Reports and dashboards', 'Troubleshooting'];
const atHelpful = ['Was this helpful?', 'Yes', 'No', 'Tell us why', 'It wasn’t accurate', 'It wasn’t clear', 'It wasn’t relevant', 'Submit feedback'];
const atStill = ['Still need help?', 'The Atlassian Community is here for you.', 'Ask the community'];
const atFoot = ['Privacy policy', 'Notice at Collection', 'Terms of use', 'Security', 'Copyright © 2025 Atlassian'];
const atOt = {
  policy:
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising. Accept ' +
    'all cookies to indicate that you agree to our use of cookies on your device.',
  policyLink: 'Atlassian cookies and tracking notice',
  settings: 'Preferences',
  reject: 'Only necessary',
  accept: 'Accept all',
};
const atId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const atH = (t: string, n = 2): string => `<h${n} id="${atId(t)}" class="heading heading--h${n}">${t}</h${n}>`;
const atLi = (t: string, cur = false): string =>
  `<li class="sidebar-nav__item${cur ? ' sidebar-nav__item--current' : ''}"><a href="/jira-service-management-cloud/docs/${atId(t)}/"${
    cur ? ' aria-current="page"' : ''
  }>${t}</a></li>`;
const atHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Create a shared intake form for several request types | Jira Service Management Cloud |
Atlassian Support</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Route customers to the right request type with one form that asks a few questions first.">
<meta property="og:title" content="${atTitle}"><meta property="og:site_name" content="Atlassian Support"><meta name="deployment" content="cloud">
<link rel="canonical" href="https://support.atlassian.com/jira-service-management-cloud/docs/create-a-shared-intake-form/">
<script type="text/javascript"> window.OTWrapperGetIdentifier = () => { return '' } </script>
<script src="https://atl-onetrust-wrapper.atlassian.example/assets/atl-onetrust-wrapper.min.js" type="text/javascript" data-domain="0b8a3a61"
data-test="false" data-geofence="false" data-sync="true"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Atlassian Support"},{"@type":"ListItem","position":2,"name":"Jira Service Management"},{"@type":"ListItem","position":3,"name":"Resources"}]}</script>
<link rel="stylesheet" href="https://support.atlassian.example/static/css/support-cac.min.css"></head>
<body class="cac-body deployment--cloud"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="global-header" id="global-header"><nav class="global-header__nav" aria-label="Global"><a class="global-header__logo" href="/">
<img src="/static/images/atlassian-support-logo.svg" alt=""><span class="global-header__title">Atlassian Support</span></a>
<ul class="global-header__menu">${links(atNav, 'global-header__menu-item')}</ul>
<form class="global-header__search" role="search" action="/search"><label class="visually-hidden" for="support-search">Search Atlassian Support</label>
<input id="support-search" type="search" name="searchTerm" placeholder="Search"><button type="submit" class="visually-hidden">Search</button></form>
<a class="global-header__login button button--subtle" href="https://id.atlassian.com/login">Log in</a></nav></header>
<div class="page-layout"><div class="page-layout__top"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
${atCrumbs.map((t) => `<li class="breadcrumbs__item"><a href="/${atId(t)}/">${t}</a></li>`).join('\n')}</ol></nav>
<div class="deployment-switch" role="group" aria-label="Deployment"><a class="deployment-switch__option deployment-switch__option--selected"
aria-current="true" href="#">Cloud</a><a class="deployment-switch__option" href="/jira-service-management-server/">Data Center</a></div></div>
<aside class="sidebar-nav" aria-label="Jira Service Management documentation"><h2 class="sidebar-nav__title">Documentation</h2><ul class="sidebar-nav__list">
${atSideTop.map((t) => atLi(t)).join('\n')}
<li class="sidebar-nav__item sidebar-nav__item--expanded"><a href="/jira-service-management-cloud/docs/set-up-request-intake/">Set up request intake</a>
<ul>${atSideIntake
  .slice(0, 2)
  .map((t) => atLi(t))
  .join('\n')}
${atLi(atTitle, true)}
${atSideIntake
  .slice(2)
  .map((t) => atLi(t))
  .join('\n')}</ul></li>
${atSideEnd.map((t) => atLi(t)).join('\n')}</ul></aside>
<main id="main-content" class="article-layout"><article class="article" data-content-id="2934761">
<header class="article__header"><h1 class="article__title">${atTitle}</h1></header>
<section class="who-can-do-this" aria-label="Who can do this?"><p class="who-can-do-this__title"><strong>${atWho[0]}</strong></p>
<p><strong>Role:</strong> Service space admin</p><p><strong>Jira Service Management:</strong> Standard, Premium, and Enterprise plans</p></section>
<div class="article__content">
${ps(atP1)}
${atH(atH1)}
${ps(atP2)}
${atH(atH2)}
${ps(atP3)}
<ol class="steps">${atSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<div class="panel panel--info" role="note"><span class="panel__icon" aria-label="Info"></span><div class="panel__content"><p>${atPanel}</p></div></div>
${atH(atH3)}
${ps(atP4)}
${atH(atH4)}
${ps(atP5)}
${atH(atH5, 3)}
<ul>${atLimits.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
</div>
<section class="feedback" aria-live="polite"><h2 class="feedback__title">${atHelpful[0]}</h2><div class="feedback__buttons">
<button class="button button--default" type="button">Yes</button><button class="button button--default" type="button">No</button></div>
<form class="feedback__reasons" hidden><fieldset><legend>${atHelpful[3]}</legend>
${atHelpful
  .slice(4, 7)
  .map((t, i) => `<label class="feedback__reason"><input type="radio" name="reason" value="${i}"> ${t}</label>`)
  .join('\n')}
</fieldset><button class="button button--primary" type="submit">${atHelpful[7]}</button></form></section></article>
<aside class="on-this-page" aria-labelledby="on-this-page-title"><h2 id="on-this-page-title" class="on-this-page__title">On this page</h2><ul>
${[atH1, atH2, atH3, atH4, atH5].map((t) => `<li><a href="#${atId(t)}">${t}</a></li>`).join('\n')}</ul></aside></main></div>
<section class="still-need-help"><h2 class="still-need-help__title">${atStill[0]}</h2><p>${atStill[1]}</p>
<a class="button button--primary" href="https://community.atlassian.example/">${atStill[2]}</a></section>
<footer class="global-footer"><div class="global-footer__inner"><a class="global-footer__logo" href="https://www.atlassian.example/"><span
class="visually-hidden">Atlassian</span></a><ul class="global-footer__links">${links(atFoot.slice(0, 4), 'global-footer__link')}</ul>
<p class="global-footer__copyright">${atFoot[4]}</p><button class="global-footer__language" type="button" aria-haspopup="listbox">English</button></div>
</footer>
${oneTrust(atOt)}
<script src="https://support.atlassian.example/static/js/support-cac.min.js" defer></script></body></html>`;

export const atlassianArticle: TestPage = {
  html: atHtml,
  name: 'heldout118-atlassian-support-docs',
  kind: 'docs',
  // the "Who can do this?" box (role and plans) is in neither list; the info panel's text is body; the sidebar entry that
  // repeats the title and the "On this page" links are left out; the page shows no date or author
  title: atTitle,
  headings: [atH1, atH2, atH3, atH4, atH5],
  body: texts([...atP1, ...atP2, ...atP3, ...atSteps, atPanel, ...atP4, ...atP5, ...atLimits]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...atNav, 'Search Atlassian Support', 'Log in', ...atCrumbs, 'Cloud', 'Data Center', 'Documentation', ...atSideTop,
    ...atSideIntake, ...atSideEnd, ...atHelpful, 'On this page', ...atStill, 'Atlassian', ...atFoot, 'English', ...oneTrustTexts(atOt),
  ],
};
