import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper f1: a Patient.info leaflet: the header with its account links and topic menu, the breadcrumb,
 * the "Authored by / Peer reviewed by / Last updated / Meets Patient's editorial guidelines" block, the medical
 * disclaimer, the "In this series" and "In this article" lists, "Continue reading below" ad breaks, the "Book a free same
 * day appointment" promo, the "Further reading and references" list, "Article history", the feedback poll, the app promo,
 * the footer and the consent banner.
 */
const title = 'Tennis elbow';
const disclaimer = 'This leaflet is for general information only. It does not replace the advice of a doctor, pharmacist or other health professional.';
const intro = [
  'Tennis elbow is a condition that causes pain around the outside of the elbow. It is often caused by overuse of the muscles that straighten the ' +
    'wrist, and despite its name most people who get it have never played tennis.',
];
const h1 = 'What is tennis elbow?';
const p1 = [
  'The muscles that bend the wrist backwards attach to a bony bump on the outside of the elbow, called the lateral epicondyle. Repeated gripping ' +
    'and twisting can cause tiny tears and thickening in the tendon where it joins the bone. The medical name for the condition is lateral epicondylitis.',
];
const h2 = 'Tennis elbow symptoms';
const p2 = ['Symptoms usually come on gradually over several weeks. They include:'];
const sym = [
  'Pain and tenderness over the bony bump on the outside of the elbow.',
  'Pain that spreads down the forearm towards the wrist.',
  'Pain when gripping, lifting a kettle, or turning a door handle.',
  'Weakness of grip in the affected arm.',
];
const h3 = 'How long does tennis elbow last?';
const p3 = [
  'Tennis elbow usually gets better on its own, but it can take a long time. Most people recover within a year, and many within six months. Rest ' +
    'from the activities that bring it on is the most important part of recovery.',
];
const p3b = [
  'Symptoms can flare up again if you return too quickly to heavy lifting or repetitive work. Building activity back up slowly over a few weeks, ' +
    'and changing how you grip tools, makes this less likely.',
];
const h4 = 'Tennis elbow treatment';
const p4 = [
  'Simple measures help most people. Avoid the movements that cause pain where possible, and use ice packs for 10 to 15 minutes a few times a day. ' +
    'Painkillers such as paracetamol, or anti-inflammatory gels rubbed over the elbow, may ease the pain.',
  'A physiotherapist can teach you exercises that gradually strengthen the forearm muscles. A brace worn just below the elbow takes some strain off ' +
    'the tendon and helps some people.',
  'Steroid injections can relieve pain in the short term, but the pain often returns, so they are used less often than in the past. Surgery is rarely needed.',
];
const byline = [
  'Authored by Dr Hannah Roe, MRCGP',
  'Peer reviewed by Dr Colin Ashby, MRCGP',
  'Last updated by Dr Hannah Roe, MRCGP',
  'Last updated 9 Jun 2025',
];
const guide = 'Meets Patient’s editorial guidelines';
const nav = ['Health Info', 'Medicines', 'Symptom Checker', 'Book an appointment', 'Prescriptions', 'Sign in', 'Register'];
const crumbs = ['Health Info', 'Bones, joints and muscles', 'Elbow problems'];
const series = ['In this series:', 'Elbow pain', 'Golfer’s elbow', 'Olecranon bursitis'];
const inArticle = 'In this article:';
const continueReading = 'Continue reading below';
const promo = ['Book a free same day appointment', 'Find a pharmacy near you for tennis elbow advice and treatment.', 'Book now'];
const refs = [
  'Further reading and references',
  'Lateral epicondylitis; Clinical Summaries Service (2024).',
  'Ashby C; Bracing for tennis elbow, a review. Br J Sports Care. 2023.',
];
const historyTitle = 'Article history';
const historyText = 'The information on this page is written and peer reviewed by qualified clinicians.';
const historyDates = ['Next review due: 8 Jun 2028', '9 Jun 2025 | Latest version'];
const feedback = ['Was this page helpful?', 'Yes', 'No'];
const app = ['Download the Patient app', 'Book appointments, order repeat prescriptions and view your medical record.'];
const footer = ['About us', 'Careers', 'Contact us', 'Editorial policy', 'Terms and conditions', 'Privacy policy', 'Cookie policy', 'Accessibility'];
const legal = '© Patient Platform Limited. Registered in England and Wales.';
const consent = ['We value your privacy', 'We and our partners use cookies and similar technologies on our website.', 'Accept all', 'Manage options'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ad = `<div class="ad-break"><span class="ad-break__label">${continueReading}</span><div class="ad-slot" data-ad-unit="mpu_content"></div></div>`;
const sec = (h: string, inner: string): string => `<section class="article-section"><h2 id="${h.slice(0, 10).toLowerCase().replace(/\W+/g, '-')}">${h}</h2>
${inner}</section>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Tennis elbow: causes, symptoms and treatment | Patient</title>
<meta name="description" content="Tennis elbow causes pain around the outside of the elbow. Read about symptoms, how long it lasts and treatment.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://patient.example/bones-joints-muscles/elbow-problems/tennis-elbow">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage",
"name":"Tennis elbow","author":{"@type":"Person","name":"Dr Hannah Roe"},
"reviewedBy":{"@type":"Person","name":"Dr Colin Ashby"},"dateModified":"2025-06-09"}</script>
<script>window.__NUXT__={"state":{"article":{"id":"tennis-elbow","type":"leaflet"}}};</script><script src="/_nuxt/app.js" defer></script></head>
<body><div id="__nuxt"><header class="site-header"><a class="logo" href="/" aria-label="Patient"></a><nav
class="site-nav"><ul>${links(nav, 'site-nav__item')}</ul>
</nav></header>
<main class="page-article"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs)}</ol></nav>
<article class="article"><header class="article-header"><h1 class="article-title">${title}</h1>
<div class="article-authors"><p>Authored by <a href="/authors/dr-hannah-roe">Dr Hannah Roe, MRCGP</a></p><p>Peer reviewed by <a href="/authors/dr-colin-ashby">
Dr Colin Ashby, MRCGP</a></p><p>Last updated by <a href="/authors/dr-hannah-roe">Dr Hannah Roe, MRCGP</a></p><p>Last updated 9 Jun 2025</p>
<p class="editorial-badge"><a href="/editorial-policy">${guide}</a></p></div>
<div class="disclaimer"><p>${disclaimer}</p></div></header>
<aside class="series-nav"><h2>${series[0]}</h2><ul>${links(series.slice(1))}</ul></aside>
<nav class="toc"><h2>${inArticle}</h2><ul>${links([h1, h2, h3, h4])}</ul></nav>
<div class="article-body">
${ps(intro)}
${sec(h1, ps(p1))}
${ad}
${sec(h2, `${ps(p2)}<ul>${sym.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
<div class="promo-card"><h3>${promo[0]}</h3><p>${promo[1]}</p><a class="btn" href="/pharmacy">${promo[2]}</a></div>
${sec(h3, ps([...p3, ...p3b]))}
${ad}
${sec(h4, ps(p4))}
</div>
<section class="references"><h2>${refs[0]}</h2><ul>${refs
  .slice(1)
  .map((r) => `<li>${r}</li>`)
  .join('')}</ul></section>
<section class="article-history"><h2>${historyTitle}</h2><p>${historyText}</p><ul>${historyDates.map((d) => `<li>${d}</li>`).join('')}</ul></section>
<div class="feedback"><h2>${feedback[0]}</h2><button>${feedback[1]}</button><button>${feedback[2]}</button></div></article>
<aside class="app-promo"><h2>${app[0]}</h2><p>${app[1]}</p></aside></main>
<footer class="site-footer"><ul>${links(footer)}</ul><p>${legal}</p></footer>
<div class="consent-banner" role="dialog" aria-label="Cookie consent"><h2>${consent[0]}</h2><p>${consent[1]}</p><button>${consent[2]}</button>
<button>${consent[3]}</button></div></div></body></html>`;

export const patientLeaflet: TestPage = {
  name: 'heldout157-patientinfo-leaflet',
  kind: 'wiki',
  html,
  title,
  // the "In this article" list repeats the headings and is left out; the article history dates are bylines
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...p2, ...sym, ...p3, ...p3b, ...p4]),
  bylines: [...byline, ...historyDates],
  furniture: [
    ...nav,
    ...crumbs.filter((t) => t !== 'Health Info'),
    guide,
    disclaimer,
    ...series,
    inArticle,
    continueReading,
    ...promo,
    ...refs,
    historyTitle,
    historyText,
    ...feedback,
    ...app,
    ...footer,
    legal,
    ...consent,
  ],
};
