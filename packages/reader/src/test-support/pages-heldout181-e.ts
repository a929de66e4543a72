import { links, type TestPage, texts } from './page-kit.js';
import { hospitalEncyclopedia } from './pages-heldout181-e2.js';

/**
 * Held-out batch 181, file e: a Mount Sinai health library page with licensed A.D.A.M. content (the utility bar, the header
 * with the main menu and search, the Health Library sub-menu, the breadcrumb, the A.D.A.M. article with its h2 sections
 * and image thumbnails with captions, the References list, the review block with "Review Date" and "Updated by", the
 * A.D.A.M. accreditation and copyright notices, the "Find a Doctor" box and related links in the sidebar, the phone and
 * hospitals footer and the cookie banner) and, from file e2, a hospital health encyclopedia page (Johns Hopkins shape).
 */
const msiTitle = 'Plantar fasciitis';
const msiH = [
  'Alternative Names',
  'Causes',
  'Symptoms',
  'Exams and Tests',
  'Treatment',
  'Outlook (Prognosis)',
  'When to Contact a Medical Professional',
  'Prevention',
];
const msiDef = [
  'The plantar fascia is the thick tissue on the bottom of the foot. It connects the heel bone to the toes and creates the ' +
    'arch of the foot. When this tissue becomes swollen or inflamed, it is called plantar fasciitis.',
];
const msiAlt = ['Heel pain; Heel spur syndrome; Plantar fascia inflammation'];
const msiCause = [
  'The plantar fascia is designed to absorb the high stresses and strains we place on our feet. Sometimes, too much ' +
    'pressure damages or tears the tissues. The body’s natural response to injury is inflammation, which results in the ' +
    'heel pain and stiffness of plantar fasciitis.',
  'You are more likely to get this condition if you have foot arch problems, run long distances, suddenly gain weight, ' +
    'have a tight Achilles tendon, or wear shoes with poor arch support or soft soles.',
];
const msiSymp = [
  'The most common complaint is pain and stiffness in the bottom of the heel. The heel pain may be dull or sharp. The ' +
    'pain is often worse in the morning when you take your first steps, after standing or sitting for a while, and after ' +
    'exercise.',
];
const msiExam = [
  'Your health care provider will perform a physical exam. This may show tenderness on the bottom of your foot, flat feet ' +
    'or high arches, and mild foot swelling or redness. X-rays may be taken to rule out other problems.',
];
const msiTreatIntro = ['Your provider will usually recommend these steps first:'];
const msiTreat = [
  'Acetaminophen or ibuprofen to reduce pain and inflammation',
  'Heel and foot stretching exercises',
  'Night splints to wear while sleeping to stretch the foot',
  'Resting as much as possible for at least a week',
  'Wearing shoes with good support and cushions',
];
const msiOut = [
  'Nonsurgical treatments almost always improve the pain. Treatment can last from several months to 2 years before ' +
    'symptoms get better. Most people feel better in 9 months.',
];
const msiWhen = ['Contact your provider if you have symptoms of plantar fasciitis.'];
const msiPrev = ['Making sure your ankle, Achilles tendon and calf muscles are flexible can help prevent plantar fasciitis.'];
const msiUtil = ['Find a Doctor', 'Request an Appointment', 'Locations', 'Pay My Bill', 'MyMountSinai'];
const msiNav = ['Patient Care', 'Health Library', 'Research', 'Education', 'About Us', 'Give'];
const msiSub = ['Diseases & Conditions', 'Tests', 'Treatments & Procedures', 'Symptoms', 'Injury', 'Surgery', 'Self-Care', 'Nutrition'];
const msiCaps = ['Heel bone and plantar fascia', 'Stretching the calf and heel'];
const msiRefs = [
  'Halvard PJ, Okeke N. Plantar heel pain. In: Sato M, Greer T, eds. Foot and Ankle Sports Medicine. 4th ed. Philadelphia, PA: Elsevier; 2024:chap 18.',
  'Renwick LT. Fasciitis and fascial rupture of the foot. In: Ostrowski WR, ed. Essentials of Foot Rehabilitation. 5th ed. ' +
    'Philadelphia, PA: Elsevier; 2023:chap 84.',
];
const msiReview = [
  'Review Date 3/2/2024',
  'Updated by: Corinne Waite, MD, Orthopaedic Surgeon, Harbourside Orthopaedic Group, Portland, ME. Also reviewed by Elias Brandt, MD, MHA, ' +
    'Medical Director, and the A.D.A.M. Editorial team.',
];
const msiAdam = [
  'Learn how we develop our content.',
  'A.D.A.M., Inc. is accredited by URAC, for Health Content Provider (www.urac.org).',
  'The information provided herein should not be used during any medical emergency or for the diagnosis or treatment of any medical condition.',
  '© 1997- 2025 A.D.A.M., a business unit of Ebix, Inc. Any duplication or distribution of the information contained herein is strictly prohibited.',
];
const msiSide = ['Find a Doctor', 'Search by name, specialty, or condition', 'Related Health Topics', 'Heel spur', 'Achilles tendinitis', 'Foot pain'];
const msiFoot = ['Contact Us', '1-800-MD-SINAI (800-637-4624)', 'Terms & Conditions', 'Privacy Policy', 'Non-Discrimination Notice', 'Price Transparency'];
const msiHosp = ['Mount Sinai Hospital', 'Mount Sinai Brooklyn', 'Mount Sinai Morningside', 'Mount Sinai Queens', 'Mount Sinai West'];
const msiCookie = ['This website uses cookies to improve your experience and for analytics purposes.', 'Accept', 'Cookie Settings'];
const msiPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const msiSec = (h: string, inner: string): string => `<section class="adam-section"><h2>${h}</h2>${inner}</section>`;
const msiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plantar fasciitis Information | Mount Sinai - New York</title>
<meta name="description" content="The plantar fascia is the thick tissue on the bottom of the foot."><link rel="canonical"
href="https://www.mountsinai.org/health-library/diseases-conditions/plantar-fasciitis">
<meta property="og:title" content="Plantar fasciitis Information | Mount Sinai - New York"><link rel="stylesheet" href="/assets/css/main.min.css?v=20250212">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="2e1d0c4b"></script></head>
<body class="health-library"><a href="#main-content" class="skip-to-content">Skip to Main Content</a>
<div class="utility-nav"><ul>${links(msiUtil, 'utility-nav__item')}</ul></div>
<header class="main-header"><a class="logo" href="/"><img src="/assets/images/logo-mount-sinai.svg" alt="Mount Sinai"></a><nav class="primary-nav">
<ul>${links(msiNav)}</ul></nav>
<form class="site-search" action="/search"><input type="search" aria-label="Search" placeholder="Search"><button type="submit">Search</button></form></header>
<nav class="hl-subnav" aria-label="Health Library"><ul>${links(msiSub)}</ul></nav>
<main id="main-content"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/health-library">Health Library</a></li>
<li><a href="/health-library/diseases-conditions">Diseases &amp; Conditions</a></li><li class="active">Plantar fasciitis</li></ol>
<div class="row"><div class="col-md-8 hl-content"><h1 class="page-title">${msiTitle}</h1><div class="adam-content">
${msiPs(msiDef)}
<div class="adam-images"><ul>${msiCaps
  .map(
    (c, i) => `<li><a href="/health-library/multimedia/${i}"><img src="/adam/images/${i}.jpg" alt="">
<span class="caption">${c}</span></a></li>`,
  )
  .join('')}
