import { type TestPage, texts } from './page-kit.js';
import { fur, j } from './pages-heldout580-kit.js';

/** Held-out batch 580, file a2: a wedding DJ's FAQ page on Squarespace 7.1 with accordion blocks. */
const sTitle = 'Frequently Asked Questions';
const sIntro = j(
  'Most couples ask me the same dozen things before they book, so here they are in one place. If your question is not',
  'here, send me a message and I will get back to you within a day.',
);
const sGroups: { head: string; items: [string, string][] }[] = [
  {
    head: 'Booking and prices',
    items: [
      [
        'How far ahead should we book?',
        j(
          'Saturdays between May and September usually go 12 to 18 months ahead. Weekdays and winter dates are often free at',
          'six months notice. If your date is close, ask anyway: cancellations do happen.',
        ),
      ],
      [
        'What does the price include?',
        j(
          'Everything you need for the evening: sound system, dance-floor lighting, a wireless microphone for speeches, a planning',
          'call a month before and up to seven hours of music. There are no extra charges for travel within 50 miles of Bristol.',
        ),
      ],
      [
        'How do we pay?',
        j(
          'A £200 booking fee holds your date and comes off the final balance. The rest is due two weeks before the wedding by',
          'bank transfer. I do not take cash on the night.',
        ),
      ],
      [
        'What happens if you are ill?',
        j(
          'In eleven years I have never missed a wedding, but I belong to a network of four Bristol DJs who cover for one another.',
          'If I cannot play, one of them will, with your playlist and my equipment, and you will get a partial refund.',
        ),
      ],
    ],
  },
  {
    head: 'Music on the day',
    items: [
      [
        'Can we choose the songs?',
        j(
          'Yes. You get a planning form where you list your must-play songs, your do-not-play songs and the feel you want for',
          'each part of the night. I read the room for everything in between, and I never play the songs on your do-not-play',
          'list, even if a guest asks for them.',
        ),
      ],
      [
        'Do you take requests from guests?',
        j(
          'Happily, as long as they fit the night and are not on your do-not-play list. Guests can also send requests ahead through',
          'a link I give you to share on your wedding website.',
        ),
      ],
      [
        'Can you play music for the ceremony and the meal?',
        j(
          'Yes. I can run a separate small speaker for a ceremony in another room or outside, with a microphone for the',
          'registrar, and background music through the meal. This adds £150 to the evening price.',
        ),
      ],
      [
        'Do you use a microphone a lot?',
        j('Only when there is something to announce: the cake cutting, the first dance, the last song. I am not a party host', 'who shouts over the music.'),
      ],
      [
        'What time do you arrive?',
        j(
          'About two hours before the music starts, so set-up is finished before the wedding breakfast ends. Most venues let me',
          'set up in the evening room while you eat.',
        ),
      ],
    ],
  },
];
const sOutro = j('Still not sure? Read a few reviews or watch a short clip of a first dance and a packed floor on the Videos page.');
const sNav = ['About', 'Packages', 'Reviews', 'Videos', 'FAQ'];
const sQ = (q: [string, string], k: string): string => `<li class="accordion-item"><div class="accordion-divider accordion-divider--top"
 aria-hidden="true" style="height: 1px; opacity: 1;"></div><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="dropdown-block-${k}" id="button-block-${k}">
<span class="accordion-item__title">${q[0]}</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true"><div class="plus">
<div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" aria-labelledby="button-block-${k}" id="dropdown-block-${k}">
<div class="accordion-item__description"><p class="" style="white-space:pre-wrap;">${q[1]}</p></div></div></li>`;
const sBlock = (g: (typeof sGroups)[number], n: number): string => `<div class="fe-block fe-block-yui_3_17_2_1_17${n}1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${g.head}</h2></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_17${n}2"><div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69"
 id="block-yui_3_17_2_1_17${n}2"><div class="sqs-block-content"><ul class="accordion-items-container" data-is-divider-enabled="true"
 data-accordion-icon-placement="right">${g.items.map((q, i) => sQ(q, `yui_3_17_2_1_17${n}2-${i}`)).join('\n')}</ul></div></div></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- This is Squarespace. --><!-- spindle-sound -->
<base href=""><meta charset="utf-8"><title>FAQ — Spindle Sound | Wedding DJ Bristol</title>
<link rel="canonical" href="https://www.spindlesound.co.uk/faq"><meta property="og:site_name" content="Spindle Sound">
<meta property="og:title" content="FAQ — Spindle Sound | Wedding DJ Bristol"><meta name="description"
 content="Answers to the questions couples ask before booking.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"siteTitle":"Spindle Sound"},"templateId":"5c5a519771c10ba3470d8101"};
</script>
<script type="application/ld+json">{"url":"https://www.spindlesound.co.uk","name":"Spindle Sound","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","
name":"How far ahead should we book?"}]}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6523a1/12/5c5a519771c10ba3470d8101/6523a1/1518/site.css" rel="stylesheet"></head>
<body id="collection-6523a1c0e4b0" class="primary-button-style-solid tweak-global-animations-enabled header-width-full tweak-transparent-header
 form-field-style-solid view-item collection-type-page collection-layout-default collection-6523a1c0e4b0 mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-controller="Header" data-first-focusable-element tabindex="-1">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right">
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Spindle Sound</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/enquire">Check Availability</a></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
 data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
 class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6523a1c0e4b0a1">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"
 data-section-id="6523a1c0e4b0a2" data-controller="SectionWrapperController"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6523a1c0e4b0a2">
<div class="fe-block fe-block-yui_3_17_2_1_1700"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div>
${sGroups.map(sBlock).join('\n')}
<div class="fe-block fe-block-yui_3_17_2_1_1790"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">${sOutro}</p></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1791"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/enquire" class="sqs-block-button-element--medium
 sqs-button-element--primary sqs-block-button-element">Ask a question</a></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
 data-section-id="6523a1c0e4b0f1"><div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine">
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Spindle Sound</h3><p style="white-space:pre-wrap;">Wedding and party DJ · Bristol, Bath and the South West</p>
<p style="white-space:pre-wrap;"><a href="mailto:hello@spindlesound.co.uk">hello@spindlesound.co.uk</a></p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="6523a1c0e4b0n1">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Playlists by email</h2>
<div class="newsletter-form-header-description"><p>One playlist a month for cocktail hours, first dances and floor-fillers.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
 class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_9">Email Address</label><input id="email-yui_3_17_2_1_9"
 class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary"
 type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;">© 2025 Spindle Sound. Site by the DJ himself.</p></div></div></div></div>
</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper sqs-cookie-banner-v2-wrapper--bottom"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--theme-light">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to understand how visitors use it.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" type="button">Accept</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary" type="button">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sHeads = sGroups.flatMap((g) => [g.head, ...g.items.map((q) => q[0])]);
const sBody = texts([sIntro, ...sGroups.flatMap((g) => g.items.map((q) => q[1])), sOutro]);
const spindle: TestPage = {
  name: 'heldout580-squarespace-dj-faq',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: sBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([sTitle, ...sHeads, ...sBody], [
    'Skip to Content', 'Spindle Sound', ...sNav, 'Check Availability', 'Ask a question', 'Wedding and party DJ · Bristol, Bath and the South West',
    'hello@spindlesound.co.uk', 'Playlists by email', 'One playlist a month for cocktail hours, first dances and floor-fillers.', 'Email Address',
    'Sign Up', '© 2025 Spindle Sound. Site by the DJ himself.', 'This website uses cookies to improve your experience and to understand how visitors use it.',
    'Accept', 'Decline',
  ]),
};

export const HELDOUT580_A2: readonly TestPage[] = [spindle];
