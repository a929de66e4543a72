import { links, type TestPage, texts } from './page-kit.js';
import { dropboxPage } from './pages-heldout156-b2.js';

/**
 * Held-out batch 156, file b: a Zoom Support knowledge-base article on the ServiceNow portal as saved (the global Zoom
 * header with "Sign in" and "Sign up free", the support sub-navigation and search, breadcrumbs, the "Last Updated" line and
 * article number, the collapsible table of contents, the "Prerequisites" section and notes inside the article, the
 * "Was this article helpful?" widget, "Related Articles", the TrustArc consent banner and the large footer) and, from file
 * b2, a Dropbox Help Center article.
 */
const zmTitle = 'Using waiting room queues for webinars';
const zmIntro = [
  'Waiting room queues let webinar hosts admit attendees in batches instead of all at once. Attendees who join early see ' +
    'a branded holding screen and their place in the queue, while the host and panelists finish their sound checks. When ' +
    'the host opens the queue, attendees are admitted in the order they arrived, up to the batch size the host has chosen.',
  'Queues are useful for large webinars where a sudden rush of joins could slow down the start, and for sessions where the ' +
    'host wants to greet small groups before the main presentation begins.',
];
const zmH1 = 'Prerequisites for using waiting room queues';
const zmPre = [
  'Zoom Workplace desktop app, version 6.4.0 or higher',
  'Zoom Webinars license with a capacity of 500 attendees or more',
  'Account owner or admin privileges to enable the feature for the account',
];
const zmH2 = 'How to enable waiting room queues';
const zmP2 = ['Account owners and admins can enable queues for every webinar host on the account.'];
const zmSteps2 = [
  'Sign in to the Zoom web portal as an admin.',
  'In the navigation menu, click <strong>Account Management</strong>, then <strong>Account Settings</strong>.',
  'Click the <strong>Webinar</strong> tab.',
  'Under <strong>In Webinar (Advanced)</strong>, click the <strong>Waiting room queues</strong> toggle to enable it.',
  'If a verification dialog appears, click <strong>Enable</strong> to confirm the change.',
];
const zmNote =
  '<strong>Note:</strong> If the option is grayed out, it has been locked at the group or account level. Contact your Zoom ' + 'admin to make changes.';
const zmH3 = 'How to set up a queue for a scheduled webinar';
const zmSteps3 = [
  'In the web portal, click <strong>Webinars</strong> and select the title of the webinar you want to edit.',
  'Click <strong>Edit this Webinar</strong> and scroll to <strong>Webinar Options</strong>.',
  'Select <strong>Use a waiting room queue</strong>.',
  'Enter the batch size, between 25 and 1,000 attendees, and the interval between batches in seconds.',
  'Optionally, upload a logo and add a short message for the holding screen.',
  'Click <strong>Save</strong>.',
];
const zmH4 = 'How to manage the queue during a webinar';
const zmP4 = [
  'When the webinar starts, hosts and co-hosts see a <strong>Queue</strong> panel next to the participants list. It shows how ' +
    'many attendees are waiting and how long the oldest has been in the queue. Click <strong>Open queue</strong> to begin ' +
    'admitting batches at the interval you chose, or <strong>Admit next batch</strong> to let in one batch straight away.',
  'You can pause the queue at any time. Attendees who are still waiting keep their place, and the holding screen tells them ' +
    'that the session will continue shortly.',
  'Attendees who leave and rejoin within five minutes return to their original place in the queue. After that, they join ' + 'the back of the queue.',
];
const zmTop = ['Products', 'Solutions', 'Resources', 'Plans & Pricing'];
const zmTopCta = ['Contact Sales', 'Request a Demo', 'Sign In', 'Sign Up Free'];
const zmSupNav = ['Support home', 'Learning Center', 'Community', 'Status', 'Contact Support'];
const zmCrumbs = ['Support home', 'Zoom Webinars', 'Webinar settings'];
const zmRelated = [
  'Enabling the waiting room for webinars',
  'Customizing the webinar registration page',
  'Managing panelists in a webinar',
  'Getting started with Zoom Webinars',
];
const zmFootCols: [string, string[]][] = [
  ['About', ['Zoom Blog', 'Customers', 'Our Team', 'Careers', 'Integrations', 'Partners', 'Investors', 'Press']],
  ['Download', ['Zoom Workplace App', 'Zoom Rooms App', 'Browser Extension', 'Outlook Plug-in', 'iPhone/iPad App', 'Android App']],
  ['Sales', ['1.888.799.9666', 'Plans & Pricing', 'Request a Demo', 'Webinars and Events']],
  ['Support', ['Test Zoom', 'Account', 'Support Center', 'Learning Center', 'Feedback', 'Accessibility', 'Developer Support']],
];
const zmLegal = ['Terms', 'Privacy', 'Trust Center', 'Acceptable Use Guidelines', 'Legal & Compliance', 'Your Privacy Choices', 'Cookie Preferences'];
const zmFootNames = [...new Set(zmFootCols.flatMap(([h, l]) => [h, ...l]))].filter((t) => !zmTop.includes(t) && !zmTopCta.includes(t) && !zmSupNav.includes(t));
const zmConsent =
  'Zoom uses cookies and similar technologies as described in our cookie statement. You can manage your cookie settings or ' +
  'exercise your rights related to cookies through our Cookies Settings.';
