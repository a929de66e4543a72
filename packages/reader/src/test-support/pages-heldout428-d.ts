import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';
import { govuk } from './pages-heldout428-d2.js';

/**
 * Held-out batch 428, file d: a MedicineNet-style medical dictionary entry, a page whose main text is short (header with
 * symptom-checker and A-Z links, breadcrumbs, the "Medical Definition of" h1, medical author and reviewer lines, ads,
 * slideshow and quiz promos between the paragraphs, "Health Solutions From Our Sponsors", newsletter box, references,
 * footer with the medical disclaimer) and, from file d2, a legal glossary on GOV.UK.
 */
const mTitle = 'Medical Definition of Dellmann sign';
const mBody = [
  j(
    '<strong>Dellmann sign:</strong> A brief, painless whitening of the skin over the knuckles that appears when a patient',
    'makes a tight fist and fades within a few seconds of the hand being opened. The sign is looked for during the',
    'examination of the hands in people with suspected problems of the small blood vessels of the fingers.',
  ),
  j(
    'A positive sign means that the whitening lasts longer than ten seconds, or that it spreads from the knuckles to the',
    'backs of the fingers. On its own it does not establish a diagnosis. It is one of several bedside observations that',
    'help a clinician decide whether further tests of circulation, such as capillary microscopy, are worth ordering.',
  ),
  j(
    'The sign is named for Dr. Oskar Dellmann, a physician in the spa town of Velde who described it in a short paper on',
    'the hands of quarry workers. It is taught less often today than it once was, but remains a quick, free check that',
    'needs no equipment.',
  ),
];
const mFacts = [
  'The fist is held closed for about thirty seconds before the hand is opened.',
  'Cold rooms can cause a false positive result, so the hands should be warm.',
  'The test should be done on both hands and the results compared.',
];
const mNav = ['Symptom Checker', 'Diseases & Conditions', 'Medications', 'Slideshows & Images', 'Quizzes', 'Medical Dictionary'];
const mCrumbs = ['Home', 'Medterms medical dictionary a-z list', 'Dellmann sign definition'];
const mSlides = ['Slideshow: Hand Pain, Stiffness and What They Mean', 'Quiz: How Much Do You Know About Circulation?'];
const mSponsors = ['Living With Cold Fingers', 'Understanding Circulation Tests', 'Your Guide to Hand Health'];
const mFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Advertising Policy', 'Site Map'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Definition of Dellmann sign - Clinverra Health</title>
<meta name="description" content="Read medical definition of Dellmann sign">
<link rel="canonical" href="https://www.clinverra.example/dellmann_sign/definition.htm"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Medical Definition of Dellmann sign",
"author":{"@type":"Person","name":"Hedda Lorquist, MD"},"reviewedBy":{"@type":"Person","name":"Fenn Ashdown, MD"},"lastReviewed":"2026-03-02"}</script>
<script>var wmdPageLink='clv_dict_def';var s_sponsor_program='';window.s_context={"pageType":"definition","topic":"dellmann sign"};</script>
<link rel="stylesheet" href="/css/clv/dictionary-2026.css"></head>
<body class="dict-page"><div id="wrapper"><div id="header" class="hdr"><div class="logo"><a href="/">Clinverra Health</a></div>
<ul class="nav">${links(mNav)}</ul><form class="srch"><input name="q" placeholder="Search Clinverra" aria-label="Search Clinverra"></form></div>
<div id="ContentPane"><div class="crumbs"><ul>${links(mCrumbs)}</ul></div>
<div id="leaderboard_ad" class="ad"><span>Advertisement</span></div>
<div class="definition"><div class="title"><h1>${mTitle}</h1></div>
<div class="author_box"><p class="mainauthor">Author: <a href="/script/main/art.asp?articlekey=9101">Hedda Lorquist, MD</a></p>
<p class="reviewer">Reviewed on 3/2/2026</p></div>
<div class="wrapper"><div class="apPage">
${ps([mBody[0] ?? ''])}
<div class="slideshow_promo"><a href="/hand_pain_slideshow/article.htm">${mSlides[0]}</a></div>
${ps(mBody.slice(1))}
<ul class="facts">${mFacts.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<div class="quiz_promo"><a href="/circulation_quiz/quiz.htm">${mSlides[1]}</a></div>
</div></div>
<div class="references"><p class="ref_header">REFERENCE:</p><p>Dellmann, O. "Observations on the Hands of Quarrymen." <i>Velde Medical Bulletin</i>,
1931.</p></div>
</div>
<div id="sponsor_box"><p class="spHeader">Health Solutions From Our Sponsors</p><ul>${links(mSponsors)}</ul></div>
<div class="newsletter"><p class="nl_title">Subscribe to Clinverra's General Health Newsletter</p>
<p class="nl_legal">By clicking Submit, I agree to the Clinverra Terms and Conditions and Privacy Policy.</p>
<form><input type="email" aria-label="Enter email address" placeholder="Enter email address"><button type="submit">Submit</button></form></div></div>
<div id="footer"><ul>${links(mFoot)}</ul><p class="disclaimer">Clinverra Health does not provide medical advice, diagnosis or treatment.</p>
<p>©1996-2026 Clinverra Health, Inc. All rights reserved.</p></div></div>
<script src="/js/clv/dictionary-2026.js" defer></script></body></html>`;
const clinverra: TestPage = {
  name: 'heldout428-clinverra-medical-dictionary',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mBody, ...mFacts]),
  bylines: ['Author: Hedda Lorquist, MD', 'Reviewed on 3/2/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clinverra Health', ...mNav, ...mCrumbs, 'Advertisement', ...mSlides, 'REFERENCE:',
    'Dellmann, O. "Observations on the Hands of Quarrymen." Velde Medical Bulletin, 1931.', 'Health Solutions From Our Sponsors', ...mSponsors,
    "Subscribe to Clinverra's General Health Newsletter", 'By clicking Submit, I agree to the Clinverra Terms and Conditions and Privacy Policy.',
    'Submit', ...mFoot, 'Clinverra Health does not provide medical advice, diagnosis or treatment.', '©1996-2026 Clinverra Health, Inc. All rights reserved.',
  ],
};

export const HELDOUT428_D: readonly TestPage[] = [clinverra, govuk];
