import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout503-kit.js';

/**
 * Held-out batch 503, file a: an escape room's room page on WordPress with Elementor (Hello Elementor theme), and a bowling
 * alley's birthday party package page built with Wix.
 */
const eTitle = 'The Lighthouse Keeper’s Log';
const eDek = 'A storm is coming, the lamp has gone dark and the keeper has vanished. You have 60 minutes to relight the beam.';
const eFacts = ['2 to 6 players', '60 minutes', 'Difficulty: 4 out of 5', 'Ages 12 and up (under 16s with an adult)'];
const eH1 = 'The story';
const eStory = [
  j(
    'It is the night of 14 November 1913 and the keeper of Gannet Rock, Ezra Pellow, has not been seen since his last entry in the',
    'log. The supply boat found the door bolted from the inside, his tea still warm and the great lamp cold.',
  ),
  j(
    'Your team has been rowed out to find out what happened. Somewhere in the tower are the keeper’s notes, his charts and the',
    'combination to the lamp room. Relight the beam before the steamer <em>Morwenna</em> reaches the reef, or it will be too late.',
  ),
];
const eH2 = 'What to expect';
const eExpect = [
  j(
    'The Lighthouse Keeper’s Log is our most mechanical room. There are very few padlocks: most puzzles are solved by moving',
    'things, from brass levers and weights to a working fog horn. Expect to climb a short spiral staircase between the two rooms.',
  ),
  j('Your game host watches over the room by camera and can send you up to three clues on the old telegraph. Asking for a clue', 'does not cost you any time.'),
];
const eH3 = 'Good to know';
const eGood = [
  'The room has a spiral staircase and is not suitable for wheelchair users. Our room The Apothecary is fully accessible.',
  'Some effects use sudden noise and low light. There are no jump scares.',
  'Please arrive 15 minutes before your start time for your briefing. We cannot extend games that start late.',
];
const ePrice = 'Prices start at £22 a player for a team of six and £30 a player for a team of two.';
const eNav = ['Home', 'Our Rooms', 'Gift Vouchers', 'Corporate', 'Parties', 'FAQ', 'Contact'];
const eOther = ['The Apothecary', 'Signal Lost', 'The Smugglers’ Cellar'];
const eFoot = ['Privacy Policy', 'Booking Terms', 'Accessibility', 'Careers'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Lighthouse Keeper&#8217;s Log &#8211; Keyhole Quay Escape Rooms Falmouth</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://keyholequay.co.uk/rooms/lighthouse-keepers-log/">
<meta property="og:type" content="article"><meta property="og:title" content="The Lighthouse Keeper&#8217;s Log">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"The Lighthouse Keeper’s Log","isPartOf":{"@id":"https://keyholequay.co.uk/#website"}},{"@type":"LocalBusiness","name":"Keyhole Quay"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://keyholequay.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://keyholequay.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<style id='elementor-post-412-inline-css'>.elementor-412 .elementor-element.elementor-element-3f2a1c{--display:flex;}</style>
<script src="https://keyholequay.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="25" class="elementor elementor-25 elementor-location-header">
<div class="elementor-element elementor-element-5b1e e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><a href="https://keyholequay.co.uk">
<img src="/wp-content/uploads/2024/02/keyhole-quay-logo.png" alt="Keyhole Quay Escape Rooms"></a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-5b1e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="/book/">
<span class="elementor-button-text">Book Now</span></a></div></div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<div class="elementor-element elementor-element-3f2a1c e-con-full e-flex e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-element elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eDek}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><ul class="elementor-icon-list-items elementor-inline-items">
${lis(
  eFacts.map((f) => `<span class="elementor-icon-list-icon"><i class="fas fa-key"></i></span><span class="elementor-icon-list-text">${f}</span>`),
  'elementor-icon-list-item',
)}
</ul></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button" href="/book/?room=lighthouse">
<span class="elementor-button-text">Check availability</span></a></div></div>
<div class="elementor-element elementor-element-9c4d e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-image"><img src="/wp-content/uploads/2024/03/lighthouse-lamp-room.jpg" alt="The lamp room">
<p class="widget-image-caption wp-caption-text">The lamp room, where the game ends</p></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eH1}</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eStory)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eH2}</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eExpect)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">${eH3}</h2></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(eGood)}</ul>
<p>${ePrice}</p></div></div></div></div>
<div class="elementor-element elementor-element-a81f e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><h3 class="elementor-heading-title">Try our other rooms</h3></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list">
<ul class="elementor-icon-list-items">${links(eOther, 'elementor-icon-list-item')}</ul></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-testimonial-content">“Best room we have done in
Cornwall, the fog horn puzzle is genius.”</div><div class="elementor-testimonial-name">Tripadvisor review</div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget-text-editor"><p>Unit 4, Bar Road, Falmouth TR11 4QJ</p><p>Open daily 10am to 10pm</p></div>
<div class="elementor-widget-nav-menu"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></div>
<div class="elementor-widget-text-editor"><p>© 2026 Keyhole Quay Ltd. All rights reserved.</p></div></div></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme"><div class="moove-gdpr-info-bar-content">
<div class="moove-gdpr-cookie-notice"><p>We use cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>
<button class="mgbutton moove-gdpr-infobar-reject-btn">Reject</button><button class="change-settings-button">Settings</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4"};</script>
<script src="https://keyholequay.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const escapeRoom: TestPage = {
  name: 'heldout503-elementor-escape-room',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([eDek, ...eFacts, ...eStory, ...eExpect, ...eGood, ePrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book Now', 'Check availability', 'The lamp room, where the game ends', 'Try our other rooms', 'Signal Lost',
    'The Smugglers’ Cellar', '“Best room we have done in Cornwall, the fog horn puzzle is genius.”', 'Tripadvisor review',
    'Unit 4, Bar Road, Falmouth TR11 4QJ', 'Open daily 10am to 10pm', ...eFoot, '© 2026 Keyhole Quay Ltd. All rights reserved.',
    'We use cookies to give you the best experience on our website.', 'Accept', 'Reject', 'Settings',
  ],
};

