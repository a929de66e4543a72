import { links, ps, type TestPage, texts } from './page-kit.js';
import { nationbuilder } from './pages-heldout297-d2.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file d: a human-rights organisation's urgent action on a WordPress block theme (Complianz cookie banner,
 * header menu, Yoast breadcrumbs, the UA label and index line, date, Gutenberg heading, list, quote and group blocks for "Take
 * action", the sample letter and "Additional information", the action's deadline fields, share buttons, a related-content query
 * loop, a newsletter group and footer) and, from file d2, a candidate's campaign blog on NationBuilder.
 */
const hTitle = 'Vessara: journalist held without charge for 60 days';
const hHeads = ['Take action', 'Sample letter', 'Additional information'];
const hIntro = [
  j(
    'Teodora Malesh, an investigative reporter for the independent news site Gradska Svetla, was arrested at her home in Orvan on',
    '4 January and has been held since then in the State Security detention centre without charge and without access to a lawyer of',
    'her choice.',
  ),
  j(
    'Her family has been allowed to see her once, for ten minutes, in the presence of guards. They say she has lost weight and has not',
    'received the medication she needs for a heart condition. We consider her a prisoner of conscience,',
    'detained solely for her peaceful work as a journalist.',
  ),
];
const hSteps = [
  'Write a letter in your own words or use the sample letter below.',
  'Send it by email or post to the Prosecutor General of Vessara before the deadline.',
  'Send a copy to the embassy of Vessara in your country, if there is one.',
  'Tell us you took action by using the form on this page, so we can follow the case.',
];
const hLetter = [
  'Dear Prosecutor General,',
  j(
    'I am writing to express my deep concern for journalist Teodora Malesh, held without charge since 4 January. I urge you to release',
    'her immediately and unconditionally, as she is detained solely for her work. Pending her release, please ensure she has regular',
    'access to her family, a lawyer of her choosing and the medical care she needs.',
  ),
  'Yours sincerely,',
];
const hInfo = [
  j(
    'Teodora Malesh has reported for Gradska Svetla since 2019, covering the award of public building contracts in the capital. In',
    'November she published a series of articles on the sale of municipal land to companies linked to senior officials.',
  ),
  j(
    'Under amendments to the Criminal Procedure Code passed in 2024, people suspected of offences against state security can be held',
    'for up to 90 days before charges are brought. Lawyers in Vessara have criticised the law, saying it is used to silence critics.',
    'At least four other journalists have been detained under it in the past year.',
  ),
  'Preferred language to address target: Vessaran, English.',
  'You can also write in your own language.',
  'Please take action before: 15 April 2026.',
  'Name and pronoun: Teodora Malesh (she/her).',
];
const hNav = ['Who we are', 'What we do', 'Get involved', 'Latest', 'Donate'];
const hRel = [
  'Vessara: free the Orvan Five student protesters',
  'Press freedom under attack across the region, new report finds',
  'Letter-writing marathon raises 200,000 messages',
];
const hFoot = ['Contact us', 'Careers', 'Privacy policy', 'Cookie policy', 'Accessibility'];
const hHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} - Lantern Rights International</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}"><meta property="article:published_time"
content="2026-03-04T10:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}",
"datePublished":"2026-03-04T10:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all"></head>
<body class="urgent_action-template-default single single-urgent_action postid-9917 wp-embed-responsive"><div class="wp-site-blocks">
<header class="wp-block-template-part site-header"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/">Lantern Rights
International</a></p><nav class="wp-block-navigation is-layout-flex" aria-label="Main menu"><ul class="wp-block-navigation__container">
${links(hNav, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained"><nav class="yoast-breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/get-involved">Get
involved</a></span> » <span><a href="/urgent-actions">Urgent actions</a></span></span></nav>
<article class="urgent_action type-urgent_action status-publish"><header class="ua-header"><p class="ua-label">Urgent Action</p>
<h1 class="wp-block-post-title">${hTitle}</h1><p class="ua-meta">UA 19/26 · Index number: EUR 71/0193/2026</p>
<div class="wp-block-post-date"><time datetime="2026-03-04T10:00:00+00:00">4 March 2026</time></div></header>
<div class="entry-content wp-block-post-content is-layout-constrained">
${ps(hIntro)}
<div class="wp-block-group ua-take-action has-yellow-background-color"><h2 class="wp-block-heading">${hHeads[0]}</h2>
<ol class="wp-block-list">${lis(hSteps)}</ol>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="#ua-form">I took action</a></div></div></div>
<h2 class="wp-block-heading">${hHeads[1]}</h2>
<blockquote class="wp-block-quote">${ps(hLetter)}</blockquote>
<p class="has-small-font-size"><strong>Send to:</strong> Prosecutor General Dragan Ilev, Office of the Prosecutor General, 12 Trg Slobode, Orvan, Vessara</p>
<h2 class="wp-block-heading">${hHeads[2]}</h2>
${ps(hInfo)}
</div>
<form id="ua-form" class="gform_wrapper"><h3 class="gform_title">Did you take action?</h3><label>Your email</label><input type="email">
<label>Number of letters sent</label><input type="number"><button type="submit">Submit</button></form>
<div class="share-buttons"><span class="share-buttons__label">Share this</span>${links(['Facebook', 'Bluesky', 'WhatsApp', 'Email'])}</div></article>
<section class="wp-block-query related-content"><h2 class="wp-block-heading">Related content</h2><ul class="wp-block-post-template">
${links(hRel, 'wp-block-post')}</ul></section>
<div class="wp-block-group newsletter-signup"><h2 class="wp-block-heading">Get urgent actions by email</h2><p>Be the first to know when someone
needs your help.</p><a class="wp-block-button__link" href="/sign-up">Sign up</a></div></main>
<footer class="wp-block-template-part site-footer"><ul class="wp-block-navigation__container">${links(hFoot)}</ul>
<p>Lantern Rights International is a company limited by guarantee, registered in England no. 09813377.</p><p>© 2026 Lantern Rights International</p></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage cookie consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to
optimise our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.1.0"};</script></body></html>`;
const urgentAction: TestPage = {
  name: 'heldout297-wordpress-urgent-action',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hSteps, ...hLetter, ...hInfo]),
  bylines: ['4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lantern Rights International', ...hNav, 'Home', 'Urgent actions', 'Urgent Action', 'UA 19/26 · Index number: EUR 71/0193/2026',
    'I took action', 'Send to:', 'Prosecutor General Dragan Ilev, Office of the Prosecutor General, 12 Trg Slobode, Orvan, Vessara',
    'Did you take action?', 'Your email', 'Number of letters sent', 'Submit', 'Share this', 'Facebook', 'Bluesky', 'WhatsApp', 'Email',
    'Related content', ...hRel, 'Get urgent actions by email', 'Be the first to know when someone needs your help.', 'Sign up', ...hFoot,
    'Lantern Rights International is a company limited by guarantee, registered in England no. 09813377.', '© 2026 Lantern Rights International',
    'Manage cookie consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT297_D: readonly TestPage[] = [urgentAction, nationbuilder];