const zmLi = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const zmA = (l: readonly string[]): string => l.map((t) => `<li><a href="#">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n');
const zmHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${zmTitle} - Zoom Support</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="Admit webinar attendees in batches with a queue.">
<meta property="og:title" content="${zmTitle}"><meta property="og:site_name" content="Zoom">
<link rel="canonical" href="https://support.zoom.com/hc/en/article?id=zm_kb&amp;sysparm_article=KB0081437">
<link rel="stylesheet" href="/styles/sp-bootstrap.min.css?v=zm"><link rel="stylesheet" href="/scripts/zm-support-theme.css">
<script>window.NOW = window.NOW || {}; NOW.portal_id = 'hc'; NOW.sp_page = 'zm_kb'; NOW.language = 'en';</script>
<script src="//consent.trustarc.example/notice?domain=zoom.us&amp;c=teconsent&amp;js=nj&amp;noticeType=bb" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${zmTitle}","dateModified":"2025-11-03",
"publisher":{"@type":"Organization","name":"Zoom Communications, Inc."}}</script></head>
<body class="sp-page zm-support" ng-app="sn.$sp">
<div id="teconsent"></div>
<div class="zm-global-header" role="banner"><a class="zm-logo" href="https://zoom.us/" aria-label="Zoom Logo"></a>
<nav class="zm-global-nav" aria-label="Main"><ul>${zmA(zmTop)}</ul></nav>
<ul class="zm-global-cta">${zmA(zmTopCta)}</ul></div>
<div class="zm-support-subnav"><a class="zm-support-subnav__title" href="/hc/en">Zoom Support</a><ul>${links(zmSupNav)}</ul>
<div class="zm-search"><input type="text" aria-label="Search" placeholder="Search support articles"></div></div>
<main class="sp-page-root" id="main-content"><section class="sp-row"><div class="col-md-12"><ol class="breadcrumb zm-breadcrumb">
${zmCrumbs.map((t, i) => `<li><a href="/hc/en/${i}">${t}</a></li>`).join('\n')}</ol></div></section>
<section class="sp-row kb-article-row"><div class="col-md-8"><div class="kb-article-wrapper" id="x0f5a8d0b1b">
<div class="kb-title-header"><h1 class="kb-title" id="article-title">${zmTitle}</h1>
<div class="kb-meta"><span class="kb-meta__updated">Last Updated: November 3, 2025</span>
<span class="kb-meta__number">Article ID: KB0081437</span></div></div>
<div class="kb-toc" data-collapsed="true"><button class="kb-toc__toggle" aria-expanded="false">Table of Contents</button>
<ul class="kb-toc__list" hidden><li><a href="#h_01">${zmH1}</a></li><li><a href="#h_02">${zmH2}</a></li>
<li><a href="#h_03">${zmH3}</a></li><li><a href="#h_04">${zmH4}</a></li></ul></div>
<div class="kb-article-content" id="articleBody">
<p>${zmIntro[0]}</p>
<p>${zmIntro[1]}</p>
<h2 id="h_01">${zmH1}</h2>
<ul>
${zmLi(zmPre)}
</ul>
<h2 id="h_02">${zmH2}</h2>
<p>${zmP2[0]}</p>
<ol>
${zmLi(zmSteps2)}
</ol>
<p class="note">${zmNote}</p>
<h2 id="h_03">${zmH3}</h2>
<ol>
${zmLi(zmSteps3)}
</ol>
<h2 id="h_04">${zmH4}</h2>
${zmP4.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="kb-feedback"><p class="kb-feedback__q">Was this article helpful?</p><button class="btn btn-default">Yes</button>
<button class="btn btn-default">No</button><p class="kb-feedback__done" hidden>Thank you for your feedback.</p></div>
</div></div>
<div class="col-md-4"><div class="panel zm-related"><h3 class="panel-title">Related Articles</h3><ul>${links(zmRelated)}</ul></div>
<div class="panel zm-help"><h3 class="panel-title">Need more help?</h3><p>Ask the Zoom Community or chat with a support agent.</p>
<a class="btn btn-primary" href="/hc/en/contact">Contact Us</a></div></div></section></main>
<footer class="zm-footer" role="contentinfo"><div class="zm-footer__cols">
${zmFootCols.map(([h, l]) => `<div class="zm-footer__col"><h2 class="zm-footer__heading">${h}</h2><ul>${zmA(l)}</ul></div>`).join('\n')}
</div><div class="zm-footer__bottom"><span>Copyright ©2025 Zoom Communications, Inc. All rights reserved.</span>
<ul>${zmA(zmLegal)}</ul></div></footer>
<div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie consent"><p id="truste-consent-text">${zmConsent}</p>
<button id="truste-consent-button">Accept Cookies</button><button id="truste-consent-required">Reject Cookies</button>
<button id="truste-show-consent">Cookie Settings</button></div>
<script src="/scripts/js_includes_sp.jsx?v=11-03-2025_1310&amp;lp=Tue_Nov_04_2025" defer></script></body></html>`;
const zoomPage: TestPage = {
  html: zmHtml,
  name: 'heldout156-zoom-support-docs',
  kind: 'docs',
  // "Last Updated" is a byline; "Sign In" is left out (words of a short step);
  // the article number, the table-of-contents toggle (its hidden list repeats the headings and
  // is left out) and the feedback and related boxes are furniture; the prerequisite list and the note are body
  title: zmTitle,
  headings: [zmH1, zmH2, zmH3, zmH4],
  body: texts([...zmIntro, ...zmPre, ...zmP2, ...zmSteps2, zmNote, ...zmSteps3, ...zmP4]),
  bylines: ['Last Updated: November 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zmTop, ...zmTopCta.filter((t) => t !== 'Sign In'), 'Zoom Support', ...zmSupNav, 'Zoom Webinars', 'Webinar settings', 'Article ID: KB0081437',
    'Table of Contents',
    'Was this article helpful?', 'Yes', 'No', 'Thank you for your feedback.', 'Related Articles', ...zmRelated, 'Need more help?',
    'Ask the Zoom Community or chat with a support agent.', 'Contact Us', ...zmFootNames,
    'Copyright ©2025 Zoom Communications, Inc. All rights reserved.', ...zmLegal, zmConsent, 'Accept Cookies', 'Reject Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT156_B: readonly TestPage[] = [zoomPage, dropboxPage];
