import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file a2: a large law firm's client alert on its own site (OneTrust cookie banner, skip link, mega-menu
 * header with search, the "Insights" breadcrumb, the eyebrow "Client Alert", date, the author cards with titles and
 * offices, the "Download PDF" and share tools, a "Key Takeaways" box at the top of the text, the attorney-advertising
 * disclaimer after the text, "Related Professionals", "Related Capabilities", "Related Insights", the subscribe band and
 * the footer).
 */
const title = 'Court of Appeals Narrows Enforceability of Employee Non-Solicitation Covenants';
const keyLabel = 'Key Takeaways';
const key = [
  'The Twelfth Circuit held that a customer non-solicitation covenant is unenforceable where it reaches customers the employee never dealt with.',
  'Courts in the circuit may no longer “blue-pencil” an overbroad covenant unless the agreement expressly allows it.',
  'Employers should review their standard agreements before the spring hiring season.',
];
const p1 = [
  'On February 27, 2025, the U.S. Court of Appeals for the Twelfth Circuit issued its long-awaited decision in <i>Calder Freight Systems, ' +
    'Inc. v. Ostrowski</i>, affirming a district court’s refusal to enjoin a former sales manager from contacting his old employer’s ' +
    'customers. The decision resolves a split among district courts in the circuit and will affect many standard employment agreements.',
];
const h1 = 'Background';
const p2 = [
  'Marek Ostrowski worked for Calder Freight for six years, the last three as regional sales manager for the company’s Midwest ' +
    'accounts. His agreement barred him, for eighteen months after leaving, from soliciting “any customer of the Company.” When he ' +
    'joined a competitor in 2023, Calder sued and sought a preliminary injunction covering every one of its roughly 2,400 customers.',
  'The district court denied the motion, finding that the covenant was broader than necessary to protect Calder’s legitimate ' +
    'interests and declining to rewrite it to cover only the 112 accounts Mr. Ostrowski had managed.',
];
const h2 = 'The Court’s Decision';
const p3 = [
  'The Twelfth Circuit affirmed on both points. First, it held that an employer’s protectable interest in customer goodwill extends ' +
    'only to customers with whom the employee had material contact or about whom the employee received confidential information. ' +
    'A covenant that reaches further is, in the court’s words, “a restraint on competition, not a protection of goodwill.”',
  'Second, the court held that a district court may not narrow an overbroad covenant on its own initiative. Judicial modification ' +
    'remains available only where the parties agreed to it in a severability or reformation clause, and Calder’s agreement had none.',
];
const h3 = 'What Employers Should Do Now';
const p4 = ['In light of the decision, we recommend that employers with operations in the circuit:'];
const todo = [
  'limit customer non-solicitation covenants to customers the employee worked with or learned confidential information about ' +
    'during a defined look-back period;',
  'add an express reformation clause that authorizes a court to narrow any restriction it finds unreasonable;',
  'consider whether existing employees should sign updated agreements, and what new consideration that requires under state law; and',
  'review pending enforcement actions to assess whether the covenants at issue survive the new standard.',
];
const p5 = [
  'We will continue to monitor how district courts apply the decision. Please contact any of the authors or your usual Harlow ' +
    'Pemberton contact with questions.',
];
const disclaimer =
  'This alert is provided for informational purposes only and does not constitute legal advice. It may be considered attorney ' +
  'advertising in some jurisdictions. Prior results do not guarantee a similar outcome.';
