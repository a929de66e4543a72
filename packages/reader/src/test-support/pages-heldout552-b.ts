import type { TestPage } from './page-kit.js';
import { j, tidy } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file b: a pool league's rules page on Squarespace 7.1 (fluid engine blocks, mobile menu overlay,
 * newsletter block in the footer section), and a league results report on Ghost with the Casper theme (feature image,
 * results tables in HTML cards, read-more cards and the member sign-up box).
 */
const sTitle = 'League Rules 2025';
const sIntro = [
  j(
    'These rules apply to all Saltmarsh Pool League competitions, singles and team, unless a cup competition says otherwise.',
    'Where these rules are silent, the current Blackball rules published by the national body are used.',
  ),
  'Captains are responsible for making sure every player in their team has read them. Ignorance of a rule is not a reason to replay a frame.',
];
const s1 = [
  'League matches are played on Wednesday evenings. The first frame must be broken off by 8.15pm.',
  'Each match is eight singles frames followed by one doubles frame, played in the order written on the score sheet.',
  'A team that is not ready to play 30 minutes after the start time forfeits the frames it cannot cover.',
  'The home team supplies the table, the balls and the coins. All tables must be 7 ft with a cloth in playable condition.',
  'Practice on the match table ends at 8pm. The away team is entitled to ten minutes of practice before that.',
];
const s2 = [
  j(
    'Every player must be registered with the league secretary before playing. Registrations close at the end of January; players',
    'registered after that date may play in the league but not in the singles or doubles finals.',
  ),
  'A player may only be registered for one team in each division. Transfers between teams are allowed once a season with the agreement of both captains.',
];
const s2list = ['the player’s full name', 'the team they are registering for', 'a contact phone number or email address'];
const s3a = [
  j(
    'The player breaking must have the cue ball behind the baulk line. At least two object balls must pass the middle pocket line',
    'for the break to be legal. A foul break gives the opponent two visits.',
  ),
];
const s3b = [
  'potting the cue ball',
  'failing to hit a ball of your own group first',
  'failing to hit a cushion or pot a ball after contact',
  'touching any ball with the hand, clothing or cue',
  'playing a shot with both feet off the floor',
];
const s3c = [
  j(
    'After a foul, the incoming player has two visits and may play the cue ball from where it lies or from anywhere behind the',
    'baulk line. On the first visit the player may hit any ball first, including the black, without it being a foul.',
  ),
  'A player who pots the black illegally, or pots it before clearing their own group, loses the frame.',
];
const s4 = [
  j(
    'The winning captain sends the result to the results secretary by text or through the league website by noon the day after',
    'the match. The signed score sheet must follow within five days.',
  ),
  'A win scores one point a frame, and the team winning the match gets two bonus points. Drawn matches do not exist: the doubles frame decides.',
];
const s5 = [
  j('Disputes during a frame are settled by a referee agreed by both captains. If no referee can be agreed, the frame is replayed', 'from the start.'),
  j(
    'Any complaint after the match must be made in writing to the secretary within seven days. The committee will hear it at its',
    'next meeting and its decision is final.',
  ),
];
const s6 = [
  j(
    'Players must be polite to opponents, referees and bar staff. Swearing at the table, abuse and damage to equipment may lead to',
    'frames being forfeited, fines and, for repeated offences, a ban from league competitions.',
  ),
];
const sHeads = [
  '1. Matches',
  '2. Players and registration',
  '3. Playing rules',
  'Breaking',
  'Fouls',
  'Ball in hand',
  '4. Results and scoring',
  '5. Disputes',
  '6. Conduct',
];
const sNav = ['Fixtures', 'Results', 'Tables', 'Rules', 'Venues', 'Contact'];
const sP = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sList = (tag: string, items: readonly string[]): string => `<${tag} data-rte-list="default">${items.map((t) => `<li>${sP(t)}</li>`).join('')}</${tag}>`;
const sH = (n: number, i: number): string => `<h${n} style="white-space:pre-wrap;">${sHeads[i]}</h${n}>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Rules &mdash; Saltmarsh Pool League</title><link rel="canonical" href="https://www.saltmarshpool.org.uk/rules">
<meta property="og:site_name" content="Saltmarsh Pool League"><meta property="og:title" content="Rules &mdash; Saltmarsh Pool League">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1f0c2e9b8a31d2c7f4e10","siteTitle":"Saltmarsh Pool League"},
"collection":{"title":"Rules","typeName":"page"},"templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshpool.org.uk","name":"Saltmarsh Pool League",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2e9b8a31d2c7f4e10/12/site.css"></head>
<body id="collection-64a1f3b7c1d2e4a5b6c7d8e9" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
tweak-fixed-header-style-basic form-field-style-solid collection-type-page collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/register" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div id="announcement-bar-text-inner-id"
class="sqs-announcement-bar-text-inner">
<p>Summer league registration closes on 30 June. Sign up your team now.</p></div></div></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Saltmarsh Pool League</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div></div>
<div class="header-display-mobile" data-content-field="site-title"><div class="header-burger menu-overlay-does-not-have-visible-non-navigation-items">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div
class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div
class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f3b7c1d2e4a5b6c7d8f0">
<section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section collection-type-page white"
data-section-id="64a1f3b7c1d2e4a5b6c7d8f1"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f3b7c1d2e4a5b6c7d8f2">
<div class="fe-block fe-block-yui_3_17_2_1_1716390000000_4210"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL"
data-block-type="2" data-border-radii="{}" id="block-yui_3_17_2_1_1716390000000_4210"><div class="sqs-block-content"><div class="sqs-html-content"
data-sqsp-text-block-content>
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
${sIntro.map(sP).join('\n')}
<p class="" style="white-space:pre-wrap;"><em>Last revised at the AGM, 12 May 2025</em></p>
${sH(2, 0)}${sList('ol', s1)}
${sH(2, 1)}${s2.map(sP).join('\n')}
${sP('When registering a player, the captain must give:')}${sList('ul', s2list)}
${sH(2, 2)}${sH(3, 3)}${s3a.map(sP).join('')}
${sH(3, 4)}${sP('Any of the following is a foul:')}${sList('ul', s3b)}
${sH(3, 5)}${s3c.map(sP).join('\n')}
${sH(2, 6)}${s4.map(sP).join('\n')}
${sH(2, 7)}${s5.map(sP).join('\n')}
${sH(2, 8)}${s6.map(sP).join('\n')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1716390000000_9876"><div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-yui_3_17_2_1_1716390000000_9876"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"
data-animation-role="button" data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="/s/saltmarsh-rules-2025.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download the rules (PDF)</a></div></div></div></div>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center dark">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f3b7c1d2e4a5b6c7d900"><div class="fe-block">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Saltmarsh Pool League</h3><p class="" style="white-space:pre-wrap;">secretary@saltmarshpool.org.uk</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1f4">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">League news by email</h2>
<div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">Results and fixture changes, once a week.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1716390000000_11">Email Address</label>
<input id="email-yui_3_17_2_1_1716390000000_11" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address">
</div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div></div>
<div class="hidden form-submission-text">Thank you!</div></form></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to see how visitors use it and to remember your settings.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept all</button>
<button class="sqs-cookie-banner-v2-decline">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const sqsRules: TestPage = tidy({
  name: 'heldout552-squarespace-pool-league-rules',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  // biome-ignore format: one array of the page's blocks in order
  body: [...sIntro, ...s1, ...s2, 'When registering a player, the captain must give:', ...s2list, ...s3a, 'Any of the following is a foul:', ...s3b, ...s3c,
    ...s4, ...s5, ...s6],
  bylines: ['Last revised at the AGM, 12 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer league registration closes on 30 June. Sign up your team now.', 'Skip to Content', 'Saltmarsh Pool League', ...sNav,
    'Download the rules (PDF)', 'secretary@saltmarshpool.org.uk', 'League news by email', 'Results and fixture changes, once a week.', 'Email Address',
    'Sign Up', 'We respect your privacy.', 'This site uses cookies to see how visitors use it and to remember your settings.', 'Accept all',
    'Decline all', 'Manage cookies',
  ],
});

export const HELDOUT552_B: readonly TestPage[] = [sqsRules];
