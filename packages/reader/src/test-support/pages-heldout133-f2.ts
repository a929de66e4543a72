import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 133, file f2: a MedlinePlus health topic page (the USWDS "official website" banner with its hidden
 * explanation, the NLM/MedlinePlus header with search and the topic nav, "URL of this page", the title with "Also called",
 * the "On this page" list, the Summary section with h3 questions and an NIH attribution line, the link sections that
 * follow it (Start Here, Diagnosis and Tests, Treatments and Therapies, Related Issues, Clinical Trials, Journal
 * Articles, Find an Expert, Patient Handouts) with organisation names, the side column, "Learn how to cite this page",
 * the email updates box and the footer).
 */
const title = 'Tinnitus';
const banner = [
  'An official website of the United States government',
  'Here\u2019s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock ( ) or https:// means you\u2019ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const header = ['About MedlinePlus', 'What\u2019s New', 'Site Map', 'Customer Support', 'Español'];
const nav = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia', 'About MedlinePlus'];
const url = 'URL of this page: https://medlineplus.gov/tinnitus.html';
const also = ['Also called:', 'Ringing in the ears'];
const toc: readonly (readonly [string, readonly string[]])[] = [
  ['Basics', ['Summary', 'Start Here', 'Diagnosis and Tests', 'Treatments and Therapies']],
  ['Learn More', ['Related Issues']],
  ['Research', ['Clinical Trials', 'Journal Articles']],
  ['Resources', ['Find an Expert']],
  ['For You', ['Patient Handouts']],
];
const summary: readonly (readonly [string, readonly string[], number?])[] = [
  [
    'What is tinnitus?',
    [
      `Tinnitus is the sound of ringing, buzzing, hissing, or roaring in your ears when there is no outside source of the sound. It may be soft or
loud, and you may hear it in one ear or both. For some people it comes and goes; for others it never stops.`,
      'Tinnitus is not a disease. It is a symptom that something is wrong somewhere in your hearing system, which includes your ears, the nerve that connects' +
        ' your inner ear to your brain, and the parts of your brain that process sound.',
    ],
  ],
  [
    'What causes tinnitus?',
    [
      'Many things can cause tinnitus. Common causes include:',
      'Hearing loss, especially hearing loss that comes with aging',
      'Exposure to loud noise, from work, music, or firearms',
      'A buildup of earwax that blocks the ear canal',
      'Some medicines, including high doses of aspirin and certain antibiotics',
      'Problems with the jaw joint or with the blood vessels near the ear',
    ],
    1,
  ],
  [
    'How is tinnitus diagnosed?',
    [
      `Your health care provider will examine your ears and ask about your health history, your medicines, and your exposure to noise. You may
need a hearing test. If your tinnitus is in only one ear or pulses in time with your heartbeat, your provider may order imaging tests such as an MRI.`,
    ],
  ],
  [
    'What are the treatments for tinnitus?',
    [
      'There is no cure for most types of tinnitus, but there are treatments that can make it less bothersome. Depending on the cause, they may include:',
      'Removing earwax or changing a medicine that may be causing the problem',
      'Hearing aids, if you also have hearing loss',
      'Sound therapy, which uses soft background sounds to make the tinnitus less noticeable',
      'Counseling and cognitive behavioral therapy to help you cope with the sound',
    ],
    1,
  ],
  [
    'Can tinnitus be prevented?',
    [
      'You can lower your risk of noise-related tinnitus by wearing earplugs or earmuffs around loud noise and keeping the volume down when you use' +
        ' headphones.',
      'If you already have tinnitus, protecting your ears from loud sounds can help keep it from getting worse. Managing stress and getting enough' +
        ' sleep may also make it less bothersome.',
    ],
  ],
];
const attribution = 'NIH: National Institute on Deafness and Other Communication Disorders';
const linkSections: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Start Here',
    [
      ['Tinnitus', 'National Institute on Deafness and Other Communication Disorders'],
      ['Tinnitus: Frequently Asked Questions', 'Hearing Health Alliance'],
      ['Understanding Ringing in the Ears', 'American Otology Council'],
    ],
  ],
  ['Diagnosis and Tests', [['Audiometry', 'Medical Encyclopedia']]],
  [
    'Treatments and Therapies',
    [
      ['Sound Therapy for Tinnitus', 'Hearing Health Alliance'],
      ['Cognitive Behavioral Therapy and Tinnitus', 'Northgate Audiology Institute'],
    ],
  ],
  ['Related Issues', [['Noise-Induced Hearing Loss', 'National Institute on Deafness and Other Communication Disorders']]],
  ['Clinical Trials', [['ClinicalTrials.gov: Tinnitus', 'National Institutes of Health']]],
  ['Find an Expert', [['Tinnitus Support Network', 'Tinnitus Support Network']]],
  ['Patient Handouts', [['Ear - blocked at high altitudes', 'Medical Encyclopedia']]],
];
const journal = [
  'References and abstracts from MEDLINE/PubMed (National Library of Medicine)',
  'Article: Sound therapy outcomes in chronic tinnitus: a randomized trial.',
  'Tinnitus -- see more articles',
];
const side = [
  'Related Health Topics',
  'Ear Disorders',
  'Hearing Disorders and Deafness',
  'Noise',
  'National Institutes of Health',
  'The primary NIH organization for research on Tinnitus is the National Institute on Deafness and Other Communication Disorders',
];
const cite = 'Learn how to cite this page';
const updated = 'Page last updated: February 11, 2025';
const email = ['Get Health Topics email updates', 'GO'];
const disclaimer =
  'The information on this site should not be used as a substitute for professional medical care or advice. Contact a health care provider if you have' +
  ' questions about your health.';
