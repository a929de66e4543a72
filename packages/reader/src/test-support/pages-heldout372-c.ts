import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file c: a refugee agency's field story built with Shorthand (Theme-* section and layer markup, a sticky
 * navigation bar, full-bleed media with captions, a pull quote, a donate call and the Shorthand footer) for the invented
 * Northwind Refugee Council, and a campaign action page built with Elementor on WordPress for the invented Open Doors Campaign
 * (page-builder containers, a short text, an embedded EveryAction petition form with a signature counter, social share widget,
 * "more actions" cards and footer). The action page is the short-text kind: its body is three paragraphs and a list.
 */
const sTitle = 'The Winter School: Teaching in a Tent on the Edge of Camp Harrow';
const sHeads = ['A classroom made of canvas', 'Lessons in two languages', 'What comes next'];
const sP1 = [
  j(
    'At seven in the morning the tent is still cold enough to see your breath. Nadira Selim, 26, sweeps the floor, lays out twenty',
    'cushions and chalks the date on a board propped against the centre pole. By half past seven the first children arrive, stamping',
    'snow off their boots.',
  ),
  j(
    'Nadira was a maths teacher in the city of Velgrad until the shelling reached her street. She arrived in Camp Harrow fourteen months',
    'ago with her mother and younger brother. Within a week she had asked the camp committee whether anyone was teaching the children.',
  ),
];
const sP2 = [
  j(
    'Nobody was. The nearest school is nine kilometres away and already has three times as many pupils as places. So Nadira borrowed a',
    'tent from a family that had moved on and started with eight pupils. Today she teaches 61 children in two shifts.',
  ),
  '“The children are not waiting for the war to end,” she says. “Their brains are growing now. If we wait, we lose them.”',
];
const sP3 = [
  j(
    'Most of the children speak Velgradi at home, but the exams they will need to pass are in the host country’s language. Nadira',
    'teaches mornings in Velgradi and afternoons in Tessaric, with help from Jonas Prell, a retired teacher from the nearby town who',
    'comes by bus three days a week.',
  ),
  j(
    'The Northwind Refugee Council supplies the tent heater, exercise books and a small monthly allowance for both teachers. It is, the',
    'council’s education officer admits, a stopgap. “A tent is not a school. But it is much better than nothing, and the children know',
    'it is theirs.”',
  ),
];
const sP4 = [
  j(
    'In March, the authorities agreed in principle to let refugee children enrol in the town school for afternoon sessions. If the plan',
    'goes ahead, Nadira’s pupils will have a place in a real classroom by the autumn term.',
  ),
  'Until then, the chalkboard stays up, and the heater stays on.',
];
const sNav = ['Our work', 'Stories', 'Donate'];
const sHtml = `<!DOCTYPE html>
<html lang="en" class="Theme-Story"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} | Northwind Refugee Council</title><meta name="description" content="A refugee teacher runs a school in a tent in Camp Harrow.">
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="article"><meta name="generator" content="Shorthand">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"The Winter School",
"author":{"@type":"Person","name":"Maren Voss"},"datePublished":"2026-02-02"}</script>
<link rel="stylesheet" href="./assets/css/theme.min.css"><script>window.__SH_STORY__={"id":"wK8tq2Zp","theme":"northwind"};</script></head>
<body class="Theme-Story"><div id="story" class="Theme-Story-Inner">
<nav class="Theme-NavigationBar Theme-NavigationBar--sticky" aria-label="Story navigation"><div class="Theme-NavigationBar-Logo">
<a href="https://www.northwind-rc.example">Northwind Refugee Council</a></div>
<ul class="Theme-NavigationBar-Links">${links(sNav, 'Theme-NavigationBar-Item')}</ul></nav>
<section class="Theme-Section Theme-TitleSection Theme-Layer-Background" data-section-type="title">
<div class="Theme-Layer-BodyText"><div class="Theme-Layer-BodyText-Title"><h1 class="Theme-Title">${sTitle}</h1>
<p class="Theme-Subtitle">A refugee teacher refuses to let a generation fall behind</p>
<p class="Theme-Byline">Words by Maren Voss. Photographs by Ilya Darrow</p><p class="Theme-Byline">2 February 2026</p></div></div></section>
<section class="Theme-Section Theme-TextSection" data-section-type="text"><div class="Theme-Layer-BodyText">
<h2 class="Theme-Layer-BodyText-Heading-Large">${sHeads[0]}</h2>
${ps(sP1, ' class="Theme-BodyText"')}
</div></section>
<section class="Theme-Section Theme-MediaSection"><div class="Theme-Layer-ResponsiveMedia"><figure><img src="./assets/tent.jpg" alt="">
<figcaption class="Theme-Caption">Nadira Selim teaches the morning shift in Camp Harrow. © Northwind Refugee Council/Ilya Darrow</figcaption></figure></div>
</section>
<section class="Theme-Section Theme-TextSection"><div class="Theme-Layer-BodyText">
${ps(sP2, ' class="Theme-BodyText"')}
</div></section>
<section class="Theme-Section Theme-TextSection"><div class="Theme-Layer-BodyText"><h2 class="Theme-Layer-BodyText-Heading-Large">${sHeads[1]}</h2>
${ps(sP3, ' class="Theme-BodyText"')}
<blockquote class="Theme-PullQuote"><p>“A tent is not a school.”</p></blockquote>
<h2 class="Theme-Layer-BodyText-Heading-Large">${sHeads[2]}</h2>
${ps(sP4, ' class="Theme-BodyText"')}
</div></section>
<section class="Theme-Section Theme-DonateSection"><div class="Theme-Layer-BodyText"><h2 class="Theme-Layer-BodyText-Heading-Small">Help children like Nadira’s
pupils keep learning</h2>
<p>£25 buys exercise books and pencils for a whole class for a term.</p><a class="Theme-Button" href="https://www.northwind-rc.example/donate">Give today</a>
</div></section>
<footer class="Theme-Footer"><p>© 2026 Northwind Refugee Council. Registered charity no. 1099321.</p>
<a class="Theme-Footer-Credit" href="https://shorthand.com">Made with Shorthand</a></footer></div>
<script src="./assets/js/story.min.js"></script></body></html>`;
const shorthand: TestPage = {
  name: 'heldout372-shorthand-field-story-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sP1, ...sP2, ...sP3, ...sP4]),
  bylines: ['Words by Maren Voss. Photographs by Ilya Darrow', '2 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sNav, 'A refugee teacher refuses to let a generation fall behind',
    'Nadira Selim teaches the morning shift in Camp Harrow. © Northwind Refugee Council/Ilya Darrow', 'Help children like Nadira’s pupils keep learning',
    '£25 buys exercise books and pencils for a whole class for a term.', 'Give today', '© 2026 Northwind Refugee Council. Registered charity no. 1099321.',
    'Made with Shorthand',
  ],
};

