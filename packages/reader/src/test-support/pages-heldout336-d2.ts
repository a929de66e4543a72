import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file d2: a workplace mental-health toolkit page on HubSpot CMS (drag-and-drop sections, rich-text
 * and CTA modules in `hs_cos_wrapper` spans, the HubSpot cookie banner, a global header and footer partial, a gated
 * download form, a testimonial quote module and a "More resources" row).
 */
const hTitle = 'Line manager toolkit: supporting a colleague’s mental health';
const hIntro = j(
  'Managers are often the first to notice when someone is struggling. This toolkit gives you practical steps for the',
  'conversations that matter, without needing to be a mental health expert.',
);
const hHeads = ['Spotting the signs', 'Starting the conversation', 'Making reasonable adjustments', 'Looking after yourself'];
const hS1 = ['Everyone is different, but changes like these can suggest a colleague is having a hard time:'];
const hS1List = [
  'working much longer hours, or seeming unable to switch off',
  'more short absences, or arriving late more often than usual',
  'withdrawing from the team or becoming unusually irritable',
  'finding it hard to concentrate or make decisions',
];
const hS2 = [
  j(
    'Choose a private place and a time when neither of you is rushed. Open with what you have noticed and ask an open question,',
    'such as “You haven’t seemed yourself lately; how are things?”. Then listen more than you speak.',
  ),
  j(
    'You do not have to solve anything in the first conversation. It is enough to show you care, agree a time to talk again and',
    'point to support such as your employee assistance programme.',
  ),
];
const hS3 = [
  j(
    'Small, practical changes often make the biggest difference. Agree them together, write them down and review them after',
    'a few weeks. Some examples our clients have used:',
  ),
];
const hTable: readonly (readonly [string, string])[] = [
  ['Flexible hours', 'Starting later on days after poor sleep caused by medication'],
  ['Changes to workload', 'Moving one demanding project to a colleague for three months'],
  ['Regular check-ins', 'A fixed fifteen-minute catch-up every Monday morning'],
  ['Quiet space', 'Access to a bookable room for breaks during busy days'],
];
const hS4 = [
  j(
    'Supporting someone can be demanding. Talk to HR or your own manager about what you are handling, keep to the boundaries of',
    'your role, and use the same support you would recommend to your team.',
  ),
  j(
    'It is normal to feel unsure after a difficult conversation. Writing a few notes afterwards, and talking them through with',
    'someone you trust, can help you notice what went well and what you might try differently next time.',
  ),
];
const hQuote = '“The checklist gave me the confidence to have a conversation I had been putting off for weeks.”';
const hQuoteBy = 'Operations manager, Brackwater Logistics';
const hNav = ['Services', 'Training', 'Resources', 'Case studies', 'About'];
const hMore = ['Wellbeing action plan template', 'Managing stress in hybrid teams', 'Returning to work after sick leave'];
const hFoot = ['Privacy policy', 'Terms', 'Cookie settings', 'Contact'];
const mod = (id: string, type: string, inner: string): string => `<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-${type}" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</span></div>`;
const row = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">${inner}</div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Line manager toolkit: supporting a colleague's mental health | Tidewell</title>
<meta name="description" content="Practical steps for line managers supporting a colleague's mental health at work.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Line manager toolkit | Tidewell">
<link rel="stylesheet" href="https://www.tidewell.example/hubfs/hub_generated/template_assets/1/88231/main.min.css">
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Line manager toolkit","publisher":{"@type":"Organization",
"name":"Tidewell"}}</script>
<script>var hsVars = {render_id: "b1f0e2", ticks: 1770000000000, page_id: 71554210, content_group_id: 0, portal_id: 4413902, app_hs_base_url: ""};</script>
</head><body><div class="body-wrapper hs-content-id-71554210 hs-site-page page">
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<div data-global-resource-path="tidewell-2025/templates/partials/header.html"><header class="header"><a class="header__logo" href="/">Tidewell</a>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul></nav>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-1a2b"><a class="cta_button header-cta" href="/book">Book a call</a></span></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--toolkit">
${row(1, mod('1739', 'rich_text', `<h1>${hTitle}</h1>${ps([hIntro])}`))}
${row(2, mod('1742', 'rich_text', `<h2>${hHeads[0]}</h2>${ps(hS1)}<ul>${lis(hS1List)}</ul><h2>${hHeads[1]}</h2>${ps(hS2)}`))}
${row(3, mod('1745', 'testimonial', `<blockquote class="testimonial__quote">${hQuote}</blockquote><p class="testimonial__author">${hQuoteBy}</p>`))}
${row(
  4,
  mod(
    '1748',
    'rich_text',
    `<h2>${hHeads[2]}</h2>${ps(hS3)}<table style="width: 100%;"><tbody>
<tr><td><strong>Adjustment</strong></td><td><strong>Example</strong></td></tr>
${hTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table><h2>${hHeads[3]}</h2>${ps(hS4)}`,
  ),
)}
${row(
  5,
  mod(
    '1751',
    'form',
    `<h3 class="form-title">Download the full toolkit</h3><p>Includes conversation scripts and an adjustments template.</p>
<form class="hs-form stacked"><label for="email-1751">Work email<span class="hs-form-required">*</span></label><input id="email-1751" type="email">
<input type="submit" value="Send me the toolkit" class="hs-button primary large"></form>`,
  ),
)}
${row(6, mod('1754', 'post_listing', `<h3>More resources</h3><ul>${links(hMore)}</ul>`))}
</div></main>
<div data-global-resource-path="tidewell-2025/templates/partials/footer.html"><footer class="footer"><ul>${links(hFoot)}</ul>
<p>Tidewell Workplace Wellbeing Ltd, Unit 4, Quayside Mills, Brackwater</p><p>© 2026 Tidewell</p></footer></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script src="https://js.hs-scripts.example/4413902.js" id="hs-script-loader" async defer></script></body></html>`;

export const hubspot: TestPage = {
  name: 'heldout336-hubspot-cms-toolkit-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hIntro, ...hS1, ...hS1List, ...hS2, ...hS3, ...hTable.flat(), ...hS4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline', 'Tidewell', ...hNav, 'Book a call',
    hQuote, hQuoteBy, 'Download the full toolkit', 'Includes conversation scripts and an adjustments template.', 'Work email',
    'More resources', ...hMore, ...hFoot, 'Tidewell Workplace Wellbeing Ltd, Unit 4, Quayside Mills, Brackwater', '© 2026 Tidewell',
  ],
};
