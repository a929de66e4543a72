import { links, type TestPage, texts } from './page-kit.js';
import { twilioPage } from './pages-heldout156-c2.js';

/**
 * Held-out batch 156, file c: a Mailchimp Help article as saved (the help header with search, "Contact Us", "Log In" and
 * "Sign Up", the topic navigation, the "In this article" jump list, the "Before you start" list, an image caption, a
 * "Note" callout, the "Technical Support" box with "Log In", "Related Articles", the OneTrust banner and the Intuit
 * footer) and, from file c2, a Twilio documentation page.
 */
const mcTitle = 'Send a Win-Back Email Automatically';
const mcIntro = [
  'A win-back email reaches out to contacts who used to open your campaigns but have gone quiet. With a win-back flow, ' +
    'Mailchimp watches your audience for contacts who haven’t engaged for a period you choose, then sends them a message ' +
    'to remind them what they’re missing, or to ask whether they’d like to hear from you less often.',
  'In this article, you’ll learn how to set up a win-back flow, choose who it targets, and measure whether it worked.',
];
const mcH0 = 'Before you start';
const mcBefore = [
  'Win-back flows are available on Standard and Premium plans.',
  'Contacts must have opened or clicked at least one campaign in the past before they can qualify as inactive.',
  'We recommend that you set up a preference center first, so contacts can choose to receive fewer emails instead of unsubscribing.',
];
const mcH1 = 'Create a win-back flow';
const mcSteps = [
  'Click <b>Automations</b>, then click <b>Flows</b>.',
  'Click <b>Build from scratch</b> and name your flow.',
  'Choose <b>Contact becomes inactive</b> as the starting point.',
  'Set the inactivity period. Most senders choose between 90 and 180 days.',
  'Add an email to the flow and design your win-back message.',
  'Click <b>Turn flow on</b>.',
];
const mcCaption = 'The inactivity trigger in the flow builder, set to 120 days.';
const mcH2 = 'Choose who gets the email';
const mcP2 = [
  'By default, every contact who meets the inactivity rule enters the flow once. You can narrow it with a filter, for ' +
    'example to contacts who have bought from your store at least twice, or to a single tag such as a product line.',
  'Contacts who open or click the win-back email leave the flow straight away and count as engaged again. Contacts who ' +
    'don’t respond can be sent a second email, or moved to a tag you use to clean your audience later.',
];
const mcNote = '<b>Note:</b> Win-back emails count toward your monthly sending limit in the same way as other automated emails.';
const mcH3 = 'View your results';
const mcP3 = [
  'Open the flow and click the <b>Report</b> tab to see how many contacts entered the flow, how many re-engaged, and how ' +
    'many unsubscribed. The re-engagement rate is the number that matters most: a healthy win-back flow brings back between ' +
    'a tenth and a fifth of the contacts it reaches.',
  'If very few contacts come back, try a shorter inactivity period, a clearer subject line, or an offer that only ' + 'returning customers can use.',
];
const mcHelpNav = ['Getting Started', 'Audience', 'Create', 'Automations', 'Analytics', 'Account & Billing', 'Integrations'];
const mcInArticle = ['In this article', 'Before you start', 'Create a win-back flow', 'Choose who gets the email', 'View your results'];
const mcRelated = ['About Inactive Contacts', 'Create a Preference Center', 'Getting Started with Flows'];
const mcTech = ['Technical Support', 'Have a question?', 'Paid users can log in to access email and chat support.'];
const mcFootCols: [string, string[]][] = [
  ['Product', ['Pricing', 'Email Marketing', 'Marketing Automation', 'Websites', 'Integrations']],
  ['Resources', ['Marketing Library', 'Email Templates', 'Partners', 'Developers']],
  ['Company', ['About Mailchimp', 'Careers', 'Newsroom', 'Accessibility']],
  ['Support', ['Help Center', 'Contact Us', 'Hire an Expert', 'Status']],
];
const mcLegal = ['Privacy', 'Terms', 'Legal', 'Cookie Preferences'];
const mcCookie =
  'Mailchimp and our third-party partners use cookies and similar technologies to improve your experience, analyze site ' +
  'usage and assist in our marketing efforts. By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.';
