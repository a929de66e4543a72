import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 86, file e2: a health-topic page of MedlinePlus shape on an invented national health library (the
 * official-website banner with its hidden "Here's how you know" panel, "Skip navigation", the header with search, utility
 * links and "Español", the topic nav, breadcrumbs, the h1 with "Also called", the share bar, the "On this page" box, the
 * "Summary" with its question h3s and source attribution, the link-list sections "Start Here", "Diagnosis and Tests",
 * "Treatments and Therapies", "Related Issues" and "Clinical Trials", the "Learn how to cite this page" link, the related
 * topics rail, the disclaimer, "Page last updated" and the agency footer).
 */
const hlTitle = 'Plantar Fasciitis';
const hlH = [
  'Summary',
  'What is plantar fasciitis?',
  'What causes plantar fasciitis?',
  'Who is more likely to develop plantar fasciitis?',
  'What are the symptoms of plantar fasciitis?',
  'How is plantar fasciitis diagnosed?',
  'What are the treatments for plantar fasciitis?',
  'Can plantar fasciitis be prevented?',
];
const hlWhat = [
  'Plantar fasciitis is pain and irritation of the plantar fascia, the thick band of tissue that runs along the bottom of your ' +
    'foot from your heel to your toes. The band supports the arch of your foot and absorbs strain when you walk or run. It is one ' +
    'of the most common causes of heel pain in adults.',
];
const hlCause = [
  'Repeated stretching and small tears in the fascia can make it swollen and painful. This often happens after a change in ' +
    'activity, such as starting a running program or standing for long hours on a hard floor.',
];
const hlWho = ['You are more likely to get plantar fasciitis if you:'];
const hlWhoList = [
  'Are between 40 and 60 years old',
  'Have overweight or obesity',
  'Have flat feet, a high arch, or tight calf muscles',
  'Run, dance, or do other activities that put stress on your heels',
  'Work on your feet for much of the day',
  'Wear shoes with thin soles or poor arch support',
];
const hlSymptoms = [
  'The main symptom is a stabbing pain near the bottom of the heel. The pain is often worst with the first steps after getting ' +
    'out of bed or after sitting for a long time. It usually eases as you move around, but it can come back after long periods ' +
    'of standing or after exercise, rather than during it.',
];
const hlDiag = [
  'Your health care provider will ask about your symptoms and examine your foot, pressing on it to find where it hurts. Imaging ' +
    'tests are not usually needed, but you may have an x-ray or ultrasound to rule out other causes of heel pain, such as a ' +
    '<a href="/ency/article/stress-fracture.htm">stress fracture</a>.',
];
const hlTreat = ['Most people get better within several months with simple treatments, including:'];
const hlTreatList = [
  'Resting your foot and avoiding activities that make the pain worse',
  'Icing the heel for 15 minutes a few times a day',
  'Stretching your calf muscles and the bottom of your foot',
  'Wearing supportive shoes or shoe inserts',
  'Taking pain relievers such as <a href="/druginfo/ibuprofen.html">ibuprofen</a>',
  'Wearing a night splint that keeps your foot flexed while you sleep',
];
const hlTreat2 = ['If these don’t help, your provider may suggest physical therapy, steroid shots, or shock wave therapy. Surgery is rarely needed.'];
const hlPrevent = [
  'Keeping a healthy weight, wearing shoes with good support, replacing running shoes before they wear out, and stretching ' +
    'before exercise may lower your risk.',
];
const hlSource = 'National Institute of Bone, Joint and Skin Health';
const hlBanner = ['An official website of the national government', 'Here’s how you know'];
const hlBannerHidden = [
  'Official websites use .gov. A .gov website belongs to an official government organization.',
  'Secure .gov websites use HTTPS. A lock or https:// means you’ve safely connected to the .gov website. Share sensitive ' +
    'information only on official, secure websites.',
];
const hlUtil = ['About HealthShelf', 'What’s New', 'Site Map', 'Customer Support'];
const hlNav = ['Health Topics', 'Drugs & Supplements', 'Genetics', 'Medical Tests', 'Medical Encyclopedia'];
const hlShare = ['Share on Facebook', 'Share on X', 'Share on Pinterest', 'Email this page', 'Print'];
const hlToc = ['Basics', 'Start Here', 'Diagnosis and Tests', 'Treatments and Therapies', 'Learn More', 'Related Issues', 'Clinical Trials'];
const hlLinks: [string, [string, string][]][] = [
  [
    'Start Here',
    [
      ['Plantar Fasciitis', 'Association of Foot and Ankle Surgeons'],
      ['Heel Pain: First Steps', 'Family Practice Board'],
    ],
  ],
  ['Diagnosis and Tests', [['Foot X-Ray', 'National Health Library']]],
  [
    'Treatments and Therapies',
    [
      ['Stretches for Heel Pain', 'Society of Physical Therapists'],
      ['Choosing Shoe Inserts', 'Podiatry Council'],
    ],
  ],
  ['Related Issues', [['Heel Spurs', 'Association of Foot and Ankle Surgeons']]],
  ['Clinical Trials', [['Plantar Fasciitis', 'TrialsRegistry.example']]],
];
const hlRail = ['Foot Health', 'Foot Injuries and Disorders', 'Sports Injuries'];
const hlEncy = ['Heel pain', 'Plantar fasciitis release'];
const hlDisclaimer =
  'The information on this site should not be used as a substitute for professional medical care or advice. Contact a health ' +
  'care provider if you have questions about your health.';
