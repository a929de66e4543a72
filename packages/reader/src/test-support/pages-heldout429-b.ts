import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file b: a mailed breach letter published as HTML saved from Microsoft Word ("Save as Web Page": Office
 * namespaces, MsoNormal paragraphs, a WordSection div, the letterhead, the mail ID and address block, the signature and an
 * enclosed reference sheet) and a privacy regulator's enforcement news release on a GOV.UK-style publishing template
 * (cookie banner, header, breadcrumbs, metadata, share links, contents list, related navigation, footer).
 */
const lTitle = 'Notice of Data Breach';
const lSalute = 'Dear Jordan Sample:';
const lSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'What Happened?',
    [
      j(
        'On December 29, 2025, Harrow Valley Medical Group discovered that some of our computer systems had been encrypted by malicious',
        'software. We immediately took our network offline, began an investigation with the help of a specialized cybersecurity firm,',
        'and reported the event to the Federal Bureau of Investigation. The investigation determined that, between December 21 and',
        'December 29, 2025, an unauthorized person obtained copies of certain files stored on a shared drive.',
      ),
    ],
  ],
  [
    'What Information Was Involved?',
    [
      j(
        'We reviewed the files to identify the individuals whose information they contained. On February 17, 2026, we determined that',
        'the files included your name, address, date of birth, medical record number, health insurance information and limited treatment',
        'information, such as the dates of your visits and the names of your providers. Your Social Security number was not in the files.',
      ),
    ],
  ],
  [
    'What We Are Doing.',
    [
      j(
        'We rebuilt the affected systems from secure backups, reset all staff credentials, deployed endpoint detection software on every',
        'workstation and server, and are adding further training for our workforce. We have also notified the U.S. Department of Health',
        'and Human Services and the appropriate state regulators.',
      ),
    ],
  ],
  [
    'What You Can Do.',
    [
      j(
        'We encourage you to review the statements you receive from your health insurer and your healthcare providers. If you see',
        'services that you did not receive, contact the insurer or provider right away. We are offering you 12 months of identity',
        'monitoring at no cost. To enroll, visit the enrollment website listed below and use the activation code provided, by June 30, 2026.',
      ),
      'Enrollment website: https://enroll.keystoneidshield.example',
      'Activation code: HV-7Q4M-22KD',
    ],
  ],
  [
    'For More Information.',
    [
      j(
        'We regret any worry this incident may cause you. If you have questions, please call our dedicated assistance line at',
        '1-888-555-0163, Monday through Friday from 9 a.m. to 9 p.m. Eastern Time, excluding major U.S. holidays.',
      ),
    ],
  ],
];
const lRefTitle = 'Additional Steps You Can Take to Protect Your Information';
const lRef = [
  j(
    'Review your account statements and credit reports. You may obtain a free copy of your credit report once a week from each of',
    'the three nationwide credit bureaus by visiting www.annualcreditreport.example or calling 1-877-555-0128.',
  ),
  j(
    'Place a fraud alert. An initial fraud alert is free and lasts one year. It tells businesses to take extra steps to verify your',
    'identity before extending new credit. Contact any one of the three bureaus and it will notify the other two.',
  ),
  j(
    'Consider a security freeze. A freeze prevents a credit bureau from releasing your credit report without your consent. There is',
    'no charge to place or lift a freeze. You will need to contact each bureau separately.',
  ),
];
const lBureaus = ['Equifax: 1-800-555-0101', 'Experian: 1-888-555-0102', 'TransUnion: 1-800-555-0103'];
const lIntro = j(
  'Harrow Valley Medical Group is writing to tell you about an incident that may have involved some of your information. This',
  'letter explains what happened, what we are doing, and steps you can take to help protect yourself.',
);
const lBody = [...lSecs.flatMap(([, p]) => p)];
const mso = (p: string): string =>
  `<p class=MsoNormal style='margin-bottom:8.0pt;line-height:107%'><span style='font-family:"Calibri",sans-serif'>${p}</span></p>`;
