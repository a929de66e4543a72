import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file d1: a legal aid charity's advice guide (cookie dialog, skip link, emergency "Exit this page"
 * button, header with "Get help", "Donate" and search, breadcrumb, the "This advice applies to England" notice under the
 * h1, the "On this page" contents list that repeats the headings (left out of the gold), a helpline callout inside the
 * text, "Last updated", the "Was this advice helpful?" widget, the donation banner, "Related advice" cards and the footer
 * with the charity number).
 */
const title = 'Section 21 eviction notices: checking if your notice is valid';
const applies = 'This advice applies to England';
const intro = [
  'A section 21 notice is the first step a private landlord must take to evict you without giving a reason. It is not an ' +
    'eviction order. You do not have to leave on the date in the notice, and many notices are not valid because the landlord has ' +
    'not followed the rules.',
  'Use this page to check whether your notice is valid before you decide what to do.',
];
const h1 = 'When a landlord cannot use section 21';
const p1 = ['Your landlord cannot give you a valid section 21 notice if:'];
const l1 = [
  'you have been in the property for less than 4 months, unless you are on a periodic tenancy that started before then',
  'your deposit was not protected in a government-approved scheme within 30 days',
  'you were not given the prescribed information about your deposit',
  'your landlord has not given you a gas safety certificate, an energy performance certificate and the government’s How to rent guide',
  'the council has served an improvement notice on the property in the last 6 months',
];
const h2 = 'Check the notice period';
const p2 = [
  'The notice must give you at least 2 months. If your rent is paid quarterly or for longer periods, the notice period may be ' +
    'longer. The date in the notice cannot be earlier than the end of any fixed term in your tenancy agreement.',
  'The notice must be on form 6A, the official form for section 21 notices. A letter or email that just asks you to leave is not ' +
    'a valid section 21 notice.',
];
const callout = 'If you have been given a notice and you are not sure it is valid, call our free helpline on 0808 800 4400.';
const h3 = 'What happens if the notice is valid';
const p3 = [
  'If the notice is valid and you do not leave, your landlord must apply to court for a possession order. You will get court ' +
    'papers and a form to reply. You can ask the court for more time to leave if you would face exceptional hardship.',
  'Only a bailiff with a warrant can remove you from your home. If your landlord tries to make you leave without a court order, ' +
    'or changes the locks, this may be an illegal eviction.',
];
const h4 = 'Getting help';
const p4 = [
  'You may be able to get free legal advice through legal aid if you are at risk of losing your home. Your local council must also ' +
    'help if you are threatened with homelessness within 56 days, and a valid section 21 notice counts.',
];
const updated = 'Last updated: 12 February 2025';
const cookie = [
  'We use cookies',
  'We use necessary cookies to make our site work. We would also like to set optional cookies to help us improve it.',
  'Accept all cookies',
  'Reject optional cookies',
  'Manage cookies',
];
const nav = ['Get help', 'Housing advice', 'Get involved', 'About us', 'Donate'];
const crumbs = ['Home', 'Housing advice', 'Private renting', 'Eviction'];
const feedback = ['Was this advice helpful?', 'Yes', 'No', 'Thank you for your feedback.'];
const donate = ['Help us keep this advice free', 'Every year over 2 million people use our advice. Your donation helps us keep it up to date.', 'Donate now'];
const related = ['Section 8 eviction notices', 'Court possession orders', 'Illegal eviction by a private landlord', 'Tenancy deposit protection'];
const foot = ['Contact us', 'Accessibility', 'Privacy and cookies', 'Terms of use', 'Jobs', 'Press office'];
const charity = 'Homeward Legal Advice is a registered charity in England and Wales (1098765) and Scotland (SC041234).';
const ul = (a: readonly string[]): string => `<ul class="list list--bullet">${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const pp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Homeward Legal Advice</title><meta name="description" content="${intro[0]!.slice(0, 150)}">
<link rel="canonical" href="https://www.homewardadvice.example/housing-advice/private-renting/eviction/section-21-notice-validity">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Homeward Legal Advice">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${title}","dateModified":"2025-02-12",
"publisher":{"@type":"NGO","name":"Homeward Legal Advice"}}</script>
<link rel="stylesheet" href="/_next/static/css/4c1a.css"><script src="/_next/static/chunks/main-7d3e.js" defer></script></head>
<body><div id="__next">
<div class="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title"><h2 id="cookie-title">${cookie[0]}</h2><p>${cookie[1]}</p>
<button type="button">${cookie[2]}</button><button type="button">${cookie[3]}</button><a href="/cookies">${cookie[4]}</a></div>
<a class="skip-link" href="#main">Skip to main content</a>
<a class="exit-page" href="https://www.bbc.example/weather" rel="nofollow noreferrer">Exit this page</a>
<header class="header"><a class="header__logo" href="/"><img src="/logo.svg" alt="Homeward Legal Advice"></a>
<nav class="header__nav" aria-label="Main"><ul>${links(nav, 'header__nav-item')}</ul></nav>
<form class="header__search" role="search"><label for="s" class="sr-only">Search advice</label><input id="s" type="search" placeholder="Search advice">
<button type="submit">Search</button></form></header>
<main id="main"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(crumbs, 'breadcrumbs__item')}</ol></nav>
<div class="advice-page"><div class="advice-page__header"><h1>${title}</h1><p class="advice-page__nation"><span class="tag">${applies}</span></p></div>
<div class="advice-page__layout"><aside class="advice-page__contents"><h2 class="contents__title">On this page</h2>
<ol>${[h1, h2, h3, h4].map((t, i) => `<li><a href="#section-${i + 1}">${t}</a></li>`).join('')}</ol></aside>
<div class="advice-page__body rich-text">
${pp(intro)}
<h2 id="section-1">${h1}</h2>
${pp(p1)}
${ul(l1)}
<h2 id="section-2">${h2}</h2>
${pp(p2)}
<div class="callout callout--helpline"><p>${callout}</p></div>
<h2 id="section-3">${h3}</h2>
${pp(p3)}
<h2 id="section-4">${h4}</h2>
${pp(p4)}
<p class="advice-page__updated">${updated}</p>
</div></div>
<div class="feedback" data-component="feedback"><h2 class="feedback__title">${feedback[0]}</h2><button>${feedback[1]}</button><button>${feedback[2]}</button>
<p class="feedback__thanks" hidden>${feedback[3]}</p></div></div>
<section class="donate-banner"><h2>${donate[0]}</h2><p>${donate[1]}</p><a class="button button--primary" href="/donate">${donate[2]}</a></section>
<section class="related"><h2>Related advice</h2><ul class="card-list">${links(related, 'card')}</ul></section></main>
<footer class="footer"><ul>${links(foot)}</ul><p class="footer__charity">${charity}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"section-21-notice-validity"}},"page":"/[...slug]"}</script>
</body></html>`;

export const charityGuide: TestPage = {
  html,
  name: 'heldout217-legal-aid-charity-guide',
  kind: 'docs',
  // the helpline callout inside the text is furniture (a promo); "This advice applies to England" is furniture; the
  // "On this page" list repeats the headings and is left out; "Last updated" is a byline
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...l1, ...p2, ...p3, ...p4]),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Skip to main content', 'Exit this page', ...nav, 'Search', 'Home', 'Private renting', 'Eviction', applies, 'On this page', callout,
    ...feedback.slice(0, 3), ...donate, 'Related advice', ...related, ...foot, charity,
  ],
};
