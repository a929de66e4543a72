import { links, ps, type TestPage, texts } from './page-kit.js';
import { lexblogPost } from './pages-heldout195-f2.js';

/**
 * Held-out batch 195, file f: a tenants' rights charity advice page in the Shelter England shape (the emergency "Get help" bar,
 * the header with "Donate" and search, the nav, breadcrumb, "This advice applies to England", the h1, "On this page" jump links,
 * the advice sections with an inline warning callout, "Last updated" date, "Was this advice helpful?", the "Emergency help if
 * you're homeless tonight" box, the donation promo, the cookie banner and the footer with charity numbers) and, from file f2,
 * a law firm's LexBlog post.
 */
const shTitle = 'Disrepair: getting your landlord to do repairs';
const shIntro = ['Your landlord is responsible for most repairs in your home. You should report problems in writing and keep a record.'];
const shH1 = 'What your landlord must repair';
const shP1 = ['Private landlords and councils must keep in repair:'];
const shList1 = [
  'the structure and outside of your home, including walls, roofs, windows and doors',
  'sinks, baths, toilets, pipes and drains',
  'heating and hot water systems',
  'gas appliances, wiring and electrical sockets',
];
const shP2 = [
  'Your landlord must also deal with damp and mould if it makes your home unfit to live in. This applies whether it is caused by a leak, ' +
    'poor ventilation or a lack of heating.',
];
const shH2 = 'How to report repairs';
const shP3 = [
  'Tell your landlord or letting agent about the problem as soon as you can. Email or a letter is best because it gives you a record. ' +
    'Include photos and say when you will be at home so that someone can come and look.',
  'Keep copies of everything you send and receive, and make a note of any phone calls, including the date and who you spoke to.',
];
const shWarn = ['Do not stop paying your rent because repairs have not been done. Your landlord could start eviction action for rent arrears.'];
const shH3 = 'If your landlord does not do the repairs';
const shP4 = [
  'Give your landlord a reasonable time to act. This depends on the problem. A broken boiler in winter should be fixed within a day or two, ' +
    'while a dripping tap could take a few weeks.',
  'If nothing happens, you can complain to the council’s environmental health team. They can inspect your home and order the landlord ' +
    'to do the work if they find a serious hazard.',
  'You may also be able to take your landlord to court and ask for compensation. Get advice before you do this, because court action ' +
    'can be expensive if you lose.',
];
const shH4 = 'Protection from revenge eviction';
const shP5 = [
  'If you complain to the council and it serves a notice on your landlord, your landlord cannot evict you with a section 21 notice for ' +
    '6 months. This only applies if you reported the problem to your landlord in writing first.',
];
const shUpdated = 'Last updated: 3 March 2025';
const shToc = [shH1, shH2, shH3, shH4];
const shTop = 'Get help';
const shNav = ['Housing advice', 'Get help', 'Campaigns', 'Support us', 'About us'];
const shCrumbs = ['Home', 'Housing advice', 'Repairs', 'Disrepair: getting your landlord to do repairs'];
const shFeedback = ['Was this advice helpful?', 'Yes', 'No'];
const shEmerg = [
  'Emergency help if you’re homeless tonight',
  'Contact your local council if you have nowhere to sleep tonight. If you are in danger, call 999.',
  'Find emergency help',
];
const shDonate = ['Roofwise helps millions of people every year struggling with bad housing or homelessness.', 'Please support us', 'Donate now'];
const shCookie = ['We use cookies to make our website work and to understand how you use it.', 'Accept all cookies', 'Manage cookies'];
const shFoot = ['Contact us', 'Jobs', 'Media centre', 'Privacy policy', 'Cookie policy', 'Accessibility', 'Terms and conditions'];
const shCharity = 'Roofwise is a registered charity in England and Wales (1188742) and in Scotland (SC051923).';
const shHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Disrepair: getting your landlord to do repairs - Roofwise England</title><meta name="description" content="${shIntro[0]}">
<link rel="canonical" href="https://england.roofwise.example/housing_advice/repairs/disrepair"><meta property="og:site_name" content="Roofwise England">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${shTitle}","dateModified":"2025-03-03",
"publisher":{"@type":"NGO","name":"Roofwise"}}</script>
<link rel="stylesheet" href="/dist/main.7c1f.css"><script src="https://cdn.cookiebot.example/uc.js" data-cbid="rw-44" async></script></head>
<body class="advice-page"><a class="skip-link" href="#main">Skip to main content</a>
<div class="emergency-bar"><a href="/get_help">${shTop}</a> <span>Call our free emergency helpline</span></div>
<header class="site-header"><a class="site-header__logo" href="/"><span class="visually-hidden">Roofwise England</span></a>
<a class="btn btn--donate" href="/donate">Donate</a><form role="search" class="site-search"><label class="visually-hidden" for="q">Search Roofwise</label>
<input id="q" type="search"></form><nav class="main-nav" aria-label="Main"><ul>${links(shNav)}</ul></nav></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(shCrumbs.slice(0, 3))}<li aria-current="page">${shCrumbs[3]}</li></ol></nav>
<main id="main"><div class="advice-layout"><div class="advice-content">
<p class="country-tag">This advice applies to England</p>
<h1>${shTitle}</h1>
<nav class="on-this-page" aria-label="On this page"><h2 class="on-this-page__title">On this page</h2><ul>${links(shToc)}</ul></nav>
<div class="advice-intro">${ps(shIntro)}</div>
<section id="what-your-landlord-must-repair"><h2>${shH1}</h2>${ps(shP1)}<ul>${shList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(shP2)}</section>
<section id="how-to-report-repairs"><h2>${shH2}</h2>${ps(shP3)}
<div class="callout callout--warning" role="note">${ps(shWarn)}</div></section>
<section id="if-your-landlord-does-not-do-the-repairs"><h2>${shH3}</h2>${ps(shP4)}</section>
<section id="protection-from-revenge-eviction"><h2>${shH4}</h2>${ps(shP5)}</section>
<p class="last-updated">${shUpdated}</p>
<div class="feedback"><h2>${shFeedback[0]}</h2><button>${shFeedback[1]}</button><button>${shFeedback[2]}</button></div></div>
<aside class="advice-aside"><div class="emergency-box"><h2>${shEmerg[0]}</h2><p>${shEmerg[1]}</p><a href="/get_help/emergency">${shEmerg[2]}</a></div>
<div class="donate-promo"><p>${shDonate[0]}</p><h3>${shDonate[1]}</h3><a class="btn" href="/donate">${shDonate[2]}</a></div></aside></div></main>
<div id="CybotCookiebotDialog" role="dialog" aria-label="Cookie
consent"><p>${shCookie[0]}</p><button>${shCookie[1]}</button><button>${shCookie[2]}</button></div>
<footer class="site-footer"><ul>${links(shFoot)}</ul><p>${shCharity}</p></footer><script src="/dist/main.7c1f.js" defer></script></body></html>`;
const roofwise: TestPage = {
  html: shHtml,
  name: 'heldout195-tenants-charity-advice-page',
  kind: 'docs',
  // the intro and the warning callout are advice (body); "On this page" links repeat the headings and are left out;
  // "Last updated" is a byline; the emergency bar and box, donation promo, feedback, cookie dialog and footer are furniture
  title: shTitle,
  headings: [shH1, shH2, shH3, shH4],
  body: texts([...shIntro, ...shP1, ...shList1, ...shP2, ...shP3, ...shWarn, ...shP4, ...shP5]),
  bylines: [shUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', shTop, 'Call our free emergency helpline', 'Roofwise England', 'Donate', 'Search Roofwise', ...shNav.filter((t) => t !== shTop),
    'Home', 'Repairs', 'This advice applies to England', 'On this page', ...shFeedback, ...shEmerg, ...shDonate, ...shCookie, ...shFoot, shCharity,
  ],
};

export const HELDOUT195_F: readonly TestPage[] = [roofwise, lexblogPost];
