import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 39, file f2: a MedlinePlus-style health topic page on an invented government health library (the
 * .gov banner with its hidden "Here's how you know" panel, the header with search and the top menu, "URL of this page",
 * the h1 with "Also called", share buttons, the "On this page" jump list, the Summary section with h3 questions, lists and
 * the source line, then the link sections (Start Here, Diagnosis and Tests, Treatments and Therapies, Clinical Trials,
 * Patient Handouts, Related Health Topics) with organisation names and "Also in Spanish", the disclaimer note, "Learn how
 * to cite this page", "Page last updated" and the agency footer).
 */
const mpTitle = 'Tinnitus';
const mpQ1 = 'What is tinnitus?';
const mpWhat = [
  'Tinnitus is the sensation of hearing a sound when no outside sound is present. People describe it in many ways: as ringing, ' +
    'buzzing, hissing, humming or roaring. It may be in one ear or both, it may come and go or be there all the time, and it can ' +
    'be soft or loud enough to make it hard to concentrate or sleep.',
  'Tinnitus is common, especially in older adults. It is not a disease in itself but a symptom of something else, most often a ' +
    'problem somewhere in the hearing system.',
];
const mpQ2 = 'What causes tinnitus?';
const mpCauseP = 'Many things can cause tinnitus or make it worse, including:';
const mpCauses = [
  'Hearing loss that comes with aging',
  'Loud noise, at work, from music or from firearms',
  'A buildup of earwax that blocks the ear canal',
  'Ear infections and changes in the small bones of the middle ear',
  'Some medicines, such as certain antibiotics, cancer drugs and high doses of aspirin',
  'Injuries to the head or neck',
  'Ménière’s disease and other conditions of the inner ear',
];
const mpCauseP2 =
  'Rarely, tinnitus that beats in time with your pulse, called pulsatile tinnitus, comes from a problem with blood vessels. If you ' +
  'notice this kind of tinnitus, tell your health care provider.';
const mpQ3 = 'How is tinnitus diagnosed?';
const mpDiag =
  'Your provider will ask about your symptoms and medical history and look in your ears. You may be sent to an audiologist for a ' +
  'hearing test, and depending on what they find, you may need an imaging test such as an MRI.';
const mpQ4 = 'What are the treatments for tinnitus?';
const mpTreatP =
  'There is no cure for most types of tinnitus, but there are ways to make it less bothersome. Treating the cause, such as ' +
  'removing earwax or changing a medicine, sometimes helps. Other options include:';
const mpTreat = [
  'Hearing aids, if you also have hearing loss',
  'Sound therapy, using a device or an app that plays quiet background sound',
  'Cognitive behavioral therapy (CBT), to change how you react to the sound',
];
const mpQ5 = 'Can tinnitus be prevented?';
const mpPrevent =
  'You can lower your risk of tinnitus caused by noise by protecting your hearing. Wear earplugs or earmuffs around loud sounds, ' +
  'and keep the volume down when you use headphones.';
const mpSource = 'Institute for Hearing and Communication Research';
const mpOnPage = [
  'Basics',
  'Summary',
  'Start Here',
  'Diagnosis and Tests',
  'Treatments and Therapies',
  'Learn More',
  'Clinical Trials',
  'Resources',
  'Patient Handouts',
];
const mpSections: [string, [string, string][]][] = [
  [
    'Start Here',
    [
      ['Tinnitus: Overview', 'National Hearing Council'],
      ['Living with Tinnitus', 'Association of Hearing Professionals'],
    ],
  ],
  [
    'Diagnosis and Tests',
    [
      ['Audiometry', 'Medical Encyclopedia'],
      ['Hearing Tests for Adults', 'National Hearing Council'],
    ],
  ],
  [
    'Treatments and Therapies',
    [
      ['Sound Therapy Devices', 'Association of Hearing Professionals'],
      ['Managing Tinnitus at Night', 'Sleep Health Alliance'],
    ],
  ],
  ['Clinical Trials', [['Trials registry: Tinnitus', 'Health Research Registry']]],
  [
    'Patient Handouts',
    [
      ['Earwax blockage', 'Medical Encyclopedia'],
      ['Noise-induced hearing loss in adults', 'Medical Encyclopedia'],
    ],
  ],
];
const mpRelated = ['Ear Disorders', 'Hearing Disorders and Deafness', 'Balance Problems'];
const mpTop = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia', 'About HealthFacts'];
const mpUtil = ['What’s New', 'Site Map', 'Customer Support'];
const mpFoot = ['Disclaimers', 'Copyright', 'Privacy', 'Accessibility', 'Quality Guidelines', 'Viewers & Players', 'Vulnerability Disclosure', 'FOIA'];
const mpDisclaimer =
  'This information does not replace advice from a health care professional. Talk with a provider about any questions you have about your health.';
const mpP = (p: string) => `<p>${p}</p>`;
const mpUl = (items: string[]) => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const mpHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mpTitle} | HealthFacts</title>
<meta name="description" content="Tinnitus is hearing a sound when no outside sound is present. Learn about causes, diagnosis and treatment.">
<link rel="canonical" href="https://healthfacts.example.gov/tinnitus.html"><link rel="stylesheet" href="/css/hf-main.css?v=2025b">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({'topicId':'T1487','contentGroup':'health-topic'});</script></head>
<body><div id="hf-wrap"><a href="#hf-content" class="skip">Skip navigation</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-banner__header"><p class="usa-banner__header-text">An
official
website of the United States government</p><button class="usa-banner__button" aria-expanded="false">Here’s how you know</button></div><div
class="usa-banner__content" hidden>
<p><strong>Official websites use .gov</strong> A .gov website belongs to an official government organization in the United States.</p><p><strong>Secure .gov
websites use
HTTPS</strong> A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure
websites.</p></div></section>
<header id="hf-header"><a href="/" class="hf-logo"><img src="/images/hf-logo.svg" alt="National Health Information Library"></a><a href="/"
class="hf-logo-text">HealthFacts
</a><p class="hf-tagline">Plain health information you can trust</p><ul class="hf-util">${links(mpUtil)}</ul><form role="search" class="hf-search"><input
type="text"
aria-label="Search HealthFacts" placeholder="Search HealthFacts"><button type="submit">GO</button></form><a href="/spanish/tinnitus.html" lang="es">Español</a>
<nav id="hf-menu" aria-label="Main"><ul>${links(mpTop)}</ul></nav></header>
<div id="hf-content" class="main-single"><div class="page-info"><span class="page-url">URL of this page:
https://healthfacts.example.gov/tinnitus.html</span></div>
<div class="page-title"><h1 class="with-also" itemprop="name">${mpTitle}</h1><span class="alsocalled"><span class="also">Also called: </span>Ringing in the
ears</span></div>
<div class="page-actions"><ul class="share">${links(['Email', 'Facebook', 'X', 'Pinterest'], 'share-item')}</ul></div>
<nav class="onthispage" aria-label="On this page"><h2>On this
page</h2><ul>${mpOnPage.map((t) => `<li><a href="#cat_${t.replace(/ /g, '')}">${t}</a></li>`).join('')}</ul></nav>
<section id="topsum_section" class="section"><div class="section-header"><div class="section-title"><h2>Summary</h2></div></div>
<div class="section-body" id="topic-summary">
<h3>${mpQ1}</h3>${mpWhat.map(mpP).join('\n')}
<h3>${mpQ2}</h3>${mpP(mpCauseP)}${mpUl(mpCauses)}${mpP(mpCauseP2)}
<h3>${mpQ3}</h3>${mpP(mpDiag)}
<h3>${mpQ4}</h3>${mpP(mpTreatP)}${mpUl(mpTreat)}
<h3>${mpQ5}</h3>${mpP(mpPrevent)}
</div><div class="attribution"><span class="source-label">Source:</span> ${mpSource}</div></section>
${mpSections
  .map(
    ([h, items]) =>
      `<section class="section" id="cat_${h.replace(/ /g, '')}"><div class="section-header"><div class="section-title"><h2>${h}</h2></div></div>` +
      `<div class="section-body"><ul class="bulletlist">${items
        .map(
          ([t, o]) =>
            `<li><a href="#">${t}</a> <span class="orgs">(${o})</span> <span class="desc-links">Also in <a href="#" lang="es">Spanish</a></span></li>`,
        )
        .join('')}</ul></div></section>`,
  )
  .join('\n')}
