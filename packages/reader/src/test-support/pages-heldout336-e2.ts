import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file e2: a psychiatrist's Q&A explainer in a clinic's "Expert Answers" template (Mayo Clinic-style:
 * appointment bar, top nav, topic breadcrumb, the question as h1, the "Answer From" byline, "Show references", "See also"
 * rail, advertisement slots with their disclaimer, the newsletter box and the footer). A page whose main text is short.
 */
const xTitle = 'Antidepressants: Can they stop working after a while?';
const xQuestion = 'I’ve taken the same antidepressant for two years, and lately it doesn’t seem to work as well. Is that possible?';
const xAnswer = [
  j(
    'Yes. Some people find that an antidepressant that once helped seems to lose some of its effect over time. Doctors sometimes',
    'call this breakthrough depression. It is not fully understood why it happens, and it does not mean you have done anything',
    'wrong.',
  ),
  'Before deciding the medicine itself has stopped working, it is worth looking at other things that can make symptoms return:',
];
const xList = [
  'a new source of stress, such as a loss, a move or money worries',
  'a change in another medicine or a new health problem, such as an underactive thyroid',
  'drinking more alcohol or sleeping poorly',
  'missing doses, or taking the medicine at different times of day',
  'depression that has become more severe',
];
const xAnswer2 = [
  j(
    'Your doctor may suggest adjusting the dose, switching to a different antidepressant or adding a second medicine. Adding',
    'talking therapy, if you are not already having it, can also help, as can regular physical activity.',
  ),
  j(
    'Do not stop taking an antidepressant or change the dose on your own. Stopping suddenly can cause withdrawal-like symptoms',
    'and can make depression come back. If your mood is getting worse, or you have thoughts of harming yourself, contact your',
    'doctor or a crisis line straight away.',
  ),
];
const xTop = ['Request an appointment', 'Find a doctor', 'Log in to Patient Online'];
const xNav = ['Care at Hollowell', 'Health Library', 'For Medical Professionals', 'Research', 'Giving'];
const xCrumb = ['Health Library', 'Diseases & Conditions', 'Depression (major depressive disorder)'];
const xSee = ['Antidepressants and alcohol', 'Antidepressant withdrawal: Is there such a thing?', 'Depression and anxiety: Can I have both?'];
const xFoot = ['About Hollowell Clinic', 'Contact us', 'Notice of privacy practices', 'Terms and conditions', 'Site map'];
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Antidepressants: Can they stop working? - Hollowell Clinic</title>
<meta name="description" content="Find out why an antidepressant may seem to work less well over time, and what to do about it.">
<meta name="PublishDate" content="2025-10-08"><meta name="ContentType" content="Expert Answers">
<link rel="canonical" href="https://www.hollowellclinic.example/diseases-conditions/depression/expert-answers/antidepressants/faq-20581244">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Antidepressants: Can they stop working?",
"author":{"@type":"Person","name":"Lucinda Obi-Marsh, M.D."},"lastReviewed":"2025-10-08"}</script>
<script>var googletag=googletag||{cmd:[]};googletag.cmd.push(function(){
googletag.defineSlot('/8027/hc/ea',[300,250],'ad-mobile-top').addService(googletag.pubads());});
</script></head><body class="cmp-page">
<div class="cmp-alert-bar"><ul>${links(xTop)}</ul></div>
<header class="cmp-header"><a class="cmp-logo" href="/">Hollowell Clinic</a><nav class="cmp-nav"><ul>${links(xNav)}</ul></nav>
<form class="cmp-search" role="search"><input type="search" aria-label="Search Hollowell Clinic"></form></header>
<div class="cmp-breadcrumb"><ol>${links(xCrumb)}</ol></div>
<div class="cmp-container"><main class="cmp-main"><div class="cmp-title"><h1 class="cmp-title__text">${xTitle}</h1></div>
<div id="ad-mobile-top" class="cmp-ad"><span class="cmp-ad__label">Advertisement</span></div>
<div class="cmp-text content"><p class="question"><strong>${xQuestion}</strong></p>
<p class="cmp-answer-from">Answer From Lucinda Obi-Marsh, M.D.</p>
${ps(xAnswer)}
<ul>${lis(xList)}</ul>
${ps(xAnswer2)}
<div class="cmp-author-bio"><p>With</p><p>Lucinda Obi-Marsh, M.D.</p></div></div>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false">Show references</button></div>
<div class="cmp-date"><p>Oct. 08, 2025</p></div>
<div class="cmp-print"><a href="?print">Print</a></div>
<div class="cmp-products"><h3>Products &amp; Services</h3><ul>${links(['Book: Hollowell Clinic Guide to Mental Health', 'Newsletter: Hollowell Health Letter'])}
</ul></div></main>
<aside class="cmp-rail"><div class="cmp-see-also"><h3>See also</h3><ul>${links(xSee)}</ul></div>
<div id="ad-rail" class="cmp-ad"><span class="cmp-ad__label">Advertisement</span></div>
<p class="cmp-ad-policy">Hollowell Clinic is a nonprofit organization and proceeds from Web advertising help support our mission.
Hollowell Clinic does not endorse any of the third party products and services advertised.</p>
<p><a href="/advertising-policy">Advertising &amp; Sponsorship</a></p></aside></div>
<section class="cmp-newsletter"><h2>Get health tips in your inbox</h2><p>Sign up for free and stay up to date on research advancements and health tips.</p>
<form><input type="email" aria-label="Email"><button>Subscribe!</button></form></section>
<footer class="cmp-footer"><ul>${links(xFoot)}</ul><p>© 1998-2026 Hollowell Foundation for Medical Education and Research. All rights reserved.</p></footer>
</body></html>`;

export const expertAnswer: TestPage = {
  name: 'heldout336-clinic-expert-answers-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts([xQuestion, ...xAnswer, ...xList, ...xAnswer2]),
  bylines: ['Answer From Lucinda Obi-Marsh, M.D.', 'Lucinda Obi-Marsh, M.D.', 'Oct. 08, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xTop, 'Hollowell Clinic', ...xNav, ...xCrumb.slice(1), 'Advertisement', 'With', 'Show references', 'Print', 'Products & Services',
    'Book: Hollowell Clinic Guide to Mental Health', 'Newsletter: Hollowell Health Letter', 'See also', ...xSee,
    'Hollowell Clinic is a nonprofit organization and proceeds from Web advertising help support our mission.',
    'Hollowell Clinic does not endorse any of the third party products and services advertised.', 'Advertising & Sponsorship',
    'Get health tips in your inbox', 'Sign up for free and stay up to date on research advancements and health tips.', 'Subscribe!', ...xFoot,
    '© 1998-2026 Hollowell Foundation for Medical Education and Research. All rights reserved.',
  ],
};