const eTitle = 'Tell the Interior Minister: End Child Detention Now';
const eBody = [
  j(
    'Right now, more than 300 children are held in immigration detention centres across Dalmoor, some of them for longer than six',
    'months. Doctors who have visited the centres report anxiety, weight loss and children who have stopped speaking.',
  ),
  j(
    'The Interior Minister, Corwin Hale, has the power to end this practice with a single directive. Last year, a cross-party committee',
    'recommended exactly that. The Minister has not responded.',
  ),
  'Add your name to our petition calling on the Minister to:',
];
const eAsks = [
  'release every child and their family from detention into community-based alternatives;',
  'write a ban on the detention of children into law;',
  'publish monthly figures on how many children are detained and for how long.',
];
const eBody2 = ['We will deliver the petition to the Ministry on World Refugee Day, together with letters written by families who have been detained.'];
const eNav = ['Home', 'Take Action', 'Our Campaigns', 'News', 'About'];
const eMore = ['Write to your MP about family reunion', 'Share the stories of detained families', 'Volunteer at a welcome hub'];
const eFoot = ['Privacy Policy', 'Contact', 'Press'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Open Doors Campaign</title><meta name="robots" content="max-image-preview:large">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Open Doors Campaign">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1740131290" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Tell the Interior Minister",
"datePublished":"2026-01-20T10:12:44+00:00"}]}</script>
<script src="https://static.everyaction.com/ea-actiontag/at.js" crossorigin="anonymous"></script></head>
<body class="page-template-default page page-id-88 elementor-default elementor-kit-6 elementor-page elementor-page-88">
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/2024/03/odc-logo.svg" alt="Open Doors Campaign"></a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5b1e" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div></div></header>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
<div class="elementor-element elementor-element-3f1a9c2 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-element-6b2d1e0 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><span class="elementor-heading-title elementor-size-default">Petition</span></div></div>
<div class="elementor-element elementor-element-9ac0f31 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-0d77b4e e-con-full e-flex e-con e-child"><div class="elementor-element elementor-element-c41e8d2
elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eBody)}
<ul>${eAsks.map((a) => `<li>${a}</li>`).join('\n')}</ul>
${ps(eBody2)}
</div></div>
<div class="elementor-element elementor-element-7e19ab4 elementor-widget elementor-widget-html"><div class="elementor-widget-container">
<div class="ngp-form" data-form-url="https://secure.everyaction.com/v1/Forms/x8Qz" data-template="minimal">
<div class="at-progress"><span class="at-progress-count">12,482</span> signatures of 20,000 goal</div>
<form class="at at-form"><fieldset class="at-fieldset ContactInformation"><legend class="at-legend">Contact Information</legend>
<label class="at-text FirstName">First Name<input type="text" name="FirstName"></label><label class="at-text LastName">Last Name<input type="text"
name="LastName"></label>
<label class="at-text EmailAddress">Email<input type="email" name="EmailAddress"></label><label class="at-text PostalCode">Postcode<input
type="text" name="PostalCode"></label></fieldset>
<label class="at-check"><input type="checkbox" name="YesSignMeUp" checked> Keep me updated about this campaign by email</label>
<div class="at-form-submit"><input type="submit" value="Sign the petition" class="at-submit btn-at btn-at-primary"></div></form>
<p class="at-markup footer">Powered by EveryAction</p></div></div></div></div></div></div>
<div class="elementor-element elementor-element-e51a3d0 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-grid">
<div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share on
Facebook</span></span></div>
<div class="elementor-share-btn elementor-share-btn_whatsapp"><span class="elementor-share-btn__title">Share on WhatsApp</span></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">More ways to
take action</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${links(eMore, 'elementor-icon-list-item')}</ul></div></div></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><div class="e-con-inner">
<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>
<p class="elementor-heading-title">© 2026 Open Doors Campaign is a project of the Dalmoor Migrant Support Trust, charity no. 1172045</p></div></footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to understand how people use our site and to improve your experience.
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" id="cookie_action_close_header_reject" class="cli_action_button">Reject</a></span></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout372-elementor-everyaction-petition-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([...eBody, ...eAsks, ...eBody2]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Petition', '12,482', 'signatures of 20,000 goal', 'Contact Information', 'First Name', 'Last Name', 'Email', 'Postcode',
    'Keep me updated about this campaign by email', 'Powered by EveryAction', 'Share on Facebook', 'Share on WhatsApp', 'More ways to take action', ...eMore,
    ...eFoot, '© 2026 Open Doors Campaign is a project of the Dalmoor Migrant Support Trust, charity no. 1172045',
    'We use cookies to understand how people use our site and to improve your experience.', 'Accept', 'Reject',
  ],
};

export const HELDOUT372_C: readonly TestPage[] = [shorthand, elementor];
