import { links } from './page-kit.js';

/**
 * Held-out batch 43, file a3: the site-wide bottom of the GOV.UK news story of file a (the "Is this page useful?" prompt with
 * its hidden problem-report form and the footer with its two link lists, support links and the licence line), and the
 * header's menu lists the footer repeats; split from file a to keep it under 300 lines.
 */
// biome-ignore format: the menu texts are packed several to a line to keep the file short
export const gvTopics = [
  'Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Childcare and parenting', 'Citizenship and living in the UK',
  'Crime, justice and the law', 'Disabled people', 'Driving and transport', 'Education and learning', 'Employing people', 'Environment and countryside',
  'Housing and local services', 'Money and tax', 'Passports, travel and living abroad', 'Visas and immigration', 'Working, jobs and pensions',
];
// biome-ignore format: the menu texts are packed several to a line to keep the file short
export const gvActivity = [
  'Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations', 'Transparency', 'How government works',
  'Get involved',
];
const gvSupport = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
export const govukFooter = `<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback ga4-event-tracker">
<div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content">
<div class="gem-c-feedback__prompt-questions js-prompt-questions" hidden><div class="gem-c-feedback__prompt-question-answer">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item govuk-visually-hidden" hidden><a class="gem-c-feedback__prompt-link" role="button" hidden aria-hidden="true"
href="/contact/govuk">Maybe</a></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes
<span class="govuk-visually-hidden">this page is useful</span></button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-toggle-form js-page-is-not-useful"
aria-controls="page-is-not-useful">No
<span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden>Thank you for your feedback</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions" hidden>
<button class="govuk-button govuk-button--secondary gem-c-feedback__prompt-link js-toggle-form js-something-is-wrong"
aria-controls="something-is-wrong">Report a problem with this page</button>
</div></div></div>
<form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" method="post" hidden>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-feedback__error-summary gem-c-feedback__js-show js-errors"
tabindex="-1" hidden></div>
<h3 class="gem-c-feedback__form-heading">Help us improve GOV.UK</h3>
<p id="feedback_explanation" class="gem-c-feedback__form-paragraph">Don’t include personal or financial information like your National Insurance number or
credit card details.</p>
<div class="govuk-visually-hidden" aria-hidden="true"><label for="giraffe">This field is for robots only. Please leave blank</label>
<input id="giraffe" name="giraffe" type="text" pattern=".{0}" tabindex="-1" autocomplete="off"></div>
<div class="govuk-form-group"><label for="input-a91b" class="gem-c-label govuk-label">What were you doing?</label><input class="gem-c-input govuk-input"
id="input-a91b" name="what_doing" type="text"></div>
<div class="govuk-form-group"><label for="input-b37e" class="gem-c-label govuk-label">What went wrong?</label><input class="gem-c-input govuk-input"
id="input-b37e" name="what_wrong" type="text"></div>
<button class="gem-c-button govuk-button" type="submit">Send</button>
<button class="govuk-button govuk-button--secondary gem-c-feedback__close js-close-form" aria-controls="something-is-wrong" aria-expanded="true">Cancel</button>
</div></div></form></div></div>
<footer data-module="ga4-link-tracker" class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2">${links(gvTopics, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-grid-column-one-third govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list">${links(gvActivity, 'govuk-footer__list-item')}</ul></div></div>
<hr class="govuk-footer__section-break govuk-!-display-none-print"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list govuk-!-display-none-print">${links(
  gvSupport,
  'govuk-footer__inline-list-item',
)}
<li class="govuk-footer__inline-list-item">Built by the <a href="https://www.gov.uk/government/organisations/government-digital-service"
class="govuk-footer__link">Government Digital Service</a></li></ul>
<svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17"
width="41">
<path fill="currentColor" d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8"></path></svg>
<span class="govuk-footer__licence-description" data-ga4-track-links-only>All content is available under the
<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence
v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">©
Crown copyright</a></div>
</div></div></footer>`;
/** The furniture texts of the bottom: feedback prompt and forms, support links, licence and copyright (the menus are file a's). */
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
export const gvFooterFurniture = [
  'Is this page useful?', 'Maybe', 'Yes', 'this page is useful', 'this page is not useful', 'Thank you for your feedback', 'Report a problem with this page',
  'Help us improve GOV.UK', 'Don’t include personal or financial information like your National Insurance number or credit card details.',
  'This field is for robots only. Please leave blank', 'What were you doing?', 'What went wrong?', 'Send', 'Cancel', 'Support links', ...gvSupport,
  'Government Digital Service', 'All content is available under the', 'Open Government Licence v3.0', 'except where otherwise stated', '© Crown copyright',
];
