import { links, type TestPage, texts } from './page-kit.js';
import { nordReport } from './pages-heldout181-d2.js';

/**
 * Held-out batch 181, file d: a MedlinePlus Genetics condition page (the .gov banner, the MedlinePlus header with the
 * tagline, "Español", the search box and the main menu, the breadcrumb, "Enlarge image" figure links and the inheritance
 * figure caption, the collapsible h2 sections, the gene box, "Other Names for This Condition" (body), the link lists of
 * "Additional Information & Resources" and References, the "Understanding Genetics" rail, "Learn how to cite this page",
 * the last-updated line, the NLM footer) and, from file d2, a NORD rare disease report.
 */
const mgTitle = 'Ostrander congenital myopathy';
const mgH = ['Description', 'Frequency', 'Causes', 'Inheritance', 'Other Names for This Condition'];
const mgDesc = [
  'Ostrander congenital myopathy is a disorder that primarily affects skeletal muscles, which are the muscles the body uses ' +
    'for movement. People with this condition have weak muscle tone (hypotonia) and muscle weakness beginning at birth or ' +
    'in early infancy. The weakness is most severe in the muscles of the face, neck and upper arms.',
  'Affected infants may have difficulty feeding and breathing. Many children with Ostrander congenital myopathy learn to ' +
    'walk later than usual, and some need a wheelchair for long distances. Weakness of the muscles that control eye movement ' +
    '(ophthalmoplegia) and a drooping of the upper eyelids (ptosis) are also common features.',
  'Unlike many other muscle disorders, the weakness in Ostrander congenital myopathy does not usually worsen over time, ' +
    'and some people become stronger during childhood.',
];
const mgFreq = [
  'Ostrander congenital myopathy is a rare disorder. Its prevalence is unknown, but at least 90 affected individuals have ' +
    'been described in the medical literature.',
];
const mgCause = [
  'Ostrander congenital myopathy is caused by variants (also called mutations) in the ORMD2 gene. This gene provides ' +
    'instructions for making a protein that helps release calcium inside muscle cells, which is needed for muscles to tense ' +
    '(contract).',
  'The variants that cause this condition reduce the amount of functional ORMD2 protein. As a result, less calcium is ' +
    'released and the muscle fibers cannot contract normally, leading to hypotonia and weakness.',
];
const mgInh = [
  'This condition is inherited in an autosomal recessive pattern, which means both copies of the gene in each cell have ' +
    'variants. The parents of an individual with an autosomal recessive condition each carry one copy of the altered gene, ' +
    'but they typically do not show signs and symptoms of the condition.',
  'In a few families, the condition has been caused by a new variant in only one copy of the ORMD2 gene. These cases are ' +
    'usually milder and are not inherited from a parent.',
];
const mgNames = ['Congenital myopathy with ophthalmoplegia, Ostrander type', 'ORMD2-related myopathy', 'OCM'];
const mgBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
];
const mgNav = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia', 'About MedlinePlus'];
const mgCrumbs = ['Home', 'Genetics', 'Conditions'];
const mgGene = 'Learn more about the gene associated with Ostrander congenital myopathy';
const mgFig = 'This condition is inherited in an autosomal recessive pattern.';
const mgAdd = [
  'Additional Information & Resources',
  'Genetic Testing Information',
  'Genetic Testing Registry: Ostrander congenital myopathy',
  'Genetic and Rare Diseases Information Center',
  'Patient Support and Advocacy Resources',
  'Disease InfoSearch',
  'Clinical Trials',
  'ClinicalTrials.gov',
  'Catalog of Genes and Diseases from OMIM',
  'Scientific Articles on PubMed',
];
const mgRefs = [
  'Halloran J, Wexley T, Dube R. Congenital myopathy with ophthalmoplegia caused by ORMD2 variants. Neuromuscul Disord. 2019;29(4):281-9.',
  'Iversen K, Pell S. Natural history of ORMD2-related myopathy in 31 patients. Ann Neurol. 2022;91(2):144-55.',
];
const mgUnderstand = [
  'Understanding Genetics',
  'What is the prognosis of a genetic condition?',
  'How can gene variants affect health and development?',
  'What does it mean if a disorder seems to run in my family?',
  'What are the different ways a genetic condition can be inherited?',
];
const mgFoot = [
  'About MedlinePlus',
  'What’s New',
  'Site Map',
  'Customer Support',
  'Subscribe to RSS',
  'Disclaimers',
  'Copyright',
  'Privacy',
  'Accessibility',
  'Guidelines for Links',
  'Viewers & Players',
  'HHS Vulnerability Disclosure',
  'For Developers',
];
const mgSec = (h: string, inner: string): string => `<section><div class="mp-exp exp-full"><div class="exp-header">
<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>
</div><div class="mp-content">${inner}</div></div></section>`;
const mgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ostrander congenital myopathy: MedlinePlus Genetics</title>
<meta name="description" content="Ostrander congenital myopathy is a disorder that primarily affects skeletal muscles.">
<meta property="og:title" content="Ostrander congenital myopathy: MedlinePlus Genetics"><meta property="og:site_name" content="MedlinePlus">
<link rel="canonical" href="https://medlineplus.gov/genetics/condition/ostrander-congenital-myopathy/">
<link rel="stylesheet" href="https://medlineplus.gov/css/ghr-main.css"><script src="https://medlineplus.gov/js/jquery.min.js"></script></head>
<body><a href="#mplus-content" class="skip">Skip navigation</a>
<section class="usa-banner" aria-label="Official government website"><header class="usa-banner__header"><p>${mgBanner[0]}</p>
<button class="usa-banner__button" aria-expanded="false"><span>${mgBanner[1]}</span></button></header>
<div class="usa-banner__content" hidden><p><strong>${mgBanner[2]}</strong> ${mgBanner[3]}</p><p><strong>${mgBanner[4]}</strong>
A lock or https:// means you've safely connected to the .gov website.</p></div></section>
<header id="mplus-header"><div class="mp-logo"><a href="https://medlineplus.gov/"><img src="https://medlineplus.gov/images/m_logo.png" alt="MedlinePlus"></a>
<span class="mp-tagline">Trusted Health Information for You</span></div><a class="mp-es" href="https://medlineplus.gov/spanish/" lang="es">Español</a>
<form id="mp-search" action="https://vsearch.nlm.nih.gov/vivisimo/cgi-bin/query-meta" role="search"><label for="searchtext-primary">Search MedlinePlus</label>
<input id="searchtext-primary" name="query" type="text"><button type="submit">GO</button></form><nav id="mp-nav"><ul>${links(mgNav)}</ul></nav></header>
<main id="mplus-content"><nav class="breadcrumbs" aria-label="breadcrumb">${mgCrumbs
  .map((c) => `<a href="/${c.toLowerCase()}/">${c}</a>`)
  .join(' → ')} → <span>Ostrander congenital myopathy</span></nav>
