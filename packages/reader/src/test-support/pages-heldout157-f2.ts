import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper f2: a MedlinePlus drug information page (AHFS monograph): the US government banner with its
 * hidden "Here's how you know" text, the header with search and menu, the breadcrumb, the pronunciation line, the
 * "On this page" list, the numbered-free section h2s with their boxed texts (an "IMPORTANT WARNING" box), "Brand names",
 * the "Last Revised" line and the AHFS copyright notice, the share and print tools, "Learn how to cite this page", the
 * feedback link and the NLM footer.
 */
const title = 'Veltorazine';
const pron = 'pronounced as (vel tor’ a zeen)';
const warnH = 'IMPORTANT WARNING:';
const warn = [
  'Veltorazine may cause serious skin reactions. Call your doctor right away if you develop a rash, blisters, or peeling skin, especially in the ' +
    'first eight weeks of treatment.',
];
const h1 = 'Why is this medication prescribed?';
const p1 = [
  'Veltorazine is used alone or with other medications to prevent migraine headaches in adults. It is in a class of medications called ' +
    'neuromodulators. It works by calming overactive nerve signals in the brain.',
];
const h2 = 'How should this medicine be used?';
const p2 = [
  'Veltorazine comes as an extended-release tablet to take by mouth. It is usually taken once a day in the evening, with or without food. Take ' +
    'veltorazine at around the same time every day. Swallow the tablets whole; do not split, chew, or crush them.',
  'Your doctor will probably start you on a low dose and gradually increase it, not more than once every week. Do not stop taking veltorazine ' +
    'without talking to your doctor.',
];
const h3 = 'What special precautions should I follow?';
const p3 = ['Before taking veltorazine,'];
const prec = [
  'tell your doctor and pharmacist if you are allergic to veltorazine, any other medications, or any of the ingredients in veltorazine tablets.',
  'tell your doctor if you have or have ever had kidney disease or glaucoma.',
  'tell your doctor if you are pregnant, plan to become pregnant, or are breastfeeding.',
];
const h3b = 'What special dietary instructions should I follow?';
const p3b = [
  'Unless your doctor tells you otherwise, continue your normal diet. Avoid drinking alcohol while taking veltorazine, as it may make the ' +
    'drowsiness worse.',
];
const h4 = 'What should I do if I forget a dose?';
const p4 = [
  'Take the missed dose as soon as you remember it. However, if it is almost time for the next dose, skip the missed dose. Do not take a double dose.',
];
const h5 = 'What side effects can this medication cause?';
const p5 = ['Veltorazine may cause side effects. Tell your doctor if any of these symptoms are severe or do not go away:'];
const h5b = 'What should I know about storage and disposal of this medication?';
const p5b = [
  'Keep this medication in the container it came in, tightly closed, and out of reach of children. Store it at room temperature and away from ' +
    'excess heat and moisture (not in the bathroom).',
];
const side = ['drowsiness', 'dizziness', 'tingling in the hands or feet', 'changes in taste'];
const h6 = 'Brand names';
const brands = ['Veltora XR®'];
const banner = ['An official website of the United States government', 'Here’s how you know'];
const bannerHidden = [
  'Official websites use .gov. A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS. A lock or https:// means you’ve safely connected to the .gov website.',
];
const nav = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia', 'About MedlinePlus', 'Español', 'Menu'];
const crumbs = ['Home', 'Drugs, Herbs and Supplements'];
const tools = ['Print', 'Share', 'Facebook', 'X', 'Email'];
const onPage = 'On this page';
const revised = 'Last Revised - 06/15/2025';
const cite = 'Learn how to cite this page';
const ahfs =
  'AHFS® Patient Medication Information™. © Copyright, 2025. The American Society of Health-System Pharmacists®, Bethesda, Maryland. All Rights Reserved.';
