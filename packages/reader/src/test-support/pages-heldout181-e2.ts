import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file e2: a university hospital's health encyclopedia page in the Johns Hopkins Medicine shape (the
 * alert bar, the header with "MyChart", "Find a Doctor" and "Request an Appointment", the mega menu and search, the
 * breadcrumb, the question-style h2 sections with "Key points" and the boilerplate "Next steps" list (body, as the page
 * shows it in the article), the "Request an Appointment" box with phone numbers, "Find a Doctor" / "Find a Treatment
 * Center" links, the "Featured Experts" cards, "Related" rail, the content partner notice and the footer).
 */
const hkTitle = 'Raynaud’s Phenomenon';
const hkH = [
  'What is Raynaud’s phenomenon?',
  'What causes Raynaud’s phenomenon?',
  'What are the symptoms of Raynaud’s phenomenon?',
  'How is Raynaud’s phenomenon diagnosed?',
  'How is Raynaud’s phenomenon treated?',
  'Key points about Raynaud’s phenomenon',
  'Next steps',
];
const hkWhat = [
  'Raynaud’s phenomenon is a condition in which the small arteries that supply blood to the fingers and toes narrow too ' +
    'much in response to cold or emotional stress. During an attack, the affected fingers or toes turn white, then blue, ' +
    'and finally red as blood flow returns.',
  'There are two types. Primary Raynaud’s occurs on its own and is usually mild. Secondary Raynaud’s is linked to another ' +
    'condition, most often an autoimmune disease such as scleroderma or lupus, and tends to be more severe.',
];
const hkCause = [
  'The exact cause of primary Raynaud’s is not known. Secondary Raynaud’s may be caused by connective tissue diseases, ' +
    'repeated use of vibrating tools, injury to the hands or feet, and certain medicines, including some used for migraine ' +
    'and high blood pressure.',
];
const hkSymIntro = ['Each person’s symptoms may vary. Symptoms may include:'];
const hkSym = [
  'Color changes in the skin of the fingers or toes, from white to blue to red',
  'Numbness, tingling or throbbing during an attack',
  'Cold fingers or toes that are slow to warm up',
  'In severe cases, sores on the fingertips that heal slowly',
];
const hkDiag = [
  'Your healthcare provider will ask about your symptoms and health history and examine you. He or she may look at the ' +
    'tiny blood vessels at the base of your fingernails with a magnifier. Blood tests may be done to look for signs of an ' +
    'autoimmune disease.',
];
const hkTreat = [
  'Treatment will depend on your symptoms, age and general health. Most people can control attacks by keeping the whole ' +
    'body warm, wearing gloves in cold weather, not smoking and managing stress. If attacks are frequent or severe, your ' +
    'provider may prescribe medicine that widens the blood vessels.',
];
const hkKey = [
  'Raynaud’s phenomenon causes fingers and toes to change color when exposed to cold or stress.',
  'Secondary Raynaud’s is linked to another health problem and is often more serious.',
  'Keeping warm and avoiding triggers are the main ways to prevent attacks.',
];
const hkNextIntro = ['Tips to help you get the most from a visit to your healthcare provider:'];
const hkNext = [
  'Know the reason for your visit and what you want to happen.',
  'Before your visit, write down questions you want answered.',
  'At the visit, write down the name of a new diagnosis and any new medicines, treatments or tests.',
  'Know how you can contact your provider if you have questions.',
];
const hkAlert = 'Visitor Guidelines: Masks are required in some patient care areas. Learn more about our current visitor policy.';
const hkTop = ['MyChart', 'Find a Doctor', 'Request an Appointment', 'Give'];
const hkNav = ['Patient Care', 'Health', 'Research', 'Education', 'About'];
const hkCrumbs = ['Health', 'Conditions and Diseases'];
const hkAppt = [
  'Request an Appointment',
  'Ashcombe Medicine',
  'Maryland',
  '410-555-0142',
  'Ashcombe Children’s Center',
  '410-555-0178',
  'International Patients',
  '+1-410-555-0199',
];
const hkFind = [
  'Find a Treatment Center',
  'Vascular Medicine',
  'Rheumatology',
  'Find Additional Treatment Centers at:',
  'Ashcombe Bayview Hospital',
  'Northfield General',
];
const hkExperts = ['Featured Experts', 'Lydia Sorensen, M.D.', 'Vascular Medicine', 'Marcus Feld, M.D.', 'Rheumatology'];
const hkRelated = ['Related', 'Scleroderma', 'Lupus', 'Frostbite', 'Peripheral Artery Disease'];
const hkPartner = 'Content provided by our health library partner. Reviewed by our medical staff.';
const hkFoot = ['Contact & Locations', 'Careers', 'Privacy Statement', 'Terms & Conditions of Use', 'Non-Discrimination Notice', 'Accessibility'];
const hkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hkUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const hkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Raynaud’s Phenomenon | Ashcombe Medicine</title><meta name="description"
content="Raynaud’s phenomenon is a condition in which small arteries narrow too much.">
<link rel="canonical" href="https://www.ashcombemedicine.example/health/conditions-and-diseases/raynauds-phenomenon">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Raynaud’s Phenomenon",
"about":{"@type":"MedicalCondition","name":"Raynaud’s Phenomenon"},"publisher":{"@type":"Organization","name":"Ashcombe Medicine"}}</script>
<link rel="stylesheet" href="/static/css/am-global.css"><script src="/static/js/vendor/jquery.min.js"></script></head>
<body class="am-health-library"><div class="alert-bar" role="region" aria-label="Alert"><p>${hkAlert}</p><button aria-label="Close alert">×</button></div>
<header class="am-header"><div class="am-header__top"><ul>${links(hkTop, 'am-header__link')}</ul></div><div class="am-header__main">
<a class="am-logo" href="/"><img src="/static/img/ashcombe-medicine-logo.svg" alt="Ashcombe Medicine"></a><nav class="am-nav"><ul>${links(hkNav)}</ul></nav>
<form class="am-search" role="search"><label class="visually-hidden" for="am-q">Search Ashcombe Medicine</label><input id="am-q" type="search">
<button type="submit">Search</button></form></div></header>
<main id="main"><div class="breadcrumbs"><ul>${links(hkCrumbs)}</ul></div><div class="row"><div class="col-md-8 main-content">
<h1 class="page-heading">${hkTitle}</h1><div class="rtf">
<h2>${hkH[0]}</h2>${hkPs(hkWhat)}
<h2>${hkH[1]}</h2>${hkPs(hkCause)}
<h2>${hkH[2]}</h2>${hkPs(hkSymIntro)}${hkUl(hkSym)}
<p>The symptoms of Raynaud’s phenomenon may look like other medical conditions. Always talk with your healthcare provider for a diagnosis.</p>
<h2>${hkH[3]}</h2>${hkPs(hkDiag)}
<h2>${hkH[4]}</h2>${hkPs(hkTreat)}
<h2>${hkH[5]}</h2>${hkUl(hkKey)}
<h2>${hkH[6]}</h2>${hkPs(hkNextIntro)}${hkUl(hkNext)}</div>
<p class="content-partner"><small>${hkPartner}</small></p></div>
<aside class="col-md-4 sidebar"><div class="appointment-box"><h3>${hkAppt[0]}</h3><p><strong>${hkAppt[1]}</strong></p><p>${hkAppt[2]}</p>
<p><a href="tel:4105550142">${hkAppt[3]}</a></p><p><strong>${hkAppt[4]}</strong></p><p><a href="tel:4105550178">${hkAppt[5]}</a></p>
<p><strong>${hkAppt[6]}</strong></p><p><a href="tel:+14105550199">${hkAppt[7]}</a></p></div>
<div class="find-links"><a class="btn" href="/find-a-doctor">Find a Doctor</a><h3>${hkFind[0]}</h3><ul>${links(hkFind.slice(1, 3))}</ul>
<h4>${hkFind[3]}</h4><ul>${links(hkFind.slice(4))}</ul></div>
<div class="featured-experts"><h3>${hkExperts[0]}</h3><div class="expert-card"><a href="/profiles/lydia-sorensen">${hkExperts[1]}</a>
<p>${hkExperts[2]}</p></div>
<div class="expert-card"><a href="/profiles/marcus-feld">${hkExperts[3]}</a><p>${hkExperts[4]}</p></div></div>
<div class="related"><h3>${hkRelated[0]}</h3><ul>${links(hkRelated.slice(1))}</ul></div></aside></div></main>
<footer class="am-footer"><ul>${links(hkFoot)}</ul>
<p>© The Ashcombe University, The Ashcombe Hospital, and Ashcombe Health System. All rights reserved.</p></footer>
<script src="/static/js/am-global.js"></script></body></html>`;
export const hospitalEncyclopedia: TestPage = {
  html: hkHtml,
  name: 'heldout181-hospital-health-encyclopedia',
  kind: 'wiki',
  // the page has no byline; the "Key points" and "Next steps" lists are body; the "may look like other medical conditions"
  // boilerplate line is in neither list; the partner notice, appointment box, treatment centres, experts and rail are furniture
  title: hkTitle,
  headings: hkH,
  body: texts([...hkWhat, ...hkCause, ...hkSymIntro, ...hkSym, ...hkDiag, ...hkTreat, ...hkKey, ...hkNextIntro, ...hkNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    hkAlert, ...hkTop, ...hkNav.filter((n) => n !== 'Health'), 'Search Ashcombe Medicine', 'Search', ...hkCrumbs, hkPartner, ...hkAppt.slice(1), ...hkFind,
    'Featured Experts', 'Lydia Sorensen, M.D.', 'Marcus Feld, M.D.', ...hkRelated, ...hkFoot,
    '© The Ashcombe University, The Ashcombe Hospital, and Ashcombe Health System. All rights reserved.',
  ],
};
