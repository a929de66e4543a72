import { links, ps, type TestPage, texts } from './page-kit.js';
import { ferryNotice } from './pages-heldout215-b2.js';

/**
 * Held-out batch 215, file b: an airport's passenger guide page on a Next.js airport site (the live-flights header bar,
 * the terminal switcher, the mega-nav, the "Security wait times" strip, breadcrumb, the "On this page" jump list, a step
 * list whose steps are h3s inside list items, a callout, the parking promo card inside the content column, "Need help?"
 * contacts, the Usercentrics consent layer and the footer) and, from file b2, a ferry operator's service notice.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const pTitle = 'Going through security';
const pIntro = paras(`
Every passenger leaving Port Ardmore goes through security screening in the departures hall on level 2. Most people get through
in under ten minutes, but queues can be longer between 05:00 and 07:30 and on Friday afternoons. This guide explains what to
expect and how to make it quicker.`);
const pH1 = 'Before you get to the airport';
const pP1 = paras(`
Pack your liquids, gels and pastes in containers of 100 ml or less, and put them in a single clear, resealable bag no larger
than 20 cm by 20 cm. Each passenger may carry one bag. Medicines and baby food are allowed in larger amounts, but you may be
asked to show them separately.

Our new scanners in Security A mean you can leave laptops and liquids in your bag there. Security B still uses the older
equipment, so please be ready to take them out if you are directed to that area.`);
const pH2 = 'At the security checkpoint';
const pSteps = [
  {
    h: 'Step 1: Scan your boarding pass',
    p: 'Scan the barcode on your paper or mobile boarding pass at the automatic gates. If it does not open, a member of staff will help you.',
  },
  {
    h: 'Step 2: Prepare your bags',
    p: 'Take off coats, belts and large jewellery and place them in a tray with anything metal from your pockets. Use one tray per bag.',
  },
  {
    h: 'Step 3: Walk through the body scanner',
    p: 'Stand still with your arms raised for a few seconds. You may be asked to have a hand search, which can be done in a private room.',
  },
  {
    h: 'Step 4: Collect your belongings',
    p: 'Pick up your trays at the end of the belt and move to the repacking area so that others can collect theirs.',
  },
];
const pCallout =
  'If you have a hidden disability, you can ask for a sunflower lanyard at the information desk in the check-in hall. ' +
  'It lets our staff know you may need more time or support.';
const pH3 = 'Fast Track';
const pP3 = paras(`
Fast Track lanes are open from 04:30 until the last departure. They are free for passengers travelling in business class with
partner airlines and for members of the Ardmore Lounge, and can be booked by anyone else from £6 per person.

Fast Track does not let you skip the checks themselves, only the queue. Allow at least 90 minutes before a short-haul flight
in any case, because boarding gates at Pier C are up to 15 minutes' walk from security.`);
const pH4 = 'Items you cannot take through';
const pL4 = paras(`
Sharp items with a blade longer than 6 cm, including scissors and tools.

Sporting equipment that could be used as a weapon, such as bats and golf clubs.

Aerosols other than toiletries, and any flammable liquids or gases.

Replica or toy guns, including water pistols.`);
const pP4 = ['Items left at security cannot be returned or stored, so if you are unsure, put them in your hold luggage.'];
const pBar = ['Arrivals', 'Departures', 'Terminal 1', 'Terminal 2'];
const pNav = 'Flights|Parking|Getting here|At the airport|Shopping and dining|Help'.split('|');
const pCrumbs = 'Home|At the airport|Security'.split('|');
const pOnPage = 'On this page';
const pWait = ['Security wait times', 'Security A: 6 min', 'Security B: 12 min', 'Updated 2 minutes ago'];
const pPromo = ['Pre-book your parking', 'Save up to 60% when you book online before you travel.', 'Book parking'];
const pHelp = ['Need help?', 'Call our information line on 0330 018 4417, open 24 hours.', 'Contact us', 'Lost property'];
const pCookie = [
  'Privacy Settings',
  'We use cookies and similar technologies to improve your experience, measure how the site is used and show relevant adverts. ' +
    'You can change your choice at any time in the privacy settings.',
  'More Information',
  'Deny',
  'Accept All',
];
const pFoot = 'About us|Careers|Community|Media centre|Airline partners|Accessibility|Privacy|Cookies|Terms of use'.split('|');
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Going through security | Port Ardmore Airport</title>
<meta name="description" content="What to expect at security at Port Ardmore Airport, liquids rules and Fast Track.">
<meta property="og:title" content="Going through security"><meta property="og:site_name" content="Port Ardmore Airport">
<link rel="preload" href="/_next/static/media/ardmore-sans.woff2" as="font" crossorigin=""><link rel="stylesheet" href="/_next/static/css/5e0a1b2c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Airport","name":"Port Ardmore Airport","iataCode":"PAD"}</script>
<script id="usercentrics-cmp" src="https://app.usercentrics.example/browser-ui/latest/loader.js" data-settings-id="Ux81" async></script>
<noscript data-n-css=""></noscript><script src="/_next/static/chunks/webpack-3f2b.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__a1B2c" href="#main">Skip to content</a>
<div class="FlightBar_bar__9Xk2" data-testid="flight-bar"><ul class="FlightBar_tabs__0pQ">${links(pBar.slice(0, 2), 'FlightBar_tab__w2')}</ul>
<div class="TerminalSwitch_switch__k3" role="group" aria-label="Choose terminal"><button aria-pressed="true">${pBar[2]}</button>
<button aria-pressed="false">${pBar[3]}</button></div></div>
<header class="Header_header__Q1x"><a href="/" class="Header_logo__a9"><span class="sr-only">Port Ardmore Airport home</span></a>
<nav aria-label="Main menu" class="MegaNav_nav__m1"><ul>${links(pNav, 'MegaNav_item__v7')}</ul></nav>
<button class="Header_search__x2" aria-label="Search"><span class="sr-only">Search</span></button></header>
<div class="WaitTimes_strip__r4" aria-live="polite"><strong>${pWait[0]}</strong><span>${pWait[1]}</span><span>${pWait[2]}</span>
<span class="WaitTimes_updated__e2">${pWait[3]}</span></div>
<main id="main" class="Page_main__b8"><nav aria-label="Breadcrumb" class="Breadcrumb_nav__p0"><ol>${links(pCrumbs, 'Breadcrumb_item__y4')}</ol></nav>
<div class="Page_grid__u3"><div class="Page_content__h6"><h1 class="Heading_h1__c2">${pTitle}</h1>
<div class="RichText_root__n1 RichText_intro__z0">${ps(pIntro)}</div>
<nav class="OnThisPage_nav__t5" aria-labelledby="otp"><h2 id="otp" class="OnThisPage_title__f8">${pOnPage}</h2><ul>
${[pH1, pH2, pH3, pH4].map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('')}</ul></nav>
<section id="s0" class="Section_root__g2"><h2>${pH1}</h2><div class="RichText_root__n1">${ps(pP1)}</div></section>
<section id="s1" class="Section_root__g2"><h2>${pH2}</h2><ol class="Steps_list__l9">
${pSteps.map((s) => `<li class="Steps_step__d1"><h3 class="Steps_title__s5">${s.h}</h3><p>${s.p}</p></li>`).join('\n')}</ol>
<div class="Callout_root__j4" role="note"><span class="Callout_icon__q7" aria-hidden="true"></span><p>${pCallout}</p></div></section>
<aside class="PromoCard_card__o3" data-component="promo"><span class="PromoCard_label__k8">Advertisement</span><h3>${pPromo[0]}</h3><p>${pPromo[1]}</p>
<a class="Button_primary__w9" href="/parking">${pPromo[2]}</a></aside>
<section id="s2" class="Section_root__g2"><h2>${pH3}</h2><div class="RichText_root__n1">${ps(pP3)}</div></section>
<section id="s3" class="Section_root__g2"><h2>${pH4}</h2><div class="RichText_root__n1"><ul>${pL4.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(pP4)}</div></section></div>
<aside class="Page_side__k0"><div class="HelpBox_root__r1"><h2>${pHelp[0]}</h2><p>${pHelp[1]}</p><ul>${links(pHelp.slice(2))}</ul></div></aside></div>
</main><footer class="Footer_footer__n2"><ul class="Footer_links__c1">${links(pFoot)}</ul>
<p class="Footer_small__d3">© 2026 Port Ardmore Airport Limited</p></footer></div>
<div id="usercentrics-root"><div class="uc-banner" role="dialog" aria-label="${pCookie[0]}"><h2 class="uc-title">${pCookie[0]}</h2>
<p class="uc-message">${pCookie[1]}</p><button class="uc-more">${pCookie[2]}</button><button class="uc-deny">${pCookie[3]}</button>
<button class="uc-accept">${pCookie[4]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"security","locale":"en-GB"}},"page":"/[...slug]","buildId":"x7Qm"}</script>
</body></html>`;
const airport: TestPage = {
  html: pHtml,
  name: 'heldout215-airport-passenger-guide-docs',
  kind: 'docs',
  // the step h3s inside the list items are headings and their paragraphs body; the "On this page" list that repeats the
  // headings is left out; the callout (a note the guide itself gives) is body
  title: pTitle,
  headings: [pH1, pH2, ...pSteps.map((s) => s.h), pH3, pH4],
  body: [...pIntro, ...pP1, ...pSteps.map((s) => s.p), pCallout, ...texts(pP3), ...pL4, ...pP4],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pBar, 'Port Ardmore Airport home', ...pNav, 'Search', ...pWait, ...pCrumbs, pOnPage, 'Advertisement', ...pPromo, ...pHelp,
    ...pFoot, '© 2026 Port Ardmore Airport Limited', ...pCookie,
  ],
};

export const HELDOUT215_B: readonly TestPage[] = [airport, ferryNotice];