<article><div class="page-info"><h1 class="with-also">${mgTitle}</h1></div>
<div class="main">
${mgSec(mgH[0] ?? '', mgPs(mgDesc))}
${mgSec(mgH[1] ?? '', mgPs(mgFreq))}
${mgSec(
  mgH[2] ?? '',
  `${mgPs(mgCause)}<div class="mp-genes"><p class="label">${mgGene}</p><ul><li><a href="/genetics/gene/ormd2/">ORMD2</a></li>
</ul></div>`,
)}
${mgSec(
  mgH[3] ?? '',
  `${mgPs(mgInh)}<figure class="inheritance-figure"><a href="https://medlineplus.gov/genetics/understanding/inheritance/inheritancepatterns/">
<img src="https://medlineplus.gov/images/autorecessive.jpeg" alt="Autosomal recessive inheritance"></a><figcaption>${mgFig}</figcaption>
<a class="enlarge" href="https://medlineplus.gov/images/autorecessive.jpeg">Enlarge image</a></figure>`,
)}
${mgSec(mgH[4] ?? '', `<ul class="bulletlist">${mgNames.map((n) => `<li>${n}</li>`).join('\n')}</ul>`)}
${mgSec(
  mgAdd[0] ?? '',
  `<h3>${mgAdd[1]}</h3><ul>${links([mgAdd[2] ?? ''])}</ul><h3>${mgAdd[3]}</h3><ul>${links([mgAdd[4] ?? ''])}</ul>
<h3>${mgAdd[5]}</h3><ul>${links([mgAdd[7] ?? ''])}</ul><h3>${mgAdd[6]}</h3><h3>${mgAdd[8]}</h3><h3>${mgAdd[9]}</h3>`,
)}
${mgSec('References', `<ul class="references">${mgRefs.map((r) => `<li>${r} <a href="https://pubmed.ncbi.nlm.nih.gov/">PubMed</a></li>`).join('\n')}</ul>`)}
<p class="last-updated">Last updated January 1, 2024</p></div></article>
<aside class="side"><div class="understanding"><h2>${mgUnderstand[0]}</h2><ul>${links(mgUnderstand.slice(1))}</ul></div>
<a href="https://medlineplus.gov/about/using/citingmedlineplus/">Learn how to cite this page</a></aside></main>
<footer id="mplus-footer"><ul class="footer-links">${links(mgFoot)}</ul>
<address>National Library of Medicine 8600 Rockville Pike, Bethesda, MD 20894</address>
<ul class="agencies">${links(['U.S. Department of Health and Human Services', 'National Institutes of Health'])}</ul></footer>
<script src="https://medlineplus.gov/js/ghr.js"></script></body></html>`;
const medlineplusGenetics: TestPage = {
  html: mgHtml,
  name: 'heldout181-medlineplus-genetics-condition',
  kind: 'wiki',
  // the other names list is body; "Last updated" is the byline; the gene box, figure caption and links, the Additional
  // Information & Resources and References sections (their h2s and h3s) and the rail are furniture
  title: mgTitle,
  headings: mgH,
  body: texts([...mgDesc, ...mgFreq, ...mgCause, ...mgInh, ...mgNames]),
  bylines: ['Last updated January 1, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip navigation', ...mgBanner, 'Trusted Health Information for You', 'Español', 'Search MedlinePlus', 'GO',
    ...mgNav.filter((n) => n !== 'About MedlinePlus'), 'Home', 'Conditions', mgGene, 'ORMD2', mgFig, 'Enlarge image', ...mgAdd,
    'References', ...mgRefs, ...mgUnderstand, 'Learn how to cite this page', ...mgFoot,
    'National Library of Medicine 8600 Rockville Pike, Bethesda, MD 20894', 'U.S. Department of Health and Human Services', 'National Institutes of Health',
  ],
};

export const HELDOUT181_D: readonly TestPage[] = [medlineplusGenetics, nordReport];