const authors = [
  { name: 'Danielle R. Okafor', role: 'Partner', office: 'Chicago' },
  { name: 'Thomas A. Brill', role: 'Counsel', office: 'Minneapolis' },
  { name: 'Yuki Hanrahan', role: 'Associate', office: 'Chicago' },
];
const nav = ['People', 'Capabilities', 'Insights', 'Offices', 'About', 'Careers'];
const cookie = [
  'We use cookies to improve your experience on our website, to analyse traffic and to personalise content. By clicking “Accept All ' +
    'Cookies”, you agree to the storing of cookies on your device.',
];
const cookieBtns = ['Accept All Cookies', 'Reject All', 'Cookie Settings'];
const caps = ['Labor & Employment', 'Restrictive Covenants & Trade Secrets', 'Appellate'];
const related = [
  'State Legislatures Move to Ban Non-Competes for Hourly Workers',
  'Five Questions to Ask Before Suing a Departing Executive',
  'Trade Secret Injunctions After the Defend Trade Secrets Act’s First Decade',
];
const relatedDates = ['January 14, 2025', 'November 6, 2024', 'September 19, 2024'];
const sub = ['Stay Informed', 'Sign up to receive our client alerts and event invitations.', 'Subscribe'];
const foot = ['Privacy Policy', 'Terms of Use', 'Attorney Advertising', 'Accessibility', 'Cookie Preferences', 'Alumni', 'Contact Us'];
const copy = '© 2025 Harlow Pemberton LLP. All rights reserved.';
const author = (a: (typeof authors)[number]): string => `<li class="insight-authors__item"><div class="person-card person-card--small">
<a class="person-card__image" href="/people/${a.name.split(' ')[0]!.toLowerCase()}"><img src="/-/media/people/${a.name.length}.jpg" alt=""></a>
<div class="person-card__content"><a class="person-card__name" href="/people/${a.name.split(' ')[0]!.toLowerCase()}">${a.name}</a>
<span class="person-card__title">${a.role}</span><span class="person-card__office">${a.office}</span></div></div></li>`;
const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Insights | Harlow Pemberton LLP</title>
<meta name="description" content="The Twelfth Circuit held that a customer non-solicitation covenant is unenforceable where it is overbroad.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Harlow Pemberton LLP">
<link rel="canonical" href="https://www.harlowpemberton.example/insights/publications/2025/03/court-of-appeals-narrows-non-solicitation">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2025-03-04",
"author":[{"@type":"Person","name":"Danielle R. Okafor"},{"@type":"Person","name":"Thomas A. Brill"},{"@type":"Person","name":"Yuki Hanrahan"}],
"publisher":{"@type":"Organization","name":"Harlow Pemberton LLP"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8f1c-harlow" charset="UTF-8"></script>
<link rel="stylesheet" href="/assets/dist/css/main.min.css?v=4.12.0"></head>
<body class="page-insight-detail">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="/">
<img src="/assets/img/logo.svg" alt="Harlow Pemberton"></a>
<nav class="main-nav" aria-label="Main"><ul class="main-nav__list">${links(nav, 'main-nav__item')}</ul></nav>
<button class="site-header__search-toggle" aria-expanded="false"><span class="visually-hidden">Open search</span></button>
<div class="site-search" hidden><form action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search"
placeholder="Search"></form></div></div></header>
<main id="main">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/insights">Insights</a></li>
<li aria-current="page">Client Alerts</li></ol></nav>
<div class="insight-hero"><div class="insight-hero__eyebrow">Client Alert</div><h1 class="insight-hero__title">${title}</h1>
<div class="insight-hero__meta"><time datetime="2025-03-04">March 4, 2025</time></div></div>
<div class="insight-detail layout-two-col"><div class="insight-detail__main">
<div class="insight-tools"><a class="insight-tools__pdf" href="/-/media/files/insights/2025/03/non-solicitation.pdf">Download PDF</a>
<div class="share-tools"><span class="share-tools__label">Share</span><a class="share-tools__link" href="https://www.linkedin.com/shareArticle">LinkedIn</a>
<a class="share-tools__link" href="https://x.com/intent/tweet">X</a><a class="share-tools__link" href="mailto:?subject=Client Alert">Email</a>
<button class="share-tools__print" onclick="window.print()">Print</button></div></div>
<div class="rich-text">
<div class="callout callout--takeaways"><h2 class="callout__title">${keyLabel}</h2><ul>${key.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h1}</h2>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h2}</h2>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h3}</h2>
${p4.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${todo.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${p5.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="insight-disclaimer"><p><em>${disclaimer}</em></p></div>
</div>
<aside class="insight-detail__sidebar"><section class="insight-authors"><h2 class="sidebar-heading">Related Professionals</h2>
<ul class="insight-authors__list">${authors.map(author).join('\n')}</ul></section>
<section class="related-capabilities"><h2 class="sidebar-heading">Related Capabilities</h2><ul>${links(caps)}</ul></section></aside></div>
<section class="related-insights"><h2 class="section-heading">Related Insights</h2><div class="card-grid">
${related
  .map(
    (t, i) => `<article class="insight-card"><span class="insight-card__type">Client Alert</span>
<h3 class="insight-card__title"><a href="/insights/${i}">${t}</a></h3>
<span class="insight-card__date">${relatedDates[i]}</span></article>`,
  )
  .join('\n')}</div></section>
<section class="subscribe-band"><h2>${sub[0]}</h2><p>${sub[1]}</p><a class="btn btn--primary" href="/subscribe">${sub[2]}</a></section>
</main>
<footer class="site-footer"><div class="site-footer__offices">Chicago · Minneapolis · New York · Washington, D.C.</div>
<ul class="site-footer__links">${links(foot)}</ul><p class="site-footer__copy">${copy}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cookie[0]}</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${cookieBtns[0]}</button>
<button id="onetrust-reject-all-handler">${cookieBtns[1]}</button><button id="onetrust-pc-btn-handler">${cookieBtns[2]}</button></div></div></div>
<script src="/assets/dist/js/main.min.js?v=4.12.0" defer></script></body></html>`;

export const lawFirmAlert: TestPage = {
  html,
  name: 'heldout217-law-firm-client-alert',
  kind: 'news',
  // the "Key Takeaways" box opens the text and is article text (its label a heading); the disclaimer after the text is
  // furniture; the author cards sit in the "Related Professionals" sidebar: names are bylines, titles and offices furniture
  title,
  headings: [keyLabel, h1, h2, h3],
  body: texts([...key, ...p1, ...p2, ...p3, ...p4, ...todo, ...p5]),
  bylines: ['March 4, 2025', ...authors.map((a) => a.name)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Open search', 'Home', 'Client Alerts', 'Client Alert', 'Download PDF', 'Share', 'LinkedIn', 'Email', 'Print', disclaimer,
    'Related Professionals', 'Partner', 'Counsel', 'Associate', 'Chicago', 'Minneapolis', 'Related Capabilities', ...caps, 'Related Insights',
    ...related, ...relatedDates, ...sub, 'Chicago · Minneapolis · New York · Washington, D.C.', ...foot, copy, ...cookie, ...cookieBtns,
  ],
};
