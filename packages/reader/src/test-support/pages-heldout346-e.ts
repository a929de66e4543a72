import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file e: a complaint-letter template page on a Next.js site (JavaScript framework markup: the __next
 * root, CSS-module class names, a __NEXT_DATA__ script, the template in a copyable box, "Copy letter" and download buttons,
 * cookie bar, sticky "Start your complaint" bar, FAQ accordion in the sidebar, footer) and a US Consumer Product Safety
 * Commission-style recall notice (a data page: the recall fields Name of Product, Hazard, Remedy, Units, Sold At, with
 * the photos, "Recall Date", recall number, share links and the "Report an Unsafe Product" box).
 */
const lTitle = 'Complaint letter template: goods that are faulty or not as described';
const lIntro = [
  j(
    'Use this free template to complain to a retailer about something you bought that is faulty, does not match its description',
    'or is not fit for purpose. Fill in the parts in square brackets, delete anything that does not apply, and keep a copy.',
  ),
  'Send it by email or recorded delivery so that you have proof of when the retailer received it.',
];
const lH = ['Before you send the letter', 'The letter', 'What to do if they do not reply'];
const lBefore = [
  'Check that you bought the item from a business, not a private seller.',
  'Find your receipt, bank statement or order confirmation.',
  'Take photos of the fault, with the date if possible.',
  'Decide whether you want a refund, a repair or a replacement.',
];
const lLetter = [
  'Dear [name of retailer],',
  j(
    'On [date] I bought [item] from your [shop / website] for [price]. My order number is [number]. The item is faulty because',
    '[describe the fault]. I noticed the fault on [date].',
  ),
  j(
    'Under the Consumer Rights Act 2015, goods must be of satisfactory quality, fit for purpose and as described. The item does',
    'not meet these standards, and I am therefore entitled to [a full refund / a repair / a replacement].',
  ),
  'Please reply within 14 days of the date of this letter, telling me how you will put this right.',
  'Yours faithfully, [your name]',
];
const lAfter = [
  j(
    'If you hear nothing after 14 days, send a short reminder saying that you will take further action. If the retailer still',
    'refuses, you can ask your card provider for help, contact an ombudsman or dispute scheme if the retailer belongs to one, or',
    'make a claim in the small claims court.',
  ),
  j(
    'Keep a simple record of every contact: the date, the name of the person you spoke to and what they said. If you end up',
    'going to court or an ombudsman, a clear timeline makes your case much easier to follow.',
  ),
];
const lFaq = ['Can I complain by email?', 'How long do I have to complain?', 'What if I lost my receipt?'];
const lNav = ['Templates', 'Guides', 'Companies', 'Ombudsmen', 'Log in'];
const lData = JSON.stringify({ props: { pageProps: { template: { slug: 'faulty-goods', updated: '2026-01-09' } } }, page: '/templates/[slug]' });
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${lTitle} | Grievly</title>
<meta name="description" content="Free complaint letter template for faulty goods, with your rights under the Consumer Rights Act.">
<meta property="og:title" content="${lTitle}"><meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/a81c2f.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${lTitle}"}</script>
<script src="/_next/static/chunks/webpack-6f3e1a.js" defer></script><script src="/_next/static/chunks/pages/templates/%5Bslug%5D-22d1.js" defer></script></head>
<body><div id="__next"><div class="Layout_root__x3TqA"><div class="CookieBar_bar__Pq2sL" role="dialog"><p class="CookieBar_text__d9Rk1">Grievly uses
cookies for analytics.</p><button class="Button_primary__Zc81m">OK</button><button class="Button_ghost__h3F0q">Settings</button></div>
<header class="Header_header__r7V2e"><a class="Header_logo__m1PbX" href="/">Grievly</a><nav class="Header_nav__oZ5cD">
<ul>${links(lNav, 'Header_item__Bq0xT')}</ul></nav></header>
<main class="TemplatePage_main__Lk2Sw"><div class="TemplatePage_grid__u4Hcn"><div class="TemplatePage_content__V8sWn">
<p class="Eyebrow_eyebrow__Jx1Qe">Letter template</p><h1 class="TemplatePage_title__HfR2a">${lTitle}</h1>
<div class="TemplatePage_meta__e0Nqa"><span>Reviewed by Niamh Calloway, consumer law specialist</span><span>Updated 9 January 2026</span></div>
<div class="Prose_prose__w2Mky">${ps(lIntro)}<h2>${lH[0]}</h2><ul>${lis(lBefore)}</ul><h2>${lH[1]}</h2>
<div class="LetterBox_box__pQ7cT"><div class="LetterBox_toolbar__Ri0Vz"><button class="LetterBox_copy__s8KdN">Copy letter</button>
<a class="LetterBox_download__tY1mB" href="/templates/faulty-goods.docx">Download .docx</a></div><div class="LetterBox_letter__b3JpE">${ps(lLetter)}</div></div>
<h2>${lH[2]}</h2>${ps(lAfter)}</div>
<div class="StickyCta_bar__N0cYw"><span>Want us to send it for you?</span><a class="Button_primary__Zc81m" href="/start">Start your complaint</a></div></div>
<aside class="TemplatePage_aside__Tq8pX"><h2 class="Faq_title__aK0bE">Frequently asked questions</h2>
${lFaq.map((q) => `<details class="Faq_item__c7Rm2"><summary>${q}</summary><p>See our guide to your rights.</p></details>`).join('\n')}
<div class="Related_box__Uf3zB"><h3>More templates</h3><ul>${links(['Late delivery complaint letter', 'Request a refund for a cancelled service'])}</ul></div>
</aside></div></main><footer class="Footer_footer__Hs1Lx"><ul>${links(['About', 'Privacy', 'Terms', 'Contact'])}</ul>
<p>Grievly is not a law firm and does not give legal advice.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${lData}</script></body></html>`;
const grievly: TestPage = {
  name: 'heldout346-nextjs-complaint-template-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: lH,
  body: texts([...lIntro, ...lBefore, ...lLetter, ...lAfter]),
  bylines: ['Reviewed by Niamh Calloway, consumer law specialist', 'Updated 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Grievly uses cookies for analytics.', 'Settings', 'Grievly', ...lNav, 'Letter template', 'Copy letter', 'Download .docx', 'Want us to send it for you?',
    'Start your complaint', 'Frequently asked questions', ...lFaq, 'See our guide to your rights.', 'More templates', 'Late delivery complaint letter',
    'Request a refund for a cancelled service', 'About', 'Privacy', 'Terms', 'Contact', 'Grievly is not a law firm and does not give legal advice.',
  ],
};

const rTitle = 'Hearthwell Recalls Electric Kettles Due to Burn Hazard';
const rFields = [
  ['Name of Product:', 'Hearthwell 1.7-liter stainless steel electric kettles'],
  ['Hazard:', 'The kettle\u2019s lid can open unexpectedly while the kettle is being poured, allowing boiling water to spill, posing a burn hazard.'],
  ['Remedy:', 'Consumers should immediately stop using the recalled kettles and contact Hearthwell for a free replacement lid assembly.'],
  ['Units:', 'About 148,000'],
] as const;
const rDesc = [
  j(
    'This recall involves Hearthwell 1.7-liter electric kettles with model numbers HK-170S and HK-170B. The model number is',
    'printed on a label on the bottom of the kettle base. The kettles were sold in brushed stainless steel and matte black, with',
    'a blue indicator light in the handle.',
  ),
  j(
    'Hearthwell has received 62 reports of the lid opening during pouring, including 14 reports of burn injuries to the hands and',
    'arms, two of which required medical treatment.',
  ),
  j(
    'The kettles were sold at department stores nationwide and online from June 2024 through January 2026 for between $35 and',
    '$45. They were manufactured in an invented country.',
  ),
  j(
    'Consumers can contact Hearthwell toll-free at 800-555-0192 from 8 a.m. to 8 p.m. ET Monday through Friday, or online to',
    'register for the free replacement lid. Hearthwell is contacting all known purchasers directly.',
  ),
];
const rNav = ['Recalls', 'Business & Manufacturing', 'Safety Education', 'Research & Statistics', 'About Us'];
const rHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} | CPSC.gov</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${rTitle}","datePublished":"2026-03-05"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({contentType:"recall",recallNumber:"26-118"});</script></head>
<body class="path-node page-node-type-recall"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<section class="usa-banner"><p class="usa-banner__header-text">An official website of the United States government</p></section>
<header class="cpsc-header"><a href="/" class="cpsc-logo">United States Consumer Product Safety Commission</a>
<nav class="cpsc-main-menu"><ul>${links(rNav)}</ul></nav><a class="cpsc-report-btn" href="https://www.saferproducts.example">Report an Unsafe Product</a>
</header>
<main id="main-content" role="main"><div class="region region-content"><article class="node node--type-recall node--view-mode-full">
<div class="recall-product__header"><h1 class="page-title">${rTitle}</h1><div class="recall-product__meta"><div class="field--name-field-recall-date">
<span class="field__label">Recall Date:</span> <span class="field__item">March 05, 2026</span></div><div class="field--name-field-recall-number">
<span class="field__label">Recall Number:</span> <span class="field__item">26-118</span></div></div>
<div class="recall-share"><span>Share:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div></div>
<div class="recall-product__images"><figure><img src="/s3fs-public/kettle-steel.jpg" alt="Recalled kettle"><figcaption>Recalled Hearthwell kettle in
stainless steel</figcaption></figure><figure><img src="/s3fs-public/kettle-label.jpg" alt="Label"><figcaption>Location of model number</figcaption>
</figure></div>
<div class="recall-product__details">${rFields
  .map(
    ([k, v]) => `<div class="recall-field"><h3 class="recall-field__label">${k}</h3><p>${v}</p>
