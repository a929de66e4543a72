import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file d: a guidance page on GOV.UK (publishing frontend with the cookie banner, metadata, contents
 * list, govspeak callouts, related navigation, change history and feedback prompt), and a Part of an Act on a legislation
 * site in the style of legislation.gov.uk (its LegSnippet markup with section numbers in spans, annotations after each
 * section, status and changes boxes and the version sidebar).
 */
const gTitle = 'Recall petitions for local councillors: guidance for petition officers';
const gLead = 'How to run a recall petition for a member of a principal council under the Local Councillors (Recall) Act 2026.';
type GBlock = ['p' | 'h' | 'li' | 'info' | 'example' | 'cta', string];
const gBlocks: GBlock[] = [
  ['h', 'Overview'],
  [
    'p',
    j(
      'A recall petition gives electors in a ward the chance to decide whether their councillor should lose their seat. If at',
      'least 10% of registered electors in the ward sign the petition within 6 weeks, the seat becomes vacant and a by-election is',
      'held.',
    ),
  ],
  [
    'p',
    j(
      'The petition officer is the returning officer for the council’s elections. This guidance explains what you must do from',
      'the moment you are notified that a recall condition has been met until the petition closes.',
    ),
  ],
  ['info', 'This guidance applies to principal councils in England from 1 May 2027. It does not apply to parish or town councils.'],
  ['h', 'When a recall petition is triggered'],
  ['p', 'A petition must be opened if a councillor:'],
  ['li', 'is convicted of an offence and sentenced to a term of imprisonment, including a suspended sentence'],
  ['li', 'is suspended by the council’s standards committee for more than 3 months'],
  ['li', 'fails to attend any meeting of the council for 4 months without an approved reason'],
  ['li', 'is convicted of knowingly giving false information in the council’s register of interests'],
  ['p', 'The council’s monitoring officer must notify you in writing within 5 working days of the condition being met.'],
  ['h', 'Setting up the petition'],
  ['p', 'Within 10 working days of receiving the notice, you must publish a notice of petition, which sets out:'],
  ['li', 'the name of the councillor and the ward'],
  ['li', 'the number of signatures needed'],
  ['li', 'the dates the petition opens and closes'],
  ['li', 'the address of each signing place'],
  [
    'p',
    j(
      'You must provide at least one signing place in each ward, and one more for every 3,000 electors. Signing places must be open',
      'from 9am to 5pm on weekdays and for at least 4 hours on one Saturday during the signing period.',
    ),
  ],
  ['example', 'A ward has 7,400 registered electors. The petition needs 740 signatures and you must provide at least 3 signing places.'],
  ['h', 'Postal and proxy signing'],
  [
    'p',
    j(
      'Electors who have a postal vote for local elections will automatically be sent a postal signing sheet. Other electors can',
      'apply for one up to 11 working days before the petition closes.',
    ),
  ],
  [
    'p',
    j(
      'Proxy arrangements work as they do for an election. An elector may also apply for an emergency proxy if they cannot get to a',
      'signing place for medical reasons.',
    ),
  ],
  ['h', 'Closing the petition'],
  [
    'p',
    j(
      'The petition closes at 5pm on the last day of the signing period. You must count the signatures as soon as practicable and,',
      'in any event, within 2 working days.',
    ),
  ],
  [
    'p',
    j(
      'If the threshold is reached, you must tell the council’s proper officer, who will declare the seat vacant. You must not',
      'publish the number of signatures until the result has been announced.',
    ),
  ],
  [
    'cta',
    j(
      'You can ask the Electoral Standards Office for advice on running a recall petition by emailing',
      '<a href="mailto:petitions@electoralstandards.org.uk" class="govuk-link">petitions@electoralstandards.org.uk</a>.',
    ),
  ],
];
const gSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const gBody = (): string => {
  const out: string[] = [];
  let list: string[] = [];
  for (const [k, t] of gBlocks) {
    if (k === 'li') {
      list.push(t);
      continue;
    }
    if (list.length > 0) {
      out.push(`<ul>\n${lis(list)}\n</ul>`);
      list = [];
    }
    if (k === 'h') out.push(`<h2 id="${gSlug(t)}">${t}</h2>`);
    else if (k === 'p') out.push(`<p>${t}</p>`);
    else if (k === 'info') out.push(`<div role="note" aria-label="Information" class="application-notice info-notice">\n<p>${t}</p>\n</div>`);
    else if (k === 'example') out.push(`<div class="example">\n<p>${t}</p>\n</div>`);
    else out.push(`<div class="call-to-action">\n<p>${t}</p>\n</div>`);
  }
  return out.join('\n\n');
};
const gHeads = gBlocks.filter(([k]) => k === 'h').map(([, t]) => t);
const gCrumbs = ['Home', 'Government', 'Elections'];
const gRelated = ['Local Councillors (Recall) Act 2026', 'Recall petitions: forms and notices', 'Guidance for candidates at a recall by-election'];
const gTopics = ['Elections', 'Local councils'];
const gFootTopics = ['Benefits', 'Business and self-employed', 'Crime, justice and the law', 'Housing and local services', 'Money and tax'];
const gFootGov = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'How government works', 'Get involved'];
const gSupport = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">Recall petitions for local councillors: guidance for petition officers - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="stylesheet" href="/assets/government-frontend/application-2b6f1c.css"><link rel="canonical"
href="https://www.gov.uk/guidance/recall-petitions-for-local-councillors">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:content-id" content="9c1e2d44-7a1b-4c0f-bf3a-2d1e5a6b7c88">
<meta name="govuk:primary-publishing-organisation" content="Department for Communities and Civic Renewal">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta name="description" content="${gLead}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2027-03-12T09:30:00+00:00",
"dateModified":"2027-04-03T14:02:11+01:00","author":{"@type":"Organization","name":"Department for Communities and Civic Renewal"},
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script></head>
<body class="govuk-template__body gem-c-layout-for-public"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" data-nosnippet>
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div></div></div>
<div class="js-confirmation-buttons govuk-button-group"><button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true">Accept additional
cookies</button><button class="gem-c-button govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div>
<div hidden class="js-confirmation-message" role="alert"><p class="govuk-body">You have accepted additional cookies. You can change your cookie settings at
any time.</p><button class="govuk-button" data-hide-cookie-banner="true">Hide this message</button></div></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-header-search-toggle" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container govuk-clearfix"><div
class="gem-c-layout-super-navigation-header__header-logo">
<a class="govuk-header__link govuk-header__link--homepage" href="https://www.gov.uk/" id="logo" aria-label="Go to the GOV.UK homepage">
<svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor"
class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle></g></svg></a></div>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<div class="gem-c-layout-super-navigation-header__navigation-item"><button aria-controls="super-navigation-menu" aria-expanded="false"
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">
<span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button></div>
<div class="gem-c-layout-super-navigation-header__search-item"><button aria-controls="super-search-menu" aria-expanded="false"
class="gem-c-layout-super-navigation-header__search-toggle-button" type="button"><span class="govuk-visually-hidden">Search GOV.UK</span></button></div>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><div class="govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle metadata">
<dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/department-for-communities-and-civic-renewal" class="govuk-link">Department for Communities and Civic Renewal</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2027</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">3 April 2027
<span aria-hidden="true">—</span> <a href="#full-publication-update-history" class="govuk-link gem-c-metadata__definition-link">See all updates</a></dd>
</dl></div></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation" data-module="ga4-link-tracker"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${gHeads
  .map(
    (h) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash"
aria-hidden="true"></span> <a class="gem-c-contents-list__link govuk-link" href="#${gSlug(h)}">${h}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-print-link govuk-!-display-none-print govuk-!-margin-top-3 govuk-!-margin-bottom-6">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
<div class="responsive-bottom-margin"><div data-module="govspeak" class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${gBody()}
</div></div>
<div class="gem-c-published-dates gem-c-published-dates--history" data-module="gem-toggle" id="full-publication-update-history" lang="en">
Published 12 March 2027 <br>Last updated 3 April 2027 <a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history"
data-expanded="false" data-toggled-text="&#45;&nbsp;hide&nbsp;all&nbsp;updates">+ show all updates</a>
<div class="gem-c-published-dates__change-history js-hidden" id="full-history"><ol class="gem-c-published-dates__list">
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" datetime="2027-04-03T14:02:11.000+01:00">3 April
2027</time><p class="gem-c-published-dates__change-note">Added a worked example of how to calculate the number of signing places.</p></li>
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp" datetime="2027-03-12T09:30:00.000+00:00">12 March
2027</time><p class="gem-c-published-dates__change-note">First published.</p></li></ol></div></div>
<div class="gem-c-single-page-notification-button govuk-!-display-none-print"><form action="/email/subscriptions/single-page/new" method="POST">
<button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Get emails about this page</button></form></div>
<div class="gem-c-print-link govuk-!-display-none-print govuk-!-margin-top-0 govuk-!-margin-bottom-6">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation govuk-!-display-none-print"
role="navigation"
aria-labelledby="related-nav-related_items-5f1a"><h2 id="related-nav-related_items-5f1a" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav role="navigation" class="gem-c-related-navigation__nav-section"><ul class="gem-c-related-navigation__link-list">${links(
  gRelated,
  'gem-c-related-navigation__link',
)}</ul></nav>
<nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-topics-5f1a">
<h3 id="related-nav-topics-5f1a" class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<ul class="gem-c-related-navigation__link-list">${links(gTopics, 'gem-c-related-navigation__link')}</ul></nav></div></div></div></div></main></div>
<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
<div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content">
<div class="gem-c-feedback__prompt-questions js-prompt-questions"><div class="gem-c-feedback__prompt-question-answer">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link" data-track-category="yesNoFeedbackForm"
aria-expanded="false">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-not-useful" aria-expanded="false">No
<span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden>Thank you for your feedback</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions">
<button class="govuk-button govuk-button--secondary gem-c-feedback__prompt-link" aria-expanded="false">Report a problem with this page</button></div>
</div></div></div></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2">${links(gFootTopics, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-grid-column-one-third govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-1">${links(gFootGov, 'govuk-footer__list-item')}</ul></div></div>
<hr class="govuk-footer__section-break govuk-!-display-none-print"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list govuk-!-display-none-print">${links(
  gSupport,
  'govuk-footer__inline-list-item',
)}</ul>
<span class="govuk-footer__licence-description" data-ga4-track-links-only>All content is available under the
<a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>,
except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">©
Crown copyright</a></div></div></div></footer>
<script src="/assets/government-frontend/application-9a0d31.js" type="module"></script></body></html>`;
const govuk: TestPage = gold({
  name: 'heldout706-govuk-recall-petitions',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gLead, ...gBlocks.filter(([k]) => k !== 'h').map(([, t]) => t)]),
  bylines: ['Department for Communities and Civic Renewal', '12 March 2027', '3 April 2027', 'Published 12 March 2027', 'Last updated 3 April 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'We also use cookies set by other sites to help us deliver content from their services.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'GOV.UK', 'Navigation menu', 'Menu', 'Search GOV.UK', ...gCrumbs, 'Guidance', 'From:', 'Published',
    'Last updated', 'See all updates', 'Contents', 'Print this page', '+ show all updates',
    'Added a worked example of how to calculate the number of signing places.', 'First published.', 'Get emails about this page', 'Related content',
    ...gRelated, 'Explore the topic', ...gTopics, 'Is this page useful?', 'Yes', 'this page is useful', 'No', 'this page is not useful',
    'Report a problem with this page', 'Topics', ...gFootTopics, 'Government activity', ...gFootGov, 'Support links', ...gSupport,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
});

const lTitle = 'Local Councillors (Recall) Act 2026';
const lPart = ['Part 2', 'Recall petitions'];
type LSection = [string, string, [string, string, [string, string][]][]];
const lSections: LSection[] = [
  [
    '7',
    'Notice of recall condition',
    [
      [
        '(1)',
        j(
          'Where the monitoring officer of a principal council becomes aware that a recall condition has been met in',
          'relation to a member of the council, the monitoring officer must give notice of that fact to the petition',
          'officer.',
        ),
        [],
      ],
      [
        '(2)',
        'A notice under subsection (1) must be given in writing before the end of the period of 5 working days beginning with the day on which—',
        [
          ['(a)', 'the recall condition is met, or'],
          ['(b)', 'if later, the monitoring officer becomes aware that it has been met.'],
        ],
      ],
      ['(3)', 'The petition officer for a recall petition is the person who is the returning officer for elections of members of the council.', []],
    ],
  ],
  [
    '8',
    'Notice of petition',
    [
      [
        '(1)',
        j(
          'The petition officer must publish a notice of petition before the end of the period of 10 working days',
          'beginning with the day on which notice is given under section 7.',
        ),
        [],
      ],
      [
        '(2)',
        'The notice of petition must state—',
        [
          ['(a)', 'the name of the member and of the ward for which the member was elected,'],
          ['(b)', 'the number of signatures that amounts to 10% of the registered electors in that ward,'],
          ['(c)', 'the first and last days of the signing period, and'],
          ['(d)', 'the address of each designated signing place.'],
        ],
      ],
      [
        '(3)',
        'The signing period is the period of 6 weeks beginning with the tenth working day after the day on which the notice of petition is published.',
        [],
      ],
    ],
  ],
  [
    '9',
    'Designated signing places',
    [
      [
        '(1)',
        j(
          'The petition officer must designate at least one signing place in the ward, and one further signing place for',
          'every 3,000 registered electors in the ward.',
        ),
        [],
      ],
      ['(2)', 'Each designated signing place must be open for signing from 9am to 5pm on every working day in the signing period.', []],
      ['(3)', 'The Secretary of State may by regulations make further provision about the opening hours and accessibility of designated signing places.', []],
    ],
  ],
  [
    '10',
    'Success of petition',
    [
      [
        '(1)',
        j(
          'A recall petition is successful if, at the close of the signing period, the number of valid signatures is at',
          'least 10% of the registered electors in the ward.',
        ),
        [],
      ],
      [
        '(2)',
        j(
          'Where a recall petition is successful, the petition officer must notify the proper officer of the council, and',
          'the seat of the member becomes vacant on the day on which that notice is given.',
        ),
        [],
      ],
    ],
  ],
];
const lComm = lSections.map(([n], i) => `S. ${n} in force at 1.5.2027 by S.I. 2027/388, reg. ${i + 2}`);
const lSub = ([no, text, paras]: [string, string, [string, string][]], sec: string, first: boolean): string => {
  const n = no.replace(/[()]/g, '');
  const head = `<p class="LegClearFix LegP2Container${first ? 'First' : ''}"><span class="LegDS LegLHS LegP2No" id="section-${sec}-${n}">${no}</span>