const lHtml = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<title>HVMG Notice Letter - Adult</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Print Vendor</o:Author><o:Pages>2</o:Pages></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal, li.MsoNormal {margin-top:0in;margin-right:0in;margin-bottom:8.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
h1 {margin-top:12.0pt;font-size:16.0pt;font-family:"Calibri Light",sans-serif;} h2 {font-size:12.0pt;} @page WordSection1 {size:8.5in 11.0in;}
div.WordSection1 {page:WordSection1;} --></style></head>
<body lang=EN-US link="#0563C1" vlink="#954F72" style='tab-interval:.5in;word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoHeader align=center style='text-align:center'><b><span style='font-size:14.0pt'>Harrow Valley Medical Group</span></b></p>
<p class=MsoHeader align=center style='text-align:center'><span style='font-size:9.0pt'>Return Mail Processing Center · PO Box 6618 · Fairholm, WA
99000</span></p>
<p class=MsoNormal><span style='font-size:8.0pt'>Mail ID: 4471-0029-HV</span></p>
<p class=MsoNormal>Jordan Sample<br>123 Any Street<br>Any City, ST 12345</p>
<p class=MsoNormal align=right style='text-align:right'>March 4, 2026</p>
<h1><span style='font-family:"Calibri Light",sans-serif'>${lTitle}</span></h1>
${mso(lSalute)}
${mso(lIntro)}
${lSecs.map(([h, p]) => `<h2><span style='font-family:"Calibri",sans-serif'>${h}</span></h2>\n${p.map(mso).join('\n')}`).join('\n')}
<p class=MsoNormal>Sincerely,</p>
<p class=MsoNormal><i>Delphine Ruark</i></p>
<p class=MsoNormal>Delphine Ruark<br>Chief Compliance and Privacy Officer<br>Harrow Valley Medical Group</p>
<span style='font-size:11.0pt;font-family:"Calibri",sans-serif'><br clear=all style='page-break-before:always'></span>
<h2><span style='font-family:"Calibri",sans-serif'>${lRefTitle}</span></h2>
${lRef.map(mso).join('\n')}
<ul style='margin-top:0in' type=disc>${lis(lBureaus, 'MsoNormal')}</ul>
<p class=MsoFooter><span style='font-size:8.0pt'>HVMG-ADULT-V3 · 0029</span></p>
</div></body></html>`;
const letter: TestPage = {
  name: 'heldout429-word-html-breach-letter',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [...lSecs.map(([h]) => h), lRefTitle],
  body: texts([lSalute, lIntro, ...lBody, ...lRef, ...lBureaus]),
  bylines: ['March 4, 2026', 'Delphine Ruark', 'Chief Compliance and Privacy Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Return Mail Processing Center · PO Box 6618 · Fairholm, WA 99000', 'Mail ID: 4471-0029-HV', '123 Any Street', 'Any City, ST 12345', 'Sincerely,',
    'HVMG-ADULT-V3 · 0029',
  ],
};

const gTitle = 'Regulator fines ticketing platform £1.4 million after card data was skimmed from checkout';
const gLead = j(
  'The Information Standards Commissioner has fined Turnstyle Tickets Ltd £1,400,000 for failing to protect the payment card',
  'details of more than 96,000 customers.',
);
const gSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'An investigation by the Commissioner’s office (OISC) found that attackers were able to alter code on',
        'the company’s checkout page for almost five months in 2024. The altered code sent customers’ names, billing addresses and full',
        'card details to a server controlled by the attackers each time an order was placed.',
      ),
      j(
        'The OISC found that Turnstyle Tickets had not applied security updates to the content management system behind its website for',
        'more than a year, had no process to detect unauthorised changes to its checkout scripts, and did not act on two warnings from its',
        'card processor that fraud was being traced back to its customers.',
      ),
    ],
  ],
  [
    'What the investigation found',
    [
      'The OISC’s investigation concluded that the company failed to:',
      'keep the software that ran its website up to date;',
      'monitor the integrity of the scripts loaded on its payment pages;',
      'limit which staff and suppliers could change the live website; and',
      'respond promptly when it was told of suspected fraud.',
      j(
        'The fine takes into account the steps the company has taken since the breach, including moving card payments to a hosted page',
        'run by its payment provider, and its cooperation with the investigation.',
      ),
    ],
  ],
  [
    'Commissioner’s comment',
    [
      j(
        'Information Standards Commissioner Rosalind Achterberg said: “People buying a ticket to a concert or a match should not have to',
        'wonder whether their card details are being copied as they type. The weaknesses here were well known and the fixes were cheap.',
        'Any organisation that takes payments online must check, every day, that its checkout is running the code it thinks it is.”',
      ),
    ],
  ],
  [
    'Advice for affected customers',
    [
      j(
        'Turnstyle Tickets wrote to affected customers in 2024. Anyone who is concerned should check their bank statements for payments',
        'they do not recognise and contact their bank. Customers can also complain to the OISC if they are unhappy with how an',
        'organisation has handled their personal information.',
      ),
    ],
  ],
  [
    'Notes to editors',
    [
      'The OISC is the independent regulator for data protection and information rights.',
      'The company has 28 days to appeal the penalty notice.',
      'The full penalty notice is published on the OISC website.',
    ],
  ],
];
const gCrumbs = ['Home', 'Business and industry', 'Data protection'];
const gRelated = ['Penalty notice: Turnstyle Tickets Ltd', 'Guidance: securing online payment pages', 'OISC annual report 2024 to 2025'];
const gFootTopics = ['Benefits', 'Business and self-employed', 'Crime, justice and the law', 'Money and tax', 'Working, jobs and pensions'];
const gFootMeta = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gList = (p: readonly string[]): string =>
  p.length > 3 && p[0]?.endsWith('to:') ? `<p>${p[0]}</p>\n<ul>${lis(p.slice(1, 5))}</ul>\n${ps(p.slice(5))}` : ps(p);
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="canonical" href="https://www.gov.uk/government/news/regulator-fines-ticketing-platform-14-million">
<meta name="govuk:format" content="press_release"><meta name="govuk:schema-name" content="news_article">
<meta name="govuk:primary-publishing-organisation" content="Office of the Information Standards Commissioner">
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-03-10T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"},"author":{"@type":"Organization","name":"Office of the Information Standards Commissioner"}}</script>
<link rel="stylesheet" href="/assets/static/application-8b1f.css"></head>
<body class="gem-c-layout-for-public govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message
govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container
govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav data-module="ga4-link-tracker" class="gem-c-breadcrumbs govuk-breadcrumbs
govuk-breadcrumbs--collapse-on-mobile" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Press release</span><h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata">
<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/oisc"
class="govuk-link">Office of the Information Standards Commissioner</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">10 March 2026</dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="responsive-bottom-margin"><div data-module="govspeak"
class="gem-c-govspeak govuk-govspeak"><div class="govspeak">
${gSecs.map(([h, p]) => `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n`}${gList(p)}`).join('\n')}
</div></div>
<div class="gem-c-published-dates" lang="en">Published 10 March 2026</div>
<div class="gem-c-share-links govuk-!-display-none-print" data-module="ga4-link-tracker"><h2 class="gem-c-share-links__title">Share this page</h2>
<ul class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="https://www.facebook.example/sharer">
Share on Facebook</a></li>
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="https://x.example/share">Share on X</a></li></ul></div>
</div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading"
data-mobile-heading-level="2">Related content</h2><nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items">
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></nav>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul class="gem-c-related-navigation__link-list">
<li><a href="/business/data-protection" class="govuk-link">Data protection</a></li></ul></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this
page useful?</h2><button class="govuk-button" type="button">Yes</button><button class="govuk-button" type="button">No</button>
<button class="govuk-button govuk-button--secondary" type="button">Report a problem with this page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation"><div class="govuk-footer__section">
<h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul class="govuk-footer__list">${links(gFootTopics, 'govuk-footer__list-item')}</ul></div></div>
<hr class="govuk-footer__section-break"><div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFootMeta, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.example">© Crown copyright</a></div></div></footer>
<script src="/assets/static/application-5f2e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout429-govuk-regulator-press-release',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gLead, ...gSecs.flatMap(([, p]) => p)]),
  bylines: ['Office of the Information Standards Commissioner', '10 March 2026', 'Published 10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Home',
    'Business and industry', 'Data protection', 'Press release', 'From:', 'Share this page', 'Share on Facebook', 'Share on X', 'Related content', ...gRelated,
    'Explore the topic', 'Is this page useful?', 'Report a problem with this page', 'Topics', ...gFootTopics, ...gFootMeta,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT429_B: readonly TestPage[] = [letter, govuk];
