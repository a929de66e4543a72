import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file b2: a Medscape Drugs & Diseases (eMedicine) article, Overview tab, as saved by a visitor who is
 * not logged in (the header with the network menu and "Log In" / "Sign Up", the specialty breadcrumb, the title with
 * "Updated", the author and chief editor line with "more...", the topic tabs, the "Sections" drop-down, the share /
 * print / feedback tools, the Practice Essentials section with its h3 run-in headings, ad slots and "Advertisement"
 * labels inside the content, the Media Gallery with captions, the "Next: Presentation" pager, the registration wall
 * overlay, the "Most Popular" rail and the WebMD footer).
 */
const msTitle = 'Acute Cholangitis';
const msH = ['Practice Essentials', 'Signs and symptoms', 'Diagnosis', 'Management', 'Background', 'Pathophysiology', 'Etiology', 'Prognosis'];
const msPe = [
  'Acute cholangitis is a bacterial infection of the biliary tree that occurs when bile flow is obstructed. It ranges from a ' +
    'mild illness that responds to antibiotics to a rapidly fatal septic shock, and its outcome depends largely on how soon ' +
    'the obstruction is relieved.',
];
const msSigns = [
  'The classic presentation is the triad of fever, right upper quadrant pain and jaundice, although fewer than half of ' +
    'patients have all three. Older patients may present only with confusion or hypotension.',
];
const msDiagIntro = ['Laboratory and imaging studies that support the diagnosis include the following:'];
const msDiag = [
  'Leukocytosis and raised C-reactive protein',
  'Cholestatic liver function tests, with raised bilirubin and alkaline phosphatase',
  'Blood cultures, which are positive in up to 40% of cases',
  'Ultrasonography showing biliary dilatation or stones',
  'Magnetic resonance cholangiopancreatography when ultrasonography is inconclusive',
];
const msMgmt = [
  'Initial management is fluid resuscitation and broad-spectrum intravenous antibiotics. Biliary drainage, usually by ' +
    'endoscopic retrograde cholangiopancreatography, is performed urgently in severe cases and within 48 hours in the rest.',
];
const msBack = [
  'The condition was first described as a clinical entity in the late nineteenth century. Before endoscopic drainage ' +
    'became widely available, surgical decompression carried a mortality of more than 40%. Current series from centres ' +
    'such as the Brookhaven Digestive Institute report a mortality below 5%.',
];
const msPath = [
  'Bile is normally sterile. Obstruction raises the pressure in the biliary tree, and once it exceeds about 25 cm of water, ' +
    'bacteria and endotoxin pass from the bile ducts into the hepatic veins and lymphatics, producing bacteremia and the ' +
    'systemic features of sepsis.',
];
const msEtio = [
  'Choledocholithiasis accounts for most cases. Other causes include benign and malignant strictures, blocked biliary ' +
    'stents, and instrumentation of the bile duct. Escherichia coli, Klebsiella and Enterococcus species are the organisms ' +
    'most often cultured.',
];
const msProg = [
  'With prompt drainage, most patients recover within days. Advanced age, renal failure, liver abscess and malignant ' +
    'obstruction are associated with a worse outcome. Recurrent episodes are common when the underlying stone disease is ' +
    'not treated, which is why cholecystectomy is usually advised during the same admission.',
];
const msNet = ['News & Perspective', 'Drugs & Diseases', 'CME & Education', 'Video', 'Decision Point'];
const msTabs = ['Overview', 'Presentation', 'DDx', 'Workup', 'Treatment', 'Medication'];
const msSections = ['Sections', 'Show All', 'Media Gallery', 'Tables', 'References'];
const msTools = ['Share', 'Print', 'Feedback'];
const msCaps = [
  'Acute cholangitis. Endoscopic view of pus draining from the ampulla after sphincterotomy. Image courtesy of Leonard Pryce, MD.',
  'Magnetic resonance cholangiopancreatography showing a stone in the distal common bile duct.',
];
const msWall = [
  'Log in or register for free to unlock more Medscape content',
  'Unlimited access to our entire network of sites and services',
  'Log in or Register',
];
const msPopular = [
  'Most Popular',
  'Gallstone pancreatitis: when to refer for ERCP',
  'Tokyo guidelines revisited: grading severity in the ED',
  'Quiz: test your knowledge of biliary emergencies',
];
const msFoot = ['About Medscape', 'Privacy Policy', 'Cookies', 'Terms of Use', 'Advertise', 'Help Center', 'Contact Us'];
const msCopy =
  'All material on this website is protected by copyright, Copyright © 1994-2025 by WebMD LLC. ' +
  'This website also contains material copyrighted by 3rd parties.';
const msPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const msSec = (id: string, h: string, inner: string): string => `<div class="refsection_content" id="content_${id}">
<div class="refsection_header"><h2><span class="sect-header">${h}</span></h2></div>${inner}</div>`;
const msAd = (n: number): string => `<div class="AdUnit" id="ads-pos-${n}"><div class="adlabel">Advertisement</div><div class="ad-slot"
data-pos="${n}"></div></div>`;
const msHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Acute Cholangitis: Practice Essentials, Background, Pathophysiology</title>
<meta name="description" content="Acute cholangitis is a bacterial infection of the biliary tree that occurs when bile flow is obstructed.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://emedicine.medscape.com/article/774245-overview">
<meta property="og:title" content="Acute Cholangitis: Practice Essentials, Background, Pathophysiology"><meta property="og:site_name" content="Medscape">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"Acute Cholangitis","dateModified":"2025-03-04",
"author":[{"@type":"Person","name":"Rohan Mehra, MD"}],"publisher":{"@type":"Organization","name":"Medscape"}}</script>
<script>var s_site="emedicine",s_topic="774245",s_section="overview",s_pagename="emed-774245-overview";var _isAnon=true;</script>
<link rel="stylesheet" href="https://img.medscapestatic.example/medscape-core/website/css/reference-article.css">
<script src="https://img.medscapestatic.example/medscape-core/website/js/ads-gpt.js" async></script></head>
<body id="ref-article" class="emed anon"><div id="headerbox"><header class="header-main"><a class="logo" href="https://www.medscape.com/">Medscape</a>
<nav class="network-nav"><ul>${links(msNet, 'network-nav__item')}</ul></nav><div class="header-user"><a class="login"
href="https://login.medscape.com/login">Log In</a>
<a class="signup" href="https://www.medscape.com/public/signup">Sign Up</a></div>
<form class="header-search" action="https://search.medscape.com/search/"><input name="q" type="search" placeholder="Search Medscape"
aria-label="Search Medscape">
<button type="submit">Search</button></form></header></div>
<div id="adtagheader">${msAd(101)}</div>
<div id="maincolboxdrugdbheader"><div class="crumbs">
<a href="/emergency_medicine">Emergency Medicine</a> &gt; <a href="/gastroenterology">Gastroenterology</a></div>
<h1 class="title">${msTitle}</h1>
<div class="topic-info"><span class="updated">Updated: Mar 04, 2025</span></div>
<div class="authors"><span class="author">Author: Rohan Mehra, MD; Chief Editor: Gwendolyn Arce, MD, FACEP</span>
<a class="more" href="#showall-authors" role="button">more...</a></div>
<div class="article-tools"><ul>${links(msTools, 'article-tools__item')}</ul></div>
<div id="dd_nav" class="tabs"><ul>${links(msTabs, 'tab')}</ul></div></div>
<div id="maincolbox"><div id="dropdown-toc" class="sections-nav"><button class="sections-toggle">${msSections[0]}</button>
<ul class="sections-list">${links(['Practice Essentials', 'Background', 'Pathophysiology', 'Etiology', 'Prognosis'])}${links(msSections.slice(1))}</ul></div>
<div id="drugdbmain"><div class="refsection_body">
${msSec(
  'a1',
  msH[0] ?? '',
  `${msPs(msPe)}<h3>${msH[1]}</h3>${msPs(msSigns)}<h3>${msH[2]}</h3>
${msPs(msDiagIntro)}<ul>${msDiag.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${msAd(501)}<h3>${msH[3]}</h3>${msPs(msMgmt)}`,
)}
${msSec('a2', msH[4] ?? '', msPs(msBack))}
${msSec(
  'a3',
  msH[5] ?? '',
  `${msPs(msPath)}<div class="inlineImage"><a href="/article/774245-media">
<img src="https://img.medscapestatic.example/pi/774245-1.jpg"
alt="Acute cholangitis"></a><div class="inlineImage-caption">${msCaps[0]}</div></div>`,
)}
${msAd(502)}
${msSec('a4', msH[6] ?? '', msPs(msEtio))}
${msSec('a5', msH[7] ?? '', msPs(msProg))}
</div><div class="next-prev"><a class="next" href="/article/774245-clinical">Next: Presentation</a></div>
<div id="media-gallery" class="media-gallery"><h2>Media Gallery</h2><ol>${msCaps
  .map(
    (c, i) => `<li><a href="/article/774245-media#${i + 1}">${c}</a>
</li>`,
  )
  .join('')}</ol>
<a href="/article/774245-media">of 2</a></div>
<div class="questions-answers"><a href="/answers/774245-overview">Questions &amp; Answers</a></div></div>
<div id="rightcolumn" class="rightcol">${msAd(910)}<div class="popular"><h3>${msPopular[0]}</h3><ul>${links(msPopular.slice(1))}</ul></div></div></div>
<div id="regwall" class="reg-wall" role="dialog" aria-modal="true"><div class="reg-wall__box"><h2>${msWall[0]}</h2><p>${msWall[1]}</p>
<a class="btn" href="https://login.medscape.com/login">${msWall[2]}</a><button class="reg-wall__close" aria-label="Close">Close</button></div></div>
<footer id="footer"><ul class="footer-links">${links(msFoot)}</ul><p class="copyright">${msCopy}</p></footer>
<script src="https://img.medscapestatic.example/medscape-core/website/js/reference-article.js" defer></script></body></html>`;
export const medscapeArticle: TestPage = {
  html: msHtml,
  name: 'heldout181-medscape-emedicine-article',
  kind: 'wiki',
  // "Updated" and the author / chief editor line are bylines; the Practice Essentials h3 run-in headings are headings; the
  // Sections drop-down entries that repeat the h2s are left out, its other entries, the tabs, tools, captions, Media
  // Gallery, pager, ads, registration wall, rail and footer are furniture
  title: msTitle,
  headings: msH,
  body: texts([...msPe, ...msSigns, ...msDiagIntro, ...msDiag, ...msMgmt, ...msBack, ...msPath, ...msEtio, ...msProg]),
  bylines: ['Updated: Mar 04, 2025', 'Author: Rohan Mehra, MD; Chief Editor: Gwendolyn Arce, MD, FACEP'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...msNet, 'Log In', 'Sign Up', 'Search', 'Advertisement', 'Emergency Medicine', 'Gastroenterology', 'more...', ...msTools, ...msTabs, ...msSections,
    ...msCaps, 'Next: Presentation', 'of 2', 'Questions & Answers', ...msPopular, ...msWall, 'Close', ...msFoot, msCopy,
  ],
};
