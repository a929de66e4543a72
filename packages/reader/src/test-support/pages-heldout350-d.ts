import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file d: a patient recruitment page for a trial built with Webflow (w-nav navbar, hero with buttons, a short
 * text block, an eligibility grid, FAQ accordion, sign-up form with its labels, partner logos, footer) and a GOV.UK press release of
 * the medicines regulator on a drug approval (the GOV.UK cookie banner, super navigation header, breadcrumbs, title context,
 * metadata, share links, govspeak body with notes to editors, related links, "Is this page useful?" and the GOV.UK footer).
 */
const wTitle = 'Help us find out if a phone app can ease knee pain';
const wIntro = [
  j(
    'KNEEWISE is a research study run by the Ashgrove Clinical Trials Unit. We want to find out whether a guided exercise app,',
    'used for 20 minutes three times a week, reduces knee pain from osteoarthritis more than a printed exercise sheet.',
  ),
  j(
    'The study lasts six months and you can take part from home. You will not need to stop any treatment you already have, and you',
    'can leave the study at any time without giving a reason.',
  ),
];
const wWho = ['You may be able to take part if you:'];
const wWhoList = [
  'are 45 or older and have had knee pain on most days for at least three months',
  'live in England or Wales and have a smartphone or tablet',
  'have not had a knee replacement on the painful knee',
];
const wFaq: readonly (readonly [string, string])[] = [
  [
    'What will I have to do?',
    j(
      'You will fill in a short online questionnaire about your knee at the start, after three months and after six months. Half of',
      'the people in the study will be given the app and half the printed sheet, chosen at random by a computer.',
    ),
  ],
  ['Will I be paid?', 'You will receive a £20 shopping voucher after each questionnaire you complete, up to £60 in total, as a thank you for your time.'],
  [
    'What happens to my information?',
    j(
      'Your answers are stored securely by the Ashgrove Clinical Trials Unit and are only seen by the research team. We will never',
      'share your name or contact details with the app company.',
    ),
  ],
];
const wNav = ['About the study', 'Who can join', 'FAQs', 'Contact'];
const wFoot = ['Privacy notice', 'Participant information sheet', 'Accessibility'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 02 2026 10:14:22 GMT+0000 -->
<html data-wf-domain="www.kneewise-study.example" data-wf-page="65e1a2b3c4d5e6f7a8b9c0d1" data-wf-site="65e1a2b3c4d5e6f7a8b9c0aa" lang="en"><head>
<meta charset="utf-8"><title>KNEEWISE study | Take part</title><meta content="Take part in a research study of a guided exercise app for knee pain."
name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets.website-files.example/65e1a2b3/css/kneewise.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,
document);</script></head>
<body><div data-animation="default" data-collapse="medium" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/"
class="brand w-nav-brand"><img src="https://assets.website-files.example/65e1a2b3/logo.svg" alt="KNEEWISE"></a><nav role="navigation"
class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="#${n.length}" class="nav-link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="w-layout-blockcontainer container w-container"><div class="hero-tag">Now recruiting</div>
<h1 class="heading-xl">${wTitle}</h1><div class="hero-buttons"><a href="#register" class="button w-button">Register your interest</a>
<a href="#faq" class="button-secondary w-button">Read the FAQs</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="rich-text w-richtext">${ps(wIntro)}</div>
<div class="w-layout-grid grid-eligibility"><div class="eligibility-card"><h2 class="heading-m">Who can take part?</h2><div class="w-richtext">${ps(wWho)}
<ul role="list">${wWhoList.map((l) => `<li>${l}</li>`).join('\n')}</ul></div></div><div class="stat-card"><div class="stat-number">480</div>
<div class="stat-label">people needed</div></div></div></div></section>
<section id="faq" class="section faq"><div class="container w-container"><h2 class="heading-m">Questions about taking part</h2>
${wFaq
  .map(
    ([q, a]) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-toggle w-dropdown-toggle"><h3 class="faq-question">${q}</h3>
<div class="w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">${a}</p></nav></div>`,
  )
  .join('\n')}</div></section>
<section id="register" class="section register"><div class="container w-container"><h2 class="heading-m">Register your interest</h2>
<div class="w-form"><form id="wf-form-Register" name="wf-form-Register" data-name="Register" method="get"><label for="name">First name</label>
<input class="w-input" maxlength="256" name="name" id="name" type="text"><label for="email">Email address</label><input class="w-input" name="email" id="email"
type="email"><label class="w-checkbox"><input type="checkbox" class="w-checkbox-input"><span class="w-form-label">I agree to be contacted by the study
team</span></label><input type="submit" data-wait="Please wait..." class="button w-button" value="Send"></form>
<div class="w-form-done"><div>Thank you! The study team will be in touch within a week.</div></div><div class="w-form-fail"><div>Oops! Something went
wrong while submitting the form.</div></div></div></div></section>
<section class="section partners"><div class="container w-container"><div class="partners-label">Funded and supported by</div><div class="logo-row">
<img src="logo-ashgrove.svg" alt="Ashgrove Clinical Trials Unit"><img src="logo-fund.svg" alt="Northern Arthritis Research Fund"></div>
<p class="ethics-note">This study has been approved by the Severnside Research Ethics Committee (ref 25/SV/0142).</p></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">${wFoot.map((f) => `<a href="#" class="footer-link">${f}</a>`).join('\n')}
</div><div class="footer-copy">© 2026 Ashgrove Clinical Trials Unit</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://assets.website-files.example/65e1a2b3/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout350-webflow-trial-recruitment',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Who can take part?', 'Questions about taking part', ...wFaq.map(([q]) => q)],
  body: texts([...wIntro, ...wWho, ...wWhoList, ...wFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Now recruiting', 'Register your interest', 'Read the FAQs', '480', 'people needed', 'First name', 'Email address',
    'I agree to be contacted by the study team', 'Thank you! The study team will be in touch within a week.',
    'Oops! Something went wrong while submitting the form.', 'Funded and supported by',
    'This study has been approved by the Severnside Research Ethics Committee (ref 25/SV/0142).', ...wFoot, '© 2026 Ashgrove Clinical Trials Unit',
  ],
};

const gTitle = 'Regulator approves first oral treatment for a rare inherited muscle disease';
const gLead = j(
  'Telmovirstat has been approved for adults and children aged 12 and over with limb-girdle muscular dystrophy type R9, after a',
  'trial showed slower loss of walking ability.',
);
const gBody = [
  j(
    'The UK’s medicines regulator, the MHRA, has today approved telmovirstat (Myovanta) to treat limb-girdle',
    'muscular dystrophy type R9 in people aged 12 years and older who can still walk. It is the first medicine approved in the UK',
    'for this condition, which affects around 1,100 people.',
  ),
  j(
    'Limb-girdle muscular dystrophy type R9 is an inherited condition in which the muscles of the hips and shoulders gradually',
    'weaken. Many people lose the ability to walk in adult life, and some develop weakness of the heart and breathing muscles.',
  ),
  j(
    'The approval is based on a 12-month trial in 164 patients. People who took telmovirstat lost on average 9 metres in a',
    '6-minute walk test, compared with 31 metres for those who took placebo. The most common side effects were diarrhoea,',
    'headache and raised liver enzymes, which will be monitored with regular blood tests.',
  ),
  j(
    'Julian Beaumont-Ward, the MHRA’s Executive Director of Healthcare Quality and Access, said: “Patient safety is our top',
    'priority. We are satisfied that the benefits of telmovirstat outweigh its risks for people with this serious, progressive',
    'condition, and we will keep its safety under close review as it is used more widely.”',
  ),
  j(
    'The medicine was approved through the International Recognition Procedure, taking into account a decision by a partner',
    'regulator, together with the MHRA’s own assessment of the data.',
  ),
];
const gNotes = [
  'Telmovirstat is taken as a tablet twice a day with food.',
  'The marketing authorisation was granted to Corvale Pharma UK Ltd on 11 March 2026.',
  j(
    'As with all medicines, the MHRA will keep the safety and effectiveness of telmovirstat under close review. Anyone who suspects',
    'they are having a side effect should report it through the Yellow Card scheme.',
  ),
];
const gCrumbs = ['Home', 'Health and social care', 'Medicines, medical devices'];
const gRelated = ['MHRA guidance on the International Recognition Procedure', 'Yellow Card: report a side effect'];
const gTopics = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Health and social care', 'Working, jobs and pensions'];
const gGov = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations', 'Transparency'];
const gHelp = ['Help', 'Privacy', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg', 'Government Digital Service'];
const gCookie1 = 'We use some essential cookies to make this website work.';
const gCookie2 = 'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.';
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="govuk:format" content="press_release">
<meta name="govuk:primary-publishing-organisation" content="Medicines and Healthcare products Regulatory Agency">
<meta property="og:title" content="${gTitle}"><link rel="stylesheet" href="/assets/frontend/application-5f3e.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-03-12T10:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
</script><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">${gCookie1}</p>
<p class="govuk-body">${gCookie2}</p></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept
additional cookies</button><button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-layout-super-navigation-header" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container
govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/">
<span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button"
type="button">Menu</button><button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Press release</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div><p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl class="gem-c-metadata__list">
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/mhra" class="govuk-link">Medicines and
Healthcare products Regulatory Agency</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2026</dd></dl>
</div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="#">Share on Facebook</a></li>
<li class="gem-c-share-links__list-item">
<a class="govuk-link gem-c-share-links__link" href="#">Share on Twitter</a></li></ul></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak"
data-module="govspeak"><div class="govspeak">${ps(gBody)}
<h2 id="notes-to-editors">Notes to editors</h2><ol>${gNotes.map((n) => `<li>${n}</li>`).join('\n')}</ol></div></div></div></div></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related
content</h2><ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul><li><a href="/health-and-social-care/medicines-medical-devices">Medicines,
medical devices and blood regulation and safety</a></li></ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is
this page useful?</h2><button class="govuk-button gem-c-feedback__prompt-link">Yes</button><button class="govuk-button gem-c-feedback__prompt-link">No</button>
<a href="#" class="govuk-link gem-c-feedback__prompt-link">Report a problem with this page</a></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation"><div class="govuk-footer__section">
<h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul class="govuk-footer__list">${links(gTopics, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2><ul class="govuk-footer__list">
${links(gGov, 'govuk-footer__list-item')}</ul></div></div><div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gHelp, 'govuk-footer__inline-list-item')}</ul><span class="govuk-footer__licence-description">All content is
available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></div></footer>
<script src="/assets/static/application-8a1c.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout350-gov-uk-regulator-press-release',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['Notes to editors'],
  body: texts([gLead, ...gBody, ...gNotes]),
  bylines: ['From:', 'Medicines and Healthcare products Regulatory Agency', 'Published', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', gCookie1, gCookie2, 'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu',
    'Search GOV.UK', ...gCrumbs, 'Press release', 'Share this page', 'Share on Facebook', 'Share on Twitter', 'Related content', ...gRelated,
    'Explore the topic', 'Medicines, medical devices and blood regulation and safety', 'Is this page useful?', 'Report a problem with this page', 'Topics',
    ...gTopics, 'Government activity', ...gGov, 'Support links', ...gHelp,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT350_D: readonly TestPage[] = [webflow, govuk];