</ul></div>
${msiSec(msiH[0] ?? '', msiPs(msiAlt))}
${msiSec(msiH[1] ?? '', msiPs(msiCause))}
${msiSec(msiH[2] ?? '', msiPs(msiSymp))}
${msiSec(msiH[3] ?? '', msiPs(msiExam))}
${msiSec(msiH[4] ?? '', `${msiPs(msiTreatIntro)}<ul>${msiTreat.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${msiSec(msiH[5] ?? '', msiPs(msiOut))}
${msiSec(msiH[6] ?? '', msiPs(msiWhen))}
${msiSec(msiH[7] ?? '', msiPs(msiPrev))}
<section class="adam-section adam-references"><h2>References</h2><ul>${msiRefs.map((r) => `<li>${r}</li>`).join('\n')}</ul></section>
<div class="adam-review"><p class="review-date">${msiReview[0]}</p><p class="review-by">${msiReview[1]}</p></div>
<div class="adam-footer"><a href="https://www.adam.example/editorial-policy">${msiAdam[0]}</a><img src="/adam/urac.png" alt="URAC accredited">
<p>${msiAdam[1]}</p><p>${msiAdam[2]}</p><p>${msiAdam[3]}</p></div></div></div>
<aside class="col-md-4 hl-sidebar"><div class="find-doctor-box"><h2>${msiSide[0]}</h2><form><label for="fad-q">${msiSide[1]}</label>
<input id="fad-q" type="text">
<button type="submit">Search</button></form></div><div class="related-topics"><h2>${msiSide[2]}</h2><ul>${links(msiSide.slice(3))}</ul></div></aside>
</div></main>
<footer class="site-footer"><ul class="footer-hospitals">${links(msiHosp)}</ul><ul class="footer-links">${links(msiFoot)}</ul>
<p class="copyright">© 2025 Icahn School of Medicine at Mount Sinai</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${msiCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${msiCookie[1]}</button><button id="onetrust-pc-btn-handler">${msiCookie[2]}</button></div>
<script src="/assets/js/main.min.js?v=20250212"></script></body></html>`;
const mountSinai: TestPage = {
  html: msiHtml,
  name: 'heldout181-mountsinai-health-library',
  kind: 'wiki',
  // the review date and "Updated by" block are bylines; the image captions, References (with its h2), the A.D.A.M.
  // notices, sidebar, footer and cookie banner are furniture
  title: msiTitle,
  headings: msiH,
  body: texts([...msiDef, ...msiAlt, ...msiCause, ...msiSymp, ...msiExam, ...msiTreatIntro, ...msiTreat, ...msiOut, ...msiWhen, ...msiPrev]),
  bylines: msiReview,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...msiUtil, ...msiNav, 'Search', ...msiSub.filter((s) => s !== 'Symptoms' && s !== 'Treatments & Procedures'), 'Home',
    ...msiCaps, 'References', ...msiRefs, ...msiAdam, ...msiSide.slice(1),
    ...msiHosp, ...msiFoot, '© 2025 Icahn School of Medicine at Mount Sinai', ...msiCookie,
  ],
};

export const HELDOUT181_E: readonly TestPage[] = [mountSinai, hospitalEncyclopedia];
