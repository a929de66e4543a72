import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file f2: a webinar replay on a HubSpot CMS drag-and-drop landing page (dnd-section rows, widget-span
 * cells and hs_cos_wrapper modules: the logo-only header, the "On-demand webinar" eyebrow, the video module with its caption,
 * the summary rich text with its headings, list and agenda table, the speakers module, the HubSpot form to get the slides,
 * the logo strip, the footer module and the hs-eu cookie confirmation banner).
 */
const hTitle = 'Webinar replay: Forecasting cash flow when your customers pay late';
const hIntro = [
  j(
    'Late payments are the most common reason small firms run short of cash, even when they are profitable on paper. In this',
    'forty-five minute session, two finance leads from Brindle Ledger show how they build a thirteen-week cash flow forecast that',
    'assumes customers will pay late, and how they use it to decide when to chase, when to borrow and when to wait.',
  ),
  j('The replay includes the full presentation, a worked example built live in a spreadsheet, and the questions asked by the', 'audience at the end.'),
];
const hLearn = [
  "How to turn your sales ledger into a realistic receipts forecast using each customer's actual payment history.",
  'Why a rolling thirteen-week view catches problems that a monthly forecast hides.',
  'Three early warning signs that a customer is about to become a bad debt.',
  'A simple rule for deciding whether to draw on an overdraft or delay a supplier payment.',
];
const hAgendaRows = [
  ['0:00', 'Why profitable firms still run out of cash'],
  ['8:30', 'Building the receipts forecast from payment history'],
  ['21:15', 'Worked example: a design studio with three slow payers'],
  ['36:40', 'Audience questions'],
] as const;
const hQuote = j(
  '“The forecast is not there to be right. It is there to tell you, six weeks early, that you are going to be wrong, while you',
  'still have time to do something about it.”',
);
const hQuoteBy = j(
  'That was how Tamsin summed up the session in her closing remarks. In the questions that followed, most of the audience wanted',
  'to know how to handle one very large customer who always pays late; the answer, which takes up the last ten minutes of the',
  'replay, is to forecast that customer on its own line and agree a payment plan before the invoice is raised, not after.',
);
const hClose = j('You can download the forecast template used in the session with the slides. It works in any spreadsheet program and needs no', 'macros.');
const hLegal = j(
  'Brindle Ledger needs the contact information you provide to us to contact you about our products and services. You may',
  'unsubscribe from these communications at any time.',
);
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle} | Brindle Ledger</title>
<meta name="description" content="Two finance leads show how to build a thirteen-week cash flow forecast that assumes customers will pay late.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:title" content="${hTitle}"><meta property="og:url"
content="https://go.brindleledger.example/webinar-cash-flow-late-payers"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/hs-fs/hub/4418830/hub_generated/template_assets/1/81923344/1741113920410/template_main.min.css">
<link rel="stylesheet" href="https://go.brindleledger.example/hs-fs/hub/4418830/hub_generated/module_assets/1/speaker-cards.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-98124477310 hs-landing-page hs-page"><div data-global-resource-path="brindle/templates/partials/header.html">
<header class="header header--landing"><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a
href="https://www.brindleledger.example" id="hs-link-site_logo"><img src="/hubfs/brindle-logo.svg" alt="Brindle Ledger" width="160"></a></span></div>
<a class="button button--ghost" href="https://www.brindleledger.example/demo">Book a demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing"><div class="row-fluid-wrapper">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell" style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section dnd_area-row-0-background-color dnd_area-row-0-padding"><div class="row-fluid">
<div class="span7 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="7"><div class="row-fluid-wrapper row-depth-1
row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
<div id="hs_cos_wrapper_widget_1741113987123" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1741113987123_" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><p class="eyebrow">On-demand
webinar</p><h1>${hTitle}</h1><p class="webinar-meta">Recorded 4 March 2026 · 45 minutes</p></span></div>
<div id="hs_cos_wrapper_widget_1741114003455" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module"><div
class="hs-video-widget" data-hsv-embed-id="hs-video-1"><div class="hs-video-wrapper"><div class="hs-video-container"><iframe
src="https://play.hubspotvideo.example/v/4418830/id/981" title="Cash flow webinar replay" allowfullscreen></iframe></div></div><p
class="hs-video-caption">Full replay, including the live Q&amp;A. Captions available.</p></div></div>
<div id="hs_cos_wrapper_widget_1741114011789" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
${ps(hIntro)}
<h2>What you'll learn</h2><ul>${lis(hLearn)}</ul>
<h2>Agenda</h2><table style="width: 100%; border-collapse: collapse;"><thead><tr><th>Time</th><th>Topic</th></tr></thead><tbody>
${hAgendaRows.map(([t, s]) => `<tr><td>${t}</td><td>${s}</td></tr>`).join('\n')}</tbody></table>
<blockquote><p>${hQuote}</p></blockquote>
<p>${hQuoteBy}</p>
<p>${hClose}</p></span></div></div></div></div></div>
<div class="span5 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="7" data-w="5"><div class="row-fluid-wrapper row-depth-1
row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div
id="hs_cos_wrapper_widget_1741114055201" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module"><div
class="form-card"><h3 class="form-card__title">Get the slides and the forecast template</h3><span id="hs_cos_wrapper_widget_1741114055201_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" data-hs-cos-type="form"><div id="hs_form_target_widget_1741114055201"><form
id="hsForm_5d1c" method="POST" class="hs-form stacked hs-form-private hsForm_5d1c hs-form-5d1c" data-form-id="5d1c"><div class="hs_firstname
hs-firstname hs-fieldtype-text field hs-form-field"><label for="firstname-5d1c"><span>First name</span><span class="hs-form-required">*</span></label><div
class="input"><input id="firstname-5d1c" name="firstname" required type="text" class="hs-input"></div></div><div class="hs_email hs-email
hs-fieldtype-text field hs-form-field"><label for="email-5d1c"><span>Work email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-5d1c" name="email" required type="email" class="hs-input"></div></div><div class="legal-consent-container"><div
class="hs-richtext"><p>Brindle Ledger needs the contact information you provide to us to contact you about our products and services. You may
unsubscribe from these communications at any time.</p></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit"
class="hs-button primary large" value="Send me the slides"></div></div></form></div></span></div></div>
<div id="hs_cos_wrapper_widget_1741114099310" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module"><div
class="speaker-cards"><h3 class="speaker-cards__heading">Your speakers</h3><div class="speaker-card"><p class="speaker-card__name">Tamsin Greaves</p><p
class="speaker-card__role">Head of Finance, Brindle Ledger</p></div><div class="speaker-card"><p class="speaker-card__name">Obi Langford</p><p
class="speaker-card__role">Customer Finance Lead, Brindle Ledger</p></div></div></div></div></div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget
dnd-module"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module logo-strip" data-hs-cos-type="module"><p
class="logo-strip__label">Trusted by more than 9,000 small businesses</p></div></div></div></div></div></div></div></div></main>
<div data-global-resource-path="brindle/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper"><ul
class="footer__links">${links(['Privacy policy', 'Terms', 'Manage cookie preferences'])}</ul><p class="footer__copyright">© 2026 Brindle Ledger Ltd.
Registered in England and Wales.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-cookie-disclaimer">This website stores cookies on
your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p><div
id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script>var hsVars = {"portal_id":4418830,"page_id":98124477310,
"content_group_id":0,"analytics_page_type":"landing-page"};</script><script id="hs-script-loader" async defer src="/hs/scriptloader/4418830.js"></script>
</body></html>`;
export const hubspot: TestPage = {
  name: 'heldout425-hubspot-webinar-replay-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ["What you'll learn", 'Agenda'],
  body: texts([...hIntro, ...hLearn, ...hAgendaRows.flat(), hQuote, hQuoteBy, hClose]),
  bylines: ['Recorded 4 March 2026 · 45 minutes', 'Tamsin Greaves', 'Obi Langford'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Book a demo', 'On-demand webinar', 'Full replay, including the live Q&A. Captions available.', 'Get the slides and the forecast template',
    'First name', 'Work email',
    hLegal,
    'Your speakers', 'Head of Finance, Brindle Ledger', 'Customer Finance Lead, Brindle Ledger', 'Trusted by more than 9,000 small businesses',
    'Privacy policy', 'Terms', 'Manage cookie preferences', '© 2026 Brindle Ledger Ltd. Registered in England and Wales.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};
