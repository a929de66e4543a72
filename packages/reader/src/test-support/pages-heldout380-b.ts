import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file b: an eBird-style checklist page (a data page: checklist header with observer and date, effort
 * stats, checklist comments, species rows with counts and observation notes, the Explore rail and footer) and a
 * VolunteerMatch-style volunteer opportunity listing (React markup, apply card, organization box, similar opportunities).
 */
const eTitle = 'Marlow Fen Reserve--North Dyke Path';
const eComments = [
  j(
    'Dawn walk along the north dyke from the car park to the second sluice and back. Calm, overcast, light drizzle for the first',
    'twenty minutes, then clearing. Water levels in the reedbed are still high after the April rain, so the scrape was mostly flooded.',
  ),
  j(
    'Counts of warblers are singing males only, estimated by walking the path at a steady pace and noting each bird once.',
    'Heard-only birds are marked in the notes. No playback used.',
  ),
];
type Row = readonly [count: string, species: string, sci: string, note: string];
const eRows: readonly Row[] = [
  ['3', 'Eurasian Bittern', 'Botaurus stellaris', 'Heard only. Three separate booming males, one near the first sluice and two deep in the western reedbed.'],
  ['14', 'Sedge Warbler', 'Acrocephalus schoenobaenus', 'Singing males along the whole length of the dyke, densest where the willow scrub meets the reeds.'],
  ['22', 'Eurasian Reed Warbler', 'Acrocephalus scirpaceus', 'Singing males. Probably an undercount as several were singing at once near the sluice.'],
  [
    '1',
    "Savi's Warbler",
    'Locustella luscinioides',
    j(
      'One reeling bird from the reedbed east of the second sluice, 05:58 to 06:10. Reeling was lower-pitched and more buzzing than',
      'the Grasshopper Warbler singing nearby at the same time, and recorded on phone (audio attached). Not seen.',
    ),
  ],
  [
    '2',
    'Common Grasshopper Warbler',
    'Locustella naevia',
    'Reeling from rough grassland on the south side of the dyke, used for comparison with the bird above.',
  ],
  ['6', 'Bearded Reedling', 'Panurus biarmicus', 'Two family groups with recently fledged young, pinging as they crossed the path.'],
  ['1', 'Western Marsh Harrier', 'Circus aeruginosus', 'Adult female quartering the reedbed, carrying nest material at 06:35.'],
  ['40', 'Common Swift', 'Apus apus', 'Feeding low over the flooded scrape once the drizzle stopped.'],
  ['5', "Cetti's Warbler", 'Cettia cetti', 'Heard only, explosive song from the bramble patches.'],
];
const rowHtml = (r: Row): string =>
  `<span class="Observation-numberObserved-count">${r[0]}</span>
<span class="Heading-main">${r[1]}</span> <span class="Heading-sub Heading-sub--sci">${r[2]}</span>`;
const eExtra = [
  j(
    "Overall a good morning with the reedbed specialists all present. The Savi's Warbler is a first for the site in my records,",
    'and I have sent the recording to the county recorder for review. Please do not enter the reedbed to look for it: the path is',
    'the only public access and the bird can be heard clearly from the bench by the sluice.',
  ),
];
const eHeads = ['Checklist Comments', 'Observations'];
const eStats = ['Traveling', '2 hr 14 min', '3.1 km', 'Observers', 'Protocol', 'Duration', 'Distance', 'Party Size'];
const eNav = ['Submit', 'Explore', 'My eBird', 'Science', 'About', 'News', 'Help'];
const eFoot = ['Privacy Policy', 'Terms of Use', 'Site Feedback', 'Data Access', 'Copyright'];
const eByl = ['Sat 18 May 2024 5:42 AM', 'Owned by Tamsin Ruel', 'Tamsin Ruel'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>eBird Checklist - 18 May 2024 - Marlow Fen Reserve--North Dyke Path - 9 species</title>
<meta name="description" content="eBird Checklist 18 May 2024, 9 species"><meta property="og:type" content="website">
<link rel="stylesheet" href="/css/main.min.css"><script>var dataLayer=[{"page":"checklist","subId":"S172049338"}];</script></head>
<body class="Page"><a class="u-showForScreenreader" href="#content">Skip to content</a>
<header class="Header" id="Header"><div class="Header-logo"><a href="/home">eBird</a></div>
<nav class="Header-nav" aria-label="Main navigation"><ul class="HeaderNav">${links(eNav, 'HeaderNav-item')}</ul></nav>
<div class="Header-user"><a href="/login">Sign in</a></div></header>
<main id="content" class="Page-section Page-section--primary"><div class="Page-section-inner">
<div class="ChecklistHeader"><span class="Heading-sub">Checklist S172049338</span>
<h1 class="Heading Heading--h1"><span class="Heading-main">${eTitle}</span></h1>
<div class="Breadcrumbs"><a href="/region/XX-MR">Marlow, Eastmere, United Kingdom</a></div>
<time datetime="2024-05-18T05:42">${eByl[0]}</time>
<div class="Checklist-owner"><span>${eByl[1]}</span></div>
<div class="ShareTools"><button type="button">Share</button><button type="button">Print</button><button type="button">Report</button></div></div>
<div class="Checklist-meta GridFlex"><dl class="Checklist-meta-item"><dt>${eStats[4]}</dt><dd>${eStats[0]}</dd></dl>
<dl class="Checklist-meta-item"><dt>${eStats[5]}</dt><dd>${eStats[1]}</dd></dl><dl class="Checklist-meta-item"><dt>${eStats[6]}</dt><dd>${eStats[2]}</dd></dl>
<dl class="Checklist-meta-item"><dt>${eStats[3]}</dt><dd><span>1</span></dd></dl><dl class="Checklist-meta-item"><dt>${eStats[7]}</dt><dd>1</dd></dl></div>
<section class="Checklist-comments"><h2 class="Heading Heading--h3">${eHeads[0]}</h2>${ps(eComments, ' class="u-text-4"')}</section>
<section aria-labelledby="species-list"><h2 id="species-list" class="Heading Heading--h3">${eHeads[1]}</h2>
<div class="Checklist-summary">9 species (+0 other taxa) - All species reported</div>
<ol class="Observations-list">${eRows
  .map(
    (r) => `<li class="Observation"><div class="Observation-species">${rowHtml(r)}</div>
<div class="Observation-meta"><p class="Observation-comments">${r[3]}</p>
<span class="Badge Badge--media">Media</span></div></li>`,
  )
  .join('\n')}</ol>${ps(eExtra, ' class="Checklist-footnote"')}</section>
<aside class="Checklist-rail"><h3>Explore this location</h3><ul>${links(['Hotspot overview', 'Recent visits', 'Bar charts', 'Illustrated checklist'])}</ul>
<h3>Macaulay Library</h3><p>1 audio recording from this checklist</p></aside></div></main>
<footer class="Footer"><p>eBird is a project of the Fenwick Institute of Ornithology</p><ul>${links(eFoot)}</ul>
<p>© 2024 Fenwick Institute of Ornithology</p></footer>
<div class="Banner Banner--cookie" role="dialog"><p>We use cookies to improve your experience of this site.</p>
<button type="button">Accept all</button><button type="button">Manage preferences</button></div></body></html>`;

export const ebirdChecklist: TestPage = {
  name: 'heldout380-ebird-checklist',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eComments, ...eRows.flatMap((r) => [rowHtml(r), r[3]]), ...eExtra]),
  bylines: eByl,
  furniture: [
    ...eStats,
    ...eNav,
    ...eFoot,
    'Skip to content',
    'Sign in',
    'Checklist S172049338',
    'Marlow, Eastmere, United Kingdom',
    'Share',
    'Print',
    '9 species (+0 other taxa) - All species reported',
    'Media',
    'Explore this location',
    'Hotspot overview',
    'Recent visits',
    'Bar charts',
    'Illustrated checklist',
    'Macaulay Library',
    '1 audio recording from this checklist',
    'eBird is a project of the Fenwick Institute of Ornithology',
    '© 2024 Fenwick Institute of Ornithology',
    'We use cookies to improve your experience of this site.',
    'Accept all',
    'Manage preferences',
  ],
};

const vTitle = 'Photograph and Transcribe Herbarium Sheets';
const vIntro = [
  j(
    'The Greyholm Botanic Garden herbarium holds around 90,000 pressed plant specimens, some collected more than 150 years ago.',
    'Most of them have never been photographed, which means researchers have to visit in person to read a label. We are looking for',
    'patient, careful volunteers to help us change that.',
  ),
  j(
    'You will join a small team in the herbarium workroom, working in pairs at a copy stand. Full training is given on your',
    'first two sessions and a staff member is always on hand.',
  ),
];
const vDo = [
  'Take specimen sheets from their folders and check them against the box list',
  'Photograph each sheet on the copy stand using our fixed camera settings',
  'Type the label details (collector, date, place, species name) into the online form',
  'Flag any sheets that are damaged, loose or need a conservator to look at them',
  'Return sheets to their folders in the correct order',
];
const vWant = [
  j(
    'You do not need any botanical knowledge, but you do need good eyesight and a steady hand. Handwriting on old labels can be',
    'difficult to read, so an interest in puzzles or family history records is a real advantage.',
  ),
  j(
    'Sessions run on Tuesday and Thursday mornings from 9:30 to 12:30. We ask for a commitment of at least one session a week for',
    'three months so that your training is put to good use. The workroom is on the ground floor and is step-free.',
  ),
  j('Volunteers must be 18 or over. Travel expenses within the city are reimbursed, and you will receive a free garden pass for', 'yourself and a guest.'),
  j(
    'Your work will make the collection searchable online for the first time. Each photographed sheet is published with its',
    'label details, so a botanist on the other side of the world can check a collection from 1870 without leaving their desk.',
    'Last year our first team of eight volunteers imaged over 6,000 sheets, including a lost set of mosses collected on the',
    'island of Fennick.',
  ),
];
const vHeads = ['About this opportunity', "What you'll do", 'Who we are looking for'];
const vFacts = [
  'When',
  'Ongoing, Tue and Thu mornings',
  'Where',
  'Greyholm, GH4 2RT',
  'Skills',
  'Attention to detail',
  'Data entry',
  'Good For',
  '55+',
  'Groups',
];
const vCauses = ['Environment', 'Arts & Culture', 'Education & Literacy'];
const vSim = ['Seed Bank Sorting Assistant', 'Garden Tour Guide (Weekends)', 'Archive Volunteer: Letters of Plant Collectors'];
const vNav = ['Find Opportunities', 'For Nonprofits', 'For Companies', 'Resources', 'Log In', 'Sign Up'];
const vFoot = ['About Us', 'Careers', 'Newsroom', 'Contact', 'Privacy Policy', 'Terms of Service', 'Accessibility'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vTitle} | Greyholm Botanic Garden | Volunteer Match</title>
<meta name="description" content="Volunteer with Greyholm Botanic Garden: photograph and transcribe herbarium sheets.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VolunteerAction","name":"${vTitle}",
"agent":{"@type":"Organization","name":"Greyholm Botanic Garden"}}</script>
<link rel="stylesheet" href="/_next/static/css/6a1b.css"></head><body><div id="__next" data-reactroot="">
<header class="vm-header"><a class="vm-header__logo" href="/">VolunteerMatch</a><nav class="vm-header__nav"><ul>${links(vNav)}</ul></nav></header>
<main class="opp-detail"><nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/search">Opportunities</a></li>
<li><a href="/search?l=Greyholm">Greyholm</a></li><li aria-current="page">Science &amp; Nature</li></ol></nav>
<div class="opp-detail__header"><h1 class="opp-detail__title">${vTitle}</h1>
<a class="opp-detail__org" href="/org/greyholm-botanic-garden">Greyholm Botanic Garden</a>
<p class="opp-detail__date">Posted 2 April 2024</p>
<ul class="opp-detail__causes">${vCauses.map((c) => `<li class="cause-chip">${c.replace('&', '&amp;')}</li>`).join('')}</ul></div>
<div class="opp-detail__grid"><section class="opp-detail__body"><h2>${vHeads[0]}</h2>${ps(vIntro)}
<h2>${vHeads[1]}</h2><ul>${lis(vDo)}</ul><h2>${vHeads[2]}</h2>${ps(vWant)}</section>
<aside class="opp-detail__sidebar"><div class="apply-card"><button type="button" class="btn btn--primary">I Want to Help</button>
<button type="button" class="btn btn--ghost">Save</button><button type="button" class="btn btn--ghost">Share</button>
<dl class="apply-card__facts">${vFacts.map((f, i) => (i === 0 || i === 2 || i === 4 || i === 7 ? `<dt>${f}</dt>` : `<dd>${f}</dd>`)).join('')}</dl></div>
<div class="org-card"><h3>About Greyholm Botanic Garden</h3><p>A public garden and research herbarium founded in 1862.</p>
<a href="/org/greyholm-botanic-garden">View organization</a></div></aside></div>
<section class="similar-opps"><h2>Similar Opportunities</h2><ul>${links(vSim, 'opp-card')}</ul></section>
<div class="promo-banner"><p>Want opportunities like this in your inbox?</p><a href="/signup">Create an alert</a></div></main>
<footer class="vm-footer"><ul>${links(vFoot)}</ul><p>© 2024 VolunteerMatch. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/opportunity/[id]","query":{"id":"3984412"}}</script></body></html>`;

export const volunteerMatchOpp: TestPage = {
  name: 'heldout380-volunteermatch-opportunity',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([...vIntro, ...vDo, ...vWant]),
  bylines: ['Posted 2 April 2024'],
  furniture: [
    ...vNav,
    ...vFacts,
    ...vCauses,
    ...vSim,
    ...vFoot,
    'VolunteerMatch',
    'Opportunities',
    'Science & Nature',
    'I Want to Help',
    'Save',
    'Share',
    'About Greyholm Botanic Garden',
    'A public garden and research herbarium founded in 1862.',
    'View organization',
    'Similar Opportunities',
    'Want opportunities like this in your inbox?',
    'Create an alert',
    '© 2024 VolunteerMatch. All rights reserved.',
  ],
};

export const HELDOUT380_B: readonly TestPage[] = [ebirdChecklist, volunteerMatchOpp];
