/**
 * Held-out batch 118, shared helper: the OneTrust consent banner and its hidden preference centre, as OneTrust's
 * script injects them at the end of <body> on the documentation sites of this batch that use it, and the texts of
 * both (furniture on every page that carries them).
 */
export interface OneTrustCopy {
  policy: string;
  policyLink: string;
  settings: string;
  reject: string;
  accept: string;
}

const pc = [
  'Privacy Preference Center',
  'When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. ' +
    'You can choose not to allow some types of cookies.',
  'Allow All',
  'Manage Consent Preferences',
  'Strictly Necessary Cookies',
  'Always Active',
  'Performance Cookies',
  'Functional Cookies',
  'Targeting Cookies',
  'Confirm My Choices',
];

/** The banner and the (hidden) preference centre. */
export function oneTrust(c: OneTrustCopy): string {
  return `<div id="onetrust-consent-sdk" data-nosnippet="true"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat ot-iab-2 vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">
<div role="dialog" aria-label="Privacy" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy">
<div id="onetrust-policy-text">${c.policy} <a class="ot-cookie-policy-link" href="/privacy/cookies"
aria-label="More information about your privacy, opens in a new tab"
rel="noopener" target="_blank">${c.policyLink}</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler" class="cookie-setting-link">${c.settings}</button>
<button id="onetrust-reject-all-handler">${c.reject}</button>
<button id="onetrust-accept-btn-handler">${c.accept}</button></div></div></div></div></div></div>
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" lang="en" aria-label="Preference center" role="region" style="display: none;">
<div role="dialog" aria-modal="true" style="height: 100%;" aria-label="${pc[0]}"><div class="ot-pc-header"><div class="ot-pc-logo" role="img"
aria-label="Company Logo"></div><button id="close-pc-btn-handler" class="ot-close-icon" aria-label="Close"></button></div>
<div id="ot-pc-content" class="ot-pc-scrollbar"><div class="ot-optout-signal ot-hide"></div><h2 id="ot-pc-title">${pc[0]}</h2>
<div id="ot-pc-desc">${pc[1]}</div><button id="accept-recommended-btn-handler">${pc[2]}</button>
<section class="ot-sdk-row ot-cat-grp"><h3 id="ot-category-title">${pc[3]}</h3>
<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C0001"><h4 class="ot-cat-header" id="ot-header-id-C0001">${pc[4]}</h4>
<div class="ot-always-active">${pc[5]}</div></div>
<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C0002"><h4 class="ot-cat-header" id="ot-header-id-C0002">${pc[6]}</h4></div>
<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C0003"><h4 class="ot-cat-header" id="ot-header-id-C0003">${pc[7]}</h4></div>
<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C0004"><h4 class="ot-cat-header" id="ot-header-id-C0004">${pc[8]}</h4></div>
</section></div><div class="ot-pc-footer"><div class="ot-btn-container"><button class="save-preference-btn-handler onetrust-close-btn-handler">${pc[9]}</button>
</div></div></div></div></div>`;
}

/** Every visible text of the banner and the preference centre. */
export const oneTrustTexts = (c: OneTrustCopy): string[] => [c.policy, c.policyLink, c.settings, c.reject, c.accept, ...pc];
