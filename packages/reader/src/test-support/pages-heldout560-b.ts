import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file b: an escape room venue's FAQ on Wix (rich text elements and the Wix FAQ widget, questions as
 * buttons), and an escape game company's corporate team building page on Webflow (cards, a form, a Finsweet cookie banner).
 */
const wTitle = 'Frequently asked questions';
const wIntro = j(
  'Everything you need to know before you play. If your question isn’t here, message us and a game master will get back to you',
  'the same day.',
);
const wCats: [string, [string, string][]][] = [
  [
    'General',
    [
      [
        'How many people do I need?',
        j(
          'Our games take between two and seven players, and three to five is the sweet spot for most teams. Groups larger than seven can',
          'book two games side by side and race each other.',
        ),
      ],
      [
        'Are the games scary?',
        'Only The Undertaker’s Parlour is meant to be creepy, and even that one has no jump scares or actors. The other three suit all ages.',
      ],
      [
        'What is the minimum age?',
        j(
          'Players aged 8 to 13 must have an adult in the room with them. Teams of 14 and 15 year olds can play on their own if a parent',
          'signs the consent form. Under 8s play free in our two family games.',
        ),
      ],
    ],
  ],
  [
    'Booking',
    [
      ['How do I book?', 'Book online from any game page. You pay in full when you book, and we don’t take walk-ins at weekends.'],
      [
        'Can I change or cancel my booking?',
        j(
          'You can move your booking to another date free of charge up to 48 hours before your game. We can’t refund cancellations, but',
          'if you cancel more than 48 hours ahead we will send you a voucher for the full amount.',
        ),
      ],
      ['What if someone in my team can’t make it?', 'Just bring fewer players. Prices are per team, so nothing changes and we can’t refund the difference.'],
    ],
  ],
  [
    'On the day',
    [
      [
        'How early should we arrive?',
        j(
          'Please arrive 15 minutes before your start time for the briefing. If you are late we may have to shorten your game so the next',
          'team can start on time.',
        ),
      ],
      ['Can we take photos inside?', 'No. Phones stay in a locker during the game so nobody can share spoilers. We take a team photo for you at the end.'],
      ['What if we get stuck?', 'Your game master watches on camera and sends a clue to the screen whenever you ask. There is no penalty for taking clues.'],
      [
        'Is the venue accessible?',
        j(
          'Everything is on the ground floor and three of our four games are fully accessible to wheelchair users. Call us to talk through',
          'any needs before you book.',
        ),
      ],
    ],
  ],
];
const wNav = ['Home', 'Escape Games', 'Vouchers', 'Parties', 'FAQ', 'Contact'];
const wQa = (q: string, a: string, n: string): string => `<li class="Xq3Lz1" data-hook="question-item"><div class="gR2Wm8">
<div role="button" tabindex="0" aria-expanded="true" aria-controls="answer-${n}" data-hook="question-title"
class="oB7Ys2 sCzE0a"><span class="jP9cdT">${q}</span>
<span class="Ic8hWz" aria-hidden="true"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M7 10l5 5 5-5"></path></svg></span></div>
<div id="answer-${n}" data-hook="answer-content"
class="T0xlb3"><div class="ricos-viewer"><div class="public-DraftEditor-content"><p class="k4Hn9w">${a}</p></div></div>
</div></div></li>`;
const wFaq = wCats
  .map(
    ([c, qs], i) => `<div data-hook="faq-category" class="mDq0Ut"><h2 data-hook="category-title" class="C4vXn2">${c}</h2>
<ul class="u7Kp1r" data-hook="questions-list">${qs.map(([q, a], k) => wQa(q, a, `${i}-${k}`)).join('\n')}</ul></div>`,
  )
  .join('\n');
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>FAQ | Puzzlebox Games | Thornbury Vale</title>
<meta name="description" content="Answers to common questions about booking and playing at Puzzlebox Games."><meta property="og:site_name"
content="Puzzlebox Games">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How many people do I need?",
"acceptedAnswer":{"@type":"Answer","text":"Our games take between two and seven players."}}]}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"7b1e52c4-90a1-4d2f-8e77-2c5d0a9b31f6","isResponsive":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#masterPage{--pinned-layers-in-page:0}.KcpHeO{word-wrap:break-word}
.mHZSwn{position:absolute;width:1px;height:1px;overflow:hidden}</style>
</head><body><div data-testid="skipToContentButton" class="LHrbPP"><button class="LHrbPP wixui-skip-to-content" tabindex="0">Skip to Main Content</button></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-lk3h2a1x" class="MazNVa comp-lk3h2a1x wixui-image"><a data-testid="linkElement" href="https://www.puzzleboxgames.example" class="j7pOnl">
<img src="https://static.wixstatic.com/media/6d21f7_logo~mv2.png/v1/fill/w_160,h_52/logo.png" alt="Puzzlebox Games logo"></a></div>
<nav id="comp-lk3h2b9q" aria-label="Site"
class="StylableHorizontalMenu3372578893__root comp-lk3h2b9q wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement"
href="https://www.puzzleboxgames.example/${t.toLowerCase().replace(/ /g, '-')}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__root">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div id="comp-lk3h2c0m" class="comp-lk3h2c0m wixui-button"><a data-testid="linkElement" href="/book-online"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book Now</span></a></div>
<div id="comp-lk3h2c7t" class="comp-lk3h2c7t" data-hook="login-button"><button class="Lj8u9A"><span class="UrOLA5">Log In</span></button></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="cxkq3"
class="dBAkHi">
<section id="comp-lk3h4f0a" class="comp-lk3h4f0a wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf"><div id="comp-lk3h4f0c"
class="comp-lk3h4f0c wixui-column-strip__column">
<div data-mesh-id="comp-lk3h4f0cinlineContent" data-testid="inline-content" class="">
${wRich('lk3h4g2b', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRich('lk3h4g9e', `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
<div id="comp-lk3h5a7k" class="comp-lk3h5a7k" data-hook="faq-widget-root"><div data-hook="faq-list-layout" class="TsFq8x">
${wFaq}</div></div>
${wRich('lk3h6b1d', '<h3 class="font_3 wixui-rich-text__text"><span class="wixui-rich-text__text">Still have questions?</span></h3>')}
<div id="comp-lk3h6c4s" class="comp-lk3h6c4s wixui-button"><a data-testid="linkElement" href="/contact"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Get in touch</span></a></div>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="">
${wRich(
  'lk3h7d2f',
  `<p class="font_9 wixui-rich-text__text">Puzzlebox Games</p>
<p class="font_9 wixui-rich-text__text">7 Weaver’s Court, Thornbury Vale TV2 8RE</p><p class="font_9 wixui-rich-text__text">01632 960 771</p>`,
)}
${wRich(
  'lk3h7e8k',
  `<p class="font_9 wixui-rich-text__text">© 2024 by Puzzlebox Games. Proudly created with <a href="https://www.wix.com"
target="_blank">Wix.com</a></p>`,
)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="ccsu-banner-wrapper" class="consent-banner-root"><div data-hook="consent-banner-root" role="region"
aria-label="Cookie banner"><div class="Ccsu9a">
<p data-hook="ccsu-banner-text">We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></p></div><div class="Gy2qPb">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7c1b2f3a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout560-wix-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wCats.map(([c]) => c),
  body: [wIntro, ...wCats.flatMap(([, qs]) => qs.flat())],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Home', 'Escape Games', 'Vouchers', 'Parties', 'FAQ', 'Contact', 'Book Now', 'Log In', 'Still have questions?', 'Get in touch',
    'Puzzlebox Games', '7 Weaver’s Court, Thornbury Vale TV2 8RE', '01632 960 771', '© 2024 by Puzzlebox Games. Proudly created with Wix.com',
    'We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings',
    'Decline All', 'Accept',
  ],
};

const fTitle = 'Team building your colleagues will actually talk about';
const fDek = 'Private escape games, puzzle hunts and awards for groups of 8 to 60, at our Halden venue or at your office.';
const fWhy: [string, string][] = [
  [
    'Real teamwork, not trust falls',
    'Every game needs people to split up, share what they find and agree on answers under time pressure. Nobody can win it alone.',
  ],
  ['Everything handled', 'We plan the schedule, run the games, order the food and print the certificates. You just bring the people.'],
  [
    'A debrief that lands',
    j(
      'After the games one of our hosts walks each team through their recording and the moments that made the difference.',
      'It takes about twenty minutes and it is the part people remember.',
    ),
  ],
];
const fPacks: [string, string, string[]][] = [
  ['Quick Break', '£35 per person, 90 minutes', ['One escape game per team', 'Results and team photos', 'Tea, coffee and biscuits']],
  ['Half Day', '£59 per person, 3 hours', ['Two escape games per team', 'Hosted debrief', 'Lunch from the Quayside Kitchen']],
  [
    'On-Site Hunt',
    'From £1,450 per group, at your office',
    ['Portable puzzle hunt for up to 60 players', 'Two hosts and all equipment', 'Awards and a printed leaderboard'],
  ],
];
const fSteps = [
  'Tell us your date, group size and budget using the form below.',
  'We send you a plan and a fixed quote within one working day.',
  'A deposit of 25 per cent holds your date. The rest is due a week before the event.',
];
const fNav = ['Rooms', 'Corporate', 'Parties', 'Vouchers'];
const fQuote = '“Forty people from four offices, and for once nobody checked their email. We have booked again for the summer.”';
const fForm = ['Name', 'Work email', 'Group size', 'Preferred date', 'Message'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Apr 02 2024 10:15:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.cipherandco.example" data-wf-page="65f1c0a2b3d4e5f6a7b8c9d1" data-wf-site="65f1c0a2b3d4e5f6a7b8c9d0"
lang="en"><head><meta charset="utf-8">
<title>Corporate Team Building in Halden | Cipher &amp; Co.</title><meta content="Private escape games and puzzle hunts for teams of 8 to 60."
name="description">
<meta content="Corporate Team Building | Cipher &amp; Co." property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c0a2b3d4e5f6a7b8c9d0/css/cipherandco.webflow.shared.4b7e1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body-corporate"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f1/logo.svg" loading="lazy"
alt="Cipher &amp; Co."></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Corporate' ? ' w--current" aria-current="page' : ''}">${t}</a>`,
  )
  .join('')}
<a href="/book" class="nav-button w-button">Book a room</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-corporate"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Corporate events</div>
<h1 class="heading-hero">${fTitle}</h1><p class="paragraph-hero">${fDek}</p><a href="#enquire" class="button w-button">Get a quote</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Why teams book us</h2>
<div class="w-layout-grid grid-3">${fWhy
  .map(
    ([h, p]) => `<div class="card"><img src="https://assets-global.website-files.com/65f1/icon.svg" loading="lazy"
alt="" class="card-icon"><h3 class="heading-card">${h}</h3><p class="paragraph-card">${p}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section section-dark"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Packages</h2>
<div class="w-layout-grid grid-3">
${fPacks
  .map(
    ([h, pr, li]) => `<div class="package-card"><h3 class="heading-card">${h}</h3><div class="package-price">${pr}</div><ul role="list"
class="package-list w-list-unstyled">${lis(li, 'package-item')}</ul></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">How it works</h2><ol role="list"
class="steps-list">${lis(fSteps)}</ol></div></section>
<section class="section section-logos"><div class="w-layout-blockcontainer container w-container"><div class="logos-title">Trusted by teams at</div>
<div class="logos-row">
<img src="https://assets-global.website-files.com/65f1/northgate.svg" loading="lazy"
alt="Northgate Analytics"><img src="https://assets-global.website-files.com/65f1/brindle.svg"
loading="lazy" alt="Brindle Foods"><img src="https://assets-global.website-files.com/65f1/halden-council.svg" loading="lazy" alt="Halden Borough Council"></div>
<div class="testimonial"><p class="testimonial-quote">${fQuote}</p><div class="testimonial-name">Priya Ansell, People Lead, Northgate Analytics</div></div>
</div></section>
<section id="enquire" class="section section-form"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Ask for a quote</h2>
<div class="form-block w-form"><form id="wf-form-Corporate-Enquiry" name="wf-form-Corporate-Enquiry" data-name="Corporate Enquiry" method="get" class="form">
${fForm
  .map(
    (l, i) => `<label for="field-${i}" class="field-label">${l}</label><input class="text-field w-input" maxlength="256" name="field-${i}"
id="field-${i}" type="text">`,
  )
  .join('\n')}
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"></form>
<div class="success-message w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="error-message w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div>
<div class="footer-brand">Cipher &amp; Co. Escape Games</div>
<p class="footer-text">12 Tanner Row, Halden HD4 2PL</p><a href="mailto:hello@cipherandco.example" class="footer-link">hello@cipherandco.example</a></div>
<ul role="list" class="footer-list w-list-unstyled">${links(['Gift vouchers', 'Careers', 'Privacy', 'Terms'], 'footer-item')}</ul></div>
<div class="footer-copyright">© 2024 Cipher &amp; Co. Ltd. Registered in England, no. 11482093.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of
cookies on your device to improve site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c0a2b3d4e5f6a7b8c9d0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f1c0a2b3d4e5f6a7b8c9d0/js/webflow.3c1a9b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout560-webflow-corporate',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: ['Why teams book us', ...fWhy.map(([h]) => h), 'Packages', ...fPacks.map(([h]) => h), 'How it works'],
  body: [fDek, ...fWhy.map(([, p]) => p), ...fPacks.flatMap(([, pr, li]) => [pr, ...li]), ...fSteps],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a room', 'Corporate events', 'Get a quote', 'Trusted by teams at', fQuote, 'Priya Ansell, People Lead, Northgate Analytics',
    'Ask for a quote', ...fForm.filter((l) =>
l !== 'Group size'), 'Cipher & Co. Escape Games', '12 Tanner Row, Halden HD4 2PL', 'hello@cipherandco.example', 'Gift vouchers', 'Careers',
    'Privacy', 'Terms', '© 2024 Cipher & Co. Ltd. Registered in England, no. 11482093.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to improve site navigation and analyse site usage.', 'Preferences', 'Deny',
    'Accept',
  ],
};

export const HELDOUT560_B: readonly TestPage[] = [wix, webflow];
