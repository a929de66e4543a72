import { links, plain, type TestPage, texts } from './page-kit.js';
import { atlassianArticle } from './pages-heldout132-f2.js';

/**
 * Held-out batch 132, file f: a knowledge base article on a company's HubSpot-hosted knowledge base (HubSpot CMS: the
 * global header partial with the site nav and buttons, the KB header with its search form, the breadcrumb, the
 * category sidebar, the article title, the "Last updated" line, the rich-text body in the hs_cos_wrapper span with a
 * "Please note" callout at its top, a table and an image with a caption, the "Was this article helpful?" feedback with
 * its hidden follow-up form and thank-you text, the related articles list, the global footer partial, the
 * hs-eu-cookie-confirmation banner and the chat widget container) and, from file f2, an Atlassian support article.
 */
const hTitle = 'Set up automatic appointment reminders';
const hNotice = `<strong>Please note:</strong> reminders are available on the Studio and Multi-location plans. On the
Solo plan you can send reminders by hand from the appointment card.`;
const hP1 = [
  `Automatic reminders cut down on missed appointments by messaging each client before their booking. Brambleway can send
reminders by email, by text message, or both, and each client can choose which they prefer when they book online.`,
  'This article explains how to turn reminders on, choose when they are sent, and change the wording.',
];
const hH1 = 'Turn on reminders';
const hSteps = [
  'In your Brambleway account, click the <strong>settings</strong> icon in the top navigation bar.',
  'In the left sidebar menu, navigate to <strong>Client messages</strong> &gt; <strong>Reminders</strong>.',
  'Click to toggle the <strong>Send automatic reminders</strong> switch on.',
  'Select the channels to use: <strong>Email</strong>, <strong>Text message</strong>, or both.',
  'Click <strong>Save</strong>.',
];
const hP2 = [
  `Reminders are sent for appointments booked after you save. To send reminders for appointments already in your calendar,
click <strong>Apply to existing bookings</strong> on the same page.`,
];
const hH2 = 'Choose when reminders are sent';
const hP3 = ['You can send up to two reminders for each appointment. The table below shows the timings you can choose from.'];
const hCells = ['First reminder', '72, 48 or 24 hours before', 'Email or text message', 'Second reminder', '2 hours or 1 hour before', 'Text message only'];
const hP4 = [
  `Reminders are never sent between 9:00 PM and 8:00 AM in the client’s time zone. A reminder that would fall in that
window is sent at 8:00 AM instead.`,
];
const hH3 = 'Edit the reminder message';
const hP5 = [
  `Each reminder uses a template that you can change. Click <strong>Edit template</strong> next to the reminder, then
update the subject line and message. Use the <strong>Insert personalization</strong> dropdown menu to add details such as
the client’s first name, the service and the staff member.`,
  `Text messages longer than 160 characters are split into several messages and may cost more credits. The character
counter below the message box turns orange when you go over the limit.`,
];
const hH4 = 'Troubleshoot reminders';
const hList = [
  'If a client did not receive a text, check that their mobile number includes the country code.',
  'If a client unsubscribed from emails, they will not receive email reminders until they subscribe again.',
  'If reminders stopped for everyone, check that your text message credits have not run out under Billing.',
];
const hCaption = 'The Reminders settings page with both channels turned on.';
const hNav = ['Features', 'Pricing', 'Customers', 'Help Center', 'Log in', 'Start free trial'];
const hCrumbs = ['Knowledge Base', 'Client messages'];
const hCats = ['Getting started', 'Calendar and bookings', 'Client messages', 'Payments', 'Staff and permissions', 'Reports', 'Integrations'];
const hRelated = ['Send a reminder by hand', 'Buy text message credits', 'Let clients confirm or cancel by text'];
const hFoot = ['Product', 'Online booking', 'Payments', 'Company', 'About us', 'Careers', 'Contact', 'Privacy policy', 'Terms of use'];
const hCookie = `This website stores cookies on your computer. These cookies are used to collect information about how you
interact with our website and allow us to remember you. We use this information to improve your browsing experience and
for analytics about our visitors.`;
const hPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Turn on email and text message reminders and choose when they are sent."><meta name="viewport"
content="width=device-width, initial-scale=1"><link rel="shortcut icon" href="https://help.brambleway.example/hubfs/favicon.png">
<meta property="og:title" content="${hTitle}"><meta property="og:url" content="https://help.brambleway.example/knowledge/set-up-automatic-reminders">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://help.brambleway.example/knowledge/set-up-automatic-reminders">
<link rel="stylesheet" href="//help.brambleway.example/hs-fs/hub/4472190/hub_generated/template_assets/1/64200113311/1727780012345/template_kb.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","dateModified":"2025-10-02T14:05:51Z",
"publisher":{"@type":"Organization","name":"Brambleway"}}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script></head>
<body><div class="body-wrapper   hs-content-id-93318820144 hs-knowledge_article hs-knowledge_base-93318820140">
<div data-global-resource-path="brambleway-theme/templates/partials/header.html"><header class="header"><div class="header__container">
<div class="header__logo"><a href="https://www.brambleway.example"><img src="https://help.brambleway.example/hubfs/logo.svg" alt="Brambleway"
width="160" height="32"></a></div><nav class="header__navigation" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav.slice(0, 4), 'menu__item menu__item--depth-1 no-submenu')}</ul></nav><div class="header__buttons"><a class="button button--secondary"
href="https://app.brambleway.example/login">${hNav[4]}</a><a class="button" href="https://www.brambleway.example/signup">${hNav[5]}</a></div></div>
</header></div>
<div class="kb-header"><div class="kb-header__inner"><h2 class="kb-header__title">How can we help?</h2><div class="kb-search" role="search">
<form class="kb-search__form" action="/knowledge/kb-search-results" autocomplete="off"><label class="kb-search__label visually-hidden"
for="kb-search-input">Search</label><input type="text" id="kb-search-input" class="kb-search__input" name="term" placeholder="Search for answers..."
autocomplete="off"><button class="kb-search__button" type="submit" aria-label="Search"></button></form></div></div></div>
<main id="main-content" class="body-container-wrapper"><div class="kb-article-layout"><aside class="kb-sidebar"><h3 class="kb-sidebar__title">Categories</h3>
<ul class="kb-sidebar__categories">${links(hCats, 'kb-sidebar__category')}</ul></aside><div class="kb-article-wrapper">
<ul class="kb-breadcrumbs">${hCrumbs.map((t) => `<li class="kb-breadcrumbs__item"><a href="/knowledge/${t.length}">${t}</a></li>`).join('')}
<li class="kb-breadcrumbs__item kb-breadcrumbs__item--current">${hTitle}</li></ul>
<article class="kb-article"><h1 class="kb-article__title">${hTitle}</h1><div class="kb-article__updated">Last updated: October 2, 2025</div>
<div class="kb-article__body"><span id="hs_cos_wrapper_kb_article_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><div class="kb-callout kb-callout--note"><p>${hNotice}</p></div>
${hPs(hP1)}
<h2 id="turn-on-reminders" data-hs-anchor="true">${hH1}</h2>
<ol>${hSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><img src="https://help.brambleway.example/hs-fs/hubfs/KB/reminders-settings.png?width=1200&amp;name=reminders-settings.png" alt="reminders-settings"
width="1200" loading="lazy" style="width: 1200px;"></p><p class="kb-image-caption"><em>${hCaption}</em></p>
${hPs(hP2)}
<h2 id="choose-when-reminders-are-sent" data-hs-anchor="true">${hH2}</h2>
${hPs(hP3)}
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="border-collapse: collapse; width: 100%;">
<tbody><tr><th>Reminder</th><th>When it can be sent</th><th>Channels</th></tr><tr><td>${hCells[0]}</td><td>${hCells[1]}</td><td>${hCells[2]}</td></tr>
<tr><td>${hCells[3]}</td><td>${hCells[4]}</td><td>${hCells[5]}</td></tr></tbody></table></div>
${hPs(hP4)}
<h2 id="edit-the-reminder-message" data-hs-anchor="true">${hH3}</h2>
${hPs(hP5)}
<h2 id="troubleshoot-reminders" data-hs-anchor="true">${hH4}</h2>
<ul>${hList.map((t) => `<li>${t}</li>`).join('\n')}</ul></span></div></article>
<div class="kb-feedback"><div class="kb-feedback__question"><p class="kb-feedback__title">Was this article helpful?</p><div class="kb-feedback__buttons">
<button class="kb-feedback__button" data-value="yes">Yes</button><button class="kb-feedback__button" data-value="no">No</button></div></div>
<form class="kb-feedback__form" hidden><label for="kb-feedback-comment">What could we improve?</label><textarea id="kb-feedback-comment"></textarea>
<button type="submit">Submit</button></form><p class="kb-feedback__thanks" hidden>Thanks for your feedback!</p></div>
<div class="kb-related"><h3 class="kb-related__title">Related articles</h3><ul class="kb-related__list">${links(hRelated, 'kb-related__item')}</ul></div>
</div></div></main>
<div data-global-resource-path="brambleway-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container">
<div class="footer__columns">${[0, 3]
  .map(
    (n) => `<div class="footer__column"><h4 class="footer__heading">${hFoot[n]}</h4><ul class="no-list">
${links(hFoot.slice(n + 1, n + 3))}${n === 3 ? links(hFoot.slice(6, 7)) : ''}</ul></div>`,
  )
  .join('\n')}</div><div class="footer__legal">
<span>© 2025 Brambleway Ltd.</span>${links(hFoot.slice(7))}</div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-banner-position="BOTTOM" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording"><p>${hCookie}</p>
<p>If you decline, your information won’t be tracked when you visit this website.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a>
<a id="hs-eu-cookie-settings-button" role="button" href="#">Cookie Settings</a></div></div></div>
<div id="hubspot-messages-iframe-container" class="widget-align-right" style="display: initial !important; z-index: 2147483647; position: fixed
!important; bottom: 0px !important; right: 0px !important;"><div class="shadow-container"></div><iframe id="hubspot-conversations-iframe"
title="Chat Widget" src="https://app.hubspot.com/conversations-visitor/4472190/threads/utk/x" allowfullscreen></iframe></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4472190.js"></script></body></html>`;
const hubspot: TestPage = {
  html: hHtml,
  name: 'heldout132-hubspot-knowledge-base-article',
  kind: 'docs',
  // the "Please note" callout at the top of the body is part of the article (body, with its label); table data cells are
  // body and header cells in neither list; the image caption is furniture; the breadcrumb's last item repeats the title
  // and is left out; the hidden feedback form and thank-you texts are furniture
  title: hTitle,
  headings: [hH1, hH2, hH3, hH4],
  body: [plain(hNotice), ...texts(hP1), ...texts(hSteps), ...texts(hP2), ...texts(hP3), ...hCells, ...texts(hP4), ...texts(hP5), ...hList],
  bylines: ['Last updated: October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hNav, 'How can we help?', 'Search', 'Categories', ...hCats, ...hCrumbs, hCaption, 'Was this article helpful?', 'Yes', 'No',
    'What could we improve?', 'Submit', 'Thanks for your feedback!', 'Related articles', ...hRelated, ...hFoot, '© 2025 Brambleway Ltd.',
    plain(hCookie), 'If you decline, your information won’t be tracked when you visit this website.', 'Accept', 'Decline', 'Cookie Settings',
  ],
};

export const HELDOUT132_F: readonly TestPage[] = [hubspot, atlassianArticle];