const wTitle = 'Birthday Parties at Strike Lane';
const wDek = 'Bowling, food and a host who does the hard work. Parties run every weekend and on school holidays, for ages 5 and up.';
const wH1 = 'Party packages';
const wPk1 = 'Rookie Party';
const wPk1t = ['£14.95 per child', '1 game of bowling with bumpers and ramps', 'Hot dog or cheese pizza slice, fries and a slush', 'Party room for 45 minutes'];
const wPk2 = 'Pro Party';
const wPk2t = [
  '£19.95 per child',
  '2 games of bowling',
  'Choice of pizza, chicken bites or veggie wrap, with fries and unlimited squash',
  '£5 arcade card for each child',
  'Party room for 60 minutes with a party host',
];
const wPk3 = 'All-Star Party';
const wPk3t = [
  '£26.95 per child',
  '2 games of bowling and a game of laser tag',
  'Hot food, unlimited squash and a birthday ice cream sundae',
  '£10 arcade card for each child and a gift for the birthday child',
  'Party room for 75 minutes with a party host',
];
const wH2 = 'Good to know';
const wNotes = [
  j(
    'All packages need a minimum of 8 children. Up to 6 children share a lane. Adults are welcome to watch for free; adult bowling',
    'and food can be added when you book.',
  ),
  'A deposit of £50 is taken when you book and comes off your final bill. You can change your numbers up to 48 hours before the party.',
  'You are welcome to bring your own birthday cake. We will store it, light the candles and bring it to the table.',
];
const wNav = ['Home', 'Bowling', 'Arcade', 'Laser Tag', 'Parties', 'Food & Drink', 'Opening Times', 'Contact'];
const wForm = ['Enquire about a party', 'Name', 'Email', 'Phone', 'Preferred date', 'Number of children', 'Send enquiry'];
const wFoot = ['Strike Lane Bowl, Meridian Retail Park, Kettering NN16 8XR', '01536 400 212', 'Terms & Conditions', 'Privacy Policy'];
const pkg = (name: string, items: readonly string[], id: string): string => `<div id="comp-${id}" class="wixui-repeater__item">
<div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_3 wixui-rich-text__text">${name}</h3>
<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text" style="font-weight:bold;">${items[0] ?? ''}</span></p>
<ul class="font_8 wixui-rich-text__text">${lis(
  items.slice(1).map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
  'wixui-rich-text__text',
)}</ul></div>
<div class="wixui-button"><a data-testid="linkElement" href="https://www.strikelanebowl.co.uk/book-a-party" class="wixui-button">
<span class="wixui-button__label">Book this party</span></a></div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/ficon.png">
<title>Kids Birthday Parties | Strike Lane Bowl Kettering</title><meta name="description" content="Bowling birthday parties for kids in Kettering.">
<link rel="canonical" href="https://www.strikelanebowl.co.uk/parties"><meta property="og:site_name" content="Strike Lane Bowl">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BowlingAlley","name":"Strike Lane Bowl","telephone":"01536 400 212"}</script>
<script>window.viewerModel = {"siteFeatures":["cookiesManager","seo"],"language":{"userLanguage":"en"}}</script>
<style>#comp-lt8k2c1a{--rd:0px;--shd:none}.font_0{font:normal normal bold 52px/1.2em 'bebas neue',sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1tJk"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<a id="SKIP_TO_CONTENT_BTN" class="LHrbPP" href="#PAGES_CONTAINER" tabindex="0" data-testid="skipToContent">Skip to Main Content</a>
<header id="SITE_HEADER" class="wixui-header" tabindex="-1"><div data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent">
<div id="comp-lt8k0a9x" class="wixui-image"><a href="https://www.strikelanebowl.co.uk"><img alt="Strike Lane Bowl logo"
src="https://static.wixstatic.com/media/a1c2b3_logo.png/v1/fill/w_180,h_60/logo.png"></a></div>
<nav id="comp-lt8k0dm2" aria-label="Site" class="wixui-dropdown-menu"><ul class="_9ymK0">${links(wNav, 'wixui-dropdown-menu__item')}</ul></nav>
<div id="comp-lt8k0fq1" class="wixui-button"><a href="https://www.strikelanebowl.co.uk/book" class="wixui-button">
<span class="wixui-button__label">Book a Lane</span></a>
</div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="wixui-page">
<section id="comp-lt8k1b7e" class="wixui-section"><div data-testid="columns" class="wixui-column-strip">
<div id="comp-lt8k1b9r" class="wixui-column-strip__column"><div data-testid="inline-content">
<div id="comp-lt8k1c1a" class="_2Hij5 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1></div>
<div id="comp-lt8k1c4d" class="wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">${wDek}</p></div>
</div></div></div></section>
<section id="comp-lt8k2c1a" class="wixui-section"><div id="comp-lt8k2c3f" class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${wH1}</h2></div>
<div id="comp-lt8k2d0q" class="wixui-repeater" role="list">
${pkg(wPk1, wPk1t, 'lt8k2d0r')}
${pkg(wPk2, wPk2t, 'lt8k2d0s')}
${pkg(wPk3, wPk3t, 'lt8k2d0t')}</div></section>
<section id="comp-lt8k3a2b" class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${wH2}</h2>${ps(wNotes, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lt8k3b9c" class="wixui-image"><img src="https://static.wixstatic.com/media/a1c2b3_party.jpg" alt="Children bowling at a party"></div></section>
<section id="comp-lt8k4f7e" class="wixui-section"><div class="wixui-form" data-testid="form"><form>
<div class="wixui-rich-text"><h4 class="font_4">${wForm[0]}</h4></div>
${wForm
  .slice(1, 6)
  .map((f) => `<label class="wixui-text-input__label">${f}</label><input class="wixui-text-input__input" type="text">`)
  .join('\n')}
<button class="wixui-button" type="submit"><span class="wixui-button__label">${wForm[6]}</span></button></form></div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="inline-content"><div class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9">${wFoot[0]}</p><p class="font_9">${wFoot[1]}</p></div>
<ul class="wixui-horizontal-menu">${links(wFoot.slice(2))}</ul>
<div class="wixui-rich-text"><p class="font_9">© 2026 by Strike Lane Bowl. Proudly created with Wix.com</p></div>
<ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/strikelanebowl"><img alt="Facebook"></a></li>
<li><a href="https://www.instagram.com/strikelanebowl"><img alt="Instagram"></a></li></ul></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="region" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies on our website to see how you interact with it. By accepting, you agree to our
use of such cookies.</p><a data-hook="consent-banner-policy-link" href="/privacy-policy">Privacy Policy</a>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const wixParty: TestPage = {
  name: 'heldout503-wix-bowling-party',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wPk1, wPk2, wPk3, wH2],
  body: texts([wDek, ...wPk1t, ...wPk2t, ...wPk3t, ...wNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...wNav, 'Book a Lane', 'Book this party', ...wForm, ...wFoot, '© 2026 by Strike Lane Bowl. Proudly created with Wix.com',
    'This website uses cookies. We use cookies on our website to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Settings', 'Decline All', 'Accept',
  ],
};

export const HELDOUT503_A: readonly TestPage[] = [escapeRoom, wixParty].map(settle);