</div>`,
  )
  .join('\n')}
<div class="recall-field"><h3 class="recall-field__label">Consumer Contact:</h3>
<p>Hearthwell toll-free at 800-555-0192, email at recall@hearthwell.example</p></div>
<div class="field--name-body"><h2>Recall Details</h2>${ps(rDesc)}</div>
<div class="recall-field"><h3 class="recall-field__label">Sold At:</h3><p>Department stores nationwide and online from June 2024 through January 2026</p></div>
<div class="recall-field"><h3 class="recall-field__label">Manufacturer(s):</h3><p>Hearthwell Appliance Co., of an invented city</p></div>
</div><div class="recall-disclaimer"><p>Note: Individual Commissioners may have statements related to this topic. Please visit cpsc.gov/commissioners to search
for statements related to this or other topics.</p></div></article></div>
<aside class="cpsc-sidebar"><h2>Report an Unsafe Product</h2><p>If you are aware of an unsafe product, tell us at SaferProducts.gov.</p>
<h2>Sign up for recall emails</h2><a href="/newsletters">Subscribe</a></aside></main>
<footer class="cpsc-footer"><ul>${links(['Contact Us', 'FOIA', 'No FEAR Act', 'Privacy Policy', 'Website Policies'])}</ul></footer></body></html>`;
const cpsc: TestPage = {
  name: 'heldout346-cpsc-recall-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Recall Details'],
  body: texts([
    ...rFields.map(([, v]) => v),
    'Hearthwell toll-free at 800-555-0192, email at recall@hearthwell.example',
    ...rDesc,
    'Department stores nationwide and online from June 2024 through January 2026',
    'Hearthwell Appliance Co., of an invented city',
  ]),
  bylines: ['Recall Date:', 'March 05, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'United States Consumer Product Safety Commission', ...rNav,
    'Report an Unsafe Product', 'Recall Number:', '26-118', 'Share:', 'Facebook', 'LinkedIn', 'Email', 'Recalled Hearthwell kettle in stainless steel',
    'Location of model number', 'Note: Individual Commissioners may have statements related to this topic.', 'Sign up for recall emails',
    'If you are aware of an unsafe product, tell us at SaferProducts.gov.', 'Subscribe', 'Contact Us', 'FOIA', 'No FEAR Act', 'Privacy Policy',
    'Website Policies',
  ],
};

export const HELDOUT346_E: readonly TestPage[] = [grievly, cpsc];