const mcCopy = '©2001–2025 All Rights Reserved. Mailchimp® is a registered trademark of The Rocket Science Group. Apple is a trademark of Apple Inc.';
const mcFootNames = mcFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => !['Integrations', 'Contact Us'].includes(t));
const mcHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${mcTitle} | Mailchimp</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Set up a flow that reaches inactive contacts.">
<meta property="og:title" content="${mcTitle}"><meta property="og:site_name" content="Mailchimp">
<link rel="canonical" href="https://mailchimp.com/help/send-a-win-back-email-automatically/">
<link rel="stylesheet" href="https://eep.io/mc-cdn-images/help/css/help.min.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="27b9-mailchimp" charset="UTF-8"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${mcTitle}","author":{"@type":"Organization",
"name":"Mailchimp"},"dateModified":"2025-09-30"}</script>
<script>window.__mc = { page: 'help-article', locale: 'en', slug: 'send-a-win-back-email-automatically' };</script></head>
<body class="help help--article"><a class="skip-link" href="#main">Skip to main content</a>
<header class="helpHeader" role="banner"><div class="helpHeader__inner"><a class="helpHeader__logo" href="https://mailchimp.com/">
<span class="wink-visually-hidden">Mailchimp</span></a><a class="helpHeader__home" href="/help/">Help</a>
<form class="helpSearch" role="search" action="/help/search/"><label class="wink-visually-hidden" for="hs">Search for help</label>
<input id="hs" type="search" name="q" placeholder="Search for help"></form>
<ul class="helpHeader__links"><li><a href="/contact/">Contact Us</a></li><li><a href="https://login.mailchimp.com/">Log In</a></li>
<li><a class="button" href="https://login.mailchimp.com/signup/">Sign Up</a></li></ul></div>
<nav class="helpNav" aria-label="Topics"><ul>${links(mcHelpNav, 'helpNav__item')}</ul></nav></header>
<main id="main" class="helpMain"><article class="helpArticle"><header class="helpArticle__header"><h1 class="helpArticle__title">${mcTitle}</h1></header>
<div class="helpArticle__content">
${mcIntro.map((t) => `<p>${t}</p>`).join('\n')}
<div class="inThisArticle" role="navigation"><h2 class="inThisArticle__title">${mcInArticle[0]}</h2><ul>
${mcInArticle
  .slice(1)
  .map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ul></div>
<h2 id="before-you-start">${mcH0}</h2>
<ul>${mcBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="create-a-win-back-flow">${mcH1}</h2>
<ol>${mcSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<figure class="helpImage"><img src="https://eep.io/images/help/winback-trigger.png" alt="flow builder trigger" loading="lazy">
<figcaption>${mcCaption}</figcaption></figure>
<h2 id="choose-who-gets-the-email">${mcH2}</h2>
<p>${mcP2[0]}</p>
<p>${mcP2[1]}</p>
<div class="callout callout--note"><p>${mcNote}</p></div>
<h2 id="view-your-results">${mcH3}</h2>
<p>${mcP3[0]}</p>
<p>${mcP3[1]}</p>
</div>
<aside class="techSupport"><h2 class="techSupport__title">${mcTech[0]}</h2><div class="techSupport__body"><h3>${mcTech[1]}</h3>
<p>${mcTech[2]}</p><a class="button button--secondary" href="https://login.mailchimp.com/?referrer=%2Fhelp%2F">Log In</a></div></aside>
</article>
<aside class="helpRelated"><h2 class="helpRelated__title">Related Articles</h2><ul>${links(mcRelated, 'helpRelated__item')}</ul></aside></main>
<footer class="globalFooter" role="contentinfo"><div class="globalFooter__cols">
${mcFootCols.map(([h, l]) => `<div class="globalFooter__col"><h2>${h}</h2><ul>${links(l)}</ul></div>`).join('\n')}
</div><div class="globalFooter__legal"><p class="globalFooter__intuit">Mailchimp, an Intuit company</p><p>${mcCopy}</p>
<ul>${links(mcLegal)}</ul></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${mcCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<script src="https://eep.io/mc-cdn-images/help/js/help.min.js" defer></script></body></html>`;
const mailchimpPage: TestPage = {
  html: mcHtml,
  name: 'heldout156-mailchimp-help-docs',
  kind: 'docs',
  // "Before you start" is an article section (heading and list are gold); the "In this article" list repeats the headings
  // and only its label is furniture; "Automations" and "Create" (topic nav) are words of short steps and left out
  title: mcTitle,
  headings: [mcH0, mcH1, mcH2, mcH3],
  body: texts([...mcIntro, ...mcBefore, ...mcSteps, ...mcP2, mcNote, ...mcP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Help', 'Search for help', 'Contact Us', 'Log In', 'Sign Up', ...mcHelpNav.filter((t) => t !== 'Automations' && t !== 'Create'),
    'In this article', mcCaption, ...mcTech, 'Related Articles', ...mcRelated, ...mcFootNames, 'Mailchimp, an Intuit company', mcCopy,
    ...mcLegal, mcCookie, 'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT156_C: readonly TestPage[] = [mailchimpPage, twilioPage];