const hlFoot = ['Disclaimers', 'Copyright', 'Privacy', 'Accessibility', 'Guidelines for Links', 'Viewers & Players', 'Vulnerability Disclosure'];
const hlFollow = ['Get email updates', 'Subscribe to RSS', 'Follow us'];
const hlAgency = ['National Library of Health', '1200 Commons Way, Ashbury 20417'];
const hlLis = (a: readonly string[]): string => a.map((p) => `<li>${p}</li>`).join('\n');
const hlPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hlLinkItem = ([t, org]: [string, string]): string =>
  `<li><div class="bulletitem"><a href="https://org.example/${t.length}">${t}</a> <span class="desc-text">(${org})</span></div></li>`;
const hlLinkSection = ([h, items]: [string, [string, string][]]): string => `<section><div class="section-header"><div class="section-title">
<h2>${h}</h2></div></div><div class="section-body"><ul>
${items.map(hlLinkItem).join('\n')}
</ul></div></section>`;
const hlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${hlTitle} | HealthShelf</title><meta name="description" content="Plantar fasciitis is pain along the bottom of the foot. Learn about causes,
symptoms and treatment."><meta name="DC.Title" content="${hlTitle}"><meta name="DC.Date.Created" content="2019-06-11">
<meta name="DC.Date.Modified" content="2025-10-14"><meta name="DC.Publisher" content="National Library of Health">
<meta property="og:title" content="${hlTitle}"><meta property="og:site_name" content="HealthShelf">
<link rel="canonical" href="https://healthshelf.example.gov/plantarfasciitis.html"><link rel="stylesheet" href="/css/hs-topic.css?v=42">
<script src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=NLH" id="_fed_an_ua_tag" async></script>
<script>var hsPage = {type: 'health-topic', id: 'T4471', lang: 'en'};</script></head>
<body class="topic-page"><div id="hs-wrap"><a href="#hs-content" class="skip-link">Skip navigation</a>
<section class="gov-banner" aria-label="Official website of the national government"><div class="gov-banner-header"><p>${hlBanner[0]}</p>
<button class="gov-banner-button" aria-expanded="false" aria-controls="gov-banner-content"><span>${hlBanner[1]}</span></button></div>
<div class="gov-banner-content" id="gov-banner-content" hidden><div class="gov-banner-guidance"><p>${hlBannerHidden[0]}</p></div>
<div class="gov-banner-guidance"><p>${hlBannerHidden[1]}</p></div></div></section>
<header id="hs-header"><div class="header-top"><a href="/" class="logo"><img src="/images/healthshelf-logo.svg" alt="HealthShelf logo"></a>
<p class="tagline">Trusted Health Information for You</p><ul class="utility-links">${links(hlUtil)}</ul>
<a class="lang-toggle" href="/spanish/plantarfasciitis.html" lang="es">Español</a></div><form class="header-search" action="/search" role="search"><label
for="hs-search" class="visually-hidden">Search HealthShelf</label><input id="hs-search" type="search" name="query" placeholder="Search HealthShelf"><button
type="submit">GO</button></form><nav class="main-nav" aria-label="Main"><ul>${links(hlNav)}</ul></nav></header>
<div id="hs-content" class="page-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a
href="/healthtopics.html">Health Topics</a></li><li>${hlTitle}</li></ol></nav>
<div class="page-title"><h1 class="with-also" itemprop="name">${hlTitle}</h1><span class="alsocalled"><span>Also called:</span> Heel pain
syndrome</span></div>
<div class="page-actions"><ul class="social">
${hlShare.map((t) => `<li><a href="#" class="share"><span class="visually-hidden">${t}</span></a></li>`).join('')}</ul></div>
<div class="main-grid"><div class="main-col">
<div class="toc" id="toc"><h2>On this page</h2><ul><li><a href="#summary">${hlToc[0]}</a><ul>${links(hlToc.slice(1, 4))}</ul></li>
<li><a href="#cat_62">${hlToc[4]}</a><ul>${links(hlToc.slice(5))}</ul></li></ul></div>
<section id="topsum_section"><h2 id="summary">${hlH[0]}</h2><div id="topic-summary" class="summary">
<h3>${hlH[1]}</h3>
${hlPs(hlWhat)}
<h3>${hlH[2]}</h3>
${hlPs(hlCause)}
<h3>${hlH[3]}</h3>
${hlPs(hlWho)}
<ul>${hlLis(hlWhoList)}</ul>
<h3>${hlH[4]}</h3>
${hlPs(hlSymptoms)}
<h3>${hlH[5]}</h3>
${hlPs(hlDiag)}
<h3>${hlH[6]}</h3>
${hlPs(hlTreat)}
<ul>${hlLis(hlTreatList)}</ul>
${hlPs(hlTreat2)}
<h3>${hlH[7]}</h3>
${hlPs(hlPrevent)}
</div><div class="attribution"><a href="https://www.nibjs.example.gov/">${hlSource}</a></div></section>
${hlLinks.map(hlLinkSection).join('\n')}
<p class="cite"><a href="/citing.html">Learn how to cite this page</a></p></div>
<aside class="side-col"><div class="side-box"><h2>Related Health Topics</h2><ul>${links(hlRail)}</ul></div>
<div class="side-box"><h2>Medical Encyclopedia</h2><ul>${links(hlEncy)}</ul></div></aside></div>
<p class="disclaimer">${hlDisclaimer}</p>
<p class="page-updated">Page last updated: <time datetime="2025-10-14">October 14, 2025</time></p></div>
<footer id="hs-footer"><div class="footer-follow"><ul>${links(hlFollow)}</ul></div><ul class="footer-links">${links(hlFoot)}</ul>
<div class="footer-agency"><p>${hlAgency[0]}</p><p>${hlAgency[1]}</p></div></footer></div>
<script src="/js/hs-topic.min.js?v=42"></script></body></html>`;

export const healthTopic: TestPage = {
  name: 'heldout86-healthshelf-health-topic-wiki',
  kind: 'wiki',
  // the article is the Summary (its h2 and question h3s are the headings); the link-list sections after it ("Start Here",
  // "Diagnosis and Tests", ...) are a directory of other sites' pages and are furniture, with their h2s; the Summary's
  // source attribution and "Page last updated" are bylines; "Also called" and the disclaimer are furniture
  html: hlHtml,
  title: hlTitle,
  headings: hlH,
  // biome-ignore format: the body parts are packed several to a line
  body: texts([...hlWhat, ...hlCause, ...hlWho, ...hlWhoList, ...hlSymptoms, ...hlDiag, ...hlTreat, ...hlTreatList, ...hlTreat2, ...hlPrevent]),
  bylines: [hlSource, 'Page last updated: October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip navigation', ...hlBanner, ...hlBannerHidden, 'Trusted Health Information for You', ...hlUtil, 'Español', 'Search HealthShelf', 'GO',
      ...hlNav, 'Home', 'Also called: Heel pain syndrome', ...hlShare, 'On this page', ...hlToc,
      ...hlLinks.flatMap(([, items]) => items.flatMap(([t, org]) => [t, `(${org})`])).filter((t) => t !== hlTitle),
      'Learn how to cite this page', 'Related Health Topics',
      ...hlRail, 'Medical Encyclopedia', ...hlEncy, hlDisclaimer, ...hlFollow, ...hlFoot, ...hlAgency,
    ]),
  ],
};