<span class="LegDS LegRHS LegP2Text">${text}</span></p>`;
  return [
    head,
    ...paras.map(
      ([pn, pt]) => `<p class="LegClearFix LegP3Container"><span class="LegDS LegLHS LegP3No" id="section-${sec}-${n}-${pn.replace(/[()]/g, '')}">${pn}</span>
<span class="LegDS LegRHS LegP3Text">${pt}</span></p>`,
    ),
  ].join('\n');
};
const lSectionHtml = ([no, title, subs]: LSection, i: number): string => `<h3 class="LegClearFix LegP1ContainerFirst"><span class="LegDS LegP1No"
id="section-${no}">${no}</span> <span class="LegDS LegP1GroupTitleFirst">${title}</span></h3>
${subs.map((s, k) => lSub(s, no, k === 0)).join('\n')}
<div class="LegAnnotations"><div class="LegCommentaryItem" id="commentary-key-${no}"><p class="LegCommentaryPara"><span class="LegCommentaryType">Commencement
Information</span></p><p class="LegCommentaryPara"><span class="LegCommentaryNo"><a href="#reference-key-${no}"
id="commentary-key-${no}-ref">I${i + 1}</a></span>
<span class="LegCommentaryText">${lComm[i]}</span></p></div></div>`;
const lSiteLinks = ['Home', 'Understanding Legislation', 'EU Legislation and UK Law', 'Browse Legislation', 'New Legislation', 'Help'];
const lCrumbs = ['Home', 'UK Public General Acts', '2026 c. 14', 'Part 2'];
const lFoot = ['Help', 'About Us', 'Site Map', 'Accessibility', 'Contact Us', 'Privacy Notice', 'Cookies'];
const lHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" version="XHTML+RDFa 1.0" xml:lang="en" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Local Councillors (Recall) Act 2026 - Part 2</title>
<meta name="DC.Date.Modified" content="2027-05-01"><meta name="DC.identifier" content="http://www.legislation.gov.uk/ukpga/2026/14/part/2">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.legislation.gov.uk/ukpga/2026/14/part/2">
<link rel="alternate" type="application/xml" href="/ukpga/2026/14/part/2/data.xml" title="XML">
<link rel="stylesheet" href="/styles/legislation.css" type="text/css"><link rel="stylesheet" href="/styles/primarysecondary.css" type="text/css">
<script type="text/javascript" src="/scripts/jquery-3.7.1.min.js"></script>
<script type="text/javascript">var legGlobals = {
"documentMainType":"UnitedKingdomPublicGeneralAct","year":2026,"number":14,"pointInTime":"2027-05-01"};</script>
</head><body xml:lang="en" lang="en" dir="ltr" id="leg" about="/ukpga/2026/14/part/2" class="browse">
<div id="layout2" class="legContent"><p class="accessibleLinks"><a href="#pageTitle">Skip to main content</a> <a href="#contentSearch">Skip to
navigation</a></p>
<div id="top"><div id="brand"><a href="/"><img src="/images/chrome/legislationLogo.svg" alt="legislation.gov.uk"></a></div>
<div id="siteLinks"><ul>${links(lSiteLinks)}</ul></div></div>
<div id="quickSearch"><form id="contentSearch" method="get" action="/search" class="contentSearch"><h2>Search Legislation</h2>
<div class="title"><label for="title">Title: </label><input type="text" id="title" name="title"></div>
<div class="year"><label for="year">Year: </label><input type="text" id="year" name="year"></div>
<div class="number"><label for="number">Number: </label><input type="text" id="number" name="number"></div>
<div class="submit"><button type="submit" id="contentSearchSubmit" class="userFunctionalElement">Search</button></div></form></div>
<div id="breadCrumb"><h2 class="accessibleText">You are here:</h2><ul>${links(lCrumbs)}</ul></div>
<div id="title"><h1 class="pageTitle" id="pageTitle">${lTitle}</h1></div>
<ul id="legSubNav"><li id="legTocLink"><span class="presentation"></span><a href="/ukpga/2026/14/contents">Table of Contents</a></li>
<li id="legContentLink"><span class="presentation"></span><a href="/ukpga/2026/14/part/2" class="disabled">Content</a></li>
<li id="legExpNoteLink"><span class="presentation"></span><a href="/ukpga/2026/14/notes">Explanatory Notes</a></li>
<li id="legResourcesLink"><span class="presentation"></span><a href="/ukpga/2026/14/resources">More Resources</a></li></ul>
<div id="layout3" class="plainView"><div id="tools"><div class="section" id="whatVersion"><div class="title"><h2>What Version</h2></div>
<div class="content"><ul class="toolList"><li><span class="userFunctionalElement active">Latest available (Revised)</span></li>
<li><a href="/ukpga/2026/14/part/2/2027-05-01" class="userFunctionalElement">Point in Time (01/05/2027)</a></li>
<li><a href="/ukpga/2026/14/part/2/enacted" class="userFunctionalElement">Original (As enacted)</a></li></ul></div></div>
<div class="section" id="openingOptions"><div class="title"><h2>Opening Options</h2></div><div class="content"><ul class="toolList">
<li><a href="/ukpga/2026/14/contents">Open whole Act</a></li><li><a href="/ukpga/2026/14/part/2/data.pdf">Open Part 2 as PDF</a></li></ul></div></div></div>
<div id="content"><div id="infoSection"><h2>Status:</h2><p class="intro">Point in time view as at 01/05/2027.</p></div>
<div id="statusWarning" class="uptoDate"><div class="title"><h2>Changes to legislation:</h2><p class="intro">There are currently no known outstanding effects
for the Local Councillors (Recall) Act 2026, Part 2.</p></div></div>
<div class="prevNextNav"><ul><li class="prev"><a href="/ukpga/2026/14/part/1" class="userFunctionalElement nav">Previous: Part</a></li>
<li class="next"><a href="/ukpga/2026/14/part/3" class="userFunctionalElement nav">Next: Part</a></li></ul></div>
<div id="viewLegContents"><div class="LegSnippet" id="tocControlsAdded"><div class="LegPart" id="part-2">
<h2 class="LegPartFirst"><span class="LegPartNo">${lPart[0]}</span><br> <span class="LegPartTitle">${lPart[1]}</span></h2>
${lSections.map(lSectionHtml).join('\n')}
</div></div></div>
<div class="prevNextNav"><ul><li class="prev"><a href="/ukpga/2026/14/part/1" class="userFunctionalElement nav">Previous: Part</a></li>
<li class="next"><a href="/ukpga/2026/14/part/3" class="userFunctionalElement nav">Next: Part</a></li></ul></div>
<p class="backToTop"><a href="#top">Back to top</a></p></div></div>
<div id="footerContainer"><div id="footer"><ul>${links(lFoot)}</ul>
<p>All content is available under the Open Government Licence v3.0 except where otherwise stated. This site additionally contains content derived from
EUR-Lex, reused under the terms of the Commission Decision 2011/833/EU on the reuse of documents from the EU institutions.</p>
<p>© Crown and database right</p></div></div></div>
<script type="text/javascript" src="/scripts/legislation.js"></script></body></html>`;
const legislation: TestPage = gold({
  name: 'heldout706-legislation-recall-act',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lPart.join(' '), ...lSections.map(([n, t]) => `${n} ${t}`)],
  body: texts(lSections.flatMap(([, , subs]) => subs.flatMap(([no, t, paras]) => [`${no} ${t}`, ...paras.map(([pn, pt]) => `${pn} ${pt}`)]))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...lSiteLinks, 'Search Legislation', 'Title:', 'Year:', 'Number:', 'Search', 'You are here:', ...lCrumbs,
    'Table of Contents', 'Content', 'Explanatory Notes', 'More Resources', 'What Version', 'Latest available (Revised)', 'Point in Time (01/05/2027)',
    'Original (As enacted)', 'Opening Options', 'Open whole Act', 'Open Part 2 as PDF', 'Status:', 'Point in time view as at 01/05/2027.',
    'Changes to legislation:', 'There are currently no known outstanding effects for the Local Councillors (Recall) Act 2026, Part 2.', 'Previous: Part',
    'Next: Part', 'Commencement Information', 'I1', 'I2', 'I3', 'I4', ...lComm, 'Back to top', ...lFoot,
    j('All content is available under the Open Government Licence v3.0 except where otherwise stated. This site additionally contains content derived from',
      'EUR-Lex, reused under the terms of the Commission Decision 2011/833/EU on the reuse of documents from the EU institutions.'),
    '© Crown and database right',
  ],
});

export const HELDOUT706_D: readonly TestPage[] = [govuk, legislation];
