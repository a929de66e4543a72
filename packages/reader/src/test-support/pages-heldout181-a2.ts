import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 181, file a2: a Radiopaedia reference article (the supporter banner, the navbar with search and the
 * Log In / Sign Up links, the "Last revised by" line, "Edit article" and the collapsed "Citation, DOI, disclosures and
 * article data" panel, the article body with h4 sections and h5 subsections, an inline "Promoted articles (advertising)"
 * box and an ad slot inside the body, the References h4 and list, Incoming Links, Related articles, the "Cases and
 * figures" carousel with captions, the quiz promo, the footer and the cookie notice).
 */
const raTitle = 'Os trigonum syndrome';
const raLead = [
  '<strong>Os trigonum syndrome</strong> is a cause of posterior ankle pain due to impingement of an os trigonum, or of a ' +
    'prominent lateral tubercle of the posterior talar process, between the posterior tibia and the calcaneus during ' +
    'plantar flexion. It is a form of posterior ankle impingement.',
];
const raH = [
  'Epidemiology',
  'Clinical presentation',
  'Pathology',
  'Radiographic features',
  'Plain radiograph',
  'MRI',
  'Treatment and prognosis',
  'Differential diagnosis',
];
const raEpi = [
  'An os trigonum is present in roughly one in ten people and is often bilateral. Symptoms are most common in ballet ' +
    'dancers, footballers and downhill runners, whose sport involves repeated forced plantar flexion.',
];
const raClin = [
  'Patients describe deep pain behind the ankle, in front of the Achilles tendon, that is worse when pointing the foot ' +
    'or pushing off. Pain reproduced by forced passive plantar flexion is a useful clinical test.',
];
const raPath = [
  'The os trigonum is an accessory ossicle formed when the secondary ossification centre of the lateral tubercle fails to ' +
    'fuse with the talus. It is joined to the talus by a fibrocartilaginous synchondrosis, which may be disrupted by ' +
    'repeated compression or by a single forced plantar flexion injury.',
  'The flexor hallucis longus tendon runs just medial to the ossicle, and tenosynovitis of this tendon frequently ' + 'accompanies the syndrome.',
];
const raXr = [
  'A lateral radiograph shows a well-corticated ossicle posterior to the talus. Radiographs cannot distinguish a ' +
    'symptomatic from an asymptomatic ossicle, and an irregular margin should raise the possibility of a fracture of ' +
    'the lateral tubercle (Shepherd fracture).',
];
const raMriIntro = ['MRI is the modality of choice to show the features that suggest the ossicle is the cause of symptoms:'];
const raMri = [
  'bone marrow oedema in the os trigonum and the adjacent posterior talus',
  'fluid signal within the synchondrosis',
  'soft tissue oedema and synovitis in the posterior recess',
  'fluid distending the flexor hallucis longus tendon sheath',
];
const raTreat = [
  'Initial treatment is rest, activity modification and physiotherapy, sometimes with an image-guided corticosteroid ' +
    'injection into the posterior recess. Excision of the ossicle, open or arthroscopic, is reserved for those who do ' +
    'not improve, and most athletes return to full activity within three months.',
];
const raDdxIntro = ['Consider:'];
const raDdx = ['Shepherd fracture', 'Stieda process', 'flexor hallucis longus tenosynovitis without impingement', 'posterior talofibular ligament injury'];
const raRefs = [
  '1. Hallam R, Ferreira J. Posterior ankle impingement in dancers: MRI findings in 42 symptomatic ankles. Skeletal Radiol. 2018;47(6):811-8.',
  '2. Doyle P, Sato K. The os trigonum: anatomy, variants and imaging pitfalls. Radiographics. 2020;40(3):702-16.',
  '3. Whitcombe A. Arthroscopic excision of the os trigonum in elite footballers. Foot Ankle Int. 2022;43(2):221-7.',
];
const raNav = ['Articles', 'Cases', 'Courses', 'Quiz', 'About', 'Donate'];
const raBanner = 'Radiopaedia is free thanks to our supporters and advertisers. Become a Gold Supporter and see no third-party ads.';
const raCite = [
  'At the time the article was last revised Aoife Lennane had no financial relationships to ineligible companies to disclose.',
  'View Aoife Lennane’s current disclosures',
  'Citation: Lennane A, Osterberg N, Os trigonum syndrome. Reference article, Radiopaedia.org (Accessed on 14 Mar 2025) https://doi.org/10.53347/rID-31877',
  'DOI: https://doi.org/10.53347/rID-31877',
  'Permalink: https://radiopaedia.org/articles/31877',
  'rID: 31877',
  'Article created: 9 Nov 2014, Nils Osterberg',
  'Revisions: 23 times, by 11 contributors - see full revision history and disclosures',
  'Systems: Musculoskeletal',
  'Tags: ankle, sports',
  'Synonyms: Posterior ankle impingement due to os trigonum, Os trigonum impingement',
];
const raPromoted = ['Promoted articles (advertising)', 'Imaging the painful ankle: a practical guide', 'Sponsored webinar: MSK MRI protocols'];
const raIncoming = ['Posterior ankle impingement', 'Accessory ossicles of the foot', 'Os trigonum', 'Ankle MRI (an approach)'];
const raRelated = ['Talus', 'Flexor hallucis longus tendon', 'Anterior ankle impingement syndrome'];
const raCases = [
  'Figure 1: lateral ankle radiograph',
  'Case 1: os trigonum syndrome in a dancer',
  'Case 2: with FHL tenosynovitis',
  'Case 3: bone marrow oedema on MRI',
];
const raFoot = ['About Radiopaedia', 'Editorial Board', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Help', 'Sponsorship', 'Supporters'];
const raCookie = 'We use cookies to improve your experience on Radiopaedia. By continuing, you agree to our use of cookies.';
const raPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const raUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>`;
const raH4 = (t: string): string => `<h4>${t}</h4>`;
const raAd = `<div class="ad-container ad-in-content" data-ad-slot="article-inline"><div class="ad-label">ADVERTISEMENT: Supporters see fewer/no ads</div>
<div id="div-gpt-ad-rp-inline-1" style="min-height:250px"></div></div>`;
const raHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Os trigonum syndrome | Radiology Reference Article | Radiopaedia.org</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-param" content="authenticity_token">
<meta name="description" content="Os trigonum syndrome is a cause of posterior ankle pain due to impingement of an os trigonum.">
<meta property="og:title" content="Os trigonum syndrome | Radiology Reference Article | Radiopaedia.org"><meta property="og:site_name" content="Radiopaedia">
<meta property="og:type" content="article"><link rel="canonical" href="https://radiopaedia.org/articles/os-trigonum-syndrome-2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Os trigonum syndrome","about":{"@type":"MedicalCondition",
"name":"Os trigonum syndrome"},"dateModified":"2025-02-12","publisher":{"@type":"Organization","name":"Radiopaedia.org"}}</script>
<link rel="stylesheet" media="all" href="https://assets.radiopaedia.example/assets/application-6c1e0f.css">
<script src="https://securepubads.g.doubleclick.example/tag/js/gpt.js" async></script>
<script src="https://assets.radiopaedia.example/packs/js/application-2a91d7.js" defer></script></head>
<body class="articles show" data-controller="articles" data-action="show"><div class="supporter-banner alert alert-warning" role="alert"
id="supporter-banner">
<p>${raBanner}</p><a class="btn btn-sm btn-supporter" href="/supporters">Become a supporter</a>
<button type="button" class="close" data-dismiss="alert" aria-label="Close"><span aria-hidden="true">×</span></button></div>
<nav class="navbar navbar-default navbar-static-top" id="main-navbar"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/"><img alt="Radiopaedia.org" src="https://assets.radiopaedia.example/assets/logo.svg"></a>
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar-collapse">
<span class="sr-only">Toggle navigation</span></button>
</div><div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav">${links(raNav)}</ul>
<form class="navbar-form navbar-left search-form" action="/search" method="get"><input type="search" name="q" class="form-control" placeholder="Search">
<button type="submit" class="btn btn-default"><span class="sr-only">Search</span></button></form>
<ul class="nav navbar-nav navbar-right">${links(['Log In', 'Sign Up'])}</ul></div></div></nav>
<div id="content" class="container-fluid"><div class="row"><div class="col-md-8 main-content" data-article-id="31877">
<div class="article-header"><h1 class="header-title">${raTitle}</h1>
<div class="meta-item meta-item-last-revised">
Last revised by <a href="/users/aoife-lennane">Aoife Lennane</a><span class="user-badge">◉</span> on 12 Feb 2025</div>
<div class="meta-item meta-item-article-data"><a href="/articles/os-trigonum-syndrome-2/edit" class="edit-article-link"><i class="fa fa-pencil">
</i> Edit article</a>
<a class="toggle-citation-info" data-toggle="collapse" href="#citation-info" aria-expanded="false">Citation, DOI, disclosures and article data</a></div>
<div id="citation-info" class="collapse citation-info"><p class="disclosure">${raCite[0]}</p><a href="/users/aoife-lennane/disclosures">${raCite[1]}</a>
${raCite
  .slice(2)
  .map((t) => `<p class="citation-item">${t}</p>`)
  .join('\n')}</div></div>
<div class="body user-generated-content" id="article-body">
${raPs(raLead)}
${raH4(raH[0] ?? '')}${raPs(raEpi)}
${raH4(raH[1] ?? '')}${raPs(raClin)}
${raH4(raH[2] ?? '')}${raPs(raPath)}
<div class="promoted-articles well"><h5 class="promoted-title">${raPromoted[0]}</h5><ul>${links(raPromoted.slice(1))}</ul></div>
${raH4(raH[3] ?? '')}<h5>${raH[4]}</h5>${raPs(raXr)}
<h5>${raH[5]}</h5>${raPs(raMriIntro)}${raUl(raMri)}
${raAd}
${raH4(raH[6] ?? '')}${raPs(raTreat)}
${raH4(raH[7] ?? '')}${raPs(raDdxIntro)}${raUl(raDdx)}
</div>
<div class="references"><h4 class="references-title">References</h4><ul class="ref-list">${raRefs.map((r) => `<li>${r}</li>`).join('\n')}</ul></div>
<div class="row article-links"><div class="col-sm-6 incoming-links"><h4>Incoming Links</h4><p class="link-type">Articles:</p>
<ul>${links(raIncoming)}</ul></div><div class="col-sm-6 related-articles"><h4>Related articles</h4><ul>${links(raRelated)}</ul></div></div>
<div class="quiz-promo"><a href="/articles/os-trigonum-syndrome-2/questions">Quiz questions</a>
<span>Test your knowledge of this article with 4 multiple choice questions.</span></div></div>
<div class="col-md-4 sidebar"><div class="cases-and-figures"><h3 class="carousel-title">Cases and figures</h3><div class="carousel" data-carousel>
${raCases
  .map(
    (c, i) => `<div class="carousel-item${i === 0 ? ' active' : ''}"><img src="https://prod-images.radiopaedia.example/images/${31877 + i}/thumb.jpg"
alt="${c}"><div class="carousel-caption">${c}</div></div>`,
  )
  .join('\n')}</div><a class="view-all-cases" href="/articles/os-trigonum-syndrome-2/images">View all cases and figures</a></div>
<div class="ad-container ad-sidebar"><div class="ad-label">ADVERTISEMENT: Supporters see fewer/no ads</div><div id="div-gpt-ad-rp-side-1"></div></div>
</div></div></div>
<footer id="site-footer" class="footer"><div class="container-fluid"><ul class="footer-links">${links(raFoot)}</ul>
<p class="footer-legal">Updated: Mar 14, 2025</p><p class="footer-legal">Radiopaedia Australia Pty Ltd ACN 133 562 722</p>
<p class="footer-copyright">Radiopaedia ® is a registered trademark of Radiopaedia Australia Pty Ltd.</p></div></footer>
<div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite"><p>${raCookie}</p>
<button class="btn btn-primary" data-accept-cookies>Got it</button></div>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"articleId":31877,"systems":["Musculoskeletal"],"supporter":false});</script>
</body></html>`;
export const radiopaediaArticle: TestPage = {
  html: raHtml,
  name: 'heldout181-radiopaedia-reference-article',
  kind: 'wiki',
  // "Last revised by ... on ..." is the byline; the h4/h5 section headings are the headings; the References h4 and list,
  // the citation panel, the promoted box and ad labels inside the body, the link lists and the case captions are furniture
  title: raTitle,
  headings: raH,
  body: texts([...raLead, ...raEpi, ...raClin, ...raPath, ...raXr, ...raMriIntro, ...raMri, ...raTreat, ...raDdxIntro, ...raDdx]),
  bylines: ['Last revised by Aoife Lennane◉ on 12 Feb 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    raBanner, 'Become a supporter', 'Toggle navigation', ...raNav, 'Search', 'Log In', 'Sign Up', 'Edit article',
    'Citation, DOI, disclosures and article data', ...raCite, ...raPromoted, 'ADVERTISEMENT: Supporters see fewer/no ads', 'References', ...raRefs,
    'Incoming Links', 'Articles:', ...raIncoming, 'Related articles', ...raRelated, 'Quiz questions',
    'Test your knowledge of this article with 4 multiple choice questions.', 'Cases and figures', ...raCases, 'View all cases and figures', ...raFoot,
    'Updated: Mar 14, 2025', 'Radiopaedia Australia Pty Ltd ACN 133 562 722', 'Radiopaedia ® is a registered trademark of Radiopaedia Australia Pty Ltd.',
    raCookie, 'Got it',
  ],
};
