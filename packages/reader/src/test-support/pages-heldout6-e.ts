import { texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (docs and health reference), written in session 10 without reading the
 * reader's rules: a public Notion page (everything a div, no <p> or <article>; blocks marked by
 * notion-*-block classes, bullets drawn by CSS, a callout, to-dos, a table-of-contents block,
 * page properties, child-page links), and a health information page on an NHS-style template
 * (cookie banner, care card with visually hidden label, do/don't lists, review dates).
 */
const block = (kind: string, inner: string): string =>
  `<div data-block-id="${kind}-${inner.length}" class="notion-selectable notion-${kind}-block"><div style="display:flex;width:100%">` +
  `<div class="notranslate" spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false">${inner}</div></div></div>`;
const bullet = (kind: string, mark: string, inner: string): string =>
  `<div class="notion-selectable notion-${kind}-block"><div style="display:flex"><div class="pseudoBefore" style="--pseudoBefore--content:'${mark}'"></div>` +
  `<div class="notranslate" data-content-editable-leaf="true" contenteditable="false">${inner}</div></div></div>`;
const heading = (kind: string, tag: string, t: string): string =>
  `<div class="notion-selectable notion-${kind}-block"><${tag} class="notranslate" spellcheck="true" placeholder="Heading" ` +
  `data-content-editable-leaf="true" contenteditable="false">${t}</${tag}></div>`;
const todo = (t: string): string =>
  `<div class="notion-selectable notion-to_do-block"><div class="checkboxSquare" role="button" aria-label="Unchecked"></div>` +
  `<div class="notranslate" data-content-editable-leaf="true" contenteditable="false">${t}</div></div>`;
const callout = 'If you are paged and you don’t know what to do, escalate. Nobody on this team has ever been blamed for escalating too early.';
const intro =
  'This page explains how paging works for the Platform team, what is expected of the person on call, and when and how to pull in more help. It ' +
  'applies to the primary and secondary on-call rotations for the payments API, the ledger service and the shared Postgres clusters.';
const who = [
  'Each week has a primary and a secondary on call. Rotations hand over on Tuesdays at 10:00 Amsterdam time, so that nobody starts or ends a shift ' +
    'on a weekend. PagerDuty pages the primary first; if the page is not acknowledged within 5 minutes it goes to the secondary, and after 15 ' +
    'minutes to the engineering manager on duty.',
  'You can swap shifts with anyone on the rotation. Make the override in PagerDuty yourself and post it in <span class="notion-enable-hover" ' +
    'data-token-index="1">#platform-oncall</span> so the rest of the team knows who to expect.',
];
const steps = [
  'Acknowledge the page within 5 minutes, even if you can’t start work straight away.',
  'Open the incident channel from the PagerDuty link and post what you see, in one or two sentences.',
  'Check the service dashboard and the runbook linked from the alert before changing anything.',
  'Decide the severity using the table on the severity page, and say it out loud in the channel.',
];
const noise =
  'If the alert turns out to be noise, resolve it and leave a note on the alert with what you found. Noisy alerts are fixed in the weekly on-call ' +
  'review, and the note is what makes that possible.';
const escIntro = 'Escalate when any of the following is true. You do not need permission, and you do not need to be sure.';
const escWhen = [
  'Customer payments are failing or delayed for more than 10 minutes.',
  'You have been working on the incident for 30 minutes without a clear idea of the cause.',
  'The fix needs access or knowledge you don’t have.',
];
const escHow =
  'To escalate, use the “Add responders” button in PagerDuty and choose the secondary or the engineering manager. For a SEV1, also page the ' +
  'incident commander rotation, who will take over coordination so that you can keep working on the problem.';
const after =
  'Write a short summary in the incident channel before you hand over: what happened, what you did, and what is still open. The postmortem ' +
  'document is due within three working days for SEV1 and SEV2 incidents.';
const first = [
  'Install the PagerDuty app and test a notification',
  'Get read access to the production dashboards',
  'Shadow one full shift with an experienced on-call',
];
const heads = ['Who gets paged', 'When you get paged', 'Escalating', 'After the incident', 'Before your first shift'];
const notionHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>On-call: paging and escalation</title>
<meta property="og:site_name" content="Notion"><meta name="description" content="Built with Notion, the all-in-one connected workspace.">
<link rel="stylesheet" href="/_assets/app-5c9d7e.css"><script src="/_assets/app-8a1f33.js" defer></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme"><div class="notion-cursor-listener">
<div class="notion-topbar"><div class="notion-topbar-breadcrumb"><a role="button" class="notranslate">Platform Team</a><span class="separator">/</span>
<a role="button" class="notranslate">Handbook</a><span class="separator">/</span><a role="button" class="notranslate">On-call: paging and escalation</a></div>
<div class="notion-topbar-action-buttons"><div role="button">Search</div><div role="button">Duplicate</div>
<div role="button" class="notion-topbar-share-menu">Get Notion free</div></div></div>
<div class="notion-frame"><div class="notion-scroller vertical"><div class="layout layout-wide"><div class="layout-content">
<div class="notion-page-block"><h1 class="notranslate" spellcheck="true" placeholder="New page" data-content-editable-leaf="true"
 contenteditable="false">On-call: paging and escalation</h1></div>
<div class="notion-page-view-properties" role="table"><div role="row"><div role="cell" class="property-name">Owner</div>
<div role="cell"><span class="notion-user-mention">Sam Achterberg</span></div></div>
<div role="row"><div role="cell" class="property-name">Last edited time</div><div role="cell">March 18, 2025 4:12 PM</div></div>
<div role="row"><div role="cell" class="property-name">Tags</div><div role="cell"><span class="notion-tag">Runbook</span>
<span class="notion-tag">Platform</span></div></div></div>
<div class="notion-page-content">
<div class="notion-selectable notion-callout-block"><div role="note" style="display:flex;border-radius:4px;padding:16px">
<div class="notion-record-icon"><span role="img" aria-label="💡">💡</span></div>
<div class="notranslate" data-content-editable-leaf="true" contenteditable="false">${callout}</div></div></div>
${block('text', intro)}
<div class="notion-selectable notion-table_of_contents-block"><div role="navigation">
${heads.map((h) => `<a href="#h-${h.length}" class="notion-link">${h}</a>`).join('\n')}</div></div>
${heading('header', 'h2', heads[0]!)}
${who.map((t) => block('text', t)).join('\n')}
${heading('header', 'h2', heads[1]!)}
${steps.map((s, i) => bullet('numbered_list', `${i + 1}.`, s)).join('\n')}
${block('text', noise)}
<div class="notion-selectable notion-page-block"><a href="/Incident-severity-levels-8f2c" class="notion-page-link">
<span class="notion-record-icon">📄</span><span>Incident severity levels</span></a></div>
${heading('header', 'h2', heads[2]!)}
${block('text', escIntro)}
${escWhen.map((s) => bullet('bulleted_list', '•', s)).join('\n')}
${block('text', escHow)}
<div class="notion-selectable notion-divider-block"><div role="separator"></div></div>
${heading('sub_header', 'h3', heads[3]!)}
${block('text', after)}
${heading('sub_header', 'h3', heads[4]!)}
${first.map(todo).join('\n')}
<div class="notion-selectable notion-page-block"><a href="/Runbook-index-31aa" class="notion-page-link">
<span class="notion-record-icon">📄</span><span>Runbook index</span></a></div>
</div></div></div></div></div></div></div>
<div class="notion-cookie-banner" role="dialog"><p>We use cookies to run this site and to understand how it is used.</p>
<div role="button">Accept all</div><div role="button">Reject all</div><div role="button">Cookie settings</div></div></div></body></html>`;
const notion: TestPage = {
  name: 'heldout6-notion-page',
  kind: 'docs',
  // gold: page title, the h2/h3 heads, every text block, the callout's text (not its emoji),
  // the numbered and bulleted items and the to-dos; the table-of-contents block, page
  // properties (owner and edit time are bylines), child-page links and topbar are not
  title: 'On-call: paging and escalation',
  headings: heads,
  body: texts([callout, intro, ...who, ...steps, noise, escIntro, ...escWhen, escHow, after, ...first]),
  bylines: ['Sam Achterberg', 'March 18, 2025 4:12 PM'],
  furniture: [
    'Platform Team',
    'Handbook',
    'Search',
    'Duplicate',
    'Get Notion free',
    'Owner',
    'Last edited time',
    'Tags',
    'Runbook',
    'Platform',
    'Incident severity levels',
    'Runbook index',
    'We use cookies to run this site and to understand how it is used.',
    'Accept all',
    'Reject all',
    'Cookie settings',
  ],
  html: notionHtml,
};

const pfIntro =
  'Plantar fasciitis is pain on the bottom of your foot, around your heel and arch. You can usually ease the pain yourself, but it can take a year ' +
  'or more to get better.';
const pfCheck = ['The main symptom of plantar fasciitis is pain on the bottom of your foot, around the heel and arch.', 'You may find the pain:'];
const pfSymptoms = [
  'is worse when you start walking after sleeping or resting',
  'feels better during exercise, but returns after resting',
  'makes it difficult to raise your toes off the floor',
];
const pfEase = 'If you see a GP about plantar fasciitis, they’ll usually suggest you try these things first.';
const pfDo = [
  'rest and raise your foot on a stool when you can',
  'put an ice pack (or a bag of frozen peas) in a towel on the painful area for up to 20 minutes every 2 to 3 hours',
  'wear wide, comfortable shoes with a low heel and soft sole',
  'do regular gentle stretching exercises for your calf and the sole of your foot',
];
const pfDont = ['do not walk or stand for long periods', 'do not wear high heels or tight, pointy shoes', 'do not walk barefoot on hard surfaces'];
const pfPharm =
  'A pharmacist can recommend painkillers such as paracetamol or ibuprofen to ease the pain, and soft insoles or heel pads to cushion your heel. ' +
  'They can also tell you if you need to see a GP.';
const pfGp = [
  'the pain has not improved after treating it at home for 2 weeks',
  'the pain is severe or stopping you doing your normal activities',
  'you have diabetes, as foot problems can be more serious',
  'you have tingling or loss of feeling in your foot',
];
const pfTreat =
  'A GP may refer you to a physiotherapist, who can show you exercises and may suggest strapping or insoles. If the pain does not get better, they ' +
  'may suggest steroid injections or shockwave therapy, where sound waves are passed through the heel to help it heal.';
const pfCauses = [
  'Plantar fasciitis happens when the strong band of tissue that supports the arch of your foot becomes irritated and inflamed.',
  'It’s more likely if you’re aged 40 to 60, are overweight, run or walk a lot on hard surfaces, or have recently started exercising on hard ' +
    'surfaces. Shoes with poor cushioning or support, and tight calf muscles that make it hard to flex your foot, can also make it more likely.',
];
const pfHeads = [
  'Check if you have plantar fasciitis',
  'Things you can do to ease the pain',
  'A pharmacist can help with plantar fasciitis',
  'Non-urgent advice: See a GP if:',
  'Treatments for plantar fasciitis from a GP',
  'Causes of plantar fasciitis',
];
const li = (items: readonly string[], cls = ''): string => `<ul class="nhsuk-list${cls}">${items.map((i) => `<li>${i}</li>`).join('\n')}</ul>`;
const health = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plantar fasciitis - CareGuide</title>
<meta name="description" content="Find out about plantar fasciitis, including symptoms, things you can do to ease the pain and treatments.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Plantar fasciitis",
"lastReviewed":"2024-10-09T09:00:00+00:00","reviewDue":"2027-10-09T09:00:00+00:00"}</script></head>
<body class="js-enabled"><div id="cookiebanner" class="nhsuk-cookie-banner"><div class="nhsuk-width-container">
<h2>Cookies on the CareGuide website</h2><p>We’ve put some small files called cookies on your device to make our site work.</p>
<p>We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.</p>
<p>Let us know if this is OK.</p><ul><li><button id="nhsuk-cookie-banner__link_accept_analytics">Yes, I’m OK with analytics cookies</button></li>
<li><button id="nhsuk-cookie-banner__link_accept">No, do not use analytics cookies</button></li>
<li><a href="/our-policies/cookies-policy/">Tell me more about cookies</a></li></ul></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><a class="nhsuk-header__link" href="/"
 aria-label="CareGuide homepage">CareGuide</a><div class="nhsuk-header__search"><form role="search"><label class="nhsuk-u-visually-hidden"
 for="search-field">Search the CareGuide website</label><input id="search-field" type="search"></form></div></div>
<nav class="nhsuk-navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
<li><a href="/conditions/">Health A to Z</a></li><li><a href="/live-well/">Live Well</a></li><li><a href="/mental-health/">Mental health</a></li>
<li><a href="/pregnancy/">Pregnancy</a></li><li><a href="/service-search/">Services near you</a></li></ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list"><li><a href="/">Home</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a href="/conditions/">Back to Health A to Z</a></p></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><section><h1>Plantar fasciitis</h1>
<nav class="nhsuk-contents-list" aria-label="On this page"><h2 class="nhsuk-u-visually-hidden">On this page</h2><ul>
${pfHeads
  .filter((h) => !h.startsWith('Non'))
  .map((h) => `<li><a href="#">${h}</a></li>`)
  .join('\n')}</ul></nav>
<p class="nhsuk-lede-text">${pfIntro}</p></section>
<section><h2 id="check">${pfHeads[0]}</h2><p>${pfCheck[0]}</p><p>${pfCheck[1]}</p>
${li(pfSymptoms, ' nhsuk-list--bullet')}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="/media/heel-pain.jpg" alt="">
<figcaption class="nhsuk-image__caption">The pain is usually felt under the heel and along the arch of the foot.
 Credit: Medical Illustration Studio</figcaption></figure></section>
<section><h2 id="ease">${pfHeads[1]}</h2><p>${pfEase}</p>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3>${li(pfDo, ' nhsuk-list--tick')}</div>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don’t</h3>${li(pfDont, ' nhsuk-list--cross')}</div></section>
<section><h2 id="pharmacist">${pfHeads[2]}</h2><p>${pfPharm}</p>
<p class="nhsuk-action-link"><a href="/service-search/pharmacy/">Find a pharmacy</a></p></section>
<section><div class="nhsuk-card nhsuk-card--care nhsuk-card--care--non-urgent"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Non-urgent advice: </span>See a GP if:</span></h3>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content">${li(pfGp)}</div></div></section>
<section><h2 id="treatments">${pfHeads[4]}</h2><p>${pfTreat}</p></section>
<section><h2 id="causes">${pfHeads[5]}</h2><p>${pfCauses[0]}</p><p>${pfCauses[1]}</p></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 09 October 2024<br>Next review due: 09 October 2027</p></div>
</div></div></main></div>
<div class="nhsuk-feedback-banner"><h2>Help us improve our website</h2><p>Can you answer a quick question about your visit today?</p>
<a href="/survey">Take our survey</a></div>
<footer role="contentinfo"><div class="nhsuk-footer"><h2 class="nhsuk-u-visually-hidden">Support links</h2><ul class="nhsuk-footer__list">
<li><a href="/about-us/">About us</a></li><li><a href="/accessibility/">Accessibility statement</a></li><li><a href="/our-policies/">Our policies</a></li>
</ul><p class="nhsuk-footer__copyright">© CareGuide 2025</p></div></footer></body></html>`;
const healthPage: TestPage = {
  name: 'heldout6-health-info',
  kind: 'wiki',
  // gold: title, lede, the section heads (the care card's heading with its visually hidden
  // "Non-urgent advice:" label, which a screen reader and a text view both read), every
  // paragraph and list item, do and don't lists included; the "Do"/"Don't" labels (only "Don't"
  // is listed: "Do" is a word of the do-list items), the image caption, the contents list,
  // the "Find a pharmacy" action link and the review dates (bylines) are not
  title: 'Plantar fasciitis',
  headings: pfHeads,
  body: texts([pfIntro, ...pfCheck, ...pfSymptoms, pfEase, ...pfDo, ...pfDont, pfPharm, ...pfGp, pfTreat, ...pfCauses]),
  bylines: ['Page last reviewed: 09 October 2024', 'Next review due: 09 October 2027'],
  furniture: [
    'Cookies on the CareGuide website',
    'We’ve put some small files called cookies on your device to make our site work.',
    'We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.',
    'Let us know if this is OK.',
    'Yes, I’m OK with analytics cookies',
    'No, do not use analytics cookies',
    'Tell me more about cookies',
    'Skip to main content',
    'Search the CareGuide website',
    'Health A to Z',
    'Live Well',
    'Mental health',
    'Services near you',
    'Back to Health A to Z',
    'On this page',
    'The pain is usually felt under the heel and along the arch of the foot.',
    'Credit: Medical Illustration Studio',
    'Don’t',
    'Find a pharmacy',
    'Help us improve our website',
    'Can you answer a quick question about your visit today?',
    'Take our survey',
    'Accessibility statement',
    '© CareGuide 2025',
  ],
  html: health,
};

export const HELDOUT6_E: readonly TestPage[] = [notion, healthPage];
