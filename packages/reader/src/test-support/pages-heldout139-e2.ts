import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 139, file e2: a Drugs.com drug information page (header with search and the main menu, sign-in link,
 * breadcrumbs, the h1 and the generic-name / drug-class subtitle, the "Medically reviewed by ... Last updated" line, the
 * anchor tabs, the patient leaflet with question headings and lists, ad labels and an inline "detailed dosage" link
 * inside the text, the "Further information" boilerplate with the data vendor's copyright, the "More about" and
 * resources lists, the sidebar with drug status, related drugs, interaction-checker promo and newsletter box, and the
 * footer with its disclaimer and link columns).
 */
const title = 'Velnarin';
const subtitle = 'Generic name: <a href="/mtm/valtromide.html">valtromide</a> <i>[ val-TROE-mide ]</i>';
const drugClass = 'Drug class: <a href="/drug-class/vestibular-agents.html">Vestibular agents</a>';
const reviewed = 'Medically reviewed by Melissa Tran, PharmD. Last updated on Jan 6, 2025.';
const tabs = ['Uses', 'Warnings', 'Before taking', 'Dosage', 'Side effects', 'Interactions', 'FAQ'];
const heads = [
  'What is Velnarin?',
  'Warnings',
  'Before taking this medicine',
  'How should I take Velnarin?',
  'What happens if I miss a dose?',
  'What happens if I overdose?',
  'What should I avoid while taking Velnarin?',
  'Velnarin side effects',
  'What other drugs will affect Velnarin?',
];
const what = [
  'Velnarin (valtromide) is a vestibular agent that calms signals from the inner ear that can cause dizziness and a spinning sensation (vertigo).',
  `Velnarin is used to treat vertigo caused by inner ear disorders such as vestibular neuritis. It is also used to prevent attacks of vertigo in people
with Halvard's disease.`,
  'Velnarin may also be used for purposes not listed in this medication guide.',
];
const warnings = [
  `Velnarin may cause drowsiness and may impair your thinking or reactions. Do not drive or operate machinery until you know how this medicine will
affect you.`,
  'Tell your doctor if you have ever had liver disease or a slow heartbeat.',
];
const before = ['You should not use Velnarin if you are allergic to valtromide, or if you have:'];
const beforeList = ['severe liver disease;', 'a heart rhythm disorder called heart block; or', 'recently taken an MAO inhibitor.'];
const before2 = [
  'It is not known whether Velnarin will harm an unborn baby. Tell your doctor if you are pregnant or plan to become pregnant.',
  'Velnarin is not approved for use by anyone younger than 12 years old.',
];
const how = [
  `Take Velnarin exactly as prescribed by your doctor. Follow all directions on your prescription label and read all medication guides or instruction
sheets.`,
  'Take Velnarin with food. Swallow the tablet whole and do not crush, chew, or break it.',
  'Store at room temperature away from moisture and heat.',
];
const dosageLink = 'Detailed Velnarin dosage information';
const miss = ['Take the medicine as soon as you can, but skip the missed dose if it is almost time for your next dose. Do not take two doses at one time.'];
const overdose = [
  'Seek emergency medical attention or call the Poison Help line at 1-800-222-1222. Overdose symptoms may include severe drowsiness or fainting.',
];
const avoid = ['Avoid drinking alcohol. It may increase the drowsiness caused by this medicine.'];
const fx = [
  'Get emergency medical help if you have <b>signs of an allergic reaction to Velnarin:</b>' +
    ' hives; difficult breathing; swelling of your face, lips, tongue, or throat.',
  'Call your doctor at once if you have:',
];
const fxSerious = ['a slow or uneven heartbeat;', 'a light-headed feeling, like you might pass out;', 'yellowing of the skin or eyes (jaundice).'];
const fx2 = ['Common Velnarin side effects may include:'];
const fxCommon = ['drowsiness;', 'dry mouth;', 'headache; or', 'mild stomach upset.'];
const fx3 = [
  `This is not a complete list of side effects and others may occur. Call your doctor for medical advice about side effects. You may report side effects
to FDA at 1-800-FDA-1088.`,
];
const interact = [
  `Using Velnarin with other drugs that make you drowsy can worsen this effect. Ask your doctor before using opioid medication, a sleeping pill, a muscle
relaxer, or medicine for anxiety or seizures.`,
  'Tell your doctor about all your current medicines, including prescription and over-the-counter medicines, vitamins, and herbal products.',
];
const nav = ['Drugs A-Z', 'Pill Identifier', 'Interaction Checker', 'Compare Drugs', 'Drug Shortages', 'News', 'Pro Edition', 'More'];
const crumbs = ['Home', 'Drugs A to Z', 'Velnarin'];
const further = [
  'Remember, keep this and all other medicines out of the reach of children, never share your medicines with others,' +
    ' and use Velnarin only for the indication prescribed.',
  'Always consult your healthcare provider to ensure the information displayed on this page applies to your personal circumstances.',
  'Copyright 1996-2025 Halcyon Drug Data, Inc. Version: 2.01.',
];
const more = [
  'Check interactions',
  'Compare alternatives',
  'Reviews (18)',
  'Side effects',
  'Dosage information',
  'During pregnancy',
  'Drug class: vestibular agents',
];
const patient = ['Velnarin patient information', 'Velnarin (Advanced Reading)'];
const pro = ['Velnarin prescribing information', 'Valtromide (AHFS Monograph)'];
const guides = ['Vertigo', "Halvard's Disease", 'Vestibular Neuritis'];
const tabIds = ['uses', 'warnings', 'before-taking', 'dosage', 'side-effects', 'interactions', 'faq'];
const status: [string, string][] = [
  ['Availability', 'Prescription only'],
  ['Pregnancy & Lactation', 'Risk data available'],
  ['CSA Schedule*', 'Not a controlled drug'],
  ['Approval History', 'Drug history at FDA'],
];
const similar = ['meclizine', 'betahistine', 'promethazine', 'diazepam'];
const checker = ['Drug Interaction Checker', 'Check for interactions with Velnarin and other medications.', 'Start checker'];
const newsletter = ['Subscribe to our newsletter', 'Stay informed with the latest medication news, new drug approvals, alerts and updates.', 'Subscribe'];
const footerAbout = `Drugs.com provides accurate and independent information on more than 24,000 prescription drugs, over-the-counter medicines and natural
products. This material is provided for educational purposes only and is not intended for medical advice, diagnosis or treatment.`;
const footerLinks = [
  'About Drugs.com',
  'Advertising policy',
  'Attribution & citations',
  'Editorial policy',
  'Privacy policy',
  'Terms & conditions',
  'Contact us',
];
const footerSupport = ['Help center', 'Sitemap', 'Medical Disclaimer'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const ids = ['uses', 'warnings', 'before-taking', 'dosage', 'missed-dose', 'overdose', 'what-to-avoid', 'side-effects', 'interactions'];
const h = (i: number): string => `<h2 id="${ids[i]}">${heads[i]}</h2>`;
const ad = (n: number): string =>
  `<div class="ddc-ad ddc-ad-inline" id="div-gpt-ad-inline-${n}" data-ad-position="inline${n}"><div class="ddc-ad-label">Advertisement</div><div
class="ddc-ad-slot"></div></div>`;
const list = (items: readonly string[]): string =>
  `<ul class="ddc-list-column-2">${items.map((t) => `<li><a href="/x/${t.length}.html">${t.replace(/&/g, '&amp;')}</a></li>`).join('')}</ul>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Velnarin: Uses, Dosage, Side Effects, Warnings - Drugs.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Velnarin (valtromide) is used to treat vertigo caused by inner ear disorders.">
<meta property="og:title" content="Velnarin: Uses, Dosage, Side Effects, Warnings"><meta property="og:site_name" content="Drugs.com">
<link rel="canonical" href="https://www.drugs.com/velnarin.html"><link rel="stylesheet" href="/css/ddc.min.css?v=2025-01-03">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Velnarin","lastReviewed":"2025-01-06",
"reviewedBy":{"@type":"Person","name":"Melissa Tran, PharmD"},"about":{"@type":"Drug","name":"Velnarin","nonProprietaryName":"valtromide",
"prescriptionStatus":"PrescriptionOnly"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>var ddcAdConfig={"page":"drug","drug":"velnarin"};</script></head>
<body class="ddc-page-drug"><a class="ddc-skip-link" href="#content">Skip to main content</a>
<header class="ddc-header"><div class="ddc-header-inner"><a class="ddc-logo" href="/"><span class="ddc-sr-only">Drugs.com</span></a>
<form class="ddc-search" role="search" action="/search.php"><label class="ddc-sr-only" for="livesearch-main">Search Drugs.com</label><input id="livesearch-main"
type="search" name="searchterm" placeholder="Search drugs, conditions, pill identifier..."><button type="submit" class="ddc-btn">Search</button></form>
<a class="ddc-header-account" href="/account/login/">Sign in</a></div>
<nav class="ddc-nav" aria-label="Main"><ul>${nav.map((t) => `<li><a href="/${t.length}.html">${t}</a></li>`).join('')}</ul></nav></header>
<div class="ddc-ad ddc-ad-leaderboard" id="div-gpt-ad-leaderboard"><div class="ddc-ad-label">Advertisement</div></div>
<div id="container" class="ddc-container"><main id="content" class="ddc-main-content">
<ul class="ddc-breadcrumb">${crumbs.map((c, i) => `<li class="ddc-breadcrumb-item">${i < 2 ? `<a href="/${c.length}">${c}</a>` : c}</li>`).join('')}</ul>
<div class="contentBox"><h1>${title}</h1>
<p class="drug-subtitle"><b>${subtitle.split(':')[0]}:</b>${subtitle.slice(subtitle.indexOf(':') + 1)}<br><b>Drug class:</b>${drugClass.slice(11)}</p>
<p class="ddc-reviewed-by"><span class="ddc-reviewed">Medically reviewed by <a href="/pro/melissa-tran.html">Melissa Tran, PharmD</a>. Last updated on Jan 6,
2025.</span></p>
<nav class="ddc-anchor-links" aria-label="Page sections"><ul>${tabs
  .map(
    (t, i) => `<li><a
href="#${tabIds[i]}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
${h(0)}
${ps(what)}
${ad(1)}
${h(1)}
${ps(warnings)}
${h(2)}
${ps(before)}
${ul(beforeList)}
${ps(before2)}
${h(3)}
${ps(how)}
<p class="ddc-inline-link"><a href="/dosage/velnarin.html">${dosageLink}</a></p>
${ad(2)}
${h(4)}
${ps(miss)}
${h(5)}
${ps(overdose)}
${h(6)}
${ps(avoid)}
${h(7)}
${ps(fx)}
${ul(fxSerious)}
${ps(fx2)}
${ul(fxCommon)}
${ps(fx3)}
${h(8)}
${ps(interact)}
<h2 id="more-about">More about Velnarin (valtromide)</h2>${list(more)}
<h3>Patient resources</h3>${list(patient)}<h3>Professional resources</h3>${list(pro)}<h3>Related treatment guides</h3>${list(guides)}
<h2 id="further-information">Further information</h2>
<div class="ddc-further-information">${ps(further)}</div>
<p class="ddc-disclaimer-link"><a href="/support/medical-disclaimer.html">Medical Disclaimer</a></p></div></main>
<aside class="ddc-sidebar" aria-label="Sidebar"><div class="ddc-sidebox ddc-drug-status"><h3>Drug Status</h3><dl>
${status.map(([k, v]) => `<dt>${k.replace(/&/g, '&amp;')}</dt><dd>${v}</dd>`).join('\n')}</dl></div>
<div class="ddc-sidebox"><h3>Related/similar drugs</h3>${list(similar)}</div>
<div class="ddc-sidebox ddc-promo"><h3>${checker[0]}</h3><p>${checker[1]}</p><a class="ddc-btn" href="/drug_interactions.html">${checker[2]}</a></div>
<div class="ddc-ad ddc-ad-sidebar" id="div-gpt-ad-sidebar"><div class="ddc-ad-label">Advertisement</div></div>
<div class="ddc-sidebox ddc-newsletter"><h3>${newsletter[0]}</h3><p>${newsletter[1]}</p><form><input type="email"
placeholder="Email address"><button>${newsletter[2]}</button>
</form></div></aside></div>
<footer class="ddc-footer"><p class="ddc-footer-about">${footerAbout}</p><div class="ddc-footer-cols"><ul>${footerLinks
  .map(
    (t) => `<li><a
href="/support/${t.length}.html">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}</ul>
<ul>${footerSupport.map((t) => `<li><a href="/support/${t.length}.html">${t}</a></li>`).join('')}</ul></div>
<p class="ddc-footer-copyright">Copyright © 2000-2025 Drugs.com. All rights reserved.</p></footer>
<script src="/js/ddc.min.js?v=2025-01-03" defer></script></body></html>`;

export const drugsCom: TestPage = {
  name: 'heldout139-drugs-com-drug-page',
  kind: 'wiki',
  html,
  // the generic-name and drug-class subtitle is in neither list; the "Medically reviewed by ... Last updated" line is a
  // byline; the anchor tabs, ad labels, the inline dosage link, "More about" and resources lists, the "Further
  // information" boilerplate, sidebar and footer are furniture; anchor tabs that are words of headings are left out
  title,
  headings: heads,
  body: texts([
    ...what,
    ...warnings,
    ...before,
    ...beforeList,
    ...before2,
    ...how,
    ...miss,
    ...overdose,
    ...avoid,
    ...fx,
    ...fxSerious,
    ...fx2,
    ...fxCommon,
    ...fx3,
    ...interact,
  ]),
  bylines: [reviewed],
  furniture: [
    'Skip to main content',
    'Drugs.com',
    'Search Drugs.com',
    'Search',
    'Sign in',
    ...nav,
    'Advertisement',
    'Home',
    'Drugs A to Z',
    'Uses',
    'Before taking',
    'Dosage',
    'Interactions',
    'FAQ',
    dosageLink,
    'More about Velnarin (valtromide)',
    ...more.filter((t) => t !== 'Side effects'),
    'Patient resources',
    ...patient,
    'Professional resources',
    ...pro,
    'Related treatment guides',
    ...guides,
    'Further information',
    ...further,
    'Medical Disclaimer',
    'Drug Status',
    ...status.flat(),
    'Related/similar drugs',
    ...similar,
    ...checker,
    ...newsletter,
    footerAbout.replace(/\s+/g, ' '),
    ...footerLinks,
    'Help center',
    'Sitemap',
    'Copyright © 2000-2025 Drugs.com. All rights reserved.',
  ],
};