const footer = ['About MedlinePlus', 'What’s New', 'Site Map', 'Customer Support', 'Subscribe to RSS', 'Connect with NLM', 'Disclaimers', 'Accessibility'];
const nlm = 'National Library of Medicine 8600 Rockville Pike, Bethesda, MD 20894';
const sec = (id: string, h: string, inner: string): string => `<section><div class="section" id="${id}"><div class="section-header"><div class="section-title">
<h2>${h}</h2></div><div class="section-button"><button aria-label="Expand Section" type="button"></button></div></div>
<div class="section-body" id="section-${id}">${inner}</div></div></section>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Veltorazine: MedlinePlus Drug Information</title>
<meta name="description" content="Veltorazine: learn about side effects, dosage, special precautions, and more on MedlinePlus">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="DC.Publisher" content="U.S. National Library of Medicine">
<link rel="canonical" href="https://medlineplus.example/druginfo/meds/a625013.html">
<script src="https://medlineplus.example/js/utils.js"></script><script async src="https://www.googletagmanager.example/gtm.js?id=GTM-MMDCH"></script></head>
<body><div id="mplus-wrap"><section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><p class="usa-banner__header-text">${banner[0]}</p><button class="usa-accordion__button usa-banner__button"
aria-expanded="false" aria-controls="gov-banner-default"><span class="usa-banner__button-text">${banner[1]}</span></button></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden>${bannerHidden.map((t) => `<p>${t}</p>`).join('')}</div></div></section>
<header id="mplus-header"><a href="/" id="logo"><img src="/images/medlineplus-logo.png" alt="MedlinePlus Trusted Health Information for You"></a>
<form id="searchform" role="search"><label for="searchbox" class="hidden">Search MedlinePlus</label><input id="searchbox" type="text"><button>GO</button></form>
<nav id="mplus-nav"><ul>${links(nav)}</ul></nav></header>
<div id="mplus-content"><div id="breadcrumbs">${links(crumbs)}</div>
<article><div class="page-info"><div class="page-title"><h1 class="with-also">${title}</h1><span class="alsocalled">${pron}</span></div>
<div class="page-actions"><ul>${links(tools)}</ul></div></div>
<div id="toc-section" class="toc"><h2 class="toc-title">${onPage}</h2><ul>${links([h1, h2, h3, h3b, h4, h5, h5b, h6])}</ul></div>
${sec('important-warning', warnH, ps(warn))}
${sec('why', h1, ps(p1))}
${sec('how', h2, ps(p2))}
${sec('precautions', h3, ps(p3) + ul(prec))}
${sec('diet', h3b, ps(p3b))}
${sec('if-i-forget', h4, ps(p4))}
${sec('side-effects', h5, ps(p5) + ul(side))}
${sec('storage-conditions', h5b, ps(p5b))}
${sec('brand-name-1', h6, ul(brands))}
<p id="revised">${revised}</p><div id="ahfs-notice"><p>${ahfs}</p></div><p class="cite"><a href="/about/using/citing/">${cite}</a></p>
</article></div>
<footer id="mplus-footer"><ul>${links(footer)}</ul><p>${nlm}</p></footer></div></body></html>`;

export const medlineplusDrug: TestPage = {
  name: 'heldout157-medlineplus-drug',
  kind: 'wiki',
  html,
  title,
  // the pronunciation line is in neither list; the warning box and the brand names are part of the monograph; "On this page"
  // repeats the headings and is left out
  headings: [warnH, h1, h2, h3, h3b, h4, h5, h5b, h6],
  body: texts([...warn, ...p1, ...p2, ...p3, ...prec, ...p3b, ...p4, ...p5, ...side, ...p5b, ...brands]),
  bylines: [revised],
  furniture: [
    ...banner,
    ...bannerHidden,
    'Search MedlinePlus',
    'GO',
    ...nav,
    ...crumbs,
    ...tools.filter((t) => t !== 'X'),
    onPage,
    cite,
    ahfs,
    ...footer.filter((t) => t !== 'About MedlinePlus'),
    nlm,
  ],
};