const foot = [
  'Disclaimers',
  'Copyright',
  'Privacy',
  'Accessibility',
  'Guidelines for Links',
  'Viewers & Players',
  'HHS Vulnerability Disclosure',
  'For Developers',
];
const footOrgs = [
  'National Library of Medicine',
  '8600 Rockville Pike, Bethesda, MD 20894',
  'U.S. Department of Health and Human Services',
  'National Institutes of Health',
];
const slug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const section = (id: string, h: string, body: string, expand = true): string => `<section><div class="section" id="${id}_section">
<div class="section-header"><div class="section-title"><h2>${h}</h2></div>${
  expand ? '<div class="section-button"><button type="button" title="Expand section"><span class="visually-hidden">Expand Section</span></button></div>' : ''
}</div><div class="section-body">${body}</div></div></section>`;
const q = ([h, paras, split]: (typeof summary)[number]): string => {
  const n = split ?? paras.length;
  const list = paras.slice(n);
  return `<h3>${h}</h3>\n${paras
    .slice(0, n)
    .map((p) => `<p>${p}</p>`)
    .join('\n')}${list.length ? `\n<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''}`;
};
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title} | Ringing in the Ears | MedlinePlus</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Tinnitus is a sound in your ears with no outside source. Learn about
causes, diagnosis and treatments."><meta name="keywords" content="Tinnitus, Ringing in the ears"><meta name="dcterms.dateModified" content="2025-02-11">
<meta property="og:title" content="${title}: MedlinePlus"><meta property="og:type" content="website"><meta property="og:site_name" content="MedlinePlus">
<link rel="canonical" href="https://medlineplus.gov/tinnitus.html"><link rel="alternate" hreflang="es" href="https://medlineplus.gov/spanish/tinnitus.html">
<link rel="stylesheet" href="https://medlineplus.gov/css/uswds.min.css"><link rel="stylesheet" href="https://medlineplus.gov/css/mplus.css">
<script src="https://medlineplus.gov/js/uswds-init.min.js"></script><script async src="https://www.googletagmanager.com/gtm.js?id=GTM-MMVZ7J"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"pageType":"healthtopic","topicId":"T1032","language":"en"});</script></head>
<body><a class="usa-skipnav" href="#mplus-content">Skip navigation</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="/images/us_flag_small.png" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">${banner[0]}</p>
<p class="usa-banner__header-action">${banner[1]}</p></div><button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
aria-controls="gov-banner-default"><span class="usa-banner__button-text">${banner[1]}</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg"><div
class="usa-banner__guidance tablet:grid-col-6">
<img class="usa-banner__icon usa-media-block__img" src="/images/icon-dot-gov.svg" role="img" alt="" aria-hidden="true"><div class="usa-media-block__body">
<p><strong>${banner[2]}</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><img class="usa-banner__icon usa-media-block__img" src="/images/icon-https.svg" role="img" alt=""
aria-hidden="true">
<div class="usa-media-block__body"><p><strong>${banner[4]}</strong><br>A <strong>lock</strong> ( <span class="icon-lock"><svg xmlns="http://www.w3.org/2000/svg"
width="52" height="64" viewBox="0 0 52 64" class="usa-banner__lock-image" role="img" aria-labelledby="banner-lock-title" focusable="false"><path fill="#000000"
fill-rule="evenodd" d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4 4 0 0 1 4-4h3v-9C7 8.507 15.507 0 26 0z"></path>
</svg></span>
) or <strong>https://</strong> means you\u2019ve safely connected to the .gov website. Share sensitive information only on official, secure
websites.</p></div></div>
</div></div></div></section>
<header id="mplus-header"><div class="header-top"><div class="logo"><a href="https://www.nlm.nih.gov/"><img src="/images/nlm_logo.svg"
alt="National Library of Medicine"
width="180" height="40"></a><a href="https://medlineplus.gov/"><img src="/images/medlineplus-logo.svg" alt="MedlinePlus Trusted Health Information for You"
width="220" height="54"></a></div><ul class="header-links">${links(header)}</ul><form id="searchbox"
action="https://vsearch.nlm.nih.gov/vivisimo/cgi-bin/query-meta"
role="search"><label for="searchtext-primary" class="visually-hidden">Search MedlinePlus</label><input type="text" id="searchtext-primary" name="query"
placeholder="Search MedlinePlus"><button type="submit" class="search-button">GO</button></form></div>
<nav id="mplus-nav" aria-label="Main"><ul>${links(nav)}</ul></nav></header>
<div id="mplus-wrap"><div id="mplus-content"><article><div class="page-info"><div class="page-url">${url}</div><div class="page-actions"><a href="#"
class="print-link">Print</a><a href="#" class="share-link">Share</a></div></div>
<div class="page-title"><h1 class="with-also" itemprop="name">${title}</h1><span class="alsocalled"><span class="label">${also[0]}</span> ${also[1]}</span>
<div class="lang-link"><a href="https://medlineplus.gov/spanish/tinnitus.html" lang="es">Español</a></div></div>
<div class="main-multi"><div class="main"><div id="toc-section" class="toc"><h2 class="toc-title">On this page</h2><ul>${toc
  .map(([g, items]) => `<li><span class="toc-group">${g}</span><ul>${items.map((t) => `<li><a href="#${slug(t)}">${t}</a></li>`).join('')}</ul></li>`)
  .join('')}</ul></div>
<div class="mp-content">
${section(
  'topsum',
  'Summary',
  `<div id="topic-summary">${summary.map(q).join('\n')}\n<p class="attribution"><a href="https://www.nidcd.nih.gov/">${attribution}</a></p></div>`,
  false,
)}
${linkSections
  .map(([h, items], i) =>
    section(
      `cat_${i + 90}`,
      h,
      `<ul class="bulletlist">${items
        .map(([t, org]) => `<li><a href="https://medlineplus.example/${slug(t)}">${t}</a> <span class="orgs">(${org})</span></li>`)
        .join('\n')}</ul>`,
    ),
  )
  .join('\n')}
${section(
  'journal',
  'Journal Articles',
  `<p class="journal-intro">${journal[0]}</p><ul class="bulletlist"><li><a href="https://pubmed.example/1">${journal[1]}</a></li>
