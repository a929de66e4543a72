import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 166, file d2: a Fierce Healthcare story on the Questex Drupal template (the Fierce network bar, the header
 * nav with "Subscribe", the topic label, byline and date, the share links, the hero caption, a "Related" link box inside the
 * text, the tag list, the "Related Articles" teasers, the newsletter sign-up, the Questex footer and the Osano cookie
 * banner).
 */
const fhTitle = 'Lakeshore Health rolls out ambient AI scribes to 2,400 clinicians after pilot cuts after-hours charting';
const fhP1 = [
  'Lakeshore Health will expand its use of ambient artificial intelligence documentation to 2,400 physicians and advanced ' +
    'practice providers by the end of the summer, the 11-hospital system said Tuesday.',
  'The move follows a nine-month pilot with 310 clinicians in primary care, cardiology and emergency medicine. Participants ' +
    'spent an average of 41 fewer minutes a day on documentation outside of scheduled clinic hours, according to data the ' +
    'Milwaukee-based system shared with Fierce Healthcare.',
  'The tool, built by startup Parlance Clinical, records the conversation between a clinician and a patient, with the ' +
    'patient’s consent, and drafts a visit note inside the electronic health record for the clinician to review and sign.',
];
const fhRelated = ['Related', 'Health systems are spending more on AI scribes. Are they getting their money back?'];
const fhP2 = [
  '“Our clinicians told us the thing that was burning them out was not seeing patients. It was the two hours of notes at ' +
    'the kitchen table afterward,” said Dr. Anjali Mehrotra, Lakeshore’s chief medical information officer.',
  'Among the pilot’s other findings:',
];
const fhList = [
  'Clinicians edited 22% of AI-drafted notes substantially before signing, down from 35% in the first month.',
  'Patient satisfaction scores on the question “my provider listened carefully” rose 4 points.',
  'Fewer than 3% of patients declined to have their visit recorded.',
];
const fhP3 = [
  'Mehrotra said the system had not tied the rollout to any increase in the number of patients clinicians are expected to ' +
    'see. “If we turn saved time straight into more appointments, we lose the point of it,” she said.',
  'Lakeshore did not disclose the contract’s value. Parlance charges health systems a per-clinician monthly fee, and ' +
    'industry analysts estimate such tools cost $150 to $400 per user per month.',
  'Lakeshore joins a growing list of health systems expanding ambient documentation beyond early pilots. Several large ' +
    'academic medical centers announced similar rollouts last year, though few have shared data on how the tools affect clinician time.',
  'The system plans to publish the pilot’s full results, including note accuracy audits, later this year.',
];
const fhNetwork = ['Fierce Healthcare', 'Fierce Pharma', 'Fierce Biotech', 'Fierce Network'];
const fhNav = ['Providers', 'Payers', 'Health Tech', 'Regulatory', 'Finance', 'Special Reports', 'Events', 'Resources'];
const fhShare = ['Facebook', 'LinkedIn', 'X', 'Email', 'Print'];
const fhTags = ['Artificial Intelligence', 'Clinician Burnout', 'Electronic Health Records', 'Providers'];
const fhMore = [
  'Epic adds ambient documentation to its EHR as startups race for market share',
  'Nurse staffing firms turn to AI scheduling tools',
  'CMS proposes new rules for AI in Medicare Advantage prior authorization',
];
const fhNews = ['Sign up for our free newsletter', 'Get the latest healthcare industry news delivered to your inbox.', 'Subscribe'];
const fhFoot = ['About Us', 'Advertise', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Cookie Policy', 'Do Not Sell My Personal Information'];
const fhCookie = [
  'This website utilizes technologies such as cookies to enable essential site functionality, as well as for analytics, ' +
    'personalization, and targeted advertising purposes.',
  'Storage Preferences',
  'Accept',
  'Deny',
];
const fhHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Lakeshore Health rolls out ambient AI scribes to 2,400 clinicians | Fierce Healthcare</title>
<meta name="description" content="${fhP1[0]}">
<link rel="canonical" href="https://www.fiercehealthcare.com/health-tech/lakeshore-health-ambient-ai-scribes-2400">
<meta property="og:site_name" content="Fierce Healthcare"><meta property="og:title" content="${fhTitle}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${fhTitle}",
"datePublished":"2026-03-03T16:10:00+0000","author":{"@type":"Person","name":"Gwen Hollister"},
"publisher":{"@type":"Organization","name":"Fierce Healthcare"}}]}
</script><script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"article","primaryTopic":"Health Tech"});</script>
<script src="https://cmp.osano.example/16BZ1aS4wY/osano.js"></script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_R2mXkT1n8L.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="network-bar"><ul>${links(fhNetwork)}</ul></div>
<header role="banner" class="header"><div class="region region-header"><a href="/" rel="home" class="site-logo">
<img src="/themes/custom/fierce/logo-fhc.svg" alt="Home"></a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">
Main navigation</h2><ul class="menu">${links(fhNav, 'menu-item')}</ul></nav>
<a class="btn btn-subscribe" href="/subscribe">Subscribe</a></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__topic"><a href="/health-tech" hreflang="en">Health Tech</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${fhTitle}</span></h1>
<div class="node__meta"><span class="byline">By <a href="/person/gwen-hollister" hreflang="en">Gwen Hollister</a></span>
<span class="date"><time datetime="2026-03-03T16:10:00Z">Mar 3, 2026 11:10am</time></span></div>
<div class="share-links"><ul>${fhShare.map((s) => `<li><a class="share-link share-link--${s.toLowerCase()}" href="#">${s}</a></li>`).join('')}</ul></div>
<div class="field field--name-field-image"><figure><img src="/sites/default/files/styles/1000w/public/2026-03/doctor-laptop.jpg" alt="">
<figcaption>A pilot at Lakeshore Health found clinicians spent less time charting after hours. (Getty Images/Drazen Zigic)</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(fhP1)}
<div class="related-inline"><span class="related-inline__label">${fhRelated[0]}</span>
<a href="/health-tech/health-systems-ai-scribes-roi">${fhRelated[1]}</a></div>
${ps(fhP2)}
<ul>${fhList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(fhP3)}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items">
${fhTags.map((t) => `<div class="field__item"><a href="/keyword/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('')}</div></div></article>
<section class="related-articles"><h2>Related Articles</h2><ul>${links(fhMore, 'related-articles__item')}</ul></section>
<section class="newsletter-block"><h2>${fhNews[0]}</h2><p>${fhNews[1]}</p><a class="btn" href="/subscribe">${fhNews[2]}</a></section></div></main>
<footer class="footer"><img src="/themes/custom/fierce/questex.svg" alt="Questex"><ul>${links(fhFoot)}</ul>
<p>© 2026 Questex LLC. All rights reserved. Reproduction in whole or in part is prohibited.</p></footer></div>
<div class="osano-cm-window" role="dialog" aria-label="Cookie Consent Banner"><div class="osano-cm-dialog osano-cm-dialog--type_bar">
<div class="osano-cm-content"><span class="osano-cm-message">${fhCookie[0]}</span>
<a class="osano-cm-storage-policy osano-cm-link" href="/privacy-policy">${fhCookie[1]}</a></div>
<button class="osano-cm-accept osano-cm-button">${fhCookie[2]}</button><button class="osano-cm-deny osano-cm-button">${fhCookie[3]}</button></div></div>
<script src="/sites/default/files/js/js_w8Hc1v9xZk.js"></script></body></html>`;
export const fierce: TestPage = {
  html: fhHtml,
  name: 'heldout166-fiercehealthcare-news',
  kind: 'news',
  // the list of findings is body; the network bar, nav, the visually hidden "Main navigation" heading, topic label, share
  // links, caption, the "Related" box inside the text, tags, "Related Articles", the newsletter block, footer and cookie
  // banner are furniture; "Providers" (nav and tag) is listed once
  title: fhTitle,
  headings: [],
  body: texts([...fhP1, ...fhP2, ...fhList, ...fhP3]),
  bylines: ['By Gwen Hollister', 'Mar 3, 2026 11:10am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fhNetwork, 'Main navigation', ...fhNav, ...fhShare,
    'A pilot at Lakeshore Health found clinicians spent less time charting after hours. (Getty Images/Drazen Zigic)', ...fhRelated, 'Tags',
    ...fhTags.slice(0, 3), 'Related Articles', ...fhMore, ...fhNews, ...fhFoot,
    '© 2026 Questex LLC. All rights reserved. Reproduction in whole or in part is prohibited.', ...fhCookie,
  ],
};
