import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file e2: an escape room's booking page on Webflow (w-nav navbar, hero with the room's facts as
 * badges, a w-richtext story and rules, a price list, the booking widget embed, a "Other rooms" collection list, a
 * w-form gift voucher sign-up with its hidden success and error messages, the footer and Webflow's scripts).
 */
const xTitle = 'The Clockmaker’s Vault';
const xStory = [
  j(
    'Master clockmaker Edwin Harrow vanished in 1891, leaving behind a workshop full of half-finished clocks and a vault that',
    'no one has ever opened. His great-granddaughter has finally found the key, but the vault is rigged to seal itself for',
    'good at midnight. You have sixty minutes to work out how Harrow’s clocks fit together, find the combination and get out',
    'with his final invention.',
  ),
  j(
    'The Clockmaker’s Vault is our most mechanical room, with very few padlocks and lots of moving parts. It suits groups who',
    'like to tinker and talk, and is a good step up for teams who have done one or two rooms before.',
  ),
];
const xHow = [
  j(
    'When you arrive, your game master will explain the rules and show you how to ask for hints. Then the door closes and the',
    'clock starts. Nothing in the room needs force, and you will never need to climb or lift anything heavy. If you get out in',
    'time, you will get a team photo for our wall of fame; if not, we will walk you through the puzzles you missed.',
  ),
];
const xKnow = [
  'Please arrive 10 minutes before your slot for a short safety briefing.',
  'Players under 16 must be accompanied by a paying adult; under-12s may find this room frustrating.',
  'The room is on the ground floor and is wheelchair accessible.',
  'Hints are unlimited and free, and your game master is watching throughout.',
];
const xPrices = ['2 players: £60', '3 players: £75', '4 players: £88', '5 or 6 players: £20 per person'];
const xPriceNote = 'Prices are per game, not per person, unless stated. Off-peak games on weekdays before 4pm are £10 cheaper.';
const xNav = ['Rooms', 'Gift Vouchers', 'Parties', 'Corporate', 'FAQs', 'Contact'];
const xBadges = ['2–6 players', '60 minutes', 'Difficulty: 4/5', 'Ages 12+'];
const xOthers = ['The Lighthouse Keeper', 'Operation Nightjar', 'The Witch of Hollin Lane'];
const xHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 06 2026 10:21:44 GMT+0000 -->
<html data-wf-domain="www.lockstepescape.example" data-wf-page="65f0c1a2b3d4e5f601234567" data-wf-site="65f0c1a2b3d4e5f601234500" lang="en"><head>
<meta charset="utf-8"><title>The Clockmaker’s Vault | Lockstep Escape Rooms</title>
<meta content="Book The Clockmaker’s Vault, a 60-minute escape room for 2 to 6
players." name="description"><meta content="The Clockmaker’s Vault | Lockstep Escape Rooms"
property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f0c1a2b3d4e5f601234500/css/lockstep.webflow.shared.4f1c2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"The Clockmaker’s Vault","brand":"Lockstep Escape Rooms",
"offers":{"@type":"AggregateOffer","lowPrice":"60","priceCurrency":"GBP"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" alt="Lockstep
Escape Rooms" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${xNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="#book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero room-hero"><div class="container w-container"><div class="room-tag">Escape room · Lockstep Hollinbeck</div>
<h1 class="room-title">${xTitle}</h1><div class="room-badges w-layout-hflex">
${xBadges.map((b) => `<div class="badge"><div class="badge-text">${b}</div></div>`).join('\n')}
</div></div></section>
<section class="section room-info"><div class="container w-container"><div class="w-layout-grid grid-2col"><div class="room-rich w-richtext">
<h2>The story</h2>
${xStory.map((p) => `<p>${p}</p>`).join('\n')}
<h2>How it works</h2>
${xHow.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Good to know</h2>
<ul role="list">${xKnow.map((k) => `<li>${k}</li>`).join('\n')}</ul>
<h2>Prices</h2>
<ul role="list">${xPrices.map((k) => `<li>${k}</li>`).join('\n')}</ul>
<p>${xPriceNote}</p>
</div><div id="book" class="booking-panel"><h3 class="booking-heading">Choose a date and time</h3><div class="booking-embed w-embed w-script">
<div id="bookeo_position"></div><script type="text/javascript" src="https://bookeo.example/widget.js?a=4419XKWJ&amp;type=41193ARH7L"></script>
<noscript>Please enable JavaScript to book online, or call us on 01632 960 771.</noscript></div>
<div class="booking-note">Secure booking by Bookeo. Free cancellation up to 48 hours before your game.</div></div></div></div></section>
<section class="section other-rooms"><div class="container w-container"><h2 class="section-heading">Try our other rooms</h2>
<div class="w-dyn-list"><div role="list" class="rooms-list w-dyn-items">
${xOthers
  .map(
    (o) => `<div role="listitem" class="w-dyn-item"><a href="/rooms/${o.length}" class="room-card w-inline-block"><h3 class="room-card-title">${o}</h3>
<div class="room-card-link">View room</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section voucher-signup"><div class="container w-container"><h2 class="section-heading">Give the gift of escape</h2>
<p class="section-paragraph">Gift vouchers never expire and can be used on any room.</p><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="signup-form"><input class="w-input" maxlength="256" name="email"
data-name="Email" placeholder="Your email address" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="w-button"
value="Send me offers"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has
been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while
submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-title">Find us</div>
<div>Unit 4, Mill Yard, Hollinbeck HB2 1LT</div><div>Open 10am – 10pm, seven days a week</div></div><div class="footer-col">
<div class="footer-title">Company</div><a href="/about" class="footer-link">About us</a><a href="/jobs" class="footer-link">Work with us</a>
<a href="/privacy" class="footer-link">Privacy policy</a><a href="/terms" class="footer-link">Booking terms</a></div></div>
<div class="footer-copyright">© 2026 Lockstep Escape Rooms Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0c1a2b3d4e5f601234500" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f0c1a2b3d4e5f601234500/js/webflow.4b2d1c.js" type="text/javascript"></script></body></html>`;
export const webflowEscape: TestPage = {
  name: 'heldout433-webflow-escape-room-booking-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['The story', 'How it works', 'Good to know', 'Prices'],
  body: texts([...xStory, ...xHow, ...xKnow, ...xPrices, xPriceNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav, 'Book now', 'Escape room · Lockstep Hollinbeck', ...xBadges, 'Choose a date and time',
    'Please enable JavaScript to book online, or call us on 01632 960 771.',
    'Secure booking by Bookeo. Free cancellation up to 48 hours before your game.', 'Try our other rooms', ...xOthers, 'View room',
    'Give the gift of escape', 'Gift vouchers never expire and can be used on any room.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Find us', 'Unit 4, Mill Yard, Hollinbeck HB2 1LT', 'Open 10am – 10pm, seven days a week',
    'Company', 'About us', 'Work with us', 'Privacy policy', 'Booking terms', '© 2026 Lockstep Escape Rooms Ltd',
  ],
};