<li><a href="https://pubmed.example/search?term=tinnitus">${journal[2]}</a></li></ul>`,
)}
<p class="page-lastupdated">${updated}</p></div></div>
<div class="side"><div class="side-topic-image"><img src="/images/topics/tinnitus.jpg" alt="" width="260" height="180"></div><section
class="side-section"><h2>${side[0]}</h2>
<ul>${links(side.slice(1, 4))}</ul></section><section class="side-section"><h2>${side[4]}</h2><p>${side[5]}</p></section></div></div>
<div class="citation"><a href="https://medlineplus.gov/about/using/citing/">${cite}</a></div></article></div></div>
<div id="email-updates"><form action="https://public.govdelivery.com/accounts/USNLMMEDLINEPLUS/subscriber/new" method="post"><label
for="email-input">${email[0]}</label>
<input id="email-input" type="email" name="email" placeholder="Enter email address"><button type="submit">${email[1]}</button></form></div>
<footer id="mplus-footer"><p class="disclaimer">${disclaimer}</p><ul class="footer-links">${links(foot)}</ul><div class="footer-orgs">${footOrgs
  .map((t) => `<p>${t}</p>`)
  .join('')}</div></footer><script src="https://medlineplus.gov/js/uswds.min.js"></script></body></html>`;
const linkTexts = linkSections.flatMap(([h, items]) => [h, ...items.flatMap(([t, org]) => [t, `(${org})`])]).filter((t) => t !== title);
export const medlineTopic: TestPage = {
  name: 'heldout133-medlineplus-health-topic',
  kind: 'wiki',
  html,
  // the Summary section (its h2 and h3 questions, paragraphs and lists) is the article; the NIH attribution line, the "On this
  // page" list, the link sections after the summary (headings, link titles and organisations), the side column, the banner,
  // header, "URL of this page", "Also called", email box and footer are furniture; "Page last updated" is a byline
  title,
  headings: ['Summary', ...summary.map(([h]) => h)],
  body: texts(summary.flatMap(([, p]) => p)),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip navigation', ...banner, ...header, 'Search MedlinePlus', 'GO', ...nav, url, 'Print', 'Share', ...also, 'On this' +
  ' page', ...toc.flatMap(([g, items]) => [g, ...items]).filter((t) => t !== 'Summary'),
    attribution, ...linkTexts, ...journal, ...side, cite, ...email, disclaimer, ...foot, ...footOrgs,
  ])],
};