<section class="section" id="related_topics"><div class="section-header"><div class="section-title"><h2>Related Health Topics</h2></div></div><div
class="section-body">
<ul class="bulletlist">${links(mpRelated)}</ul></div></section>
<div class="disclaimer-note"><p>${mpDisclaimer}</p></div><p class="cite"><a href="/about/using/citing/">Learn how to cite this page</a></p>
<p class="page-updated">Page last updated: <time datetime="2025-10-08">October 8, 2025</time></p></div>
<footer id="hf-footer"><div class="hf-footer-top"><a href="/listserv.html">Get email updates</a><a href="/rss.html">Subscribe to RSS</a><span>Follow
us</span></div>
<ul class="hf-footer-links">${links(mpFoot)}</ul><p class="hf-footer-agency">National Health Information Library · 4100 Cedar Hill Road, Bethesda, MD 20894</p>
<p>U.S. Department of Health and Human Services</p></footer></div></body></html>`;
export const healthTopic: TestPage = {
  html: mpHtml,
  name: 'heldout39-medlineplus-health-topic',
  kind: 'wiki',
  // the summary is the article: its h3 questions are the headings, its paragraphs and list items body; the "Summary" h2
  // is the template's label over it (furniture, with the other section labels and the "On this page" list that repeats
  // them); the source line names the summary's author: a byline ("Source:" in neither), and "Page last updated" gives its
  // date (a byline, the label in neither); "Also called", the link sections with their organisation names and "Also in
  // Spanish", related topics, the disclaimer, the citing link, .gov banner, header, share buttons and footer are furniture
  // (each organisation name once; the share bar's "X" and the search button's "GO", a body word, left out)
  title: mpTitle,
  headings: [mpQ1, mpQ2, mpQ3, mpQ4, mpQ5],
  body: [...mpWhat, mpCauseP, ...mpCauses, mpCauseP2, mpDiag, mpTreatP, ...mpTreat, mpPrevent],
  bylines: [mpSource, 'October 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip navigation', 'An official website of the United States government', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
    'HealthFacts', 'Plain health information you can trust', ...mpUtil, 'Español', ...mpTop, 'URL of this page: https://healthfacts.example.gov/tinnitus.html',
    'Also called:', 'Ringing in the ears', 'Email', 'Facebook', 'Pinterest', 'On this page', ...mpOnPage,
    ...new Set(mpSections.flatMap(([, items]) => items.flatMap(([t, o]) => [t, `(${o})`]))),
    'Also in', 'Spanish', 'Related Health Topics', ...mpRelated, mpDisclaimer, 'Learn how to cite this page', 'Get email updates', 'Subscribe to RSS',
'Follow us',
    ...mpFoot, 'National Health Information Library · 4100 Cedar Hill Road, Bethesda, MD 20894', 'U.S. Department of Health and Human Services',
  ],
};
